// whenIdle: in an idle moment (requestIdleCallback with a deadline), or shortly after where the browser
// has no requestIdleCallback (Safari).
import { afterEach, describe, expect, it, vi } from 'vitest';
import { settled } from './settled';
import { afterNextPaint, whenIdle } from '../../src/util/idle';

const globals = globalThis as { requestIdleCallback?: unknown };

afterEach(() => {
  delete globals.requestIdleCallback;
  vi.useRealTimers();
});

describe('whenIdle', () => {
  it('waits for the idle callback, with the deadline passed on', async () => {
    const asked: { run: () => void; timeout: number }[] = [];
    globals.requestIdleCallback = (run: () => void, options: { timeout: number }) =>
      asked.push({ run, timeout: options.timeout });
    const idle = whenIdle(300);
    expect(await settled(idle)).toBe(false);
    expect(asked.map((call) => call.timeout)).toEqual([300]);
    asked[0]?.run();
    expect(await settled(idle)).toBe(true);
  });

  it.each([
    [300, 50],
    [1000, 50],
    [20, 20],
  ])('without requestIdleCallback, a wait of at most %i ms resolves after %i ms', async (wait, after) => {
    vi.useFakeTimers();
    const idle = whenIdle(wait);
    vi.advanceTimersByTime(after - 1);
    expect(await settled(idle)).toBe(false);
    vi.advanceTimersByTime(1);
    expect(await settled(idle)).toBe(true);
  });
});

describe('afterNextPaint', () => {
  const frameGlobals = globalThis as { requestAnimationFrame?: unknown };
  afterEach(() => {
    delete frameGlobals.requestAnimationFrame;
  });

  it('waits for the next frame and the task after it', async () => {
    vi.useFakeTimers();
    const frames: (() => void)[] = [];
    frameGlobals.requestAnimationFrame = (run: () => void) => frames.push(run);
    const painted = afterNextPaint(300);
    vi.advanceTimersByTime(100);
    expect(await settled(painted)).toBe(false);
    frames[0]?.();
    expect(await settled(painted)).toBe(false);
    vi.advanceTimersByTime(0);
    expect(await settled(painted)).toBe(true);
  });

  it('gives up waiting after the timeout (a hidden page draws no frames)', async () => {
    vi.useFakeTimers();
    frameGlobals.requestAnimationFrame = () => 0;
    const painted = afterNextPaint(300);
    vi.advanceTimersByTime(299);
    expect(await settled(painted)).toBe(false);
    vi.advanceTimersByTime(1);
    expect(await settled(painted)).toBe(true);
  });
});
