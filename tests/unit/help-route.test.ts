import { describe, it, expect } from 'vitest';
import './all-languages';
import { orderHelp } from '../../src/help';
import type { HelpSuggestion, LineSuggestion } from '../../src/help';
import { AGE_BANDS, VERDICTS } from '../../src/reflection';
import type { AgeBand, Verdict } from '../../src/reflection';

const OPEN = new Date('2026-06-17T12:00:00+02:00'); // Wednesday noon: every line open
const NIGHT = new Date('2026-06-17T23:30:00+02:00'); // Kindertelefoon, Alles Oké? and VT chat closed

const ids = (list: readonly HelpSuggestion[]): string[] => list.map((s) => s.id);
const line = (list: readonly HelpSuggestion[], id: string): LineSuggestion => {
  const s = list.find((x) => x.id === id);
  if (s === undefined || s.kind !== 'line') throw new Error(`no line ${id}`);
  return s;
};

const CHILD = ['112', 'kindertelefoon', 'veilig_thuis', 'vertrouwde_volwassene'];
const TAIL = ['113', 'politie'];

// Hand-written expectations: [name, verdicts, themes, ageBand, now, danger, expected order].
const TABLE: readonly (readonly [string, Verdict[], string[], AgeBand, Date, boolean, string[]])[] = [
  ['nothing answered, 10-12', [], [], '10-12', OPEN, false, [...CHILD, ...TAIL]],
  ['nothing answered, 13-15', [], [], '13-15', OPEN, false, [...CHILD, ...TAIL]],
  ['nothing answered, 16-18', [], [], '16-18', OPEN, false, [...CHILD, 'alles_oke', ...TAIL]],
  [
    'nothing answered, adult',
    [],
    [],
    'volwassene',
    OPEN,
    false,
    ['112', 'veilig_thuis', 'alles_oke', ...TAIL],
  ],
  [
    'hitting niet_ok, 13-15',
    ['niet_ok'],
    ['lichamelijke_mishandeling'],
    '13-15',
    OPEN,
    false,
    [...CHILD, ...TAIL],
  ],
  [
    'hitting gevaar, 10-12',
    ['gevaar'],
    ['lichamelijke_mishandeling'],
    '10-12',
    OPEN,
    false,
    [...CHILD, ...TAIL],
  ],
  [
    'sexual abuse niet_ok, 13-15',
    ['niet_ok'],
    ['seksueel_misbruik'],
    '13-15',
    OPEN,
    false,
    [...CHILD, 'centrum_seksueel_geweld', ...TAIL],
  ],
  [
    'sexual abuse gevaar, 16-18',
    ['gevaar'],
    ['seksueel_misbruik'],
    '16-18',
    OPEN,
    false,
    [...CHILD, 'centrum_seksueel_geweld', 'alles_oke', ...TAIL],
  ],
  [
    'sexual abuse liever_niet, 10-12',
    ['liever_niet'],
    ['seksueel_misbruik'],
    '10-12',
    OPEN,
    false,
    [...CHILD, 'centrum_seksueel_geweld', ...TAIL],
  ],
  [
    'sexual abuse normaal, 13-15',
    ['normaal'],
    ['seksueel_misbruik'],
    '13-15',
    OPEN,
    false,
    [...CHILD, ...TAIL],
  ],
  [
    'sexual abuse niet_ok, adult',
    ['niet_ok'],
    ['seksueel_misbruik'],
    'volwassene',
    OPEN,
    false,
    ['112', 'veilig_thuis', 'centrum_seksueel_geweld', 'alles_oke', ...TAIL],
  ],
  [
    'sexual abuse normaal among other verdicts (parallel arrays)',
    ['niet_ok', 'normaal'],
    ['lichamelijke_mishandeling', 'seksueel_misbruik'],
    '13-15',
    OPEN,
    false,
    [...CHILD, ...TAIL],
  ],
  [
    'night, niet_ok: Veilig Thuis (open) before the closed Kindertelefoon',
    ['niet_ok'],
    ['emotionele_mishandeling'],
    '13-15',
    NIGHT,
    false,
    ['112', 'veilig_thuis', 'kindertelefoon', 'vertrouwde_volwassene', ...TAIL],
  ],
  [
    'night, danger said: Veilig Thuis first',
    [],
    [],
    '10-12',
    NIGHT,
    true,
    ['112', 'veilig_thuis', 'kindertelefoon', 'vertrouwde_volwassene', ...TAIL],
  ],
  [
    'night, only let_op: order unchanged',
    ['let_op'],
    ['vechtscheiding'],
    '13-15',
    NIGHT,
    false,
    [...CHILD, ...TAIL],
  ],
  [
    'night, only normaal: order unchanged',
    ['normaal'],
    ['ruzie_goedkomen'],
    '16-18',
    NIGHT,
    false,
    [...CHILD, 'alles_oke', ...TAIL],
  ],
];

describe('help order per verdict x theme x age band', () => {
  it.each(TABLE)('%s', (_name, verdicts, themes, ageBand, now, danger, want) => {
    expect(ids(orderHelp({ verdicts, themes, ageBand, now, danger }))).toEqual(want);
  });
});

