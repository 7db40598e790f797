// Heavy background work (the stage's boot) waits while a story's opening is on screen, never longer
// than a moment, and never when no story is opening.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { MAX_WAIT_MS, OpeningGate } from '../../src/app/opening-gate';

afterEach(() => {
  vi.useRealTimers();
});

/** Whether the promise has settled after the pending microtasks. */
async function settled(promise: Promise<void>): Promise<boolean> {
  let done = false;
  void promise.then(() => (done = true));
  await Promise.resolve();
  await Promise.resolve();
  return done;
}

describe('OpeningGate', () => {
  it('lets work through at once when no opening is on screen', async () => {
    expect(await settled(new OpeningGate().whenOpen())).toBe(true);
  });

  it('holds work until the first choice releases it', async () => {
    vi.useFakeTimers();
    const gate = new OpeningGate();
    gate.hold();
    const waiting = gate.whenOpen();
    expect(await settled(waiting)).toBe(false);
    gate.release();
    expect(await settled(waiting)).toBe(true);
    expect(gate.isHeld).toBe(false);
  });

  it('never holds work longer than the limit', async () => {
    vi.useFakeTimers();
    const gate = new OpeningGate();
    gate.hold();
    const waiting = gate.whenOpen();
    vi.advanceTimersByTime(MAX_WAIT_MS - 1);
    expect(await settled(waiting)).toBe(false);
    vi.advanceTimersByTime(1);
    expect(await settled(waiting)).toBe(true);
    // Released later: nothing breaks, nothing runs twice.
    gate.release();
  });
});
