// The end of a story in class, and the one-page hand-out: "het is nooit jouw schuld", the help numbers
// (from the help data, never typed here) and the game's link as a QR code made on the device.
import { button, h } from '../dom';
import type { Translate } from '../../i18n';
import { getHelpLine, hoursText } from '../../help';
import type { HelpLineId } from '../../help';
import { qrCode } from './qr';

/** The help texts exist in Dutch and English. */
type HelpLang = 'nl' | 'en';

const HAND_OUT_LINES: readonly HelpLineId[] = ['112', 'kindertelefoon', 'veilig_thuis'];

function helpLines(t: Translate, lang: HelpLang): HTMLElement {
  return h(
    'ul',
    { class: 'handout-lines' },
    HAND_OUT_LINES.map((id) => {
      const line = getHelpLine(id);
      const hours = line.channels.map((channel) => hoursText(channel.hours, lang));
      return h(
        'li',
        { 'data-help': id },
        h('strong', { class: 'handout-phone' }, line.phone),
        h(
          'span',
          { class: 'handout-name' },
          id === '112' ? t('help.dangerFirst') : line.name,
          h('span', { class: 'handout-hours' }, id === '112' ? '' : ` · ${hours[0] ?? ''}`),
        ),
        h('span', { class: 'handout-text' }, line.text[lang].short),
      );
    }),
  );
}

/** The hand-out's content; printed on its own page, and shown on the end screen. */
export function handoutSheet(t: Translate, lang: HelpLang, siteUrl: string): HTMLElement {
  return h(
    'article',
    { class: 'handout', lang },
    h('h2', {}, t('presenter.handoutTitle')),
    h('p', { class: 'handout-fault' }, t('presenter.handoutFault')),
    helpLines(t, lang),
    h('p', { class: 'handout-small' }, t('presenter.handoutCallList')),
    h('p', {}, t('presenter.handoutTrusted')),
    h(
      'div',
      { class: 'handout-game' },
      qrCode(siteUrl, t('presenter.qr', { url: siteUrl })),
      h(
        'div',
        {},
        h('p', {}, t('presenter.handoutGame')),
        h('p', { class: 'handout-url' }, siteUrl),
        h('p', { class: 'handout-small' }, t('presenter.handoutPrivate')),
      ),
    ),
  );
}

export interface EndActions {
  print: () => void;
  map: () => void;
  back: () => void;
  other: () => void;
}

export function endScreen(t: Translate, lang: HelpLang, siteUrl: string, actions: EndActions): HTMLElement {
  return h(
    'section',
    { class: 'screen presenter-screen screen-class-end', 'aria-labelledby': 'end-title' },
    h(
      'div',
      { class: 'class-end' },
      h(
        'div',
        { class: 'card class-end-message' },
        h('h1', { id: 'end-title' }, t('presenter.endTitle')),
        h('p', { class: 'lead' }, t('presenter.endLead')),
        h('p', { class: 'class-end-fault' }, t('presenter.endFault')),
        h('p', {}, t('presenter.endAlone')),
        h('p', {}, t('presenter.endTalk')),
        h(
          'div',
          { class: 'actions' },
          button(t('presenter.print'), actions.print, { class: 'btn btn-primary' }),
          button(t('presenter.map'), actions.map, { class: 'btn' }),
          button(t('presenter.prev'), actions.back, { class: 'btn' }),
          button(t('presenter.otherStory'), actions.other, { class: 'btn' }),
        ),
      ),
      h('div', { class: 'card class-end-handout' }, handoutSheet(t, lang, siteUrl)),
    ),
  );
}

export function handoutScreen(
  t: Translate,
  lang: HelpLang,
  siteUrl: string,
  actions: { print: () => void; back: () => void },
): HTMLElement {
  return h(
    'section',
    { class: 'screen presenter-screen', 'aria-label': t('presenter.handout'), 'data-kind': 'handout' },
    h(
      'div',
      { class: 'card class-handout-preview' },
      handoutSheet(t, lang, siteUrl),
      h(
        'div',
        { class: 'actions' },
        button(t('presenter.print'), actions.print, { class: 'btn btn-primary' }),
        button(t('presenter.prep.back'), actions.back, { class: 'btn' }),
      ),
    ),
  );
}
