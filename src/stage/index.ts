// Loads the Phaser stage in its own chunk, after the shell and the first text.
import type { PhaserStage } from './phaser-stage';

export { StageProxy } from './stage-proxy';
export type { Stage } from './types';

export async function loadStage(host: HTMLElement): Promise<PhaserStage> {
  const { createPhaserStage } = await import('./phaser-stage');
  return createPhaserStage(host);
}
