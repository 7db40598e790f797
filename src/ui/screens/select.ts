// Story selection: every scenario with what it is about and its length, filtered by age band,
// with one suggestion of where to start.
import { h } from '../dom';
import type { Translate } from '../../i18n';
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
): HTMLElement {
  const shown = entries
    .filter((entry) => fitsAge(entry, ageBand))
    .sort((a, b) => {
      if (a.meta.id === SUGGESTED_FIRST) return -1;
      if (b.meta.id === SUGGESTED_FIRST) return 1;
      return a.meta.title.localeCompare(b.meta.title);
    });
  const suggested = shown.find((entry) => entry.meta.id === SUGGESTED_FIRST) ?? shown[0];

  const card = (entry: CatalogEntry) => {
    const normal = entry.meta.themes.every((theme) => NORMAL_THEMES.has(theme));
    return h(
      'li',
      {},
      h(
        'button',
        {
          type: 'button',
          class: 'story-card',
          'data-story': entry.meta.id,
          onclick: () => onChoose(entry),
        },
        entry === suggested ? h('span', { class: 'badge' }, t('select.suggestion')) : null,
        normal ? h('span', { class: 'badge' }, t('select.normal')) : null,
        h('strong', {}, entry.meta.title),
        h('span', {}, entry.meta.note),
        h('span', { class: 'muted small' }, t('select.minutes', { n: entry.meta.minutes })),
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
      h('ul', { class: 'story-grid' }, shown.map(card)),
    ),
  );
}
