// The opening of a story, recorded at build time (the ink plugin plays it with the story runner) and
// replayed by the game while the story engine (inkjs, 32 KB) is still coming: on a slow link the first
// line no longer waits for the engine. Once the engine is here, a fresh runner takes the same steps
// again and takes over. Only what is the same on every play is recorded: no randomness, no answers.
import type { StoryEvent } from './types';

/** One step: the events up to and including one line, or up to and including the choices. */
export type OpeningStep = StoryEvent[];

/** Something that plays a story step by step: the story runner. */
export interface Stepper {
  next(): StoryEvent[];
}

/** The most steps recorded: a few KB of text at most, however long a story runs without a choice. */
export const MAX_OPENING_STEPS = 60;

/** Events a replay may show: answers, dangers, problems and endings only ever come from the engine. */
const REPLAYABLE = new Set<StoryEvent['type']>([
  'line',
  'choices',
  'stage',
  'sound',
  'pause',
  'discuss',
  'calm',
]);

/**
 * Ink that can differ between plays of the same story: shuffles (`{~a|b}`, the `seq` command),
 * RANDOM (`rnd`), LIST_RANDOM (`lrnd`) and SEED_RANDOM (`srnd`). Commands are bare strings in the
 * compiled JSON; story text is always prefixed with `^`, so text can never look like one.
 */
const RANDOM_COMMANDS = /"(?:seq|rnd|lrnd|srnd)"/;

/**
 * Records the opening of a compiled story: the steps up to and including the first choices. Empty for
 * a story that uses randomness anywhere (its opening could differ from play to play).
 */
export function recordOpening(json: string, runner: Stepper): OpeningStep[] {
  if (RANDOM_COMMANDS.test(json)) return [];
  const steps: OpeningStep[] = [];
  while (steps.length < MAX_OPENING_STEPS) {
    const step = runner.next();
    if (!step.every((event) => REPLAYABLE.has(event.type))) break;
    // A step ends with a line or with the choices; anything else ended the story.
    const last = step[step.length - 1];
    if (last?.type !== 'line' && last?.type !== 'choices') break;
    steps.push(step);
    if (last.type === 'choices') break;
  }
  return steps;
}

/** Plays recorded steps, then hands the story over to the engine at the same place. */
export class OpeningReplay {
  private shown = 0;

  constructor(private readonly steps: readonly OpeningStep[]) {}

  /** The next recorded step, or null when they are used up (the engine must go on from here). */
  next(): OpeningStep | null {
    const step = this.steps[this.shown];
    if (!step) return null;
    this.shown++;
    return step;
  }

  /** How many steps have been shown. */
  get stepsShown(): number {
    return this.shown;
  }

  /**
   * Takes a fresh runner through the steps shown so far, so it goes on from where the player is.
   * Returns false if the runner told something else (a recording from another version of the story):
   * it has then still taken as many steps as were shown.
   */
  catchUp(runner: Stepper): boolean {
    let same = true;
    for (let index = 0; index < this.shown; index++) {
      if (JSON.stringify(runner.next()) !== JSON.stringify(this.steps[index])) same = false;
    }
    return same;
  }
}
