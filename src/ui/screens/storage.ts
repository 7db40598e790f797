// "Bewaar op dit apparaat": off by default, explained honestly, with "Wis alles" beside it.
import { button, h } from '../dom';
import type { Translate } from '../../i18n';

export interface StorageState {
  enabled: boolean;
  keepAnswers: boolean;
  failed: boolean;
}

export interface StorageActions {
  enable: () => void;
  keepAnswers: () => void;
  wipe: () => void;
  back: () => void;
}

export function storageScreen(t: Translate, state: StorageState, actions: StorageActions): HTMLElement {
  const status = state.failed
    ? h('p', { class: 'status-line', role: 'status' }, t('storage.failed'))
    : state.enabled
      ? h(
          'p',
          { class: 'status-line', role: 'status' },
          t('storage.enabled'),
          state.keepAnswers ? ` ${t('storage.answersOn')}` : '',
        )
      : h('p', { class: 'status-line', role: 'status' }, t('storage.default'));
  return h(
    'section',
    { class: 'screen', 'aria-labelledby': 'storage-title', 'data-kind': 'storage' },
    h(
      'div',
      { class: 'card' },
      h('h2', { id: 'storage-title' }, t('storage.title')),
      status,
      state.enabled ? null : h('p', {}, t('storage.offer')),
      h('p', { class: 'muted' }, t('storage.warning')),
      h(
        'div',
        { class: 'actions' },
        state.enabled ? null : button(t('storage.enable'), actions.enable, { class: 'btn btn-primary' }),
        state.enabled && !state.keepAnswers
          ? button(t('storage.answers'), actions.keepAnswers, {
              class: 'btn',
              'aria-describedby': 'answers-warning',
            })
          : null,
      ),
      state.enabled && !state.keepAnswers
        ? h('p', { id: 'answers-warning', class: 'muted small' }, t('storage.answersWarning'))
        : null,
      h('h3', {}, t('storage.wipe')),
      h('p', {}, t('storage.wipeText')),
      h(
        'div',
        { class: 'actions' },
        button(t('storage.wipe'), actions.wipe, { class: 'btn btn-danger' }),
        button(t('storage.back'), actions.back, { class: 'btn' }),
      ),
    ),
  );
}
