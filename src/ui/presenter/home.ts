// Presenter mode's first screens: the scenario picker (content notes and durations up front), a
// scenario's page with the presenter notes, the preparation card, and the notes as an overlay.
import { button, h } from '../dom';
import type { Translate } from '../../i18n';
import type { CatalogEntry } from '../../app/catalog';
import type { PresenterNote } from '../../app/presenter-notes';
import type { StoryMeta } from '../../story/types';

const NORMAL_THEMES = new Set(['ruzie_goedkomen', 'strenge_regels', 'eerlijke_straf', 'ouder_sorry']);

export interface HomeActions {
  open: (entry: CatalogEntry) => void;
  prepare: () => void;
  handout: () => void;
  leave: () => void;
  switchLanguage: () => void;
}

function labels(t: Translate, meta: StoryMeta): HTMLElement[] {
  const out = [h('span', { class: 'badge' }, t('select.minutes', { n: meta.minutes }))];
  out.push(h('span', { class: 'badge' }, t('presenter.age', { n: meta.age })));
  if (meta.kind === 'oefenen')
    out.push(h('span', { class: 'badge badge-practice' }, t('presenter.practice')));
  else if (meta.themes.every((theme) => NORMAL_THEMES.has(theme)))
    out.push(h('span', { class: 'badge badge-normal' }, t('select.normal')));
  return out;
}

export function presenterHome(
  t: Translate,
  entries: CatalogEntry[],
  otherLanguage: { label: string; lang: string },
  actions: HomeActions,
): HTMLElement {
  const sorted = [...entries].sort((a, b) => a.meta.title.localeCompare(b.meta.title));
  return h(
    'section',
    { class: 'screen presenter-screen screen-presenter-home', 'aria-labelledby': 'presenter-title' },
    h(
      'div',
      { class: 'presenter-home' },
      h(
        'div',
        { class: 'card presenter-intro' },
        h('h1', { id: 'presenter-title' }, t('presenter.title')),
        h('p', { class: 'lead' }, t('presenter.lead')),
        h(
          'div',
          { class: 'actions' },
          button(t('presenter.prepare'), actions.prepare, { class: 'btn btn-primary' }),
          button(t('presenter.handout'), actions.handout, { class: 'btn' }),
          button(otherLanguage.label, actions.switchLanguage, {
            class: 'btn btn-link',
            lang: otherLanguage.lang,
          }),
          button(t('presenter.leave'), actions.leave, { class: 'btn btn-link' }),
        ),
      ),
      h(
        'div',
        { class: 'card presenter-picker' },
        h('h2', { id: 'presenter-pick' }, t('presenter.pick')),
        h(
          'ul',
          { class: 'presenter-grid', 'aria-labelledby': 'presenter-pick' },
          sorted.map((entry) =>
            h(
              'li',
              {},
              h(
                'button',
                {
                  type: 'button',
                  class: 'story-card presenter-card',
                  'data-story': entry.meta.id,
                  onclick: () => actions.open(entry),
                },
                h('strong', {}, entry.meta.title),
                h('span', { class: 'presenter-card-labels' }, labels(t, entry.meta)),
                h('span', { class: 'presenter-card-note' }, entry.meta.note),
              ),
            ),
          ),
        ),
      ),
    ),
  );
}

export function notesBlock(t: Translate, note: PresenterNote | null): HTMLElement {
  if (!note) return h('div', {});
  return h(
    'dl',
    { class: 'presenter-notes' },
    h('dt', {}, t('presenter.notesAbout')),
    h('dd', {}, note.about),
    h('dt', {}, t('presenter.notesFeelings')),
    h('dd', {}, note.feelings),
    h('dt', {}, t('presenter.notesStrong')),
    h('dd', {}, note.strongReaction),
  );
}

