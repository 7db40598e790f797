// Languages. `Lang` is a complete language: every UI text, help text and reflection text exists in it
// (TypeScript forces that: `Messages` and `Localized` need every key in every Lang). `UiLang` adds the
// UI-only languages that are still partial (Arabic): a missing UI key shows in English, and help and
// reflection texts show in `LANGUAGE_INFO[lang].content`.
import { LANGS, type Lang } from '../reflection/types';
import { ar } from './ar';
import { bg } from './bg';
import { en } from './en';
import { nl, type MessageKey, type Messages, type PartialMessages } from './nl';
import { pl } from './pl';

export { LANGS };
export type { Lang, MessageKey, Messages, PartialMessages };

/** The complete languages. */
export const LANGUAGES: Readonly<Record<Lang, Messages>> = { nl, en, pl, bg };

/** UI-only languages that may miss keys (the i18n test knows them as partial). */
export const PARTIAL_LANGUAGES = { ar } satisfies Record<string, PartialMessages>;
export type PartialLang = keyof typeof PARTIAL_LANGUAGES;
export type UiLang = Lang | PartialLang;

/** The order of the language picker. */
export const UI_LANGS: readonly UiLang[] = ['nl', 'en', 'pl', 'bg', 'ar'];

export interface LanguageInfo {
  /** The language's name in the language itself, for the picker. */
  readonly name: string;
  readonly dir: 'ltr' | 'rtl';
  /** The language of the help and reflection texts (a partial language borrows a complete one). */
  readonly content: Lang;
  /** A script Atkinson Hyperlegible lacks: a fallback font is loaded only for this language. */
  readonly script?: 'cyrillic' | 'arabic';
}

export const LANGUAGE_INFO: Readonly<Record<UiLang, LanguageInfo>> = {
  nl: { name: 'Nederlands', dir: 'ltr', content: 'nl' },
  en: { name: 'English', dir: 'ltr', content: 'en' },
  pl: { name: 'Polski', dir: 'ltr', content: 'pl' },
  bg: { name: 'Български', dir: 'ltr', content: 'bg', script: 'cyrillic' },
  ar: { name: 'العربية', dir: 'rtl', content: 'en', script: 'arabic' },
};

/** Where a missing UI key of a partial language comes from. */
const FALLBACK: Lang = 'en';

export function isLang(value: string | null | undefined): value is Lang {
  return (LANGS as readonly (string | null | undefined)[]).includes(value);
}

export function isUiLang(value: string | null | undefined): value is UiLang {
  return (UI_LANGS as readonly (string | null | undefined)[]).includes(value);
}

/** The language of help and reflection texts for a UI language. */
export function contentLang(lang: UiLang): Lang {
  return LANGUAGE_INFO[lang].content;
}

function messagesFor(lang: UiLang): PartialMessages {
  return isLang(lang) ? LANGUAGES[lang] : PARTIAL_LANGUAGES[lang];
}

/** The language a key is actually shown in (a partial language falls back to English per key). */
export function keyLang(lang: UiLang, key: MessageKey): UiLang {
  return messagesFor(lang)[key] === undefined ? FALLBACK : lang;
}

/** A translator for one language: `t('select.minutes', { n: 6 })`. */
export function translator(lang: UiLang) {
  const messages = messagesFor(lang);
  const fallback: Messages = en;
  return (key: MessageKey, values: Record<string, string | number> = {}): string =>
    (messages[key] ?? fallback[key]).replace(/\{(\w+)\}/g, (_, name: string) =>
      String(values[name] ?? `{${name}}`),
    );
}

export type Translate = ReturnType<typeof translator>;
