// Help: "Direct gevaar? Bel 112" first (SAFETY.md E24), then the help lines in the order that fits
// what the player told, with open-now status computed on the device. Phone numbers are tel: links;
// a chat opens the service's own site only when the player clicks it.
import { button, h } from '../dom';
import { langAttrs } from '../lang';
import type { Lang, Translate } from '../../i18n';
import { EXPLAINERS, getHelpLine, hoursText, orderHelp, statusText } from '../../help';
import type { HelpInput, HelpSuggestion, LineSuggestion } from '../../help';
import { regionalText, type RegionalHelp } from '../../help/regional';
import { config } from '../../config';

export type HelpContext = HelpInput;

function telLink(label: string, tel: string, big = false): HTMLAnchorElement {
  return h('a', { class: `btn ${big ? 'btn-danger btn-big' : 'btn-primary'}`, href: `tel:${tel}` }, label);
}

function lineView(t: Translate, lang: Lang, suggestion: LineSuggestion): HTMLElement {
  const { line } = suggestion;
  const channels = suggestion.channels.map((channel, i) => {
    const data = line.channels[i];
    const label = channel.kind === 'phone' ? t('help.phone') : t('help.chatLabel');
    return h(
      'li',
      {},
      `${label}: `,
      data ? h('span', langAttrs(lang), hoursText(data.hours, lang)) : '',
      h(
        'span',
        { class: `status ${channel.status.open ? 'status-open' : 'status-closed'}`, ...langAttrs(lang) },
        statusText(channel.status, lang),
      ),
      channel.varies && data?.note
        ? h('span', { class: 'muted small', ...langAttrs(lang) }, ` ${data.note[lang]}`)
        : null,
    );
  });
  const hasChat = line.channels.some((channel) => channel.kind === 'chat') && line.chatUrl;
  return h(
    'li',
    { class: 'help-item', 'data-help': suggestion.id },
    h('h3', langAttrs(lang), suggestion.heading[lang]),
    h('p', langAttrs(lang), line.text[lang].short),
    suggestion.note ? h('p', { class: 'muted small', ...langAttrs(lang) }, suggestion.note[lang]) : null,
    lineFacts(t, line),
    h('ul', { class: 'small' }, channels),
    h(
      'div',
      { class: 'actions' },
      telLink(t('help.call', { phone: line.phone }), line.tel),
      hasChat
        ? h(
            'a',
            { class: 'btn', href: line.chatUrl, target: '_blank', rel: 'noreferrer noopener' },
            t('help.chat', { name: line.name }),
          )
        : null,
    ),
  );
}

/** Free, not on the bill, ages: only what the data says for this line (never a blanket claim). */
function lineFacts(t: Translate, line: LineSuggestion['line']): HTMLElement | null {
  const facts = [
    line.free ? t('help.free') : null,
    line.notOnBill ? t('help.notOnBill') : null,
    line.ages.min !== null && line.ages.max !== null
      ? t('help.ages', { min: line.ages.min, max: line.ages.max })
      : null,
  ].filter((fact): fact is string => fact !== null);
  return facts.length ? h('p', { class: 'small line-facts' }, facts.join(' · ')) : null;
}

function suggestionView(t: Translate, lang: Lang, suggestion: HelpSuggestion): HTMLElement {
  if (suggestion.kind === 'line') return lineView(t, lang, suggestion);
  return h(
    'li',
    { class: 'help-item', 'data-help': suggestion.id },
    h('h3', {}, t('help.trustedTitle')),
    h('p', {}, t('help.trustedText')),
    h(
      'ul',
      {},
      suggestion.adults.map((adult) => h('li', langAttrs(lang), adult.label[lang])),
    ),
  );
}

/** Help a deployer added (deploy.config.json): its site opens only on a click, without a referrer. */
function regionalView(t: Translate, lang: Lang, entry: RegionalHelp): HTMLElement {
  return h(
    'li',
    { class: 'help-item help-regional', 'data-help': entry.id },
    h('h3', {}, entry.name),
    h('p', {}, regionalText(entry, lang)),
    h(
      'div',
      { class: 'actions' },
      entry.phone && entry.tel ? telLink(t('help.call', { phone: entry.phone }), entry.tel) : null,
      h(
        'a',
        { class: 'btn', href: entry.url, target: '_blank', rel: 'noreferrer noopener' },
        t('help.regionalSite', { name: entry.name }),
      ),
    ),
  );
}

/** The suggestions in order, with the deployer's regional help right after Veilig Thuis. */
function helpItems(t: Translate, lang: Lang, suggestions: HelpSuggestion[]): HTMLElement[] {
  return suggestions.flatMap((suggestion) => [
    suggestionView(t, lang, suggestion),
    ...(suggestion.id === 'veilig_thuis'
      ? config.regionalHelp.map((entry) => regionalView(t, lang, entry))
      : []),
  ]);
}