export function scenarioScreen(
  t: Translate,
  meta: StoryMeta,
  note: PresenterNote | null,
  actions: { start: () => void; back: () => void },
): HTMLElement {
  return h(
    'section',
    { class: 'screen presenter-screen', 'aria-labelledby': 'scenario-title' },
    h(
      'div',
      { class: 'presenter-scenario' },
      h(
        'div',
        { class: 'card' },
        h('p', { class: 'badge' }, t('presenter.contentNote')),
        h('h1', { id: 'scenario-title' }, meta.title),
        h('p', { class: 'lead' }, meta.note),
        h('p', { class: 'presenter-card-labels' }, labels(t, meta)),
        h(
          'div',
          { class: 'actions' },
          button(t('presenter.startStory'), actions.start, { class: 'btn btn-primary btn-big' }),
          button(t('presenter.otherStory'), actions.back, { class: 'btn' }),
        ),
      ),
      h(
        'details',
        { class: 'card presenter-notes-card', open: true },
        h('summary', {}, t('presenter.notesTitle')),
        h('p', { class: 'muted' }, t('presenter.notesLead')),
        notesBlock(t, note),
      ),
    ),
  );
}

export function notesOverlay(t: Translate, meta: StoryMeta, note: PresenterNote | null, onClose: () => void) {
  return h(
    'section',
    { class: 'screen presenter-screen', 'aria-labelledby': 'notes-title', 'data-kind': 'presenter-notes' },
    h(
      'div',
      { class: 'card presenter-notes-overlay' },
      h('h2', { id: 'notes-title' }, `${t('presenter.notesTitle')}: ${meta.title}`),
      notesBlock(t, note),
      h(
        'div',
        { class: 'actions' },
        button(t('presenter.notesClose'), onClose, { class: 'btn btn-primary' }),
      ),
    ),
  );
}

export function prepScreen(t: Translate, veiligThuisPhone: string, onBack: () => void): HTMLElement {
  const part = (key: 'own' | 'strong' | 'school' | 'after' | 'help') =>
    h(
      'li',
      {},
      h('h3', {}, t(`presenter.prep.${key}.title`)),
      h('p', {}, t(`presenter.prep.${key}.text`, { phone: veiligThuisPhone })),
    );
  return h(
    'section',
    { class: 'screen presenter-screen', 'aria-labelledby': 'prep-title', 'data-kind': 'prep' },
    h(
      'div',
      { class: 'card presenter-prep' },
      h('h1', { id: 'prep-title' }, t('presenter.prepTitle')),
      h('p', { class: 'lead' }, t('presenter.prepLead')),
      h(
        'ol',
        { class: 'prep-list' },
        part('own'),
        part('strong'),
        part('school'),
        part('after'),
        part('help'),
      ),
      h('div', { class: 'actions' }, button(t('presenter.prep.back'), onBack, { class: 'btn btn-primary' })),
    ),
  );
}

export interface PresenterMenuActions {
  close: () => void;
  home: () => void;
  prepare: () => void;
  handout: () => void;
  leave: () => void;
}

/** The toolbar's "Menu" in presenter mode. */
export function presenterMenu(t: Translate, actions: PresenterMenuActions): HTMLElement {
  return h(
    'section',
    { class: 'screen presenter-screen', 'aria-labelledby': 'menu-title', 'data-kind': 'menu' },
    h(
      'div',
      { class: 'card' },
      h('h2', { id: 'menu-title' }, t('menu.title')),
      h(
        'ul',
        { class: 'choice-list' },
        h('li', {}, button(t('menu.close'), actions.close, { class: 'btn btn-primary' })),
        h('li', {}, button(t('presenter.pick'), actions.home, { class: 'btn' })),
        h('li', {}, button(t('presenter.prepare'), actions.prepare, { class: 'btn' })),
        h('li', {}, button(t('presenter.handout'), actions.handout, { class: 'btn' })),
        h('li', {}, button(t('presenter.leave'), actions.leave, { class: 'btn' })),
      ),
    ),
  );
}
