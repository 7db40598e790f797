// The pause screen: calm and neutral, covering the scene (the projector shows nothing of the story).
import { button, h } from '../dom';
import type { Translate } from '../../i18n';

export function pauseScreen(t: Translate, onResume: () => void): HTMLElement {
  return h(
    'section',
    { class: 'screen presenter-screen screen-pause', 'aria-labelledby': 'pause-title', 'data-kind': 'pause' },
    h(
      'div',
      { class: 'pause-card' },
      h('div', { class: 'pause-circle', 'aria-hidden': 'true' }),
      h('h1', { id: 'pause-title' }, t('presenter.pauseTitle')),
      h('p', { class: 'lead' }, t('presenter.pauseText')),
      button(t('presenter.resume'), onResume, { class: 'btn btn-primary btn-big', 'aria-keyshortcuts': 'P' }),
    ),
  );
}
