// A story's opening (from "Start het verhaal" to its first choice) is when a slow device must give the
// text all it has. Heavy background work, such as fetching and booting the Phaser stage, waits at this
// gate until the first choice is on screen (the player is reading) or the story stops. The still stage
// (src/stage/poster-stage.ts) shows the scene meanwhile, so nothing visible waits for it.
// While a content note is on screen the player reads and nothing else happens: waiting work goes ahead
// after a moment (the story's own files are fetched first). The gate never blocks the story itself.

/** How long work waits while a content note is on screen. */
export const NOTE_WAIT_MS = 2000;

type GateState = 'open' | 'note' | 'opening';

export class OpeningGate {
  private state: GateState = 'open';
  private readonly waiting: (() => void)[] = [];
  private timer: ReturnType<typeof setTimeout> | undefined;

  /** A story's content note is on screen: work may go ahead in a moment. */
  holdForNote(): void {
    this.state = 'note';
    this.armNoteTimer();
  }

  /** A story's opening begins: work waits until `release()`. */
  hold(): void {
    this.state = 'opening';
    clearTimeout(this.timer);
    this.timer = undefined;
  }

  /** The first choice is on screen, or the story stopped: waiting work may run. */
  release(): void {
    this.state = 'open';
    clearTimeout(this.timer);
    this.timer = undefined;
    this.flush();
  }

  get isHeld(): boolean {
    return this.state !== 'open';
  }

  /** Resolves at once when no story is opening, else when the gate opens (see above). */
  whenOpen(): Promise<void> {
    if (this.state === 'open') return Promise.resolve();
    return new Promise((resolve) => {
      this.waiting.push(resolve);
      if (this.state === 'note') this.armNoteTimer();
    });
  }

  private armNoteTimer(): void {
    if (this.timer !== undefined || this.waiting.length === 0) return;
    this.timer = setTimeout(() => {
      this.timer = undefined;
      if (this.state === 'note') this.flush();
    }, NOTE_WAIT_MS);
  }

  private flush(): void {
    for (const resume of this.waiting.splice(0)) resume();
  }
}
