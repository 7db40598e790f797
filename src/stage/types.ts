import type { Mood } from '../story/types';

/** What the director asks of the stage. The Phaser implementation lives in its own chunk. */
export interface Stage {
  setBackground(location: string): void;
  enter(character: string, mood: Mood): void;
  leave(character: string): void;
  setMood(character: string, mood: Mood): void;
  /** Highlights who is speaking (null: narrator or the player). */
  setSpeaker(character: string | null): void;
  /** Light and colour of the scene follow the music mood. */
  setAtmosphere(mood: string | null): void;
  clear(): void;
  setReducedMotion(reduced: boolean): void;
  /** The calm-down screen is open: the scene dims and a soft light breathes. */
  setCalm(on: boolean): void;
  destroy(): void;
}

export type StageCommand = { [K in keyof Stage]: { name: K; args: Parameters<Stage[K]> } }[keyof Stage];