function explainers(t: Translate, lang: Lang): HTMLElement {
  return h(
    'div',
    { class: 'explainers' },
    h('h3', {}, t('help.whatHappens')),
    EXPLAINERS.map((explainer) =>
      h(
        'details',
        langAttrs(lang),
        h('summary', {}, explainer.title[lang]),
        h(
          'ul',
          {},
          explainer.points[lang].map((point) => h('li', {}, point)),
        ),
      ),
    ),
  );
}

function emergencyCard(t: Translate): HTMLElement {
  return h(
    'div',
    { class: 'card help-112', 'data-help': '112' },
    h('h2', {}, t('help.dangerFirst')),
    h('p', {}, t('help.dangerText')),
    telLink(t('danger.call'), '112'),
  );
}

/** The ordered list without the 112 card (112 is shown above it, big). */
export function helpList(t: Translate, lang: Lang, context: HelpContext): HTMLElement {
  const suggestions = orderHelp(context).filter((suggestion) => suggestion.id !== '112');
  return h(
    'div',
    {},
    h('p', { class: 'help-112-inline' }, h('strong', {}, t('help.dangerFirst'))),
    h('ul', { class: 'help-list' }, helpItems(t, lang, suggestions)),
    h('p', { class: 'muted small' }, t('help.callList')),
  );
}

export function helpScreen(t: Translate, lang: Lang, context: HelpContext, onBack: () => void): HTMLElement {
  const suggestions = orderHelp(context).filter((suggestion) => suggestion.id !== '112');
  return h(
    'section',
    { class: 'screen', 'aria-labelledby': 'help-title', 'data-kind': 'help' },
    h(
      'div',
      { class: 'stack' },
      h('h1', { id: 'help-title', class: 'visually-hidden' }, t('help.title')),
      emergencyCard(t),
      h(
        'div',
        { class: 'card' },
        h('h2', {}, t('help.title')),
        h('ul', { class: 'help-list' }, helpItems(t, lang, suggestions)),
        h('p', { class: 'muted small' }, t('help.callList')),
        h('p', { class: 'not-your-fault' }, t('help.notYourFault')),
        explainers(t, lang),
        h('div', { class: 'actions' }, button(t('help.back'), onBack, { class: 'btn btn-primary' })),
      ),
    ),
  );
}

/** "Ik ben nu niet veilig": 112 at once, then Veilig Thuis and De Kindertelefoon; back to where you were. */
export function dangerScreen(
  t: Translate,
  lang: Lang,
  context: HelpContext,
  onBack: () => void,
): HTMLElement {
  const next = orderHelp({ ...context, danger: true }).filter(
    (s): s is LineSuggestion => s.kind === 'line' && (s.id === 'veilig_thuis' || s.id === 'kindertelefoon'),
  );
  next.sort((a, b) => (a.id === 'veilig_thuis' ? -1 : b.id === 'veilig_thuis' ? 1 : 0));
  return h(
    'section',
    { class: 'screen', 'aria-labelledby': 'danger-title', 'data-kind': 'danger' },
    h(
      'div',
      { class: 'stack' },
      h(
        'div',
        { class: 'card help-112', 'data-help': '112' },
        h('h1', { id: 'danger-title' }, t('danger.title')),
        h('p', { class: 'lead' }, t('danger.text')),
        telLink(t('danger.call'), '112', true),
        h('p', { style: null }, t('danger.cantCall')),
      ),
      h(
        'div',
        { class: 'card' },
        h('h2', {}, t('danger.more')),
        h(
          'ul',
          { class: 'help-list' },
          // The deployer's regional help (e.g. the region's Veilig Thuis) right after Veilig Thuis.
          helpItems(t, lang, next),
        ),
        h('p', { class: 'not-your-fault' }, t('help.notYourFault')),
        h('div', { class: 'actions' }, button(t('danger.back'), onBack, { class: 'btn btn-primary' })),
      ),
    ),
  );
}

/** A calm fallback block with the three numbers, for error screens. */
export function helpNumbersBlock(t: Translate, lang: Lang): HTMLElement {
  const lines = (['kindertelefoon', 'veilig_thuis'] as const).map((id) => getHelpLine(id));
  return h(
    'div',
    { class: 'help-numbers' },
    h('p', {}, h('strong', {}, t('help.dangerFirst'))),
    h(
      'ul',
      {},
      lines.map((line) =>
        h(
          'li',
          {},
          h('a', { href: `tel:${line.tel}` }, `${line.name}: ${line.phone}`),
          ` (${line.channels[0] ? hoursText(line.channels[0].hours, lang) : ''})`,
        ),
      ),
    ),
  );
}
