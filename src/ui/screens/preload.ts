// The bar under a content note while the scenario's pictures and sound are fetched. It never blocks
// anything: "Start het verhaal" works at once, the story simply does not wait for the pictures.
import { h } from '../dom';
import type { Translate } from '../../i18n';
import type { PreloadProgress } from '../../app/preload';

export interface PreloadBar {
  element: HTMLElement;
  update(progress: PreloadProgress): void;
}

let count = 0;

export function preloadBar(t: Translate): PreloadBar {
  const id = `preload-${++count}`;
  const label = h('label', { for: id, class: 'small muted' }, t('preload.label'));
  // Indeterminate (no value) until the story's list of files has arrived and the total is known.
  const bar = h('progress', { id });
  const element = h('div', { class: 'preload', 'data-state': 'loading' }, label, bar);
  return {
    element,
    update({ loaded, total, done }) {
      bar.max = Math.max(1, total);
      bar.value = done ? bar.max : Math.min(loaded, bar.max);
      if (done && element.dataset.state !== 'done') {
        element.dataset.state = 'done';
        label.textContent = t('preload.done');
      }
    },
  };
}
