// Loads the Phaser stage in its own chunk, after the shell and the first text.
import type { PhaserStage } from './phaser-stage';

export { StageProxy } from './stage-proxy';
export type { Stage } from './types';

/**
 * `ready` lets the caller delay the boot (WebGL, shaders, the first textures: the heaviest moment of the
 * stage) until the main thread can spare it; the chunk itself is fetched at once.
 */
export async function loadStage(
  host: HTMLElement,
  ready: () => Promise<void> = () => Promise.resolve(),
): Promise<PhaserStage> {
  const { createPhaserStage } = await import('./phaser-stage');
  await ready();
  return createPhaserStage(host);
}
