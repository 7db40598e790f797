// Answers → one reflection card per theme (DESIGN.md, "The reflection model"). Pure: answers stay in memory.
import { PHRASES } from './phrases';
import type { CanDoKey } from './phrases';
import { isAgeBand, isAnswer, isLang, isNotOk, verdictFor, verdictRank } from './rules';
import { pickText } from './text';
import { getTheme } from './themes';
import type { Theme } from './themes';
import { THEME_IDS } from './types';
import type { AgeBand, Answer, Lang, ThemeKind, Verdict } from './types';

export interface ReflectInput {
  /** In the order given; the last answer per theme wins. */
  readonly answers: readonly { readonly theme: string; readonly answer: string }[];
  /** The player said they are not safe right now. */
  readonly danger: boolean;
  readonly ageBand: AgeBand;
  readonly lang: Lang;
}

/** The text parts of a card, in reading order. Optional parts are absent, never empty strings. */
export interface CardParts {
  /** What you told. */
  readonly told: string;
  /** What the game says about it ("wat je vertelt klinkt als ..."); absent for liever_niet and unknown input. */
  readonly says?: string;
  /** What is normal in families. */
  readonly normal: string;
  /** The name for it, explained; absent for normal themes, liever_niet and unknown input. */
  readonly name?: string;
  /** "Het is niet jouw schuld": present exactly when the verdict is gevaar, niet_ok or let_op. */
  readonly notYourFault?: string;
  /** "Je bent niet de enige": present unless the verdict is normaal. */
  readonly notAlone?: string;
  /** What you can do. */
  readonly whatYouCanDo: string;
}

export interface ReflectionCard {
  /** The theme id as given (may be unknown, see `known`). */
  readonly theme: string;
  /** False for the gentle generic card given for an unknown theme or answer. */
  readonly known: boolean;
  readonly kind: ThemeKind | null;
  readonly answer: Answer | null;
  /** Unknown input gets 'liever_niet': no verdict about the home. */
  readonly verdict: Verdict;
  readonly title: string;
  readonly parts: CardParts;
}

export interface ReflectionResult {
  /** Most serious first. */
  readonly cards: readonly ReflectionCard[];
  /** For development: unknown themes or answers (report them; never show them to the player). */
  readonly problems: readonly string[];
  readonly danger: boolean;
}

const KIND_RANK: Readonly<Record<ThemeKind, number>> = { mishandeling: 0, zorg: 1, normaal: 2 };

function fill(template: string, values: Readonly<Record<string, string>>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => values[key] ?? whole);
}

function canDoKey(verdict: Verdict, kind: ThemeKind): CanDoKey {
  if (verdict === 'normaal') return kind === 'normaal' ? 'normaal_normaalthema' : 'normaal_zorgthema';
  return verdict;
}

function knownCard(
  theme: Theme,
  answer: Answer,
  danger: boolean,
  ageBand: AgeBand,
  lang: Lang,
): ReflectionCard {
  const p = PHRASES[lang];
  const t = theme.text[lang];
  const verdict = verdictFor(theme, answer, danger);
  const pick = (text: Parameters<typeof pickText>[0]): string => pickText(text, ageBand);
  const normal = pick(t.whatIsNormal);
  const title = pick(t.label);

  if (answer === 'liever_niet') {
    return {
      theme: theme.id,
      known: true,
      kind: theme.kind,
      answer,
      verdict,
      title,
      parts: {
        told: p.toldLieverNiet,
        normal,
        notAlone: pick(p.notAloneLieverNiet),
        whatYouCanDo: pick(p.canDo.liever_niet),
      },
    };
  }

  // On a gevaar card, `says` repeats that the player said they are not safe now.
  const told = fill(p.told, { freq: p.freq[answer], situation: pick(t.situation) });
  const saying = verdict === 'liever_niet' ? undefined : t.says[verdict];
  const notOk = isNotOk(verdict);
  const extra = notOk && t.canDo !== undefined ? ` ${pick(t.canDo)}` : '';

  return {
    theme: theme.id,
    known: true,
    kind: theme.kind,
    answer,
    verdict,
    title,
    parts: {
      told,
      ...(saying === undefined ? {} : { says: pick(saying) }),
      normal,
      ...(theme.kind === 'normaal' ? {} : { name: pick(t.nameText) }),
      ...(notOk ? { notYourFault: pick(p.notYourFault), notAlone: pick(t.notAlone ?? p.notAlone) } : {}),
      whatYouCanDo: `${pick(p.canDo[canDoKey(verdict, theme.kind)])}${extra}`,
    },
  };
}

