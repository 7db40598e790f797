// Counts Shift pressed alone three times (SAFETY.md A3): each press within 5 s of the previous one;
// Shift used as a modifier, or any other key, starts again. Pure logic, unit-tested.

export const SHIFT_PRESSES_TO_EXIT = 3;
export const SHIFT_WINDOW_MS = 5000;

export type ShiftResult =
  { kind: 'progress'; count: number } | { kind: 'exit' } | { kind: 'reset' } | { kind: 'none' };

export interface KeyPress {
  key: string;
  time: number;
  repeat?: boolean;
  /** Other modifiers held at the same time (Ctrl, Alt, Meta). */
  otherModifiers?: boolean;
}

export class ShiftCounter {
  private count = 0;
  private lastTime = -Infinity;

  press({ key, time, repeat = false, otherModifiers = false }: KeyPress): ShiftResult {
    if (repeat) return { kind: 'none' };
    if (key !== 'Shift' || otherModifiers) {
      const hadProgress = this.count > 0;
      this.count = 0;
      return hadProgress ? { kind: 'reset' } : { kind: 'none' };
    }
    this.count = time - this.lastTime <= SHIFT_WINDOW_MS ? this.count + 1 : 1;
    this.lastTime = time;
    if (this.count >= SHIFT_PRESSES_TO_EXIT) {
      this.count = 0;
      return { kind: 'exit' };
    }
    return { kind: 'progress', count: this.count };
  }
}
