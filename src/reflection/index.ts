// Public API of the reflection layer: answers → verdict per theme → reflection cards.
export { helpInputFrom, reflect } from './reflect';
export type { CardParts, ReflectInput, ReflectionCard, ReflectionResult } from './reflect';
export { isAgeBand, isAnswer, isLang, isNotOk, isThemeId, verdictFor, verdictRank } from './rules';
export type { ThemeRule } from './rules';
export { THEMES, getTheme, installThemeTexts } from './themes';
export type { SayingVerdict, Theme, ThemeTexts } from './themes';
export { PHRASES, installPhrases } from './phrases';
export type { Phrases } from './phrases';
export { allWordings, pickText } from './text';
export { AGE_BANDS, ANSWERS, LANGS, NOT_OK_VERDICTS, THEME_IDS, VERDICTS } from './types';
export type { AgeBand, AgeText, Answer, Lang, Localized, ThemeId, ThemeKind, Verdict } from './types';
