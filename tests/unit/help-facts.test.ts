// The help data must match the fact sheet: every number, opening time and age range in the "Help" table of
// CONTENT.md. Reads ../shared/CONTENT.md when it exists, else the snapshot docs/sources/CONTENT.md; when both
// exist, the snapshot must be identical (so it cannot drift).
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, it, expect } from 'vitest';
import './all-languages';
import { EXPLAINERS, HELPLINES, TRUSTED_ADULTS, getHelpLine } from '../../src/help';
import type { Hours, HelpLine, HelpLineId, TimeSlot, Weekday } from '../../src/help';
import { LANGS, type Lang } from '../../src/reflection';

const root = fileURLToPath(new URL('../../', import.meta.url));
const SHARED = `${root}../shared/CONTENT.md`;
const SNAPSHOT = `${root}docs/sources/CONTENT.md`;
const contentPath = existsSync(SHARED) ? SHARED : SNAPSHOT;
const content = readFileSync(contentPath, 'utf8');

// ---------- parsing the markdown table ----------

interface Row {
  service: string;
  contact: string;
  when: string;
  notes: string;
  source: string;
}

function helpTable(md: string): Row[] {
  const lines = md.split('\n');
  const start = lines.findIndex((l) => /^## Help\b/.test(l));
  if (start === -1) throw new Error('no "## Help" section in CONTENT.md');
  const rows: Row[] = [];
  let header: string[] | null = null;
  for (const l of lines.slice(start + 1)) {
    if (l.startsWith('## ')) break;
    if (!l.startsWith('|')) {
      if (header !== null) break;
      continue;
    }
    const cells = l
      .split('|')
      .slice(1, -1)
      .map((c) => c.trim());
    if (header === null) {
      header = cells.map((c) => c.toLowerCase());
      continue;
    }
    if (cells.every((c) => /^-+$/.test(c))) continue;
    const cell = (name: string): string => {
      const i = header?.indexOf(name) ?? -1;
      const v = cells[i];
      if (i === -1 || v === undefined) throw new Error(`no column "${name}"`);
      return v;
    };
    rows.push({
      service: cell('service'),
      contact: cell('contact'),
      when: cell('when'),
      notes: cell('notes'),
      source: cell('source'),
    });
  }
  return rows;
}

const SERVICE_IDS: Record<string, HelpLineId> = {
  '112': '112',
  'De Kindertelefoon': 'kindertelefoon',
  'Veilig Thuis': 'veilig_thuis',
  'Alles Oké? Supportlijn': 'alles_oke',
  '113 Zelfmoordpreventie': '113',
  'Centrum Seksueel Geweld': 'centrum_seksueel_geweld',
  'Politie, no emergency': 'politie',
};

const ALL_DAYS: readonly Weekday[] = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];
const WORKDAYS: readonly Weekday[] = ['mon', 'tue', 'wed', 'thu', 'fri'];

const pad = (h: string, m: string | undefined): string => `${h.padStart(2, '0')}:${m ?? '00'}`;

/** One "when" phrase → hours ("always", "24/7", "daily 11:00-21:00", "mostly weekdays 9-17"). */
function parseHours(text: string): Hours {
  if (/\b(always|24\/7)\b/.test(text)) return 'always';
  const range = /(\d{1,2})(?::(\d{2}))?-(\d{1,2})(?::(\d{2}))?/.exec(text);
  if (range === null || range[1] === undefined || range[3] === undefined)
    throw new Error(`cannot read "${text}"`);
  const slot = (days: readonly Weekday[]): TimeSlot => ({
    days,
    from: pad(range[1] ?? '', range[2]),
    to: pad(range[3] ?? '', range[4]),
  });
  if (/\bdaily\b/.test(text)) return [slot(ALL_DAYS)];
  if (/\bweekdays\b/.test(text)) return [slot(WORKDAYS)];
  throw new Error(`cannot read the days in "${text}"`);
}

/** "phone 24/7; chat mostly weekdays 9-17, differs by region" → hours per channel (or for all channels). */
function parseWhen(when: string): { all?: Hours; phone?: Hours; chat?: Hours; chatVaries: boolean } {
  const out: { all?: Hours; phone?: Hours; chat?: Hours; chatVaries: boolean } = { chatVaries: false };
  for (const part of when.split(';').map((p) => p.trim())) {
    const m = /^(phone|chat)\s+(.*)$/.exec(part);
    if (m === null) out.all = parseHours(part);
    else if (m[1] === 'phone') out.phone = parseHours(m[2] ?? '');
    else {
      out.chat = parseHours(m[2] ?? '');
      out.chatVaries = /differs by region/.test(m[2] ?? '');
    }
  }
  return out;
}