function genericCard(
  themeId: string,
  theme: Theme | undefined,
  ageBand: AgeBand,
  lang: Lang,
): ReflectionCard {
  const p = PHRASES[lang];
  return {
    theme: themeId,
    known: false,
    kind: theme?.kind ?? null,
    answer: null,
    verdict: 'liever_niet',
    title: theme === undefined ? p.unknownTitle : pickText(theme.text[lang].label, ageBand),
    parts: {
      told: p.toldUnknown,
      normal: theme === undefined ? p.unknownNormal : pickText(theme.text[lang].whatIsNormal, ageBand),
      notAlone: pickText(p.notAloneLieverNiet, ageBand),
      whatYouCanDo: pickText(p.canDo.onbekend, ageBand),
    },
  };
}

function themeOrder(theme: string): number {
  const i = (THEME_IDS as readonly string[]).indexOf(theme);
  return i === -1 ? THEME_IDS.length : i;
}

/**
 * One card per theme answered (the last answer per theme wins), most serious first. Never returns
 * nothing for an answer: unknown themes or answers give a gentle generic card and a line in `problems`.
 */
export function reflect(input: ReflectInput): ReflectionResult {
  const problems: string[] = [];
  let { ageBand, lang } = input;
  if (!isLang(lang)) {
    problems.push(`unknown language "${String(lang)}", using "nl"`);
    lang = 'nl';
  }
  if (!isAgeBand(ageBand)) {
    problems.push(`unknown age band "${String(ageBand)}", using "13-15"`);
    ageBand = '13-15';
  }

  // Last answer per theme wins; a theme answered again moves to the position of its last answer.
  const last = new Map<string, string>();
  for (const { theme, answer } of input.answers) {
    last.delete(theme);
    last.set(theme, answer);
  }

  const cards: { card: ReflectionCard; index: number }[] = [];
  let index = 0;
  for (const [themeId, answer] of last) {
    const theme = getTheme(themeId);
    let card: ReflectionCard;
    if (theme === undefined) {
      problems.push(`unknown theme "${themeId}" (answer "${answer}")`);
      card = genericCard(themeId, undefined, ageBand, lang);
    } else if (!isAnswer(answer)) {
      problems.push(`unknown answer "${answer}" for theme "${themeId}"`);
      card = genericCard(themeId, theme, ageBand, lang);
    } else {
      card = knownCard(theme, answer, input.danger, ageBand, lang);
    }
    cards.push({ card, index: index++ });
  }

  cards.sort(
    (a, b) =>
      verdictRank(a.card.verdict) - verdictRank(b.card.verdict) ||
      (a.card.kind === null ? 3 : KIND_RANK[a.card.kind]) -
        (b.card.kind === null ? 3 : KIND_RANK[b.card.kind]) ||
      themeOrder(a.card.theme) - themeOrder(b.card.theme) ||
      a.index - b.index,
  );

  return { cards: cards.map((c) => c.card), problems, danger: input.danger };
}

/** The input orderHelp() needs, from the cards: verdicts[i] belongs to themes[i]. */
export function helpInputFrom(result: Pick<ReflectionResult, 'cards'>): {
  verdicts: Verdict[];
  themes: string[];
} {
  return { verdicts: result.cards.map((c) => c.verdict), themes: result.cards.map((c) => c.theme) };
}
