import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, it, expect } from 'vitest';
import './all-languages';
import {
  AGE_BANDS,
  ANSWERS,
  LANGS,
  PHRASES,
  THEMES,
  THEME_IDS,
  allWordings,
  getTheme,
  helpInputFrom,
  reflect,
  verdictFor,
} from '../../src/reflection';
import type {
  AgeBand,
  Answer,
  Lang,
  ReflectionCard,
  ThemeId,
  ThemeKind,
  Verdict,
} from '../../src/reflection';

// The reviewed rules, written out by hand (not derived from the code): [nooit, een_keer, soms, vaak]
// without and with the danger flag. liever_niet is always liever_niet.
type Row = readonly [Verdict, Verdict, Verdict, Verdict];
const EXPECTED: Record<ThemeId, { kind: ThemeKind; once: boolean; safe: Row; danger: Row }> = {
  lichamelijke_mishandeling: {
    kind: 'mishandeling',
    once: true,
    safe: ['normaal', 'niet_ok', 'niet_ok', 'niet_ok'],
    danger: ['normaal', 'gevaar', 'gevaar', 'gevaar'],
  },
  emotionele_mishandeling: {
    kind: 'mishandeling',
    once: false,
    safe: ['normaal', 'let_op', 'let_op', 'niet_ok'],
    danger: ['normaal', 'gevaar', 'gevaar', 'gevaar'],
  },
  lichamelijke_verwaarlozing: {
    kind: 'mishandeling',
    once: false,
    safe: ['normaal', 'let_op', 'let_op', 'niet_ok'],
    danger: ['normaal', 'gevaar', 'gevaar', 'gevaar'],
  },
  emotionele_verwaarlozing: {
    kind: 'mishandeling',
    once: false,
    safe: ['normaal', 'let_op', 'let_op', 'niet_ok'],
    danger: ['normaal', 'gevaar', 'gevaar', 'gevaar'],
  },
  seksueel_misbruik: {
    kind: 'mishandeling',
    once: true,
    safe: ['normaal', 'niet_ok', 'niet_ok', 'niet_ok'],
    danger: ['normaal', 'gevaar', 'gevaar', 'gevaar'],
  },
  getuige_huiselijk_geweld: {
    kind: 'mishandeling',
    once: true,
    safe: ['normaal', 'niet_ok', 'niet_ok', 'niet_ok'],
    danger: ['normaal', 'gevaar', 'gevaar', 'gevaar'],
  },
  vechtscheiding: {
    kind: 'mishandeling',
    once: false,
    safe: ['normaal', 'let_op', 'let_op', 'niet_ok'],
    danger: ['normaal', 'gevaar', 'gevaar', 'gevaar'],
  },
  jonge_mantelzorger: {
    kind: 'zorg',
    once: false,
    safe: ['normaal', 'let_op', 'let_op', 'niet_ok'],
    danger: ['normaal', 'let_op', 'let_op', 'niet_ok'],
  },
  ruzie_goedkomen: {
    kind: 'normaal',
    once: false,
    safe: ['normaal', 'normaal', 'normaal', 'normaal'],
    danger: ['normaal', 'normaal', 'normaal', 'normaal'],
  },
  strenge_regels: {
    kind: 'normaal',
    once: false,
    safe: ['normaal', 'normaal', 'normaal', 'normaal'],
    danger: ['normaal', 'normaal', 'normaal', 'normaal'],
  },
  eerlijke_straf: {
    kind: 'normaal',
    once: false,
    safe: ['normaal', 'normaal', 'normaal', 'normaal'],
    danger: ['normaal', 'normaal', 'normaal', 'normaal'],
  },
  ouder_sorry: {
    kind: 'normaal',
    once: false,
    safe: ['normaal', 'normaal', 'normaal', 'normaal'],
    danger: ['normaal', 'normaal', 'normaal', 'normaal'],
  },
};

function expected(theme: ThemeId, answer: Answer, danger: boolean): Verdict {
  if (answer === 'liever_niet') return 'liever_niet';
  const row = danger ? EXPECTED[theme].danger : EXPECTED[theme].safe;
  const v = row[{ nooit: 0, een_keer: 1, soms: 2, vaak: 3 }[answer]];
  if (v === undefined) throw new Error('bad table');
  return v;
}

