// Types of the help data. Pure data: no DOM, no Phaser.
import type { AgeBand, Localized } from '../reflection/types';

export const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
export type Weekday = (typeof WEEKDAYS)[number];

/** Opening time on some weekdays, Europe/Amsterdam wall-clock time: from 'HH:MM' (inclusive) to 'HH:MM' (exclusive, '24:00' allowed). */
export interface TimeSlot {
  readonly days: readonly Weekday[];
  readonly from: string;
  readonly to: string;
}

/** 'always' (24/7) or the weekly opening times. */
export type Hours = 'always' | readonly TimeSlot[];

export type ChannelKind = 'phone' | 'chat';

export interface Channel {
  readonly kind: ChannelKind;
  readonly hours: Hours;
  /** True when the hours differ per region (Veilig Thuis chat): show `note`. */
  readonly varies?: boolean;
  readonly note?: Localized;
  readonly source: string;
}

export type HelpLineId =
  '112' | 'kindertelefoon' | 'veilig_thuis' | 'alles_oke' | '113' | 'centrum_seksueel_geweld' | 'politie';

export type Topic =
  | 'acuut_gevaar'
  | 'praten'
  | 'kindermishandeling'
  | 'huiselijk_geweld'
  | 'seksueel_geweld'
  | 'zelfmoordgedachten'
  | 'politie';

export interface PhoneNumber {
  /** As shown to the player, e.g. '0800-0432'. */
  readonly phone: string;
  /** Digits only, for a `tel:` link. */
  readonly tel: string;
}

export interface HelpLineText {
  /** Short description in child language (B1). No numbers, ages or hours: those come from the data. */
  readonly short: string;
  /** The heading in this language when the official name alone says too little (e.g. 'Policja (Politie)'). */
  readonly heading?: string;
}

export interface HelpLine extends PhoneNumber {
  readonly id: HelpLineId;
  readonly name: string;
  /** Other numbers for the same service (113: 0800-0113). */
  readonly altPhones?: readonly PhoneNumber[];
  /** The service's own site, where its chat is. Only ever opened when the player clicks. */
  readonly chatUrl?: string;
  /** Phone first; chat hours may differ from phone hours. */
  readonly channels: readonly Channel[];
  /** Inclusive; null = no limit. */
  readonly ages: { readonly min: number | null; readonly max: number | null };
  readonly topics: readonly Topic[];
  readonly free: boolean;
  /** 'yes': always anonymous; 'possible': you may stay anonymous; null: CONTENT.md says nothing. */
  readonly anonymous: 'yes' | 'possible' | null;
  /** True when the call does not show on the phone bill (it does stay in the call list). */
  readonly notOnBill: boolean;
  readonly source: string;
  readonly text: Localized<HelpLineText>;
}

export type TrustedAdultId =
  | 'mentor'
  | 'juf_meester'
  | 'intern_begeleider'
  | 'vertrouwenspersoon'
  | 'schoolmaatschappelijk_werk'
  | 'huisarts'
  | 'ouder_vriend'
  | 'coach';

export interface TrustedAdult {
  readonly id: TrustedAdultId;
  readonly label: Localized;
  /** The age bands for which this adult fits (primary vs secondary school). */
  readonly ageBands: readonly AgeBand[];
}

export type ExplainerId = 'kindertelefoon' | 'veilig_thuis' | 'vertrouwde_volwassene';

/**
 * All help texts of one language in one object (src/help/texts/<lang>.ts), so that a translator and a
 * reviewer read one file. Official names (De Kindertelefoon, Veilig Thuis) stay Dutch; the texts explain
 * them in the language.
 */
export interface HelpTexts {
  readonly lines: Readonly<Record<HelpLineId, HelpLineText>>;
  /** Veilig Thuis: chat hours differ by region. */
  readonly chatVaries: string;
  readonly trusted: Readonly<Record<TrustedAdultId, string>>;
  readonly explainers: Readonly<
    Record<ExplainerId, { readonly title: string; readonly points: readonly string[] }>
  >;
}