describe('help order: invariants over the whole matrix', () => {
  const themes = ['lichamelijke_mishandeling', 'seksueel_misbruik', 'jonge_mantelzorger', 'strenge_regels'];
  const cases = AGE_BANDS.flatMap((ageBand) =>
    VERDICTS.flatMap((verdict) =>
      themes.flatMap((theme) =>
        (['day', 'night'] as const).flatMap((when) =>
          [false, true].map((danger) => [ageBand, verdict, theme, when, danger] as const),
        ),
      ),
    ),
  );

  it.each(cases)('%s / %s / %s / %s / danger=%s', (ageBand, verdict, theme, when, danger) => {
    const now = when === 'day' ? OPEN : NIGHT;
    const list = orderHelp({ verdicts: [verdict], themes: [theme], ageBand, now, danger });
    const got = ids(list);

    // SAFETY.md E24: every help screen starts with 112.
    expect(got[0]).toBe('112');
    const first = line(list, '112');
    const urgent = danger || verdict === 'gevaar';
    expect(first.urgent).toBe(urgent);
    expect(first.heading.nl).toBe(urgent ? 'Ben je nu niet veilig? Bel 112' : 'Direct gevaar? Bel 112');
    expect(list.filter((s) => s.urgent)).toHaveLength(urgent ? 1 : 0);

    const child = ageBand !== 'volwassene';
    expect(got.includes('kindertelefoon')).toBe(child);
    expect(got.includes('vertrouwde_volwassene')).toBe(child);
    // Adults get Veilig Thuis as their advice line; children get De Kindertelefoon, unless it is closed
    // while something is niet_ok or gevaar: then Veilig Thuis (always open by phone) goes first.
    const vtFirst = !child || (when === 'night' && (urgent || verdict === 'niet_ok'));
    expect(got[1]).toBe(vtFirst ? 'veilig_thuis' : 'kindertelefoon');
    expect(got.includes('veilig_thuis')).toBe(true);
    expect(got.includes('centrum_seksueel_geweld')).toBe(
      theme === 'seksueel_misbruik' && verdict !== 'normaal',
    );
    expect(got.includes('alles_oke')).toBe(ageBand === '16-18' || ageBand === 'volwassene');
    expect(got.slice(-2)).toEqual(['113', 'politie']);
    expect(new Set(got).size).toBe(got.length);

    // Every channel carries its open-now status at `now`.
    for (const s of list) {
      if (s.kind !== 'line') continue;
      expect(s.channels.map((c) => c.kind)).toEqual(s.line.channels.map((c) => c.kind));
      expect(s.openNow).toBe(s.channels.some((c) => c.status.open));
    }
  });
});

describe('suggestion contents', () => {
  it('carries the open-now status of each channel', () => {
    const list = orderHelp({
      verdicts: ['let_op'],
      themes: ['vechtscheiding'],
      ageBand: '13-15',
      now: NIGHT,
    });
    const kt = line(list, 'kindertelefoon');
    expect(kt.openNow).toBe(false);
    expect(kt.channels).toEqual([
      { kind: 'phone', status: { open: false, opensAt: '11:00', day: 'tomorrow' }, varies: false },
      { kind: 'chat', status: { open: false, opensAt: '11:00', day: 'tomorrow' }, varies: false },
    ]);
    const vt = line(list, 'veilig_thuis');
    expect(vt.openNow).toBe(true);
    expect(vt.channels).toEqual([
      { kind: 'phone', status: { open: true, closesAt: null }, varies: false },
      { kind: 'chat', status: { open: false, opensAt: '09:00', day: 'tomorrow' }, varies: true },
    ]);
    expect(
      line(orderHelp({ verdicts: [], themes: [], ageBand: '13-15', now: OPEN }), 'kindertelefoon')
        .channels[0],
    ).toEqual({ kind: 'phone', status: { open: true, closesAt: '21:00' }, varies: false });
  });

  it('trusted adults fit the age band', () => {
    const adults = (ageBand: AgeBand): string[] => {
      const s = orderHelp({ verdicts: [], themes: [], ageBand, now: OPEN }).find(
        (x) => x.kind === 'trusted_adults',
      );
      return s?.kind === 'trusted_adults' ? s.adults.map((a) => a.id) : [];
    };
    expect(adults('10-12')).toContain('juf_meester');
    expect(adults('10-12')).not.toContain('mentor');
    expect(adults('13-15')).toContain('mentor');
    expect(adults('16-18')).not.toContain('juf_meester');
    for (const band of ['10-12', '13-15', '16-18'] as const) {
      expect(adults(band)).toEqual(
        expect.arrayContaining(['vertrouwenspersoon', 'huisarts', 'ouder_vriend', 'coach']),
      );
    }
  });

  it('Alles Oké? carries an 18+ note; for 16-18 it points younger players to De Kindertelefoon', () => {
    const teen = line(orderHelp({ verdicts: [], themes: [], ageBand: '16-18', now: OPEN }), 'alles_oke');
    expect(teen.note?.nl).toBe(
      'Voor jongeren van 18 tot en met 24 jaar. Ben je jonger dan 18? Bel dan De Kindertelefoon.',
    );
    expect(teen.note?.en).toContain('18 to 24');
    const adult = line(
      orderHelp({ verdicts: [], themes: [], ageBand: 'volwassene', now: OPEN }),
      'alles_oke',
    );
    expect(adult.note?.nl).toBe('Voor jongeren van 18 tot en met 24 jaar.');
  });

  it('when themes are not parallel to verdicts, a sexual abuse theme still shows the Centrum Seksueel Geweld', () => {
    const list = orderHelp({
      verdicts: ['normaal', 'niet_ok'],
      themes: ['seksueel_misbruik'],
      ageBand: '13-15',
      now: OPEN,
    });
    expect(ids(list)).toContain('centrum_seksueel_geweld');
  });
});
