// Every shipped language: the complete ones (nl, en, pl, bg) have exactly the Dutch keys, the partial
// ones (Arabic, UI only) no key Dutch lacks; no translation drops a {placeholder}; no help or reflection
// text is empty in any language.
import { describe, expect, it } from 'vitest';
import './all-languages';
import {
  LANGS,
  LANGUAGE_INFO,
  UI_LANGS,
  contentLang,
  isUiLang,
  keyLang,
  translator,
  type MessageKey,
  type PartialMessages,
} from '../../src/i18n';
import { ar } from '../../src/i18n/ar';
import { bg } from '../../src/i18n/bg';
import { en } from '../../src/i18n/en';
import { nl } from '../../src/i18n/nl';
import { pl } from '../../src/i18n/pl';
import {
  EXPLAINERS,
  HELPLINES,
  TRUSTED_ADULTS,
  WEEKDAYS,
  WEEKDAY_NAMES,
  hoursText,
  orderHelp,
  statusText,
} from '../../src/help';
import type { ChannelStatus } from '../../src/help';
import { AGE_BANDS, PHRASES, THEMES, allWordings } from '../../src/reflection';
import type { AgeText } from '../../src/reflection';

/** The languages that may miss UI keys, on purpose. Making another language partial must fail here. */
const PARTIAL = ['ar'] as const;

/** Every shipped language's UI texts, complete and partial. */
const LANGUAGES = { nl, en, pl, bg };
const PARTIAL_LANGUAGES = { ar };

const DUTCH_KEYS = Object.keys(nl).sort();

function placeholders(text: string): string[] {
  return [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1] ?? '').sort();
}

/** Values that may stay the same as the Dutch (names, or words the same in both languages). */
const SAME_AS_DUTCH_ALLOWED = new Set<string>(['app.name', 'toolbar.menu', 'menu.title']);

describe('the language list', () => {
  it('names every UI language in itself, and the complete languages are exactly nl, en, pl, bg', () => {
    expect([...LANGS].sort()).toEqual(['bg', 'en', 'nl', 'pl']);
    expect(Object.keys(LANGUAGES).sort()).toEqual([...LANGS].sort());
    expect(Object.keys(PARTIAL_LANGUAGES).sort()).toEqual([...PARTIAL].sort());
    expect([...UI_LANGS].sort()).toEqual([...LANGS, ...PARTIAL].sort());
    for (const lang of UI_LANGS) {
      expect(LANGUAGE_INFO[lang].name.length).toBeGreaterThan(3);
      expect(LANGS).toContain(LANGUAGE_INFO[lang].content);
    }
    expect(LANGUAGE_INFO.ar.dir).toBe('rtl');
    for (const lang of LANGS) expect(contentLang(lang)).toBe(lang);
  });

  it.each(['fr', 'NL', '', null, 'nl ', 'arabic'])('"%s" is not a language (?taal= falls back)', (value) => {
    expect(isUiLang(value)).toBe(false);
  });
});

describe.each(LANGS.map((lang) => [lang, LANGUAGES[lang] as PartialMessages] as const))(
  'complete language %s',
  (lang, messages) => {
    it('has exactly the Dutch keys: none missing, none extra', () => {
      const keys = Object.keys(messages).sort();
      expect(
        DUTCH_KEYS.filter((key) => !keys.includes(key)),
        'missing',
      ).toEqual([]);
      expect(
        keys.filter((key) => !DUTCH_KEYS.includes(key)),
        'extra',
      ).toEqual([]);
    });

    it('keeps every {placeholder} and has no empty text', () => {
      for (const key of DUTCH_KEYS as MessageKey[]) {
        const text = messages[key] ?? '';
        expect(text.trim(), `${lang} ${key} is empty`).not.toBe('');
        expect(placeholders(text), `${lang} ${key}`).toEqual(placeholders(nl[key]));
      }
    });

    // Dutch is the source; for every other language a copied Dutch text is a missing translation.
    if (lang !== 'nl') {
      it('is translated, not a copy of the Dutch', () => {
        const copies = (DUTCH_KEYS as MessageKey[]).filter(
          (key) => !SAME_AS_DUTCH_ALLOWED.has(key) && nl[key].length > 12 && messages[key] === nl[key],
        );
        expect(copies).toEqual([]);
      });
    }
  },
);

