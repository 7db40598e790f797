// A story's opening (from "Start het verhaal" to its first choice) is when a slow device must give the
// text all it has. Heavy background work, such as booting the Phaser stage, waits at this gate until
// the first choice is on screen (the player is reading), or until the story stops, and never longer
// than a moment: the scenery must not wait for a reader who stays on the first line. The gate never
// blocks the story itself.

/** The longest background work waits at the gate. */
export const MAX_WAIT_MS = 2000;
export class OpeningGate {
  private held = false;
  private readonly waiting: (() => void)[] = [];

  /** A story's opening begins. */
  hold(): void {
    this.held = true;
  }

  /** The first choice is on screen, or the story stopped: waiting work may run. */
  release(): void {
    this.held = false;
    for (const resume of this.waiting.splice(0)) resume();
  }

  get isHeld(): boolean {
    return this.held;
  }

  /** Resolves at once when no opening is on screen, else when it ends or after `maxWaitMs`. */
  whenOpen(maxWaitMs = MAX_WAIT_MS): Promise<void> {
    if (!this.held) return Promise.resolve();
    return new Promise((resolve) => {
      const timer = setTimeout(resolve, maxWaitMs);
      this.waiting.push(() => {
        clearTimeout(timer);
        resolve();
      });
    });
  }
}
