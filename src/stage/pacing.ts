// Render only when something moves. The stage is calm scenery: most of the time nothing changes, and
// drawing the same picture 30 times a second costs a cheap phone its battery and a school Chromebook
// its CPU (on a software renderer one idle stage used both cores of a test machine). The pacer draws at
// full rate while a transition runs, slower while only ambient life drifts (dust, a breathing cat,
// clouds, rain), and puts Phaser's loop to sleep when the picture is still. Anything that changes the
// scene asks for a frame first.

/** Frames a second while something the story does is animating (a fade, an entrance, a mood). */
export const TRANSITION_FPS = 30;
/** Frames a second while only slow ambient life moves: smooth enough, half the work. */
export const AMBIENT_FPS = 15;

export interface StageActivity {
  /** Textures are being fetched or decoded: code waiting for them will animate next. */
  loading: boolean;
  /** Running tweens started by the story (fades, entrances, mood changes, the light). */
  transitions: number;
  /** Running ambient tweens and live particle emitters. */
  ambient: number;
}

/** How often to draw for this activity; 0 means: sleep until asked. */
export function framesPerSecond(activity: StageActivity): number {
  if (activity.loading || activity.transitions > 0) return TRANSITION_FPS;
  if (activity.ambient > 0) return AMBIENT_FPS;
  return 0;
}

/**
 * Still frames in a row before the loop sleeps. Code that waited for a texture adds its tween in a
 * promise continuation, after the frame in which the texture arrived looked still: the second frame
 * sees that tween.
 */
export const STILL_FRAMES_BEFORE_SLEEP = 2;

const AMBIENT_TWEENS = new WeakSet<object>();

/** Marks a tween as ambient life (looping or very slow), so it is drawn at the ambient rate. */
export function ambientTween<T extends object>(tween: T): T {
  AMBIENT_TWEENS.add(tween);
  return tween;
}

export function isAmbientTween(tween: object): boolean {
  return AMBIENT_TWEENS.has(tween);
}

/** The part of Phaser's TimeStep the pacer drives (Phaser.Core.TimeStep). */
export interface GameLoop {
  readonly running: boolean;
  sleep(): void;
  wake(seamless?: boolean): void;
  resetDelta(): void;
  setFPSLimit(limit: number): unknown;
}

export interface PacerTimers {
  setTimeout(callback: () => void, ms: number): number;
  clearTimeout(id: number): void;
  queueMicrotask(callback: () => void): void;
}

const BROWSER_TIMERS: PacerTimers = {
  setTimeout: (callback, ms) => window.setTimeout(callback, ms),
  clearTimeout: (id) => window.clearTimeout(id),
  queueMicrotask: (callback) => queueMicrotask(callback),
};

export class FramePacer {
  private fps: number;
  private wakeQueued = false;
  private timer: number | null = null;

  private reported = -1;
  private stillFrames = 0;

  constructor(
    private readonly loop: GameLoop,
    /** Told every change of the rate (0: asleep); the stage shows it as #stage[data-fps]. */
    private readonly onRate: (fps: number) => void = () => undefined,
    private readonly timers: PacerTimers = BROWSER_TIMERS,
  ) {
    this.fps = TRANSITION_FPS;
    this.report();
  }

  private report(): void {
    const rate = this.rate;
    if (rate === this.reported) return;
    this.reported = rate;
    this.onRate(rate);
  }

  /** The current rate; 0 while asleep. */
  get rate(): number {
    return this.loop.running ? this.fps : 0;
  }

  /**
   * Called once a frame, after the tweens moved. Sleeping here still draws this frame, so the last
   * state of every tween is on screen. `nextChangeMs`: when a still picture changes by itself (the
   * clock's hands), so the loop wakes for that frame.
   */
  decide(activity: StageActivity, nextChangeMs: number | null = null): void {
    const fps = framesPerSecond(activity);
    this.stillFrames = fps === 0 ? this.stillFrames + 1 : 0;
    if (fps === 0) {
      if (this.stillFrames < STILL_FRAMES_BEFORE_SLEEP) return;
      this.stillFrames = 0;
      this.loop.sleep();
      if (nextChangeMs !== null) this.wakeIn(nextChangeMs);
    } else if (fps !== this.fps) {
      this.fps = fps;
      this.loop.setFPSLimit(fps);
    }
    this.report();
  }

  /**
   * Something is about to change the scene: make sure the loop runs. The wake waits for the end of the
   * current task, so the change (a tween added right after this call) is there for the first frame.
   */
  request(): void {
    if (this.loop.running || this.wakeQueued) return;
    this.wakeQueued = true;
    this.timers.queueMicrotask(() => this.wakeNow());
  }

  private wakeIn(ms: number): void {
    if (this.timer !== null) this.timers.clearTimeout(this.timer);
    this.timer = this.timers.setTimeout(
      () => {
        this.timer = null;
        this.request();
      },
      Math.max(0, ms),
    );
  }

  private wakeNow(): void {
    this.wakeQueued = false;
    if (this.timer !== null) {
      this.timers.clearTimeout(this.timer);
      this.timer = null;
    }
    if (this.loop.running) return;
    // A frame after a long sleep must not jump every new tween to its end.
    this.loop.resetDelta();
    this.fps = TRANSITION_FPS;
    this.loop.setFPSLimit(TRANSITION_FPS);
    this.loop.wake();
    this.report();
  }

  /** Stops the clock timer (the game is being destroyed). */
  dispose(): void {
    if (this.timer !== null) this.timers.clearTimeout(this.timer);
    this.timer = null;
  }
}
