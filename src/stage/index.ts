// Loads the Phaser stage in its own chunk, after the shell and the first text. Until it is there the
// still stage (HTML pictures) draws the scene.
import type { PhaserStage } from './phaser-stage';

export { StageProxy } from './stage-proxy';
export { PosterStage } from './poster-stage';
export type { Stage } from './types';
export type { PhaserStage };

/**
 * `ready` lets the caller delay fetching the chunk (187 KB gzip: on a slow link it would take the
 * bandwidth the story needs) and the boot (WebGL, shaders, the first textures: the heaviest moment of
 * the stage) until the link and the main thread can spare them.
 */
export async function loadStage(
  host: HTMLElement,
  ready: () => Promise<void> = () => Promise.resolve(),
): Promise<PhaserStage> {
  await ready();
  const { createPhaserStage } = await import('./phaser-stage');
  return createPhaserStage(host);
}
