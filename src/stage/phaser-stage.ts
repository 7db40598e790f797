// The Phaser 4 stage: scenery only (aria-hidden canvas). Backgrounds cross-fade, characters enter,
// leave and change mood with small animations, light follows the music mood, dust drifts in the air.
import type Phaser from 'phaser';
import { FILE_LOAD_ERROR, Game, RESIZE, Scene, WEBGL } from './phaser-custom';
import type { Mood } from '../story/types';
import type { Stage } from './types';
import { BACKGROUND_SIZE, CHARACTER_SIZE, backgroundUrl, characterUrl } from './art';
import { AmbientLife } from './ambient';
import { FramePacer, ambientTween, isAmbientTween, type StageActivity } from './pacing';
import {
  ATMOSPHERE,
  DURATION,
  ENTRANCE_SLIDE,
  LISTENER_TINT,
  MAX_VISIBLE_ACTORS,
  actorPlacement,
  slotsFor,
} from './composition';

interface Actor {
  character: string;
  image: Phaser.GameObjects.Image;
  mood: Mood;
}

class StageScene extends Scene {
  private background: Phaser.GameObjects.Image | null = null;
  private backgroundToken = 0;
  private readonly actors: Actor[] = [];
  private light!: Phaser.GameObjects.Rectangle;
  /** Clock hands, weather, the cat and the calm-down light (src/stage/ambient.ts). */
  private ambient: AmbientLife | null = null;
  private readonly motes: Phaser.GameObjects.Arc[] = [];
  private readonly loads = new Map<string, Promise<boolean>>();
  /** Texture keys that arrived (and may be released when the story ends). */
  private readonly loaded = new Set<string>();
  /** Textures asked for and not yet there. */
  private pendingLoads = 0;
  /** Draws only while something moves (src/stage/pacing.ts). */
  pacer: FramePacer | null = null;
  private speaker: string | null = null;
  reducedMotion = false;
  onReady: (() => void) | null = null;
  /** A background is on screen: called when its fade-in starts (a signal for tests and the benchmark). */
  onScene: ((location: string | null) => void) | null = null;
  /** A background's fade-in has ended: it covers the stage. */
  onSceneShown: ((location: string) => void) | null = null;

  constructor() {
    super('stage');
  }

  create(): void {
    this.light = this.add.rectangle(0, 0, 10, 10, 0x000000, 0).setOrigin(0, 0).setDepth(20);
    for (let i = 0; i < 14; i++) {
      const mote = this.add.circle(0, 0, 2 + (i % 3), 0xfff6dc, 0.0).setDepth(30);
      this.motes.push(mote);
    }
    this.ambient = new AmbientLife(this, (key, url, size) => this.loadTexture(key, url, size));
    this.scale.on('resize', () => this.layout());
    this.layout();
    this.startMotes();
    this.onReady?.();
  }

  override update(time: number): void {
    this.ambient?.update(time);
    this.pacer?.decide(this.activity(), this.ambient?.nextChangeMs() ?? null);
  }

  /** What moves now (after this frame's tween step). */
  private activity(): StageActivity {
    let transitions = 0;
    let ambient = this.ambient?.liveEmitters() ?? 0;
    for (const tween of this.tweens.getTweens()) {
      if (tween.paused || tween.isFinished() || tween.isDestroyed() || tween.isPendingRemove()) continue;
      if (isAmbientTween(tween)) ambient++;
      else transitions++;
    }
    return { loading: this.pendingLoads > 0 || this.load.isLoading(), transitions, ambient };
  }

  private ms(duration: number): number {
    return this.reducedMotion ? 0 : duration;
  }

