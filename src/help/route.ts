// Which help first (DESIGN.md, "The reflection model"; SAFETY.md E24: every help screen starts with 112).
import type { AgeBand, Lang, Localized, Verdict } from '../reflection/types';
import { getHelpLine, trustedAdultsFor } from './helplines';
import { channelStatus } from './hours';
import type { ChannelStatus } from './hours';
import type { ChannelKind, HelpLine, HelpLineId, TrustedAdult } from './types';

export interface HelpInput {
  /** The verdict per card; verdicts[i] belongs to themes[i] (see helpInputFrom in src/reflection). */
  readonly verdicts: readonly Verdict[];
  readonly themes: readonly string[];
  readonly ageBand: AgeBand;
  readonly now: Date;
  /** The player said they are not safe right now (also when no card got the verdict gevaar). */
  readonly danger?: boolean;
}

export type HelpReason =
  | 'direct_gevaar'
  | 'praten'
  | 'advies'
  | 'vertrouwde_volwassene'
  | 'seksueel_geweld'
  | 'jongvolwassenen'
  | 'zelfmoordgedachten'
  | 'politie_geen_spoed';

export interface ChannelState {
  readonly kind: ChannelKind;
  readonly status: ChannelStatus;
  /** Hours differ by region: show the channel's note. */
  readonly varies: boolean;
}

interface SuggestionBase {
  readonly reason: HelpReason;
  /** 112 when a verdict is gevaar or the player said they are not safe now. */
  readonly urgent: boolean;
  readonly heading: Localized;
  /** Extra line, e.g. the age limit of Alles Oké?. */
  readonly note?: Localized;
}

export interface LineSuggestion extends SuggestionBase {
  readonly kind: 'line';
  readonly id: HelpLineId;
  readonly line: HelpLine;
  /** Open-now status of each channel at `now`, in the line's channel order. */
  readonly channels: readonly ChannelState[];
  readonly openNow: boolean;
}

export interface TrustedAdultsSuggestion extends SuggestionBase {
  readonly kind: 'trusted_adults';
  readonly id: 'vertrouwde_volwassene';
  readonly adults: readonly TrustedAdult[];
}

export type HelpSuggestion = LineSuggestion | TrustedAdultsSuggestion;

function lineSuggestion(
  id: HelpLineId,
  reason: HelpReason,
  now: Date,
  extra: { urgent?: boolean; heading?: Localized; note?: Localized } = {},
): LineSuggestion {
  const line = getHelpLine(id);
  const channels = line.channels.map((c) => ({
    kind: c.kind,
    status: channelStatus(c, now),
    varies: c.varies === true,
  }));
  return {
    kind: 'line',
    id,
    line,
    reason,
    urgent: extra.urgent ?? false,
    heading: extra.heading ?? headingsOf(line),
    ...(extra.note === undefined ? {} : { note: extra.note }),
    channels,
    openNow: channels.some((c) => c.status.open),
  };
}

/**
 * A line's heading per language, read when shown: the texts of a language pack (pl, bg) are installed
 * after this module loads, and only the shown language is ever read.
 */
function headingsOf(line: HelpLine): Localized {
  const heading = (lang: Lang) => line.text[lang].heading ?? line.name;
  return {
    get nl() {
      return heading('nl');
    },
    get en() {
      return heading('en');
    },
    get pl() {
      return heading('pl');
    },
    get bg() {
      return heading('bg');
    },
  };
}

function sexualThemeNeedsHelp(input: HelpInput): boolean {
  const parallel = input.verdicts.length === input.themes.length;
  return input.themes.some(
    (theme, i) => theme === 'seksueel_misbruik' && (!parallel || input.verdicts[i] !== 'normaal'),
  );
}

function ageNote(line: HelpLine, ageBand: AgeBand): Localized | undefined {
  const { min, max } = line.ages;
  if (min === null || max === null) return undefined;
  const under = ageBand !== 'volwassene';
  return {
    nl: `Voor jongeren van ${min} tot en met ${max} jaar.${under ? ` Ben je jonger dan ${min}? Bel dan De Kindertelefoon.` : ''}`,
    en: `For young people aged ${min} to ${max}.${under ? ` Younger than ${min}? Then call De Kindertelefoon.` : ''}`,
    pl: `Dla młodych osób w wieku od ${min} do ${max} lat.${under ? ` Masz mniej niż ${min} lat? Zadzwoń do De Kindertelefoon.` : ''}`,
    bg: `За млади хора от ${min} до ${max} години.${under ? ` Ако си на по-малко от ${min} години, обади се на De Kindertelefoon.` : ''}`,
  };
}

/**
 * The help to show, in order. 112 is always first ("Direct gevaar? Bel 112"), urgent when any verdict is
 * gevaar or `danger` is set. Under 18: De Kindertelefoon, Veilig Thuis, a trusted adult; adults get Veilig
 * Thuis as their advice line. When De Kindertelefoon is closed at `now` and something is niet_ok or gevaar,
 * Veilig Thuis (always open by phone) comes before it. Then Centrum Seksueel Geweld (when the
 * seksueel_misbruik theme is not normaal), Alles Oké? (16-18 and adults), 113, and the police (no emergency).
 */
export function orderHelp(input: HelpInput): HelpSuggestion[] {
  const { ageBand, now } = input;
  const urgent = input.danger === true || input.verdicts.includes('gevaar');
  const serious = urgent || input.verdicts.includes('niet_ok');
  const out: HelpSuggestion[] = [];

  out.push(
    lineSuggestion('112', 'direct_gevaar', now, {
      urgent,
      heading: urgent
        ? {
            nl: 'Ben je nu niet veilig? Bel 112',
            en: 'Not safe right now? Call 112',
            pl: 'Teraz nie jest bezpiecznie? Zadzwoń pod 112',
            bg: 'Сега не си в безопасност? Обади се на 112',
          }
        : {
            nl: 'Direct gevaar? Bel 112',
            en: 'In danger right now? Call 112',
            pl: 'Grozi ci teraz niebezpieczeństwo? Zadzwoń pod 112',
            bg: 'В опасност ли си точно сега? Обади се на 112',
          },
    }),
  );

  const veiligThuis = lineSuggestion('veilig_thuis', 'advies', now);
  if (ageBand === 'volwassene') {
    out.push(veiligThuis);
  } else {
    const kindertelefoon = lineSuggestion('kindertelefoon', 'praten', now);
    if (serious && !kindertelefoon.openNow) out.push(veiligThuis, kindertelefoon);
    else out.push(kindertelefoon, veiligThuis);
    out.push({
      kind: 'trusted_adults',
      id: 'vertrouwde_volwassene',
      reason: 'vertrouwde_volwassene',
      urgent: false,
      heading: {
        nl: 'Een volwassene die je vertrouwt',
        en: 'An adult you trust',
        pl: 'Dorosła osoba, której ufasz',
        bg: 'Възрастен, на когото имаш доверие',
      },
      adults: trustedAdultsFor(ageBand),
    });
  }

  if (sexualThemeNeedsHelp(input))
    out.push(lineSuggestion('centrum_seksueel_geweld', 'seksueel_geweld', now));

  if (ageBand === '16-18' || ageBand === 'volwassene') {
    const allesOke = getHelpLine('alles_oke');
    const note = ageNote(allesOke, ageBand);
    out.push(lineSuggestion('alles_oke', 'jongvolwassenen', now, note === undefined ? {} : { note }));
  }

  out.push(lineSuggestion('113', 'zelfmoordgedachten', now));
  out.push(lineSuggestion('politie', 'politie_geen_spoed', now));
  return out;
}
