// Work that can wait a moment (pictures of the scene, starting sound) runs when the browser is idle,
// so a tap on "Verder" and the next line always come first. A reader leaves the browser idle at once;
// someone tapping quickly gets the text first and the rest within `timeoutMs`.

/** Resolves when the browser is idle, and at the latest after `timeoutMs`. */
export function whenIdle(timeoutMs: number): Promise<void> {
  return new Promise((resolve) => {
    if (typeof requestIdleCallback === 'function')
      requestIdleCallback(() => resolve(), { timeout: timeoutMs });
    // Safari has no requestIdleCallback: after the current task and a frame's worth of time.
    else setTimeout(resolve, Math.min(timeoutMs, 50));
  });
}

/**
 * Resolves once the current DOM has been painted (the next frame, then the task after it), and at the
 * latest after `timeoutMs` (a hidden page draws no frames).
 */
export function afterNextPaint(timeoutMs: number): Promise<void> {
  return new Promise((resolve) => {
    const fallback = setTimeout(resolve, timeoutMs);
    requestAnimationFrame(() =>
      setTimeout(() => {
        clearTimeout(fallback);
        resolve();
      }, 0),
    );
  });
}
