// The reflection after a scenario: one card per theme the player answered, most serious first,
// then who can help. Computed on the device; nothing of it is stored.
import { button, h } from '../dom';
import { langAttrs } from '../lang';
import type { Lang, Translate } from '../../i18n';
import type { ReflectionCard } from '../../reflection';
import { helpList, type HelpContext } from './help';

function cardView(card: ReflectionCard, lang: Lang): HTMLElement {
  const { parts } = card;
  return h(
    'article',
    {
      class: 'card reflection-card',
      'data-verdict': card.verdict,
      'data-theme': card.theme,
      ...langAttrs(lang),
    },
    h('h3', {}, card.title),
    h('p', {}, parts.told),
    parts.says ? h('p', { class: 'verdict-text' }, parts.says) : null,
    h('p', {}, parts.normal),
    parts.name ? h('p', {}, parts.name) : null,
    parts.notYourFault ? h('p', { class: 'not-your-fault' }, parts.notYourFault) : null,
    parts.notAlone ? h('p', {}, parts.notAlone) : null,
    h('p', {}, parts.whatYouCanDo),
  );
}

export function reflectionScreen(
  t: Translate,
  lang: Lang,
  cards: readonly ReflectionCard[],
  help: HelpContext,
  actions: {
    again: () => void;
    mirror?: (() => void) | undefined;
    back?: () => void;
    title?: string;
    lead?: string;
  },
): HTMLElement {
  return h(
    'section',
    {
      class: 'screen',
      'aria-labelledby': 'reflection-title',
      'data-kind': actions.back ? 'mirror' : 'reflection',
    },
    h(
      'div',
      { class: 'stack' },
      h(
        'div',
        { class: 'card' },
        h('h2', { id: 'reflection-title' }, actions.title ?? t('reflection.title')),
        h('p', { class: 'lead' }, actions.lead ?? t('reflection.lead')),
        cards.length === 0 ? h('p', {}, t('reflection.none')) : null,
      ),
      cards.map((card) => cardView(card, lang)),
      h('div', { class: 'card' }, h('h2', {}, t('reflection.help')), helpList(t, lang, help)),
      h(
        'div',
        { class: 'card' },
        h('p', { class: 'muted' }, t('reflection.notStored')),
        h(
          'div',
          { class: 'actions' },
          actions.back ? button(t('help.back'), actions.back, { class: 'btn btn-primary' }) : null,
          button(t('reflection.again'), actions.again, { class: actions.back ? 'btn' : 'btn btn-primary' }),
          actions.mirror ? button(t('menu.mirror'), actions.mirror, { class: 'btn' }) : null,
        ),
      ),
    ),
  );
}
