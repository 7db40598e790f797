// The stage draws only while something moves: full rate for the story's transitions, a slower rate for
// ambient life, asleep when the picture is still, and awake again before any change is drawn.
import { describe, expect, it } from 'vitest';
import {
  AMBIENT_FPS,
  FramePacer,
  STILL_FRAMES_BEFORE_SLEEP,
  TRANSITION_FPS,
  ambientTween,
  framesPerSecond,
  isAmbientTween,
  type GameLoop,
  type PacerTimers,
  type StageActivity,
} from '../../src/stage/pacing';

describe('framesPerSecond', () => {
  const cases: [string, StageActivity, number][] = [
    ['nothing moves', { loading: false, transitions: 0, ambient: 0 }, 0],
    ['a fade runs', { loading: false, transitions: 1, ambient: 0 }, TRANSITION_FPS],
    ['a fade among drifting dust', { loading: false, transitions: 2, ambient: 14 }, TRANSITION_FPS],
    ['only dust drifts', { loading: false, transitions: 0, ambient: 14 }, AMBIENT_FPS],
    ['a picture is loading', { loading: true, transitions: 0, ambient: 0 }, TRANSITION_FPS],
    ['loading while dust drifts', { loading: true, transitions: 0, ambient: 3 }, TRANSITION_FPS],
  ];
  it.each(cases)('%s', (_, activity, fps) => {
    expect(framesPerSecond(activity)).toBe(fps);
  });

  it('ambient life is drawn at half the rate or less', () => {
    expect(AMBIENT_FPS).toBeLessThanOrEqual(TRANSITION_FPS / 2);
  });
});

describe('ambientTween', () => {
  it('marks only the tweens it is given', () => {
    const dust = ambientTween({});
    expect(isAmbientTween(dust)).toBe(true);
    expect(isAmbientTween({})).toBe(false);
  });
});

/** A TimeStep stand-in that records what the pacer did. */
function fakeLoop() {
  const calls: string[] = [];
  const loop: GameLoop & { calls: string[]; running: boolean } = {
    running: true,
    calls,
    sleep() {
      calls.push('sleep');
      this.running = false;
    },
    wake() {
      calls.push('wake');
      this.running = true;
    },
    resetDelta() {
      calls.push('reset');
    },
    setFPSLimit(limit: number) {
      calls.push(`fps ${limit}`);
    },
  };
  return loop;
}

function fakeTimers() {
  const microtasks: (() => void)[] = [];
  const timeouts = new Map<number, { callback: () => void; ms: number }>();
  let next = 1;
  const timers: PacerTimers = {
    queueMicrotask: (callback) => microtasks.push(callback),
    setTimeout: (callback, ms) => {
      timeouts.set(next, { callback, ms });
      return next++;
    },
    clearTimeout: (id) => timeouts.delete(id),
  };
  const flush = () => {
    for (let task = microtasks.shift(); task; task = microtasks.shift()) task();
  };
  return { timers, microtasks, timeouts, flush };
}

const STILL: StageActivity = { loading: false, transitions: 0, ambient: 0 };
const FADING: StageActivity = { loading: false, transitions: 1, ambient: 0 };
const DRIFTING: StageActivity = { loading: false, transitions: 0, ambient: 5 };

/** As many still frames as it takes to fall asleep. */
function settle(pacer: FramePacer, nextChangeMs: number | null = null): void {
  for (let frame = 0; frame < STILL_FRAMES_BEFORE_SLEEP; frame++) pacer.decide(STILL, nextChangeMs);
}

describe('FramePacer', () => {
  it('sleeps when still, slows for ambient life, and reports each rate once', () => {
    const loop = fakeLoop();
    const rates: number[] = [];
    const pacer = new FramePacer(loop, (fps) => rates.push(fps), fakeTimers().timers);
    pacer.decide(FADING);
    pacer.decide(DRIFTING);
    pacer.decide(DRIFTING);
    settle(pacer);
    expect(loop.calls).toEqual([`fps ${AMBIENT_FPS}`, 'sleep']);
    expect(rates).toEqual([TRANSITION_FPS, AMBIENT_FPS, 0]);
    expect(pacer.rate).toBe(0);
  });

  it('wakes at full rate after the current task, once however often it is asked', () => {
    const loop = fakeLoop();
    const { timers, microtasks, flush } = fakeTimers();
    const rates: number[] = [];
    const pacer = new FramePacer(loop, (fps) => rates.push(fps), timers);
    settle(pacer);
    pacer.request();
    pacer.request();
    // Not yet: the change that asked is still adding its tweens.
    expect(loop.running).toBe(false);
    expect(microtasks).toHaveLength(1);
    flush();
    expect(loop.calls).toEqual(['sleep', 'reset', `fps ${TRANSITION_FPS}`, 'wake']);
    expect(rates).toEqual([TRANSITION_FPS, 0, TRANSITION_FPS]);
    // Asked while running: nothing to do.
    pacer.request();
    expect(microtasks).toHaveLength(0);
  });

  it('wakes by itself when a still picture changes on its own (the clock), and forgets that on a wake', () => {
    const loop = fakeLoop();
    const { timers, timeouts, flush } = fakeTimers();
    const pacer = new FramePacer(loop, undefined, timers);
    settle(pacer, 42_000);
    expect([...timeouts.values()].map((timeout) => timeout.ms)).toEqual([42_000]);
    // The clock's minute comes: the timer asks for a frame.
    const [entry] = [...timeouts.entries()];
    if (!entry) throw new Error('no clock timer');
    timeouts.delete(entry[0]);
    entry[1].callback();
    flush();
    expect(loop.running).toBe(true);
    // Asleep again with a clock; then a story change wakes it first: the clock timer is dropped.
    settle(pacer, 60_000);
    expect(timeouts.size).toBe(1);
    pacer.request();
    flush();
    expect(timeouts.size).toBe(0);
    expect(loop.running).toBe(true);
  });

  it('stays awake through one still frame: a tween added right after it is still drawn', () => {
    const loop = fakeLoop();
    const pacer = new FramePacer(loop, undefined, fakeTimers().timers);
    pacer.decide(STILL);
    expect(loop.running).toBe(true);
    // A texture arrived in that frame; the code waiting for it now fades the picture in.
    pacer.decide(FADING);
    pacer.decide(STILL);
    expect(loop.running).toBe(true);
    pacer.decide(STILL);
    expect(loop.running).toBe(false);
  });

  it('keeps no timer after dispose', () => {
    const { timers, timeouts } = fakeTimers();
    const pacer = new FramePacer(fakeLoop(), undefined, timers);
    settle(pacer, 1000);
    pacer.dispose();
    expect(timeouts.size).toBe(0);
  });
});
