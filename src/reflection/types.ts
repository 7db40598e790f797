// Shared types of the reflection and help layers. Pure data: no DOM, no Phaser.

/** The answers a mirror question can give (docs/writing-scenarios.md). */
export const ANSWERS = ['nooit', 'een_keer', 'soms', 'vaak', 'liever_niet'] as const;
export type Answer = (typeof ANSWERS)[number];

/** Verdicts, most serious first. `liever_niet` is never a verdict about the home. */
export const VERDICTS = ['gevaar', 'niet_ok', 'let_op', 'liever_niet', 'normaal'] as const;
export type Verdict = (typeof VERDICTS)[number];

/** Verdicts that say something is not OK at home: they always carry "het is niet jouw schuld". */
export const NOT_OK_VERDICTS: readonly Verdict[] = ['gevaar', 'niet_ok', 'let_op'];

export const AGE_BANDS = ['10-12', '13-15', '16-18', 'volwassene'] as const;
export type AgeBand = (typeof AGE_BANDS)[number];

/** The complete languages: every help and reflection text exists in each (Localized forces it). */
export const LANGS = ['nl', 'en', 'pl', 'bg'] as const;
export type Lang = (typeof LANGS)[number];

/** Theme ids (docs/writing-scenarios.md, "Theme ids"). */
export const THEME_IDS = [
  'lichamelijke_mishandeling',
  'emotionele_mishandeling',
  'lichamelijke_verwaarlozing',
  'emotionele_verwaarlozing',
  'seksueel_misbruik',
  'getuige_huiselijk_geweld',
  'vechtscheiding',
  'jonge_mantelzorger',
  'ruzie_goedkomen',
  'strenge_regels',
  'eerlijke_straf',
  'ouder_sorry',
] as const;
export type ThemeId = (typeof THEME_IDS)[number];

/** mishandeling: a form of child abuse; zorg: a concern, not abuse in itself; normaal: a normal contrast. */
export type ThemeKind = 'mishandeling' | 'zorg' | 'normaal';

/**
 * A text that may differ per age band. A plain string is the same for every band; otherwise `default`
 * is used for every band without its own wording (usually only '10-12' gets a simpler one).
 */
export type AgeText = string | ({ readonly default: string } & Partial<Readonly<Record<AgeBand, string>>>);

/** A text in every language. */
export type Localized<T = string> = Readonly<Record<Lang, T>>;

/**
 * The Dutch and English texts written inline in a data table; every other language comes from one file
 * per language (e.g. src/reflection/texts/pl.ts), typed so that it must cover every row.
 */
export type InlineLocalized<T = string> = Pick<Localized<T>, 'nl' | 'en'>;