describe.each(PARTIAL.map((lang) => [lang, PARTIAL_LANGUAGES[lang]] as const))(
  'partial language %s (UI only; missing keys show in English)',
  (lang, messages) => {
    it('has no key that Dutch lacks, and no empty text', () => {
      for (const [key, text] of Object.entries(messages)) {
        expect(DUTCH_KEYS, `extra key ${key}`).toContain(key);
        expect(text.trim(), `${lang} ${key} is empty`).not.toBe('');
      }
    });

    it('keeps every {placeholder} of the keys it has', () => {
      for (const [key, text] of Object.entries(messages) as [MessageKey, string][]) {
        expect(placeholders(text), `${lang} ${key}`).toEqual(placeholders(nl[key]));
      }
    });

    it('translates at least the start, safety, danger and help texts', () => {
      for (const key of [
        'start.begin',
        'start.lead',
        'safety.exit',
        'danger.title',
        'danger.text',
        'help.title',
        'help.notYourFault',
        'exit.label',
        'exit.progress',
        'toolbar.danger',
      ] as const) {
        expect(messages[key], key).toBeDefined();
      }
    });

    it('falls back to English per missing key, and fills placeholders', () => {
      const t = translator(lang);
      const missing = (DUTCH_KEYS as MessageKey[]).find((key) => messages[key] === undefined);
      if (missing !== undefined) {
        expect(t(missing)).toBe(translator('en')(missing));
        expect(keyLang(lang, missing)).toBe('en');
      }
      expect(t('select.minutes', { n: 6 })).toContain('6');
      expect(t('select.minutes', { n: 6 })).not.toContain('{n}');
      expect(keyLang(lang, 'start.begin')).toBe(lang);
    });
  },
);

describe('help and reflection data: no empty text in any language', () => {
  const nonEmpty = (text: AgeText | undefined, where: string) => {
    if (text === undefined) return;
    for (const wording of allWordings(text)) expect(wording.trim(), where).not.toBe('');
  };

  it.each(LANGS.map((lang) => [lang] as const))('%s', (lang) => {
    for (const line of HELPLINES) {
      nonEmpty(line.text[lang].short, `${line.id}.short`);
      if (line.text[lang].heading !== undefined) nonEmpty(line.text[lang].heading, `${line.id}.heading`);
      for (const channel of line.channels) {
        if (channel.note) nonEmpty(channel.note[lang], `${line.id} channel note`);
        expect(hoursText(channel.hours, lang).trim()).not.toBe('');
      }
    }
    for (const adult of TRUSTED_ADULTS) nonEmpty(adult.label[lang], `trusted ${adult.id}`);
    for (const explainer of EXPLAINERS) {
      nonEmpty(explainer.title[lang], `${explainer.id}.title`);
      expect(explainer.points[lang].length).toBe(explainer.points.nl.length);
      for (const point of explainer.points[lang]) nonEmpty(point, `${explainer.id} point`);
    }
    for (const day of WEEKDAYS) nonEmpty(WEEKDAY_NAMES[lang][day], `weekday ${day}`);
    const statuses: ChannelStatus[] = [
      { open: true, closesAt: null },
      { open: true, closesAt: '21:00' },
      { open: false, opensAt: null, day: null },
      { open: false, opensAt: '11:00', day: 'today' },
      { open: false, opensAt: '11:00', day: 'tomorrow' },
      ...WEEKDAYS.map((day): ChannelStatus => ({ open: false, opensAt: '09:00', day })),
    ];
    for (const status of statuses) expect(statusText(status, lang).trim()).not.toBe('');
    for (const ageBand of AGE_BANDS) {
      for (const danger of [false, true]) {
        const help = orderHelp({
          verdicts: ['niet_ok'],
          themes: ['seksueel_misbruik'],
          ageBand,
          now: new Date('2026-06-17T23:00:00+02:00'),
          danger,
        });
        for (const suggestion of help) {
          nonEmpty(suggestion.heading[lang], `heading ${suggestion.id}`);
          if (suggestion.note) nonEmpty(suggestion.note[lang], `note ${suggestion.id}`);
        }
      }
    }
    for (const theme of THEMES) {
      const t = theme.text[lang];
      for (const [key, value] of Object.entries(t) as [string, AgeText | Record<string, AgeText>][]) {
        if (key === 'says') {
          for (const [verdict, text] of Object.entries(value as Record<string, AgeText>)) {
            nonEmpty(text, `${theme.id}.says.${verdict}`);
          }
        } else nonEmpty(value as AgeText, `${theme.id}.${key}`);
      }
    }
    const p = PHRASES[lang];
    for (const [key, value] of Object.entries(p) as [string, unknown][]) {
      if (typeof value === 'string') nonEmpty(value, `phrases.${key}`);
      else if (key === 'freq' || key === 'canDo') {
        for (const [sub, text] of Object.entries(value as Record<string, AgeText>))
          nonEmpty(text, `${key}.${sub}`);
      } else nonEmpty(value as AgeText, `phrases.${key}`);
    }
    expect(placeholders(p.told)).toEqual(placeholders(PHRASES.nl.told));
  });
});
