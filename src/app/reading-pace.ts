// Work that can wait for the player to settle (starting sound, fetching the rest of the opening's
// files) waits until they rest on a line: a reader does at once, someone tapping through the opening
// quickly gets every line first and the rest when they stop (or at the first choice, which flushes).
// No DOM: timers only, so it is unit-tested with fake timers.

/** How long a line stays on screen without the player going on before they count as resting. */
export const REST_MS = 500;

export class RestSignal {
  private waiting: (() => void)[] = [];
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(private readonly restMs = REST_MS) {}

  /** Runs `work` at the player's next rest (or at `flush()`); never before a line is on screen. */
  whenResting(work: () => void): void {
    this.waiting.push(work);
  }

  /** A new line is on screen: the rest clock starts again from now. */
  lineShown(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    if (this.waiting.length > 0) this.timer = setTimeout(() => this.flush(), this.restMs);
  }

  /**
   * The player went on (pressed "Verder" or chose): the clock stops until the next line is on screen.
   * A story's pause after the press is waiting for the story, not resting; work started there would
   * still run when the pause ends and the next line is due.
   */
  wentOn(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
  }

  /** Runs the waiting work now (the first choice is on screen: the player stops there anyway). */
  flush(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    const work = this.waiting;
    this.waiting = [];
    for (const run of work) run();
  }

  /** Drops the waiting work (the story stopped). */
  cancel(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    this.waiting = [];
  }
}
