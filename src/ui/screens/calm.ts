// Calm-down: a circle to breathe along with (in 4 s, hold 2 s, out 6 s), started and stopped with
// buttons, so it works by keyboard and switch access too. No time limit: it stops after 6 breaths.
import { button, h } from '../dom';
import type { Translate } from '../../i18n';

const PHASES = [
  { phase: 'in', ms: 4000, label: 'calm.in' },
  { phase: 'hold', ms: 2000, label: 'calm.hold' },
  { phase: 'out', ms: 6000, label: 'calm.out' },
] as const;
const BREATHS = 6;

export function calmScreen(t: Translate, onBack: () => void): HTMLElement {
  const circle = h('div', { class: 'breath', 'data-phase': 'rest', 'aria-hidden': 'true' });
  const label = h('p', { class: 'breath-label', 'aria-live': 'polite' });
  const count = h('p', { class: 'muted small', style: null }, '');
  let timer: number | undefined;
  let running = false;

  const stop = () => {
    running = false;
    window.clearTimeout(timer);
    circle.dataset.phase = 'rest';
    label.textContent = '';
    count.textContent = '';
    toggle.textContent = t('calm.start');
  };

  const run = (breath: number, step: number) => {
    // The screen may have been removed (another screen, the quick exit): stop the timer with it.
    if (!running || !screen.isConnected) return stop();
    if (breath > BREATHS) return stop();
    const current = PHASES[step % PHASES.length] ?? PHASES[0];
    circle.dataset.phase = current.phase;
    label.textContent = t(current.label);
    count.textContent = t('calm.count', { n: breath, total: BREATHS });
    timer = window.setTimeout(() => {
      const nextStep = (step + 1) % PHASES.length;
      run(nextStep === 0 ? breath + 1 : breath, nextStep);
    }, current.ms);
  };

  const toggle = button(
    t('calm.start'),
    () => {
      if (running) return stop();
      running = true;
      toggle.textContent = t('calm.stop');
      run(1, 0);
    },
    { class: 'btn btn-primary' },
  );

  const screen = h(
    'section',
    { class: 'screen', 'aria-labelledby': 'calm-title', 'data-kind': 'calm' },
    h(
      'div',
      { class: 'card' },
      h('h2', { id: 'calm-title' }, t('calm.title')),
      h('p', {}, t('calm.lead')),
      circle,
      label,
      count,
      h(
        'div',
        { class: 'actions' },
        toggle,
        button(
          t('calm.back'),
          () => {
            stop();
            onBack();
          },
          { class: 'btn' },
        ),
      ),
    ),
  );
  return screen;
}