const NOT_OK: readonly Verdict[] = ['gevaar', 'niet_ok', 'let_op'];

/** Words that say something about the home: never on a "zeg ik liever niet" card. */
const VERDICT_WORDS: Record<Lang, readonly string[]> = {
  nl: ['niet oké', 'niet ok', 'klinkt als', 'op te letten', 'let op', 'gevaar', 'niet veilig', 'schuld'],
  en: ['not ok', 'sounds like', 'attention to', 'danger', 'not safe', 'fault'],
  pl: ['nie jest w porządku', 'brzmi jak', 'uważnie', 'niebezpiecz', 'w bezpiecznym miejscu', 'twoja wina'],
  bg: ['не е наред', 'звучи като', 'внимание', 'опасност', 'не си в безопасност', 'вината'],
};

/** The fixed words each card must carry, per language (SAFETY.md E25, CONTENT.md "reflection's voice"). */
const MUST_SAY: Record<
  Lang,
  { notYourFault: string; oneChild: string; notSafeNow: string; soundsLike: string }
> = {
  nl: {
    notYourFault: 'Het is niet jouw schuld',
    oneChild: 'één kind',
    notSafeNow: 'je nu niet veilig bent',
    soundsLike: 'klinkt als',
  },
  en: {
    notYourFault: 'It is not your fault',
    oneChild: 'one child',
    notSafeNow: 'not safe right now',
    soundsLike: 'sounds like',
  },
  pl: {
    notYourFault: 'To nie jest twoja wina',
    oneChild: 'jedno dziecko',
    notSafeNow: 'nie jesteś teraz w bezpiecznym miejscu',
    soundsLike: 'brzmi jak',
  },
  bg: {
    notYourFault: 'Вината не е твоя',
    oneChild: 'едно дете',
    notSafeNow: 'сега не си в безопасност',
    soundsLike: 'звучи като',
  },
};

/** Diagnosing, blaming or a "why" question the game must never use (CONTENT.md, "Language"). */
const FORBIDDEN: Record<Lang, RegExp> = {
  nl: /\b(jij|je) wordt (mishandeld|misbruikt|verwaarloosd)|\bwaarom\b[^.!]*\?|jouw schuld dat|je ouders zijn (slecht|fout)/i,
  en: /\byou are (being )?(abused|neglected)|\bwhy\b[^.!]*\?|your own fault|your parents are (bad|wrong)/i,
  pl: /jesteś (maltretowan|krzywdzon|zaniedbywan|wykorzystywan)|dlaczego[^.!]*\?|twoja własna wina|twoi rodzice są (źli|niedobrzy)/iu,
  bg: /ти си (малтретиран|пренебрегван|виновн)|защо[^.!]*\?|родителите ти са лоши/iu,
};

function cardText(card: ReflectionCard): string {
  return [card.title, ...Object.values(card.parts)].join('\n');
}

function only(theme: string, answer: string, danger: boolean, ageBand: AgeBand, lang: Lang): ReflectionCard {
  const { cards, problems } = reflect({ answers: [{ theme, answer }], danger, ageBand, lang });
  expect(problems).toEqual([]);
  expect(cards).toHaveLength(1);
  const card = cards[0];
  if (card === undefined) throw new Error('no card');
  return card;
}

