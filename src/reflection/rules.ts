// The verdict rules (DESIGN.md, "The reflection model"). Every rule has a row in tests/unit/reflection.test.ts.
import { getTheme } from './themes';
import type { Theme } from './themes';
import { AGE_BANDS, ANSWERS, LANGS, NOT_OK_VERDICTS, THEME_IDS, VERDICTS } from './types';
import type { AgeBand, Answer, Lang, ThemeId, Verdict } from './types';

export type ThemeRule = Pick<Theme, 'kind' | 'onceIsNotOk'>;

export function isAnswer(value: string): value is Answer {
  return (ANSWERS as readonly string[]).includes(value);
}

export function isThemeId(value: string): value is ThemeId {
  return (THEME_IDS as readonly string[]).includes(value);
}

export function isAgeBand(value: string): value is AgeBand {
  return (AGE_BANDS as readonly string[]).includes(value);
}

export function isLang(value: string): value is Lang {
  return (LANGS as readonly string[]).includes(value);
}

/**
 * The verdict for one answer about one theme.
 * - liever_niet: always liever_niet (never a verdict about the home);
 * - a normal theme: always normaal;
 * - nooit: normaal;
 * - once is already not OK (hitting, sexual abuse, witnessing violence): een_keer, soms and vaak are niet_ok;
 * - a pattern theme: een_keer and soms are let_op, vaak is niet_ok;
 * - danger (the player said they are not safe now) turns soms/vaak on an abuse theme into gevaar.
 */
export function verdictFor(theme: ThemeRule | ThemeId, answer: Answer, danger = false): Verdict {
  const rule = typeof theme === 'string' ? getTheme(theme) : theme;
  if (rule === undefined) throw new Error(`unknown theme: ${String(theme)}`);
  if (answer === 'liever_niet') return 'liever_niet';
  if (rule.kind === 'normaal' || answer === 'nooit') return 'normaal';
  if (danger && rule.kind === 'mishandeling') return 'gevaar';
  if (rule.onceIsNotOk) return 'niet_ok';
  return answer === 'vaak' ? 'niet_ok' : 'let_op';
}

/** 0 for the most serious verdict (gevaar), higher is less serious. */
export function verdictRank(verdict: Verdict): number {
  return VERDICTS.indexOf(verdict);
}

/** True for the verdicts that name something as not OK at home (they carry "het is niet jouw schuld"). */
export function isNotOk(verdict: Verdict): boolean {
  return NOT_OK_VERDICTS.includes(verdict);
}
