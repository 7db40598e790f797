// Open now? All in Europe/Amsterdam wall-clock time, whatever the device's time zone. The clock is read
// with Intl.DateTimeFormat, so daylight saving time needs no arithmetic of our own.
import type { Lang, Localized } from '../reflection/types';
import { WEEKDAYS } from './types';
import type { Hours, TimeSlot, Weekday } from './types';

export const TIME_ZONE = 'Europe/Amsterdam';

// Made on first use: a formatter with a time zone loads the zone's data, tens of ms on a slow
// device, and the first screen does not need it.
let clock: Intl.DateTimeFormat | null = null;

function amsterdamFormatter(): Intl.DateTimeFormat {
  clock ??= new Intl.DateTimeFormat('en-US', {
    timeZone: TIME_ZONE,
    weekday: 'short',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  });
  return clock;
}

const SHORT_DAY: Readonly<Record<string, Weekday>> = {
  Mon: 'mon',
  Tue: 'tue',
  Wed: 'wed',
  Thu: 'thu',
  Fri: 'fri',
  Sat: 'sat',
  Sun: 'sun',
};

/** The weekday and minutes since midnight in Amsterdam at `now`. */
export function amsterdamClock(now: Date): { weekday: Weekday; minutes: number } {
  let weekday: Weekday | undefined;
  let hour = 0;
  let minute = 0;
  for (const part of amsterdamFormatter().formatToParts(now)) {
    if (part.type === 'weekday') weekday = SHORT_DAY[part.value];
    else if (part.type === 'hour') hour = Number(part.value) % 24;
    else if (part.type === 'minute') minute = Number(part.value);
  }
  if (weekday === undefined) throw new Error(`cannot read the Amsterdam weekday of ${now.toISOString()}`);
  return { weekday, minutes: hour * 60 + minute };
}

/** 'HH:MM' → minutes since midnight ('24:00' → 1440). */
export function toMinutes(time: string): number {
  const m = /^(\d{2}):(\d{2})$/.exec(time);
  if (m === null) throw new Error(`bad time "${time}", expected HH:MM`);
  return Number(m[1]) * 60 + Number(m[2]);
}

interface HasHours {
  readonly hours: Hours;
}

function slotsOn(hours: readonly TimeSlot[], day: Weekday): readonly TimeSlot[] {
  return hours.filter((s) => s.days.includes(day));
}

function currentSlot(channel: HasHours, now: Date): TimeSlot | undefined {
  if (channel.hours === 'always') return undefined;
  const { weekday, minutes } = amsterdamClock(now);
  return slotsOn(channel.hours, weekday).find(
    (s) => toMinutes(s.from) <= minutes && minutes < toMinutes(s.to),
  );
}

/** Is the channel open at `now` (Amsterdam time)? */
export function isOpen(channel: HasHours, now: Date): boolean {
  return channel.hours === 'always' || currentSlot(channel, now) !== undefined;
}

export interface Opening {
  readonly weekday: Weekday;
  /** 'HH:MM', Amsterdam time. */
  readonly time: string;
  /** 0 = today, 1 = tomorrow, ... 7 = the same weekday next week. */
  readonly daysAhead: number;
}

/** The next time the channel opens, strictly after `now`; null when it is always open (or never opens). */
export function nextOpening(channel: HasHours, now: Date): Opening | null {
  if (channel.hours === 'always') return null;
  const { weekday, minutes } = amsterdamClock(now);
  const start = WEEKDAYS.indexOf(weekday);
  for (let daysAhead = 0; daysAhead <= 7; daysAhead++) {
    const day = WEEKDAYS[(start + daysAhead) % 7];
    if (day === undefined) continue;
    const froms = slotsOn(channel.hours, day)
      .map((s) => toMinutes(s.from))
      .filter((from) => daysAhead > 0 || from > minutes)
      .sort((a, b) => a - b);
    const from = froms[0];
    if (from !== undefined) return { weekday: day, time: formatMinutes(from), daysAhead };
  }
  return null;
}

