import { describe, it, expect } from 'vitest';
import {
  HELPLINES,
  amsterdamClock,
  channelStatus,
  getHelpLine,
  hoursText,
  isOpen,
  nextOpening,
  statusText,
} from '../../src/help';
import type { Channel, ChannelKind, HelpLineId } from '../../src/help';

// Expected opening hours, written out by hand from CONTENT.md (not derived from the data file).
// day: 1 = Monday ... 7 = Sunday; minutes since midnight, Amsterdam time.
type Expect = (day: number, minutes: number) => boolean;
const always: Expect = () => true;
const daily =
  (from: number, to: number): Expect =>
  (_day, m) =>
    m >= from * 60 && m < to * 60;
const weekdays =
  (from: number, to: number): Expect =>
  (day, m) =>
    day <= 5 && m >= from * 60 && m < to * 60;

const EXPECTED: Record<string, Expect> = {
  '112/phone': always,
  'kindertelefoon/phone': daily(11, 21),
  'kindertelefoon/chat': daily(11, 21),
  'veilig_thuis/phone': always,
  'veilig_thuis/chat': weekdays(9, 17),
  'alles_oke/phone': daily(14, 22),
  'alles_oke/chat': daily(14, 22),
  '113/phone': always,
  '113/chat': always,
  'centrum_seksueel_geweld/phone': always,
  'politie/phone': always,
};

function channel(id: HelpLineId, kind: ChannelKind): Channel {
  const c = getHelpLine(id).channels.find((x) => x.kind === kind);
  if (c === undefined) throw new Error(`${id} has no ${kind}`);
  return c;
}

// The EU rule, by hand: summer time from the last Sunday of March 01:00 UTC to the last Sunday of October
// 01:00 UTC (in 2026: 29 March and 25 October).
const SUMMER_START = Date.UTC(2026, 2, 29, 1, 0);
const SUMMER_END = Date.UTC(2026, 9, 25, 1, 0);
function localOf(utc: number): { day: number; minutes: number; label: string } {
  const offset = utc >= SUMMER_START && utc < SUMMER_END ? 2 : 1;
  const d = new Date(utc + offset * 3600_000);
  const day = d.getUTCDay() === 0 ? 7 : d.getUTCDay();
  return {
    day,
    minutes: d.getUTCHours() * 60 + d.getUTCMinutes(),
    label: `${d.toISOString().slice(0, 16)} (UTC+${offset})`,
  };
}

/** Amsterdam local time → Date, with the offset written out. */
const at = (isoWithOffset: string): Date => new Date(isoWithOffset);

const WEEKS: readonly (readonly [string, number])[] = [
  // [name, UTC start of the Monday 00:00 local]
  ['winter week 12-18 Jan 2026', Date.UTC(2026, 0, 11, 23, 0)],
  ['DST week 23-29 Mar 2026', Date.UTC(2026, 2, 22, 23, 0)],
  ['summer week 15-21 Jun 2026', Date.UTC(2026, 5, 14, 22, 0)],
  ['DST week 19-25 Oct 2026', Date.UTC(2026, 9, 18, 22, 0)],
];

describe('opening hours across a whole week, every channel', () => {
  it('every channel in the data has a hand-written expectation', () => {
    const keys = HELPLINES.flatMap((l) => l.channels.map((c) => `${l.id}/${c.kind}`));
    expect(keys.sort()).toEqual(Object.keys(EXPECTED).sort());
  });

  const cases = Object.keys(EXPECTED).flatMap((key) =>
    WEEKS.map(([name, start]) => [key, name, start] as const),
  );
  it.each(cases)('%s in the %s, every 15 minutes', (key, _name, start) => {
    const [id, kind] = key.split('/') as [HelpLineId, ChannelKind];
    const c = channel(id, kind);
    const want = EXPECTED[key];
    if (want === undefined) throw new Error(key);
    // A week plus a bit, in UTC steps: the DST weeks then have a 23- or 25-hour Sunday.
    for (let t = start; t < start + 7 * 24 * 3600_000 + 3600_000; t += 15 * 60_000) {
      const local = localOf(t);
      expect(isOpen(c, new Date(t)), `${key} at ${local.label}`).toBe(want(local.day, local.minutes));
    }
  });
});

