// A custom Phaser build with only what the stage uses. The stock 'phaser' package is one prebuilt
// bundle (~352 KB gzip whatever you import); from Phaser's CommonJS sources the bundler takes only
// the modules required here. vite.config.ts aliases `phaser-src` to node_modules/phaser/src and
// sets Phaser's build flags (WebGL renderer only, no canvas renderer, no sound, no debug).
//
// Using another Phaser feature in src/stage? Require it here: a scene plugin or factory that is not
// imported is simply absent at run time (`this.add.text` would be undefined). Types still come
// from 'phaser' (import type only), so TypeScript cannot catch a missing registration: the e2e test
// asserting renderType 2 and the scene signal (#stage[data-scene]) does.
import type PhaserTypes from 'phaser';
// First, as in Phaser's own entry: the renderer namespace. Its modules require each other in a
// cycle (BatchHandler -> renderer -> webgl -> render nodes -> BatchHandlerQuad extends BatchHandler)
// that only resolves when the namespace is loaded before any render node.
import 'phaser-src/renderer/index.js';
import GameSource from 'phaser-src/core/Game.js';
import SceneSource from 'phaser-src/scene/Scene.js';
import ConstSource from 'phaser-src/const.js';
import ScaleModes from 'phaser-src/scale/const/SCALE_MODE_CONST.js';
import LoaderEvents from 'phaser-src/loader/events/index.js';

// Scene plugins, registered by importing them: the core ones every scene needs, then the loader
// and tweens. Left out on purpose: input (the canvas takes no input), clock, data, lights, the
// scene plugin (one scene only) and the game object creator (`make`).
import 'phaser-src/events/EventEmitter.js';
import 'phaser-src/cameras/2d/CameraManager.js';
import 'phaser-src/gameobjects/GameObjectFactory.js';
import 'phaser-src/gameobjects/DisplayList.js';
import 'phaser-src/gameobjects/UpdateList.js';
import 'phaser-src/loader/LoaderPlugin.js';
import 'phaser-src/tweens/TweenManager.js';

// File types and game object factories, each registers itself: this.load.svg, this.add.image,
// this.add.rectangle, this.add.circle.
import 'phaser-src/loader/filetypes/SVGFile.js';
import 'phaser-src/gameobjects/image/ImageFactory.js';
import 'phaser-src/gameobjects/shape/rectangle/RectangleFactory.js';
import 'phaser-src/gameobjects/shape/arc/ArcFactory.js';

export const Game = GameSource as typeof PhaserTypes.Game;
export const Scene = SceneSource as typeof PhaserTypes.Scene;
export const WEBGL = (ConstSource as { WEBGL: typeof PhaserTypes.WEBGL }).WEBGL;
export const RESIZE = (ScaleModes as { RESIZE: typeof PhaserTypes.Scale.RESIZE }).RESIZE;
export const FILE_LOAD_ERROR = (
  LoaderEvents as { FILE_LOAD_ERROR: typeof PhaserTypes.Loader.Events.FILE_LOAD_ERROR }
).FILE_LOAD_ERROR;
