// Text in a language other than the page's (English help texts under an Arabic UI, a Dutch story under a
// Polish one) carries its own `lang` and `dir`, so screen readers, read-aloud and translation tools get it
// right, and left-to-right text stays left-to-right inside a right-to-left page.
import { LANGUAGE_INFO, isUiLang } from '../i18n';

export function langAttrs(lang: string): { lang?: string; dir?: 'ltr' | 'rtl' } {
  if (typeof document !== 'undefined' && lang === document.documentElement.lang) return {};
  return { lang, dir: isUiLang(lang) ? LANGUAGE_INFO[lang].dir : 'ltr' };
}
