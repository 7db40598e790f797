// Full screen for the `.game` wrapper, never the canvas: the quick exit and every HTML screen stay
// visible (SAFETY.md A1). In an iframe it needs allow="fullscreen" (src/app/embed.ts).

/** False when the browser or the embedding page does not allow full screen. */
export function canFullscreen(): boolean {
  return document.fullscreenEnabled === true && typeof HTMLElement.prototype.requestFullscreen === 'function';
}

export function isFullscreen(): boolean {
  return document.fullscreenElement !== null && document.fullscreenElement !== undefined;
}

/** Enters full screen with `target`, or leaves it. A refusal is not an error: the game goes on. */
export async function toggleFullscreen(target: HTMLElement): Promise<void> {
  try {
    if (isFullscreen()) await document.exitFullscreen();
    else await target.requestFullscreen({ navigationUI: 'hide' });
  } catch {
    // Refused (no permission, no user gesture): stay as we are.
  }
}
