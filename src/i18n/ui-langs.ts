// The UI languages and which one a visit starts in. Kept apart from the texts (nl.ts, en.ts), so the
// boot script (src/boot.ts) can decide the language before the game's own script has arrived.
import type { Lang } from '../reflection/types';

/** UI-only languages that may miss keys (the i18n test knows them as partial). */
export type PartialLang = 'ar';
export type UiLang = Lang | PartialLang;

/** The order of the language picker. */
export const UI_LANGS: readonly UiLang[] = ['nl', 'en', 'pl', 'bg', 'ar'];

export function isUiLang(value: string | null | undefined): value is UiLang {
  return (UI_LANGS as readonly (string | null | undefined)[]).includes(value);
}

/** The language a visit asks for: `?taal=` if it names one, else the deployer's default, else Dutch. */
export function wantedLanguage(requested: string | null, deployDefault: string): UiLang {
  if (isUiLang(requested)) return requested;
  return isUiLang(deployDefault) ? deployDefault : 'nl';
}