describe('boundaries', () => {
  const kt = channel('kindertelefoon', 'phone');
  const ktChat = channel('kindertelefoon', 'chat');
  it.each([
    ['2026-06-17T10:59:00+02:00', false],
    ['2026-06-17T11:00:00+02:00', true],
    ['2026-06-17T20:59:00+02:00', true],
    ['2026-06-17T21:00:00+02:00', false],
    ['2026-01-14T10:59:59+01:00', false],
    ['2026-01-14T11:00:00+01:00', true],
    ['2026-01-14T21:00:00+01:00', false],
  ] as const)('De Kindertelefoon at %s: open=%s (phone and chat)', (iso, open) => {
    expect(isOpen(kt, at(iso))).toBe(open);
    expect(isOpen(ktChat, at(iso))).toBe(open);
  });

  it.each([
    ['kindertelefoon', '2026-06-17T10:59:00+02:00'],
    ['kindertelefoon', '2026-06-17T21:30:00+02:00'],
    ['veilig_thuis', '2026-06-20T12:00:00+02:00'],
    ['veilig_thuis', '2026-06-17T08:59:00+02:00'],
    ['veilig_thuis', '2026-06-17T17:00:00+02:00'],
    ['alles_oke', '2026-06-17T13:59:00+02:00'],
    ['alles_oke', '2026-06-17T22:00:00+02:00'],
  ] as const)('%s chat is closed at %s', (id, iso) => {
    expect(isOpen(channel(id, 'chat'), at(iso))).toBe(false);
  });

  it('113 chat is 24/7 (CONTENT.md): no closed moment; the other 24/7 lines are open at night too', () => {
    const night = at('2026-06-21T03:30:00+02:00');
    for (const id of ['112', 'veilig_thuis', '113', 'centrum_seksueel_geweld', 'politie'] as const) {
      expect(isOpen(channel(id, 'phone'), night), id).toBe(true);
    }
    expect(isOpen(channel('113', 'chat'), night)).toBe(true);
  });

  it('Veilig Thuis: phone open while chat is closed (they differ)', () => {
    const saturday = at('2026-06-20T12:00:00+02:00');
    expect(isOpen(channel('veilig_thuis', 'phone'), saturday)).toBe(true);
    expect(isOpen(channel('veilig_thuis', 'chat'), saturday)).toBe(false);
    expect(channel('veilig_thuis', 'chat').varies).toBe(true);
  });
});

