// Quick exit ("Snel weg", SAFETY.md A): hide everything and stop sound synchronously, then replace
// the page (the top page when embedded) with a neutral site, without leaving a history entry.
import { ShiftCounter, SHIFT_PRESSES_TO_EXIT } from './shift-counter';

export interface QuickExitOptions {
  link: HTMLAnchorElement;
  status: HTMLElement;
  /** Stops audio and anything else that would give the game away; must be synchronous. */
  silence: () => void;
  progressText: (remaining: number) => string;
  /** For tests and embedding: how to leave. Defaults to replacing the top window's location. */
  navigate?: (url: string) => void;
}

export function leaveTo(url: string): void {
  try {
    // Cross-origin frames may still navigate the top window on a user gesture.
    (window.top ?? window).location.replace(url);
  } catch {
    window.location.replace(url);
  }
}

export function installQuickExit(options: QuickExitOptions): { exit: () => void } {
  const { link, status, silence } = options;
  const navigate = options.navigate ?? leaveTo;
  const counter = new ShiftCounter();

  const exit = () => {
    document.documentElement.classList.add('leaving');
    document.querySelectorAll('dialog[open]').forEach((dialog) => (dialog as HTMLDialogElement).close());
    try {
      silence();
    } finally {
      navigate(link.href);
    }
  };

  link.addEventListener('click', (event) => {
    event.preventDefault();
    exit();
  });

  window.addEventListener(
    'keydown',
    (event) => {
      const result = counter.press({
        key: event.key,
        time: event.timeStamp,
        repeat: event.repeat,
        otherModifiers: event.ctrlKey || event.altKey || event.metaKey,
      });
      if (result.kind === 'exit') exit();
      else if (result.kind === 'progress')
        status.textContent = options.progressText(SHIFT_PRESSES_TO_EXIT - result.count);
      else if (result.kind === 'reset') status.textContent = '';
    },
    { capture: true },
  );

  return { exit };
}