  private loadTexture(key: string, url: string, size: { width: number; height: number }): Promise<boolean> {
    if (this.textures.exists(key)) return Promise.resolve(true);
    const pending = this.loads.get(key);
    if (pending) return pending;
    this.pendingLoads++;
    this.pacer?.request();
    const promise = new Promise<boolean>((resolve) => {
      const completed = `filecomplete-svg-${key}`;
      // Both listeners go when either fires: a 'loaderror' listener left behind per picture would pile
      // up over a long visit (seen in a heap snapshot after 20 scenarios).
      const done = (ok: boolean) => {
        this.load.off(completed, onComplete);
        this.load.off(FILE_LOAD_ERROR, onError);
        this.pendingLoads--;
        resolve(ok);
      };
      const onComplete = () => {
        this.loaded.add(key);
        done(true);
      };
      const onError = (file: Phaser.Loader.File) => {
        if (file.key === key) done(false);
      };
      this.load.once(completed, onComplete);
      this.load.on(FILE_LOAD_ERROR, onError);
      this.load.svg(key, url, size);
      if (!this.load.isLoading()) this.load.start();
    });
    this.loads.set(key, promise);
    return promise;
  }

  async setBackground(location: string): Promise<void> {
    const url = backgroundUrl(location);
    const token = ++this.backgroundToken;
    if (!url) return;
    const key = `bg-${location}`;
    if (!(await this.loadTexture(key, url, BACKGROUND_SIZE)) || token !== this.backgroundToken) return;
    const previous = this.background;
    const next = this.add.image(0, 0, key).setOrigin(0.5, 0.5).setDepth(0).setAlpha(0);
    this.background = next;
    this.layoutBackground();
    this.ambient?.setLocation(location, this.ms(DURATION.background));
    this.tweens.add({
      targets: next,
      alpha: 1,
      duration: this.ms(DURATION.background),
      ease: 'Sine.easeInOut',
      onStart: () => {
        if (token === this.backgroundToken) this.onScene?.(location);
      },
      onComplete: () => {
        if (token === this.backgroundToken) this.onSceneShown?.(location);
      },
    });
    if (previous) {
      this.tweens.add({
        targets: previous,
        alpha: 0,
        duration: this.ms(DURATION.background),
        onComplete: () => previous.destroy(),
      });
    }
  }

  async enter(character: string, mood: Mood): Promise<void> {
    if (this.actors.some((actor) => actor.character === character)) return this.setMood(character, mood);
    const url = characterUrl(character, mood);
    if (!url) return;
    const key = `ch-${character}-${mood}`;
    const image = this.add
      .image(0, 0, '__MISSING')
      .setOrigin(0.5, 1)
      .setDepth(10)
      .setAlpha(0)
      .setVisible(false);
    const actor: Actor = { character, image, mood };
    this.actors.push(actor);
    if (!(await this.loadTexture(key, url, CHARACTER_SIZE))) return;
    if (!this.actors.includes(actor)) return;
    image.setTexture(key).setVisible(true);
    this.layoutActors(true);
    const fromLeft = this.actors.indexOf(actor) < this.actors.length / 2;
    const targetX = image.x;
    image.x = targetX + (fromLeft ? -ENTRANCE_SLIDE : ENTRANCE_SLIDE);
    this.tweens.add({
      targets: image,
      x: targetX,
      alpha: 1,
      duration: this.ms(DURATION.enter),
      ease: 'Cubic.easeOut',
    });
    this.applySpeaker();
  }

  leave(character: string): void {
    const index = this.actors.findIndex((actor) => actor.character === character);
    if (index < 0) return;
    const [actor] = this.actors.splice(index, 1);
    if (!actor) return;
    this.tweens.add({
      targets: actor.image,
      alpha: 0,
      duration: this.ms(DURATION.leave),
      onComplete: () => actor.image.destroy(),
    });
    this.layoutActors(true);
  }

  async setMood(character: string, mood: Mood): Promise<void> {
    const actor = this.actors.find((candidate) => candidate.character === character);
    const url = characterUrl(character, mood);
    if (!actor || !url) return;
    actor.mood = mood;
    const key = `ch-${character}-${mood}`;
    if (!(await this.loadTexture(key, url, CHARACTER_SIZE)) || actor.mood !== mood) return;
    // The character may have left (or the story ended) while the picture loaded.
    if (!this.actors.includes(actor)) return;
    actor.image.setTexture(key);
    if (!this.reducedMotion) {
      const base = actor.image.scaleY;
      this.tweens.add({
        targets: actor.image,
        scaleY: base * 1.03,
        duration: 140,
        yoyo: true,
        ease: 'Sine.easeOut',
      });
    }
  }