describe('status and next opening', () => {
  const kt = channel('kindertelefoon', 'phone');
  const vtChat = channel('veilig_thuis', 'chat');

  it.each([
    [kt, '2026-06-17T10:00:00+02:00', { open: false, opensAt: '11:00', day: 'today' }],
    [kt, '2026-06-17T00:30:00+02:00', { open: false, opensAt: '11:00', day: 'today' }],
    [kt, '2026-06-17T10:59:00+02:00', { open: false, opensAt: '11:00', day: 'today' }],
    [kt, '2026-06-17T11:00:00+02:00', { open: true, closesAt: '21:00' }],
    [kt, '2026-06-17T21:00:00+02:00', { open: false, opensAt: '11:00', day: 'tomorrow' }],
    [kt, '2026-06-21T23:59:00+02:00', { open: false, opensAt: '11:00', day: 'tomorrow' }],
    [vtChat, '2026-06-19T17:30:00+02:00', { open: false, opensAt: '09:00', day: 'mon' }],
    [vtChat, '2026-06-20T10:00:00+02:00', { open: false, opensAt: '09:00', day: 'mon' }],
    [vtChat, '2026-06-21T10:00:00+02:00', { open: false, opensAt: '09:00', day: 'tomorrow' }],
    [vtChat, '2026-06-22T08:00:00+02:00', { open: false, opensAt: '09:00', day: 'today' }],
    [vtChat, '2026-06-22T09:00:00+02:00', { open: true, closesAt: '17:00' }],
    [channel('veilig_thuis', 'phone'), '2026-06-20T03:00:00+02:00', { open: true, closesAt: null }],
  ] as const)('status at %#', (c, iso, want) => {
    expect(channelStatus(c, at(iso))).toEqual(want);
  });

  it('nextOpening: "opens at 11:00"', () => {
    expect(nextOpening(kt, at('2026-06-17T09:15:00+02:00'))).toEqual({
      weekday: 'wed',
      time: '11:00',
      daysAhead: 0,
    });
    expect(nextOpening(kt, at('2026-06-17T12:00:00+02:00'))).toEqual({
      weekday: 'thu',
      time: '11:00',
      daysAhead: 1,
    });
    expect(nextOpening(kt, at('2026-06-21T22:00:00+02:00'))).toEqual({
      weekday: 'mon',
      time: '11:00',
      daysAhead: 1,
    });
    expect(nextOpening(vtChat, at('2026-06-19T18:00:00+02:00'))).toEqual({
      weekday: 'mon',
      time: '09:00',
      daysAhead: 3,
    });
    expect(nextOpening(channel('112', 'phone'), at('2026-06-17T12:00:00+02:00'))).toBeNull();
  });

  it('a channel that is never open says so', () => {
    const never = { hours: [] };
    expect(isOpen(never, at('2026-06-17T12:00:00+02:00'))).toBe(false);
    expect(nextOpening(never, at('2026-06-17T12:00:00+02:00'))).toBeNull();
    expect(channelStatus(never, at('2026-06-17T12:00:00+02:00'))).toEqual({
      open: false,
      opensAt: null,
      day: null,
    });
  });

  it('a weekly slot earlier today opens again in 7 days', () => {
    const weekly = { hours: [{ days: ['wed'], from: '10:00', to: '11:00' }] } as const;
    expect(nextOpening(weekly, at('2026-06-17T12:00:00+02:00'))).toEqual({
      weekday: 'wed',
      time: '10:00',
      daysAhead: 7,
    });
  });

  it.each([
    [{ open: false, opensAt: '11:00', day: 'today' }, 'nl', 'Nu dicht. Vandaag open vanaf 11:00'],
    [{ open: false, opensAt: '11:00', day: 'tomorrow' }, 'en', 'Closed now. Opens tomorrow at 11:00'],
    [{ open: false, opensAt: '09:00', day: 'mon' }, 'nl', 'Nu dicht. Open op maandag vanaf 09:00'],
    [{ open: true, closesAt: '21:00' }, 'nl', 'Nu open tot 21:00'],
    [{ open: true, closesAt: null }, 'en', 'Always open'],
    [{ open: false, opensAt: null, day: null }, 'nl', 'Nu dicht'],
    [{ open: false, opensAt: '11:00', day: 'tomorrow' }, 'pl', 'Teraz nieczynne. Jutro czynne od 11:00'],
    [{ open: false, opensAt: '09:00', day: 'wed' }, 'pl', 'Teraz nieczynne. Czynne w środę od 09:00'],
    [{ open: true, closesAt: '21:00' }, 'pl', 'Czynne teraz, do 21:00'],
    [{ open: false, opensAt: '09:00', day: 'tue' }, 'bg', 'Сега не работи. Започва във вторник в 09:00'],
    [{ open: false, opensAt: '11:00', day: 'today' }, 'bg', 'Сега не работи. Започва днес в 11:00'],
    [{ open: true, closesAt: null }, 'bg', 'Работи винаги'],
  ] as const)('statusText %#', (status, lang, text) => {
    expect(statusText(status, lang)).toBe(text);
  });

  it('hoursText', () => {
    expect(hoursText(kt.hours, 'nl')).toBe('elke dag 11:00-21:00');
    expect(hoursText(vtChat.hours, 'nl')).toBe('maandag t/m vrijdag 09:00-17:00');
    expect(hoursText(vtChat.hours, 'en')).toBe('Monday to Friday 09:00-17:00');
    expect(hoursText('always', 'en')).toBe('day and night (24/7)');
    expect(hoursText(kt.hours, 'pl')).toBe('codziennie 11:00-21:00');
    expect(hoursText(vtChat.hours, 'pl')).toBe('od poniedziałku do piątku 09:00-17:00');
    expect(hoursText(vtChat.hours, 'bg')).toBe('от понеделник до петък 09:00-17:00');
    expect(hoursText('always', 'bg')).toBe('денем и нощем (24/7)');
  });
});

