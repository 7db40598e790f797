// RestSignal: work waits until the player rests on a line (or the first choice flushes it).
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { REST_MS, RestSignal } from '../../src/app/reading-pace';

beforeEach(() => {
  vi.useFakeTimers();
});

afterEach(() => {
  vi.useRealTimers();
});

describe('RestSignal', () => {
  it('runs nothing before a line is on screen, however long it waits', () => {
    const rest = new RestSignal();
    const work = vi.fn();
    rest.whenResting(work);
    vi.advanceTimersByTime(REST_MS * 10);
    expect(work).not.toHaveBeenCalled();
  });

  it.each([
    ['a reader who stays on the first line', [REST_MS], 1],
    ['a tapper who goes on every 100 ms', [100, 100, 100, 100], 0],
    ['a tapper who then stops to read', [100, 100, REST_MS], 1],
    ['a player who goes on just before the rest', [REST_MS - 1, REST_MS - 1], 0],
  ] as const)('%s', (_label, gaps, runs) => {
    const rest = new RestSignal();
    const work = vi.fn();
    rest.whenResting(work);
    rest.lineShown();
    for (const gap of gaps.slice(0, -1)) {
      vi.advanceTimersByTime(gap);
      rest.lineShown();
    }
    vi.advanceTimersByTime(gaps.at(-1) ?? 0);
    expect(work).toHaveBeenCalledTimes(runs);
  });

  it('does not count a pause after the player went on as a rest', () => {
    const rest = new RestSignal();
    const work = vi.fn();
    rest.whenResting(work);
    rest.lineShown();
    vi.advanceTimersByTime(100);
    // "Verder" into a story pause longer than a rest: the clock waits for the next line.
    rest.wentOn();
    vi.advanceTimersByTime(REST_MS * 2);
    expect(work).not.toHaveBeenCalled();
    rest.lineShown();
    vi.advanceTimersByTime(REST_MS - 1);
    expect(work).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(work).toHaveBeenCalledTimes(1);
  });

  it('runs each piece of work once, in order, and flush() runs it at once', () => {
    const rest = new RestSignal(200);
    const order: string[] = [];
    rest.whenResting(() => order.push('files'));
    rest.whenResting(() => order.push('sound'));
    rest.lineShown();
    rest.flush();
    expect(order).toEqual(['files', 'sound']);
    rest.lineShown();
    vi.advanceTimersByTime(1_000);
    rest.flush();
    expect(order).toEqual(['files', 'sound']);
  });

  it('cancel() drops the waiting work of a story that stopped', () => {
    const rest = new RestSignal(200);
    const work = vi.fn();
    rest.whenResting(work);
    rest.lineShown();
    rest.cancel();
    vi.advanceTimersByTime(1_000);
    rest.flush();
    expect(work).not.toHaveBeenCalled();
  });
});