const normalise = (hours: Hours): unknown =>
  hours === 'always' ? 'always' : hours.map((s) => ({ days: [...s.days].sort(), from: s.from, to: s.to }));

const numbersIn = (text: string): string[] => [...new Set(text.match(/\b\d{4}-\d{4}\b|\b11[23]\b/g) ?? [])];
const numbersOf = (line: HelpLine): string[] => [line.phone, ...(line.altPhones ?? []).map((p) => p.phone)];

// ---------- tests ----------

const rows = helpTable(content);

describe('CONTENT.md source', () => {
  it('the snapshot docs/sources/CONTENT.md is identical to the shared file (when both exist)', () => {
    expect(existsSync(SNAPSHOT)).toBe(true);
    if (existsSync(SHARED)) expect(readFileSync(SNAPSHOT, 'utf8')).toBe(readFileSync(SHARED, 'utf8'));
  });

  it('has the help table with every service of the data file, in the same order', () => {
    expect(rows.length).toBe(HELPLINES.length);
    expect(rows.map((r) => SERVICE_IDS[r.service])).toEqual(HELPLINES.map((l) => l.id));
  });
});

describe.each(rows.map((r) => [r.service, r] as const))('%s matches CONTENT.md', (_service, row) => {
  const id = SERVICE_IDS[row.service];
  if (id === undefined) throw new Error(`unknown service in CONTENT.md: ${row.service}`);
  const line = getHelpLine(id);

  it('phone numbers', () => {
    expect(numbersOf(line).sort()).toEqual(numbersIn(row.contact).sort());
    for (const p of [line, ...(line.altPhones ?? [])]) {
      expect(p.tel).toMatch(/^\d+$/);
      expect(p.tel).toBe(p.phone.replace(/\D/g, ''));
    }
  });

  it('chat', () => {
    const hasChat = /\bchat\b/.test(row.contact);
    expect(line.channels.some((c) => c.kind === 'chat')).toBe(hasChat);
    expect(line.chatUrl !== undefined).toBe(hasChat);
    const site = /chat on ([a-z0-9.-]+\.nl)/.exec(row.contact)?.[1];
    if (site !== undefined && line.chatUrl !== undefined) {
      const url = new URL(line.chatUrl);
      expect(url.protocol).toBe('https:');
      expect(url.hostname.replace(/^www\./, '')).toBe(site);
    }
  });

  it('opening hours per channel', () => {
    const when = parseWhen(row.when);
    for (const c of line.channels) {
      const want = c.kind === 'phone' ? (when.phone ?? when.all) : (when.chat ?? when.all);
      if (want === undefined) throw new Error(`no hours for ${c.kind} in "${row.when}"`);
      expect(normalise(c.hours), `${id} ${c.kind}`).toEqual(normalise(want));
      if (c.kind === 'chat') {
        expect(c.varies === true).toBe(when.chatVaries);
        if (c.varies === true) expect(c.note).toBeDefined();
      }
    }
    expect(line.channels[0]?.kind).toBe('phone');
  });

  it('ages, free, anonymous, not on the bill', () => {
    const ages = /ages (\d+)-(\d+)/.exec(row.notes);
    expect(line.ages).toEqual(
      ages === null ? { min: null, max: null } : { min: Number(ages[1]), max: Number(ages[2]) },
    );
    if (/\bfree\b/.test(row.notes)) expect(line.free).toBe(true);
    if (line.phone.startsWith('0900')) expect(line.free).toBe(false);
    const anonymous = /anonymous possible/.test(row.notes)
      ? 'possible'
      : /anonymous/.test(row.notes)
        ? 'yes'
        : null;
    if (anonymous !== null) expect(line.anonymous).toBe(anonymous);
    expect(line.notOnBill).toBe(/not on the phone bill/.test(row.notes));
  });

  it('source', () => {
    expect(line.source).toBe(row.source);
    for (const c of line.channels) expect(c.source).toContain(row.source);
  });
});

