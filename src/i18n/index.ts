import { en } from './en';
import { nl, type MessageKey, type Messages } from './nl';

export type Lang = 'nl' | 'en';
export const LANGUAGES: Record<Lang, Messages> = { nl, en };
export type { MessageKey, Messages };

export function isLang(value: string | null | undefined): value is Lang {
  return value === 'nl' || value === 'en';
}

/** A translator for one language: `t('select.minutes', { n: 6 })`. */
export function translator(lang: Lang) {
  const messages = LANGUAGES[lang];
  return (key: MessageKey, values: Record<string, string | number> = {}): string =>
    messages[key].replace(/\{(\w+)\}/g, (_, name: string) => String(values[name] ?? `{${name}}`));
}

export type Translate = ReturnType<typeof translator>;