  setSpeaker(character: string | null): void {
    this.speaker = character;
    this.applySpeaker();
  }

  private applySpeaker(): void {
    for (const actor of this.actors) {
      const speaking = this.speaker === null || actor.character === this.speaker;
      if (speaking) actor.image.clearTint();
      else actor.image.setTint(LISTENER_TINT);
      actor.image.setDepth(actor.character === this.speaker ? 11 : 10);
    }
  }

  setAtmosphere(mood: string | null): void {
    const look = (mood && ATMOSPHERE[mood]) || { color: 0x000000, alpha: 0 };
    this.light.setFillStyle(look.color, this.light.fillAlpha);
    this.tweens.add({ targets: this.light, fillAlpha: look.alpha, duration: this.ms(DURATION.light) });
    this.ambient?.setMood(mood);
  }

  clearAll(): void {
    for (const actor of this.actors.splice(0)) actor.image.destroy();
    this.background?.destroy();
    this.background = null;
    this.backgroundToken++;
    this.ambient?.setLocation(null, 0);
    this.onScene?.(null);
    this.releaseTextures();
  }

  /**
   * Frees the pictures of the story that ended, once nothing shows them: a background is about 8 MB of
   * GPU memory, and a visit may go through many stories. The next story loads its own (from the HTTP
   * cache). Ambient textures (cat, rain, glow) are small and stay.
   */
  private releaseTextures(): void {
    const inUse = new Set<string>();
    for (const object of this.children.list) {
      const key = (object as { texture?: { key?: string } }).texture?.key;
      if (key) inUse.add(key);
    }
    for (const key of this.loaded) {
      if (inUse.has(key) || !/^(bg|ch)-/.test(key)) continue;
      this.textures.remove(key);
      this.loaded.delete(key);
      this.loads.delete(key);
    }
  }

  setReduced(reduced: boolean): void {
    this.reducedMotion = reduced;
    this.ambient?.setReduced(reduced);
    if (reduced) {
      this.tweens.killTweensOf(this.motes);
      for (const mote of this.motes) mote.setAlpha(0);
    } else {
      this.startMotes();
    }
  }

  private startMotes(): void {
    if (this.reducedMotion) return;
    const { width, height } = this.scale;
    this.motes.forEach((mote, i) => {
      mote.setPosition((((i * 137) % 100) / 100) * width, height * (0.3 + ((i * 53) % 60) / 100));
      const tween = this.tweens.add({
        targets: mote,
        y: mote.y - height * 0.25,
        x: mote.x + (i % 2 ? 30 : -30),
        alpha: { from: 0, to: 0.35 },
        duration: 6000 + i * 450,
        yoyo: true,
        repeat: -1,
        ease: 'Sine.easeInOut',
        delay: i * 300,
      });
      ambientTween(tween);
    });
  }

  private layout(): void {
    const { width, height } = this.scale;
    this.light.setSize(width, height);
    this.layoutBackground();
    this.layoutActors(false);
    this.ambient?.layout();
  }

  setCalm(on: boolean): void {
    this.ambient?.setCalm(on);
  }

  private layoutBackground(): void {
    if (!this.background) return;
    const { width, height } = this.scale;
    const scale = Math.max(width / BACKGROUND_SIZE.width, height / BACKGROUND_SIZE.height);
    this.background.setPosition(width / 2, height / 2).setScale(scale);
  }

