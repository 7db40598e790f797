import { button, h } from '../dom';
import type { Translate } from '../../i18n';

export interface MenuActions {
  stories: () => void;
  start: () => void;
  safety: () => void;
  storage: () => void;
  mirror: (() => void) | null;
  close: () => void;
  /** Text size, font, contrast, motion, read-aloud and sound. */
  settings?: () => void;
  /** "Voor scholen": links, embed code, poster (only shown when given). */
  forSchools?: () => void;
  /** Full screen for the game (only shown when the browser and the embedding page allow it). */
  fullscreen?: { on: boolean; toggle: () => void };
}

export function menuScreen(t: Translate, actions: MenuActions, inStory: boolean): HTMLElement {
  return h(
    'section',
    { class: 'screen', 'aria-labelledby': 'menu-title', 'data-kind': 'menu' },
    h(
      'div',
      { class: 'card' },
      h('h2', { id: 'menu-title' }, t('menu.title')),
      h(
        'ul',
        { class: 'choice-list' },
        h('li', {}, button(t('menu.close'), actions.close, { class: 'btn btn-primary' })),
        inStory ? h('li', {}, button(t('menu.stories'), actions.stories, { class: 'btn' })) : null,
        actions.mirror ? h('li', {}, button(t('menu.mirror'), actions.mirror, { class: 'btn' })) : null,
        actions.settings ? h('li', {}, button(t('menu.settings'), actions.settings, { class: 'btn' })) : null,
        h('li', {}, button(t('menu.safety'), actions.safety, { class: 'btn' })),
        h('li', {}, button(t('menu.storage'), actions.storage, { class: 'btn' })),
        h('li', {}, button(t('menu.start'), actions.start, { class: 'btn' })),
        actions.fullscreen
          ? h(
              'li',
              {},
              button(
                t(actions.fullscreen.on ? 'menu.fullscreenOff' : 'menu.fullscreen'),
                actions.fullscreen.toggle,
                {
                  class: 'btn',
                },
              ),
            )
          : null,
        actions.forSchools
          ? h('li', {}, button(t('start.forSchools'), actions.forSchools, { class: 'btn' }))
          : null,
      ),
    ),
  );
}
