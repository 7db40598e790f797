// Languages. `Lang` is a complete language: every UI text, help text and reflection text exists in it
// (TypeScript forces that: `Messages` and `Localized` need every key in every Lang). `UiLang` adds the
// UI-only languages that are still partial (Arabic): a missing UI key shows in English, and help and
// reflection texts show in `LANGUAGE_INFO[lang].content`.
//
// Dutch and English are built in. Every other language is a language pack (src/i18n/packs/: its UI,
// help and reflection texts) in a chunk of its own, loaded only when a player picks it
// (src/i18n/language-packs.ts): most players never download it.
import { LANGS, type Lang } from '../reflection/types';
import { en } from './en';
import { nl, type MessageKey, type Messages, type PartialMessages } from './nl';
import { UI_LANGS, isUiLang, wantedLanguage, type PartialLang, type UiLang } from './ui-langs';

export { LANGS, UI_LANGS, isUiLang, wantedLanguage };
export type { Lang, MessageKey, Messages, PartialMessages, PartialLang, UiLang };

/** The UI texts installed so far: the built-in languages, then each pack as it arrives. */
const installed: Partial<Record<UiLang, PartialMessages>> = { nl, en };

export function installMessages(lang: UiLang, messages: PartialMessages): void {
  installed[lang] = messages;
}

/** True once a language's texts are here (always for nl and en). */
export function hasMessages(lang: UiLang): boolean {
  return installed[lang] !== undefined;
}

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

/** The language of help and reflection texts for a UI language. */
export function contentLang(lang: UiLang): Lang {
  return LANGUAGE_INFO[lang].content;
}

/** A language not installed yet reads as English, never as missing text. */
function messagesFor(lang: UiLang): PartialMessages {
  return installed[lang] ?? en;
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