function formatMinutes(total: number): string {
  const h = Math.floor(total / 60);
  const m = total % 60;
  return `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`;
}

export type ChannelStatus =
  /** closesAt: 'HH:MM', or null when it is always open. */
  | { readonly open: true; readonly closesAt: string | null }
  | { readonly open: false; readonly opensAt: string; readonly day: 'today' | 'tomorrow' | Weekday }
  /** Never opens (no opening times at all). */
  | { readonly open: false; readonly opensAt: null; readonly day: null };

/** Open now, and until when; or when it opens next. */
export function channelStatus(channel: HasHours, now: Date): ChannelStatus {
  if (channel.hours === 'always') return { open: true, closesAt: null };
  const slot = currentSlot(channel, now);
  if (slot !== undefined) return { open: true, closesAt: slot.to };
  const next = nextOpening(channel, now);
  if (next === null) return { open: false, opensAt: null, day: null };
  const day = next.daysAhead === 0 ? 'today' : next.daysAhead === 1 ? 'tomorrow' : next.weekday;
  return { open: false, opensAt: next.time, day };
}

export const WEEKDAY_NAMES: Localized<Readonly<Record<Weekday, string>>> = {
  nl: {
    mon: 'maandag',
    tue: 'dinsdag',
    wed: 'woensdag',
    thu: 'donderdag',
    fri: 'vrijdag',
    sat: 'zaterdag',
    sun: 'zondag',
  },
  en: {
    mon: 'Monday',
    tue: 'Tuesday',
    wed: 'Wednesday',
    thu: 'Thursday',
    fri: 'Friday',
    sat: 'Saturday',
    sun: 'Sunday',
  },
  pl: {
    mon: 'poniedziałek',
    tue: 'wtorek',
    wed: 'środa',
    thu: 'czwartek',
    fri: 'piątek',
    sat: 'sobota',
    sun: 'niedziela',
  },
  bg: {
    mon: 'понеделник',
    tue: 'вторник',
    wed: 'сряда',
    thu: 'четвъртък',
    fri: 'петък',
    sat: 'събота',
    sun: 'неделя',
  },
};

/** The words around opening times in one language (grammar differs: Polish needs "w środę", "od środy"). */
interface HourWords {
  readonly always: string;
  readonly openUntil: (time: string) => string;
  readonly closed: string;
  readonly opensToday: (time: string) => string;
  readonly opensTomorrow: (time: string) => string;
  readonly opensOn: (day: Weekday, time: string) => string;
  /** Hours text for 'always'. */
  readonly dayAndNight: string;
  readonly everyDay: string;
  readonly range: (from: Weekday, to: Weekday) => string;
}

const PL_ON: Readonly<Record<Weekday, string>> = {
  mon: 'w poniedziałek',
  tue: 'we wtorek',
  wed: 'w środę',
  thu: 'w czwartek',
  fri: 'w piątek',
  sat: 'w sobotę',
  sun: 'w niedzielę',
};
const PL_FROM: Readonly<Record<Weekday, string>> = {
  mon: 'poniedziałku',
  tue: 'wtorku',
  wed: 'środy',
  thu: 'czwartku',
  fri: 'piątku',
  sat: 'soboty',
  sun: 'niedzieli',
};
const BG_ON: Readonly<Record<Weekday, string>> = {
  mon: 'в понеделник',
  tue: 'във вторник',
  wed: 'в сряда',
  thu: 'в четвъртък',
  fri: 'в петък',
  sat: 'в събота',
  sun: 'в неделя',
};

