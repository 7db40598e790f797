import type { AgeBand, AgeText } from './types';

/** The wording of an age-aware text for one age band. */
export function pickText(text: AgeText, ageBand: AgeBand): string {
  if (typeof text === 'string') return text;
  return text[ageBand] ?? text.default;
}

/** Every distinct wording of an age-aware text (for tests and reviews). */
export function allWordings(text: AgeText): string[] {
  if (typeof text === 'string') return [text];
  const { default: def, ...bands } = text;
  return [def, ...Object.values(bands).filter((v): v is string => typeof v === 'string')];
}
