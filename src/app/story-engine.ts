// The story engine (inkjs and the story runner: about 32 KB gzip, nearly half of the script before the
// first choice) in a chunk of its own. The first screen (the start screen or a story's content note)
// needs no engine, so on a slow link it shows before the engine has arrived: the engine comes in while
// the player reads, and a story waits for it only when "Start het verhaal" is pressed sooner.
import type * as Runner from '../story/runner';

export type StoryEngine = typeof Runner;

let pending: Promise<StoryEngine> | null = null;

/** Loads the engine once; a failed load (offline) is tried again on the next call. */
export function loadStoryEngine(): Promise<StoryEngine> {
  pending ??= import('../story/runner');
  pending.catch(() => (pending = null));
  return pending;
}