const HOUR_WORDS: Localized<HourWords> = {
  nl: {
    always: 'Altijd open',
    openUntil: (time) => `Nu open tot ${time}`,
    closed: 'Nu dicht',
    opensToday: (time) => `Nu dicht. Vandaag open vanaf ${time}`,
    opensTomorrow: (time) => `Nu dicht. Morgen open vanaf ${time}`,
    opensOn: (day, time) => `Nu dicht. Open op ${WEEKDAY_NAMES.nl[day]} vanaf ${time}`,
    dayAndNight: 'dag en nacht (24/7)',
    everyDay: 'elke dag',
    range: (from, to) => `${WEEKDAY_NAMES.nl[from]} t/m ${WEEKDAY_NAMES.nl[to]}`,
  },
  en: {
    always: 'Always open',
    openUntil: (time) => `Open now until ${time}`,
    closed: 'Closed now',
    opensToday: (time) => `Closed now. Opens today at ${time}`,
    opensTomorrow: (time) => `Closed now. Opens tomorrow at ${time}`,
    opensOn: (day, time) => `Closed now. Opens ${WEEKDAY_NAMES.en[day]} at ${time}`,
    dayAndNight: 'day and night (24/7)',
    everyDay: 'every day',
    range: (from, to) => `${WEEKDAY_NAMES.en[from]} to ${WEEKDAY_NAMES.en[to]}`,
  },
  pl: {
    always: 'Czynne zawsze',
    openUntil: (time) => `Czynne teraz, do ${time}`,
    closed: 'Teraz nieczynne',
    opensToday: (time) => `Teraz nieczynne. Dziś czynne od ${time}`,
    opensTomorrow: (time) => `Teraz nieczynne. Jutro czynne od ${time}`,
    opensOn: (day, time) => `Teraz nieczynne. Czynne ${PL_ON[day]} od ${time}`,
    dayAndNight: 'w dzień i w nocy (24/7)',
    everyDay: 'codziennie',
    range: (from, to) => `od ${PL_FROM[from]} do ${PL_FROM[to]}`,
  },
  bg: {
    always: 'Работи винаги',
    openUntil: (time) => `Работи сега, до ${time}`,
    closed: 'Сега не работи',
    opensToday: (time) => `Сега не работи. Започва днес в ${time}`,
    opensTomorrow: (time) => `Сега не работи. Започва утре в ${time}`,
    opensOn: (day, time) => `Сега не работи. Започва ${BG_ON[day]} в ${time}`,
    dayAndNight: 'денем и нощем (24/7)',
    everyDay: 'всеки ден',
    range: (from, to) => `от ${WEEKDAY_NAMES.bg[from]} до ${WEEKDAY_NAMES.bg[to]}`,
  },
};

/** A short line for the help screen, e.g. "Nu open tot 21:00" or "Nu dicht. Morgen open vanaf 11:00". */
export function statusText(status: ChannelStatus, lang: Lang): string {
  const words = HOUR_WORDS[lang];
  if (status.open) return status.closesAt === null ? words.always : words.openUntil(status.closesAt);
  if (status.opensAt === null) return words.closed;
  if (status.day === 'today') return words.opensToday(status.opensAt);
  if (status.day === 'tomorrow') return words.opensTomorrow(status.opensAt);
  return words.opensOn(status.day, status.opensAt);
}

/** Opening hours as text, e.g. "elke dag 11:00-21:00", "ma-vr 09:00-17:00", "24/7". */
export function hoursText(hours: Hours, lang: Lang): string {
  if (hours === 'always') return HOUR_WORDS[lang].dayAndNight;
  return hours.map((s) => `${daysText(s.days, lang)} ${s.from}-${s.to}`).join(', ');
}

function daysText(days: readonly Weekday[], lang: Lang): string {
  const words = HOUR_WORDS[lang];
  if (days.length === 7) return words.everyDay;
  const idx = days.map((d) => WEEKDAYS.indexOf(d)).sort((a, b) => a - b);
  const first = idx[0];
  const last = idx[idx.length - 1];
  const contiguous = first !== undefined && last !== undefined && last - first === idx.length - 1;
  if (contiguous && idx.length > 2) {
    const a = WEEKDAYS[first];
    const b = WEEKDAYS[last];
    if (a !== undefined && b !== undefined) return words.range(a, b);
  }
  return days.map((d) => WEEKDAY_NAMES[lang][d]).join(', ');
}