describe('texts', () => {
  it.each(HELPLINES.map((l) => [l.id, l] as const))(
    '%s: every language, no numbers or times in the text',
    (_id, line) => {
      for (const lang of LANGS) {
        const t = line.text[lang].short;
        expect(t.length).toBeGreaterThan(20);
        expect(t).not.toMatch(/\d{4}-\d{4}|\b\d{1,2}:\d{2}\b|\b\d{1,2}\s*(jaar|years)\b/);
      }
    },
  );

  it('the lines that are not on the bill say it does show in the call list (CONTENT.md)', () => {
    for (const line of HELPLINES.filter((l) => l.notOnBill)) {
      expect(line.text.nl.short).toContain('lijst met gesprekken');
      expect(line.text.en.short).toContain('call list');
      expect(line.text.pl.short).toContain('liście połączeń');
      expect(line.text.bg.short).toContain('списъка с обаждания');
    }
  });

  it('trusted adults: the list of CONTENT.md, labels in every language', () => {
    const nl = TRUSTED_ADULTS.map((a) => a.label.nl).join(' | ');
    for (const word of [
      'mentor',
      'juf',
      'meester',
      'intern begeleider',
      'vertrouwenspersoon',
      'schoolmaatschappelijk werk',
      'huisarts',
      'vriend',
      'coach',
    ]) {
      expect(nl).toContain(word);
    }
    for (const a of TRUSTED_ADULTS) {
      for (const lang of LANGS) expect(a.label[lang].length).toBeGreaterThan(3);
      expect(a.ageBands.length).toBeGreaterThan(0);
    }
  });
});

describe('explainers: "Wat gebeurt er als ik bel of chat?"', () => {
  it('covers De Kindertelefoon and Veilig Thuis, with as many points in nl as in en', () => {
    expect(EXPLAINERS.map((e) => e.id)).toEqual(expect.arrayContaining(['kindertelefoon', 'veilig_thuis']));
    for (const e of EXPLAINERS) {
      for (const lang of LANGS) expect(e.points[lang].length, `${e.id} ${lang}`).toBe(e.points.nl.length);
      expect(e.points.nl.length).toBeGreaterThan(2);
      expect(e.source.length).toBeGreaterThan(3);
      for (const lang of LANGS)
        for (const p of e.points[lang]) expect(p).not.toMatch(/\d{4}-\d{4}|\b\d{1,2}:\d{2}\b/);
    }
  });

  const text = (id: string, lang: Lang): string =>
    (EXPLAINERS.find((e) => e.id === id)?.points[lang] ?? []).join(' ');

  it.each([
    [
      'kindertelefoon',
      'nl',
      ['naam niet', 'telefoonrekening', 'lijst met gesprekken', 'gevaar', 'Jij beslist'],
    ],
    ['kindertelefoon', 'en', ['your name', 'phone bill', 'call list', 'danger', 'You decide']],
    [
      'veilig_thuis',
      'nl',
      ['anoniem', 'lijst met gesprekken', 'advies', 'hulp regelen', 'thuis wonen', 'niet veilig', '112'],
    ],
    [
      'veilig_thuis',
      'en',
      ['anonymous', 'call list', 'advice', 'arrange help', 'living at home', 'not safe', '112'],
    ],
    [
      'kindertelefoon',
      'pl',
      ['imienia', 'rachunku', 'liście połączeń', 'niebezpieczeństwie', 'Ty decydujesz'],
    ],
    [
      'veilig_thuis',
      'pl',
      [
        'anonimowość',
        'liście połączeń',
        'Doradzają',
        'zorganizować pomoc',
        'mieszkasz dalej w domu',
        'nie jest bezpieczne',
        '112',
      ],
    ],
    ['kindertelefoon', 'bg', ['името си', 'сметката', 'списъка с обаждания', 'опасност', 'Ти решаваш']],
    [
      'veilig_thuis',
      'bg',
      [
        'анонимно',
        'списъка с обаждания',
        'съвети',
        'уредят помощ',
        'живееш вкъщи',
        'не е в безопасност',
        '112',
      ],
    ],
  ] as const)('%s (%s) says honestly what happens', (id, lang, words) => {
    for (const w of words) expect(text(id, lang)).toContain(w);
  });

  it('never promises that nothing is passed on (no absolute secrecy)', () => {
    for (const e of EXPLAINERS) {
      expect(e.points.nl.join(' ')).not.toMatch(/blijft altijd geheim|vertellen nooit|nooit iets door/i);
      expect(e.points.en.join(' ')).not.toMatch(/always secret|never tell anyone|never pass/i);
    }
  });
});
