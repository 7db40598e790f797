// Story selection: every scenario with what it is about and its length, filtered by age band,
// with one suggestion of where to start.
import { h } from '../dom';
import { LANGUAGE_INFO, isUiLang, type Translate } from '../../i18n';
import type { CatalogEntry } from '../../app/catalog';
import { SUGGESTED_FIRST } from '../../app/catalog';

const NORMAL_THEMES = new Set(['ruzie_goedkomen', 'strenge_regels', 'eerlijke_straf', 'ouder_sorry']);

const MIN_AGE: Record<string, number> = { '10-12': 10, '13-15': 13, '16-18': 16, volwassene: 99 };

export function fitsAge(entry: CatalogEntry, ageBand: string | null): boolean {
  if (!ageBand) return true;
  return entry.meta.age <= (MIN_AGE[ageBand] ?? 99);
}

export function selectScreen(
  t: Translate,
  entries: CatalogEntry[],
  ageBand: string | null,
  onChoose: (entry: CatalogEntry) => void,
  /** The player's language: stories in another language (Dutch originals not yet translated) come last, marked. */
  lang = 'nl',
): HTMLElement {
  const byTitle = (a: CatalogEntry, b: CatalogEntry) => a.meta.title.localeCompare(b.meta.title, a.lang);
  const fitting = entries.filter((entry) => fitsAge(entry, ageBand));
  const own = fitting
    .filter((entry) => entry.lang === lang)
    .sort((a, b) => {
      if (a.meta.id === SUGGESTED_FIRST) return -1;
      if (b.meta.id === SUGGESTED_FIRST) return 1;
      return byTitle(a, b);
    });
  const other = fitting.filter((entry) => entry.lang !== lang).sort(byTitle);
  const first = own.length > 0 ? own : other;
  const suggested = first.find((entry) => entry.meta.id === SUGGESTED_FIRST) ?? first[0];

  // The player's own words (badges, minutes) inside a card in another language keep their lang and dir.
  const ui = { lang, dir: isUiLang(lang) ? LANGUAGE_INFO[lang].dir : null };
  const card = (entry: CatalogEntry) => {
    const normal = entry.meta.themes.every((theme) => NORMAL_THEMES.has(theme));
    const foreign = entry.lang !== lang;
    return h(
      'li',
      {},
      h(
        'button',
        {
          type: 'button',
          class: foreign ? 'story-card story-card-other-language' : 'story-card',
          'data-story': entry.meta.id,
          // The title and note are in the story's own language (Dutch when not yet translated).
          ...(foreign ? { lang: entry.lang, dir: 'ltr' } : {}),
          onclick: () => onChoose(entry),
        },
        entry === suggested ? h('span', { class: 'badge', ...ui }, t('select.suggestion')) : null,
        normal ? h('span', { class: 'badge', ...ui }, t('select.normal')) : null,
        foreign ? h('span', { class: 'badge badge-language', ...ui }, t('select.inDutch')) : null,
        h('strong', {}, entry.meta.title),
        h('span', {}, entry.meta.note),
        h('span', { class: 'muted small', ...ui }, t('select.minutes', { n: entry.meta.minutes })),
      ),
    );
  };

  return h(
    'section',
    { class: 'screen', 'aria-labelledby': 'select-title' },
    h(
      'div',
      { class: 'card card-wide' },
      h('h2', { id: 'select-title' }, t('select.title')),
      h('p', { class: 'muted' }, t('select.lead')),
      own.length > 0 ? h('ul', { class: 'story-grid' }, own.map(card)) : null,
      other.length > 0 ? h('h3', { class: 'story-group-title' }, t('select.dutchOnly')) : null,
      other.length > 0
        ? h('ul', { class: 'story-grid', 'data-group': 'other-language' }, other.map(card))
        : null,
    ),
  );
}