  private layoutActors(animate: boolean): void {
    const { width, height } = this.scale;
    const placement = actorPlacement(height > width);
    const visible = this.actors.slice(-MAX_VISIBLE_ACTORS);
    const slots = slotsFor(visible.length);
    const scale = (height * placement.height) / CHARACTER_SIZE.height;
    visible.forEach((actor, i) => {
      const x = width * (slots[i] ?? 0.5);
      const y = height * placement.feet;
      actor.image.setScale(scale);
      if (animate && !this.reducedMotion && actor.image.alpha > 0) {
        this.tweens.add({ targets: actor.image, x, y, duration: 400, ease: 'Cubic.easeOut' });
      } else {
        actor.image.setPosition(x, y);
      }
    });
  }
}

export interface PhaserStage extends Stage {
  readonly renderType: number;
  /** `listener` is told each time a background has faded in completely. */
  onShown(listener: (location: string) => void): void;
}

/** Boots Phaser into `host`. Rejects when WebGL cannot start; the caller then keeps a plain background. */
export function createPhaserStage(host: HTMLElement): Promise<PhaserStage> {
  return new Promise((resolve, reject) => {
    const scene = new StageScene();
    let game: Phaser.Game;
    try {
      game = new Game({
        type: WEBGL,
        parent: host,
        backgroundColor: '#1c3f55',
        banner: false,
        audio: { noAudio: true },
        // The canvas is scenery: HTML buttons take every input, Phaser must not capture keys.
        input: { keyboard: false, mouse: false, touch: false, gamepad: false },
        scale: {
          mode: RESIZE,
          width: host.clientWidth || 800,
          height: host.clientHeight || 600,
        },
        render: { antialias: true, powerPreference: 'low-power' },
        // Calm scenery needs no more than 30 frames a second; it halves the work on a cheap device.
        fps: { limit: 30 },
        scene: [scene],
      });
    } catch (error) {
      reject(error instanceof Error ? error : new Error(String(error)));
      return;
    }
    scene.onReady = () => {
      if (game.renderer.type !== WEBGL) {
        game.destroy(true);
        reject(new Error('WebGL is not available'));
        return;
      }
      game.canvas.setAttribute('aria-hidden', 'true');
      // #stage[data-scene="<location>"] once a background is drawn (read by e2e and npm run bench).
      scene.onScene = (location) => {
        if (location) host.dataset.scene = location;
        else delete host.dataset.scene;
      };
      const shownListeners: ((location: string) => void)[] = [];
      scene.onSceneShown = (location) => {
        for (const listener of shownListeners) listener(location);
      };
      game.canvas.addEventListener('webglcontextlost', () => host.classList.add('stage-plain'));
      // #stage[data-fps]: how often the stage draws now, 0 while the picture is still.
      const pacer = new FramePacer(game.loop, (fps) => (host.dataset.fps = String(fps)));
      scene.pacer = pacer;
      // A still stage sleeps: a new size (window, fullscreen, presenter layout) needs a frame.
      const resized = new ResizeObserver(() => pacer.request());
      resized.observe(host);
      /** Every change to the scene first makes sure a frame will be drawn. */
      const changing =
        <A extends unknown[]>(change: (...args: A) => void) =>
        (...args: A) => {
          pacer.request();
          change(...args);
        };
      resolve({
        renderType: game.renderer.type,
        onShown: (listener) => shownListeners.push(listener),
        setBackground: changing((location: string) => void scene.setBackground(location)),
        enter: changing((character: string, mood: Mood) => void scene.enter(character, mood)),
        leave: changing((character: string) => scene.leave(character)),
        setMood: changing((character: string, mood: Mood) => void scene.setMood(character, mood)),
        setSpeaker: changing((character: string | null) => scene.setSpeaker(character)),
        setAtmosphere: changing((mood: string | null) => scene.setAtmosphere(mood)),
        clear: changing(() => scene.clearAll()),
        setReducedMotion: changing((reduced: boolean) => scene.setReduced(reduced)),
        setCalm: changing((on: boolean) => scene.setCalm(on)),
        destroy: () => {
          resized.disconnect();
          pacer.dispose();
          game.destroy(true);
        },
      });
    };
  });
}
