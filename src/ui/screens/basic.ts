// Start, safety, age and content-note screens: short, calm, one clear action each.
import { button, h } from '../dom';
import { langAttrs } from '../lang';
import { LANGUAGE_INFO, UI_LANGS, type Translate, type UiLang } from '../../i18n';
import type { StoryMeta } from '../../story/types';
import emblemUrl from '../../../assets/art/ui/emblem.svg?url';

export type AgeChoice = '10-12' | '13-15' | '16-18' | 'volwassene' | null;

export function startScreen(
  t: Translate,
  actions: {
    begin: () => void;
    resume: (() => void) | null;
    /** Shows the game in another language (the picker names each language in that language). */
    switchLanguage: (lang: UiLang) => void;
    /** The language shown now. */
    language: UiLang;
    safety: () => void;
    /** Presenter mode for a class (only shown when given). */
    presenter?: () => void;
    /** "Voor scholen": links, embed code and poster (only shown when given). */
    forSchools?: () => void;
  },
): HTMLElement {
  return h(
    'section',
    { class: 'screen screen-start', 'aria-labelledby': 'start-title' },
    h(
      'div',
      { class: 'card card-start' },
      h(
        'h1',
        { id: 'start-title', class: 'start-title' },
        h('img', { src: emblemUrl, alt: '', class: 'start-emblem' }),
        t('app.name'),
      ),
      h('p', { class: 'lead' }, t('start.lead')),
      h('p', {}, t('start.private')),
      h(
        'div',
        { class: 'actions' },
        actions.resume
          ? button(t('start.resume'), actions.resume, { class: 'btn btn-primary btn-big' })
          : null,
        button(t('start.begin'), actions.begin, {
          class: actions.resume ? 'btn btn-big' : 'btn btn-primary btn-big',
        }),
        button(t('start.safety'), actions.safety, { class: 'btn' }),
        actions.presenter ? button(t('start.presenter'), actions.presenter, { class: 'btn' }) : null,
        actions.forSchools
          ? button(t('start.forSchools'), actions.forSchools, { class: 'btn btn-link' })
          : null,
      ),
      languagePicker(t, actions.language, actions.switchLanguage),
    ),
  );
}

/** Every language by its own name, with `lang` and `dir`, so a player finds theirs without reading ours. */
function languagePicker(t: Translate, current: UiLang, choose: (lang: UiLang) => void): HTMLElement {
  return h(
    'div',
    { class: 'language-picker', role: 'group', 'aria-labelledby': 'language-title' },
    h('p', { id: 'language-title', class: 'small muted' }, t('start.language')),
    h(
      'ul',
      { class: 'language-list' },
      UI_LANGS.map((lang) =>
        h(
          'li',
          {},
          button(LANGUAGE_INFO[lang].name, () => choose(lang), {
            class: 'btn btn-lang',
            lang,
            dir: LANGUAGE_INFO[lang].dir,
            'data-lang': lang,
            'aria-current': lang === current ? 'true' : null,
          }),
        ),
      ),
    ),
  );
}

export function safetyScreen(t: Translate, onContinue: () => void): HTMLElement {
  return h(
    'section',
    { class: 'screen', 'aria-labelledby': 'safety-title' },
    h(
      'div',
      { class: 'card' },
      h('h2', { id: 'safety-title' }, t('safety.title')),
      h('p', {}, t('safety.exit')),
      h('p', {}, t('safety.exitWhat')),
      h('p', {}, t('safety.stores')),
      h('p', {}, t('safety.cannotHide')),
      h('p', { class: 'muted' }, t('safety.tip')),
      h('div', { class: 'actions' }, button(t('safety.continue'), onContinue, { class: 'btn btn-primary' })),
    ),
  );
}

export function ageScreen(t: Translate, onChoose: (age: AgeChoice) => void): HTMLElement {
  const options: { label: string; value: AgeChoice }[] = [
    { label: t('age.10-12'), value: '10-12' },
    { label: t('age.13-15'), value: '13-15' },
    { label: t('age.16-18'), value: '16-18' },
    { label: t('age.volwassene'), value: 'volwassene' },
    { label: t('age.rather-not'), value: null },
  ];
  return h(
    'section',
    { class: 'screen', 'aria-labelledby': 'age-title' },
    h(
      'div',
      { class: 'card' },
      h('h2', { id: 'age-title' }, t('age.title')),
      h('p', { class: 'muted' }, t('age.why')),
      h(
        'ul',
        { class: 'choice-list' },
        options.map((option) =>
          h(
            'li',
            {},
            button(option.label, () => onChoose(option.value), { class: 'btn' }),
          ),
        ),
      ),
    ),
  );
}

export function noteScreen(
  t: Translate,
  meta: StoryMeta,
  actions: { start: () => void; other: () => void },
  /** The story's language when it differs from the UI's (a story not yet translated is Dutch). */
  storyLang?: string,
): HTMLElement {
  return h(
    'section',
    { class: 'screen', 'aria-labelledby': 'note-title' },
    h(
      'div',
      { class: 'card' },
      h('p', { class: 'badge' }, t('note.heading')),
      h('h2', { id: 'note-title', ...(storyLang ? langAttrs(storyLang) : {}) }, meta.title),
      h('p', { class: 'lead', ...(storyLang ? langAttrs(storyLang) : {}) }, meta.note),
      h('p', {}, t('note.minutes', { n: meta.minutes })),
      h('p', { class: 'muted' }, t('note.control')),
      h(
        'div',
        { class: 'actions' },
        button(t('note.start'), actions.start, { class: 'btn btn-primary btn-big' }),
        button(t('note.other'), actions.other, { class: 'btn' }),
      ),
    ),
  );
}

export function errorScreen(t: Translate, helpNumbers: HTMLElement, onBack: () => void): HTMLElement {
  return h(
    'section',
    { class: 'screen', 'aria-labelledby': 'error-title' },
    h(
      'div',
      { class: 'card' },
      h('h2', { id: 'error-title' }, t('error.title')),
      h('p', {}, t('error.text')),
      helpNumbers,
      h('div', { class: 'actions' }, button(t('error.back'), onBack, { class: 'btn btn-primary' })),
    ),
  );
}