describe('daylight saving time in Europe/Amsterdam (2026)', () => {
  it('reads the Amsterdam clock around the switches', () => {
    // 29 March: 02:00 CET becomes 03:00 CEST (01:00 UTC).
    expect(amsterdamClock(new Date('2026-03-29T00:59:00Z'))).toEqual({
      weekday: 'sun',
      minutes: 1 * 60 + 59,
    });
    expect(amsterdamClock(new Date('2026-03-29T01:00:00Z'))).toEqual({ weekday: 'sun', minutes: 3 * 60 });
    // 25 October: 03:00 CEST becomes 02:00 CET (01:00 UTC): 02:30 happens twice.
    expect(amsterdamClock(new Date('2026-10-25T00:30:00Z'))).toEqual({
      weekday: 'sun',
      minutes: 2 * 60 + 30,
    });
    expect(amsterdamClock(new Date('2026-10-25T01:30:00Z'))).toEqual({
      weekday: 'sun',
      minutes: 2 * 60 + 30,
    });
    // Midnight belongs to the new day, also in UTC+2.
    expect(amsterdamClock(new Date('2026-06-14T22:00:00Z'))).toEqual({ weekday: 'mon', minutes: 0 });
  });

  const kt = channel('kindertelefoon', 'chat');
  it.each([
    // Saturday 28 March, still winter time (UTC+1).
    ['2026-03-28T09:59:00Z', false],
    ['2026-03-28T10:00:00Z', true],
    ['2026-03-28T19:59:00Z', true],
    ['2026-03-28T20:00:00Z', false],
    // Sunday 29 March, summer time from 03:00 (UTC+2): 11:00 local is 09:00 UTC.
    ['2026-03-29T08:59:00Z', false],
    ['2026-03-29T09:00:00Z', true],
    ['2026-03-29T10:00:00Z', true],
    ['2026-03-29T18:59:00Z', true],
    ['2026-03-29T19:00:00Z', false],
    // Saturday 24 October, still summer time (UTC+2).
    ['2026-10-24T08:59:00Z', false],
    ['2026-10-24T09:00:00Z', true],
    ['2026-10-24T19:00:00Z', false],
    // Sunday 25 October, winter time from 03:00 CEST (UTC+1): 11:00 local is 10:00 UTC.
    ['2026-10-25T09:00:00Z', false],
    ['2026-10-25T09:59:00Z', false],
    ['2026-10-25T10:00:00Z', true],
    ['2026-10-25T19:59:00Z', true],
    ['2026-10-25T20:00:00Z', false],
  ] as const)('De Kindertelefoon chat at %s: open=%s', (iso, open) => {
    expect(isOpen(kt, new Date(iso))).toBe(open);
  });

  it('"opens at 11:00" across the switch nights', () => {
    expect(channelStatus(kt, new Date('2026-03-28T21:00:00Z'))).toEqual({
      open: false,
      opensAt: '11:00',
      day: 'tomorrow',
    });
    expect(channelStatus(kt, new Date('2026-03-29T01:30:00Z'))).toEqual({
      open: false,
      opensAt: '11:00',
      day: 'today',
    });
    expect(channelStatus(kt, new Date('2026-10-25T01:30:00Z'))).toEqual({
      open: false,
      opensAt: '11:00',
      day: 'today',
    });
    expect(channelStatus(kt, new Date('2026-10-25T22:59:00Z'))).toEqual({
      open: false,
      opensAt: '11:00',
      day: 'tomorrow',
    });
    expect(channelStatus(kt, new Date('2026-10-25T23:00:00Z'))).toEqual({
      open: false,
      opensAt: '11:00',
      day: 'today',
    });
  });

  it('does not depend on the time zone of the device', () => {
    const original = process.env.TZ;
    try {
      for (const tz of ['UTC', 'America/New_York', 'Asia/Tokyo', 'Europe/Amsterdam']) {
        process.env.TZ = tz;
        expect(isOpen(kt, new Date('2026-10-25T09:59:00Z')), tz).toBe(false);
        expect(isOpen(kt, new Date('2026-10-25T10:00:00Z')), tz).toBe(true);
        expect(amsterdamClock(new Date('2026-06-14T22:00:00Z')), tz).toEqual({ weekday: 'mon', minutes: 0 });
      }
    } finally {
      if (original === undefined) delete process.env.TZ;
      else process.env.TZ = original;
    }
  });
});