describe('theme table', () => {
  it('has exactly the theme ids of the conventions, in order', () => {
    expect(THEMES.map((t) => t.id)).toEqual([...THEME_IDS]);
    expect(Object.keys(EXPECTED).sort()).toEqual([...THEME_IDS].sort());
  });

  it.each(THEME_IDS.map((id) => [id] as const))('%s: kind, onceIsNotOk and a source', (id) => {
    const theme = getTheme(id);
    expect(theme?.kind).toBe(EXPECTED[id].kind);
    expect(theme?.onceIsNotOk).toBe(EXPECTED[id].once);
    expect(theme?.source.length).toBeGreaterThan(3);
    expect(theme?.form.length).toBeGreaterThan(3);
  });

  it.each(THEME_IDS.flatMap((id) => LANGS.map((lang) => [id, lang] as const)))(
    '%s (%s): every text is filled in, with a message for every verdict the rules can give',
    (id, lang) => {
      const theme = getTheme(id);
      if (theme === undefined) throw new Error(id);
      const t = theme.text[lang];
      for (const text of [t.label, t.nameText, t.situation, t.whatIsNormal]) {
        for (const w of allWordings(text)) expect(w.trim().length).toBeGreaterThan(5);
      }
      expect(t.name.length).toBeGreaterThan(3);
      const reachable = new Set<Verdict>();
      for (const answer of ANSWERS)
        for (const danger of [false, true]) reachable.add(verdictFor(theme, answer, danger));
      reachable.delete('liever_niet');
      for (const verdict of reachable) {
        const says = t.says[verdict as Exclude<Verdict, 'liever_niet'>];
        expect(says, `${id} ${lang} says.${verdict}`).toBeDefined();
      }
      // Nothing unused, so reviewers do not polish texts nobody sees.
      expect(Object.keys(t.says).sort()).toEqual([...reachable].sort());
    },
  );

  it('every language has the same age-band variants as Dutch', () => {
    for (const theme of THEMES) {
      for (const lang of LANGS) {
        const shape = (l: Lang, key: 'label' | 'nameText' | 'situation' | 'whatIsNormal'): string[] => {
          const v = theme.text[l][key];
          return typeof v === 'string' ? ['*'] : Object.keys(v).sort();
        };
        for (const key of ['label', 'nameText', 'situation', 'whatIsNormal'] as const) {
          expect(shape(lang, key), `${theme.id}.${key} (${lang})`).toEqual(shape('nl', key));
        }
        const says = (l: Lang): string[] =>
          Object.entries(theme.text[l].says).map(
            ([k, v]) => `${k}:${typeof v === 'string' ? '*' : Object.keys(v).sort().join()}`,
          );
        expect(says(lang), `${theme.id}.says (${lang})`).toEqual(says('nl'));
        expect(theme.text[lang].canDo === undefined, `${theme.id}.canDo (${lang})`).toBe(
          theme.text.nl.canDo === undefined,
        );
        expect(theme.text[lang].notAlone === undefined, `${theme.id}.notAlone (${lang})`).toBe(
          theme.text.nl.notAlone === undefined,
        );
      }
    }
  });

  it('labels and "what is normal" never contain a verdict word (they also show on liever_niet cards)', () => {
    for (const theme of THEMES) {
      for (const lang of LANGS) {
        const t = theme.text[lang];
        for (const text of [...allWordings(t.label), ...allWordings(t.whatIsNormal)]) {
          for (const word of VERDICT_WORDS[lang]) expect(text.toLowerCase(), theme.id).not.toContain(word);
        }
      }
    }
  });

  it('every theme used by a story exists in the table', () => {
    const storiesDir = fileURLToPath(new URL('../../stories', import.meta.url));
    const used = new Set<string>();
    for (const lang of readdirSync(storiesDir)) {
      const dir = join(storiesDir, lang);
      if (!existsSync(dir)) continue;
      for (const file of readdirSync(dir).filter((f) => f.endsWith('.ink'))) {
        const src = readFileSync(join(dir, file), 'utf8');
        for (const m of src.matchAll(/mirror\(\s*"([a-z_]+)"/g)) if (m[1] !== undefined) used.add(m[1]);
        for (const m of src.matchAll(/^#\s*theme:\s*(.+)$/gm)) {
          for (const id of (m[1] ?? '').split(',')) if (id.trim() !== '') used.add(id.trim());
        }
      }
    }
    const unknown = [...used].filter((id) => getTheme(id) === undefined);
    expect(unknown).toEqual([]);
  });
});

describe('verdictFor: every theme x answer, with and without danger', () => {
  const cases = THEME_IDS.flatMap((theme) =>
    ANSWERS.flatMap((answer) => [false, true].map((danger) => [theme, answer, danger] as const)),
  );
  it.each(cases)('%s / %s / danger=%s', (theme, answer, danger) => {
    const want = expected(theme, answer, danger);
    expect(verdictFor(theme, answer, danger)).toBe(want);
    const row = getTheme(theme);
    if (row === undefined) throw new Error(theme);
    expect(verdictFor(row, answer, danger)).toBe(want);
  });

  it('liever_niet is never a verdict about the home, whatever the theme', () => {
    for (const kind of ['mishandeling', 'zorg', 'normaal'] as const) {
      for (const onceIsNotOk of [true, false]) {
        for (const danger of [true, false]) {
          expect(verdictFor({ kind, onceIsNotOk }, 'liever_niet', danger)).toBe('liever_niet');
        }
      }
    }
  });

  it('throws on an unknown theme id (reflect() handles those gently)', () => {
    expect(() => verdictFor('bestaat_niet' as ThemeId, 'vaak')).toThrow();
  });
});

describe('reflect: every theme x answer x age band (x danger), both languages', () => {
  const cases = THEME_IDS.flatMap((theme) =>
    ANSWERS.flatMap((answer) =>
      AGE_BANDS.flatMap((ageBand) =>
        [false, true].map((danger) => [theme, answer, ageBand, danger] as const),
      ),
    ),
  );

  it.each(cases)('%s / %s / %s / danger=%s', (theme, answer, ageBand, danger) => {
    const want = expected(theme, answer, danger);
    const kind = EXPECTED[theme].kind;
    for (const lang of LANGS) {
      const card = only(theme, answer, danger, ageBand, lang);
      const { parts } = card;
      expect(card.theme).toBe(theme);
      expect(card.known).toBe(true);
      expect(card.kind).toBe(kind);
      expect(card.answer).toBe(answer);
      expect(card.verdict).toBe(want);
      expect(card.title.length).toBeGreaterThan(3);
      for (const v of Object.values(parts)) expect(typeof v === 'string' && v.trim().length > 0).toBe(true);

      // "Het is niet jouw schuld" exactly on the cards that name something as not OK (SAFETY.md E25).
      const notOk = NOT_OK.includes(want);
      expect(parts.notYourFault !== undefined, 'notYourFault').toBe(notOk);
      if (notOk) {
        expect(parts.notYourFault).toContain(MUST_SAY[lang].notYourFault);
      } else {
        expect(cardText(card)).not.toContain(MUST_SAY[lang].notYourFault);
      }

      // "Je bent niet de enige" on every card except a plain normaal one.
      expect(parts.notAlone !== undefined, 'notAlone').toBe(want !== 'normaal');
      if (notOk && kind === 'mishandeling') {
        expect(parts.notAlone).toContain(MUST_SAY[lang].oneChild);
      }

      // The name for it: never for normal themes, never for liever_niet.
      expect(parts.name !== undefined, 'name').toBe(kind !== 'normaal' && want !== 'liever_niet');
      // What the game says: always, except when the player preferred not to say.
      expect(parts.says !== undefined, 'says').toBe(want !== 'liever_niet');

      if (want === 'liever_niet') {
        const text = cardText(card).toLowerCase();
        for (const word of VERDICT_WORDS[lang])
          expect(text, `liever_niet card says "${word}"`).not.toContain(word);
        expect(parts.told).toBe(PHRASES[lang].toldLieverNiet);
      } else {
        expect(parts.told).toContain(PHRASES[lang].freq[answer as Exclude<Answer, 'liever_niet'>]);
      }

      if (want === 'gevaar') {
        expect(parts.says).toContain(MUST_SAY[lang].notSafeNow);
        expect(parts.whatYouCanDo).toContain('112');
      }
      if (want === 'niet_ok' || want === 'gevaar') {
        expect(parts.says).toContain(MUST_SAY[lang].soundsLike);
      }

      // Never diagnose, never ask why, never blame; no phone numbers except 112 (they live in src/help).
      expect(cardText(card)).not.toMatch(FORBIDDEN[lang]);
      expect(cardText(card)).not.toMatch(/\d{3,4}-\d{4}|\b\d{1,2}:\d{2}\b/);

      // Age bands: 10-12 talks about juf/meester, 13-18 about the mentor, when a trusted adult is named.
      if (lang === 'nl' && (want === 'niet_ok' || want === 'let_op')) {
        if (ageBand === '10-12') expect(parts.whatYouCanDo).toContain('juf of meester');
        if (ageBand === '13-15' || ageBand === '16-18') expect(parts.whatYouCanDo).toContain('mentor');
      }
    }
  });
});

describe('reflect: cards, order and fallbacks', () => {
  it('orders the cards most serious first, with normal themes last', () => {
    const { cards } = reflect({
      answers: [
        { theme: 'ruzie_goedkomen', answer: 'vaak' },
        { theme: 'emotionele_mishandeling', answer: 'soms' },
        { theme: 'jonge_mantelzorger', answer: 'liever_niet' },
        { theme: 'lichamelijke_mishandeling', answer: 'soms' },
        { theme: 'emotionele_verwaarlozing', answer: 'vaak' },
        { theme: 'lichamelijke_verwaarlozing', answer: 'nooit' },
      ],
      danger: false,
      ageBand: '13-15',
      lang: 'nl',
    });
    expect(cards.map((c) => [c.theme, c.verdict])).toEqual([
      ['lichamelijke_mishandeling', 'niet_ok'],
      ['emotionele_verwaarlozing', 'niet_ok'],
      ['emotionele_mishandeling', 'let_op'],
      ['jonge_mantelzorger', 'liever_niet'],
      ['lichamelijke_verwaarlozing', 'normaal'],
      ['ruzie_goedkomen', 'normaal'],
    ]);
  });

  it('puts gevaar first when the player said they are not safe', () => {
    const { cards, danger } = reflect({
      answers: [
        { theme: 'seksueel_misbruik', answer: 'nooit' },
        { theme: 'jonge_mantelzorger', answer: 'vaak' },
        { theme: 'getuige_huiselijk_geweld', answer: 'vaak' },
      ],
      danger: true,
      ageBand: '10-12',
      lang: 'en',
    });
    expect(danger).toBe(true);
    expect(cards.map((c) => c.verdict)).toEqual(['gevaar', 'niet_ok', 'normaal']);
    expect(cards[0]?.theme).toBe('getuige_huiselijk_geweld');
  });

  it('the last answer per theme wins, one card per theme', () => {
    const { cards } = reflect({
      answers: [
        { theme: 'lichamelijke_mishandeling', answer: 'vaak' },
        { theme: 'strenge_regels', answer: 'soms' },
        { theme: 'lichamelijke_mishandeling', answer: 'nooit' },
      ],
      danger: false,
      ageBand: '16-18',
      lang: 'nl',
    });
    expect(cards).toHaveLength(2);
    expect(cards.find((c) => c.theme === 'lichamelijke_mishandeling')?.verdict).toBe('normaal');
  });

  it('no answers: no cards and no problems', () => {
    expect(reflect({ answers: [], danger: false, ageBand: '13-15', lang: 'nl' })).toEqual({
      cards: [],
      problems: [],
      danger: false,
    });
  });

  it.each(LANGS.map((l) => [l] as const))(
    'unknown theme (%s): a gentle generic card and a problem',
    (lang) => {
      const { cards, problems } = reflect({
        answers: [{ theme: 'slaan_theme', answer: 'vaak' }],
        danger: true,
        ageBand: '13-15',
        lang,
      });
      expect(cards).toHaveLength(1);
      const card = cards[0];
      expect(card?.known).toBe(false);
      expect(card?.theme).toBe('slaan_theme');
      expect(card?.kind).toBeNull();
      expect(card?.verdict).toBe('liever_niet');
      expect(card?.parts.notYourFault).toBeUndefined();
      expect(card?.parts.name).toBeUndefined();
      expect(card?.title).toBe(PHRASES[lang].unknownTitle);
      expect(card?.parts.whatYouCanDo.length).toBeGreaterThan(10);
      for (const word of VERDICT_WORDS[lang])
        expect(cardText(card as ReflectionCard).toLowerCase()).not.toContain(word);
      expect(problems).toHaveLength(1);
      expect(problems[0]).toContain('slaan_theme');
    },
  );

  it.each(['ja', 'VAAK', '', 'altijd'].map((a) => [a] as const))(
    'unknown answer "%s": a generic card with the theme title, and a problem',
    (answer) => {
      const { cards, problems } = reflect({
        answers: [{ theme: 'emotionele_mishandeling', answer }],
        danger: false,
        ageBand: '10-12',
        lang: 'nl',
      });
      expect(cards).toHaveLength(1);
      expect(cards[0]?.known).toBe(false);
      expect(cards[0]?.kind).toBe('mishandeling');
      expect(cards[0]?.verdict).toBe('liever_niet');
      expect(cards[0]?.title).toBe('Uitschelden en bang maken');
      expect(cards[0]?.parts.notYourFault).toBeUndefined();
      expect(problems).toEqual([`unknown answer "${answer}" for theme "emotionele_mishandeling"`]);
    },
  );

  it('unknown cards sort after known ones of the same verdict', () => {
    const { cards } = reflect({
      answers: [
        { theme: 'onbekend', answer: 'soms' },
        { theme: 'vechtscheiding', answer: 'liever_niet' },
        { theme: 'ouder_sorry', answer: 'soms' },
      ],
      danger: false,
      ageBand: '13-15',
      lang: 'nl',
    });
    expect(cards.map((c) => c.theme)).toEqual(['vechtscheiding', 'onbekend', 'ouder_sorry']);
  });

  it('reports a bad age band or language and falls back instead of failing', () => {
    const { cards, problems } = reflect({
      answers: [{ theme: 'lichamelijke_mishandeling', answer: 'soms' }],
      danger: false,
      ageBand: '8-9' as AgeBand,
      lang: 'fr' as Lang,
    });
    expect(cards[0]?.verdict).toBe('niet_ok');
    expect(cards[0]?.parts.notYourFault).toContain('Het is niet jouw schuld');
    expect(problems).toHaveLength(2);
  });

  it('age bands: 10-12 gets the simpler wording where there is one', () => {
    const young = only('seksueel_misbruik', 'soms', false, '10-12', 'nl');
    const older = only('seksueel_misbruik', 'soms', false, '16-18', 'nl');
    expect(young.parts.told).toContain('niet goed voelt');
    expect(older.parts.told).toContain('ook online');
    expect(young.parts.name).not.toEqual(older.parts.name);
    expect(only('emotionele_verwaarlozing', 'vaak', false, '10-12', 'en').parts.notYourFault).toBe(
      'It is not your fault. Never. Maybe you feel scared, angry or sad. All of that is allowed.',
    );
  });

  it('sexual abuse and young carers add their own "what you can do"', () => {
    expect(only('seksueel_misbruik', 'vaak', false, '13-15', 'nl').parts.whatYouCanDo).toContain(
      'Centrum Seksueel Geweld',
    );
    expect(only('seksueel_misbruik', 'nooit', false, '13-15', 'nl').parts.whatYouCanDo).not.toContain(
      'Centrum Seksueel Geweld',
    );
    const carer = only('jonge_mantelzorger', 'vaak', false, '13-15', 'nl');
    expect(carer.parts.whatYouCanDo).toContain('jonge mantelzorgers');
    expect(carer.parts.notAlone).not.toContain('één kind');
    expect(carer.parts.says).toContain('geen mishandeling');
  });

  it('an example card reads as the voice asks (nl, 13-15, lichamelijke mishandeling, soms)', () => {
    const card = only('lichamelijke_mishandeling', 'soms', false, '13-15', 'nl');
    expect(card.title).toBe('Slaan of pijn doen');
    expect(card.parts.told).toBe(
      'Je vertelt dat het bij jou thuis soms gebeurt dat een volwassene je slaat, schopt of op een andere manier pijn doet.',
    );
    expect(card.parts.says).toMatch(/^Wat je vertelt klinkt als lichamelijke mishandeling\./);
    expect(card.parts.notAlone).toBe(
      'Je bent niet de enige. Gemiddeld zit er in elke klas één kind bij wie thuis zoiets gebeurt.',
    );
    expect(card.parts.whatYouCanDo).toContain('Je hoeft nu niets te beslissen.');
  });

  it('helpInputFrom gives parallel verdicts and themes', () => {
    const result = reflect({
      answers: [
        { theme: 'seksueel_misbruik', answer: 'soms' },
        { theme: 'strenge_regels', answer: 'vaak' },
      ],
      danger: false,
      ageBand: '13-15',
      lang: 'nl',
    });
    expect(helpInputFrom(result)).toEqual({
      verdicts: ['niet_ok', 'normaal'],
      themes: ['seksueel_misbruik', 'strenge_regels'],
    });
  });
});
