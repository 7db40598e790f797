// Polish, Bulgarian and Arabic are language packs, loaded when a player picks them: until then nothing
// of them is in memory and a text asked for in that language reads as English, never as missing.
import { describe, expect, it } from 'vitest';
import { EXPLAINERS, HELPLINES, TRUSTED_ADULTS, orderHelp } from '../../src/help';
import { hasMessages, translator, type UiLang } from '../../src/i18n';
import { loadLanguage } from '../../src/i18n/language-packs';
import { PHRASES, THEMES, reflect } from '../../src/reflection';

describe('language packs', () => {
  it('start with only Dutch and English', () => {
    expect(hasMessages('nl')).toBe(true);
    expect(hasMessages('en')).toBe(true);
    for (const lang of ['pl', 'bg', 'ar'] as const) expect(hasMessages(lang)).toBe(false);
    expect(THEMES[0]?.text.pl).toBeUndefined();
    expect(translator('pl')('exit.label')).toBe(translator('en')('exit.label'));
  });

  it('leave Dutch and English help and reflection whole before any pack is here', () => {
    // Help is ordered for every language at once; only the shown language may be read.
    const help = orderHelp({
      verdicts: ['niet_ok'],
      themes: ['lichamelijke_mishandeling'],
      ageBand: '13-15',
      now: new Date(),
    });
    expect(help.map((suggestion) => suggestion.heading.nl).every((heading) => heading.length > 2)).toBe(true);
    expect(help.map((suggestion) => suggestion.heading.en).every((heading) => heading.length > 2)).toBe(true);
    const { cards } = reflect({
      answers: [{ theme: 'lichamelijke_mishandeling', answer: 'vaak' }],
      danger: false,
      ageBand: '13-15',
      lang: 'nl',
    });
    expect(cards[0]?.verdict).toBe('niet_ok');
  });

  const cases: [UiLang, string, boolean][] = [
    ['pl', 'Wyjdź szybko', true],
    ['bg', 'Бърз изход', true],
    ['ar', 'خروج سريع', false],
  ];
  it.each(cases)('%s: loads, installs its texts, and is ready once', async (lang, exitLabel, complete) => {
    const loading = loadLanguage(lang);
    // Asked twice while loading: one load.
    expect(loadLanguage(lang)).toBe(loading);
    await expect(loading).resolves.toBe(true);
    expect(hasMessages(lang)).toBe(true);
    expect(translator(lang)('exit.label')).toBe(exitLabel);
    if (complete && (lang === 'pl' || lang === 'bg')) {
      for (const theme of THEMES) expect(theme.text[lang].label, theme.id).toBeTruthy();
      for (const line of HELPLINES) expect(line.text[lang].short, line.id).toBeTruthy();
      for (const adult of TRUSTED_ADULTS) expect(adult.label[lang], adult.id).toBeTruthy();
      for (const explainer of EXPLAINERS)
        expect(explainer.points[lang].length).toBe(explainer.points.nl.length);
      expect(PHRASES[lang].told).toContain('{situation}');
      const note = HELPLINES.flatMap((line) => line.channels).find((channel) => channel.note)?.note;
      expect(note?.[lang]).toBeTruthy();
    }
    await expect(loadLanguage(lang)).resolves.toBe(true);
  });
});
