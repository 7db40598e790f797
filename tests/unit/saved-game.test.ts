import { describe, it, expect } from 'vitest';
import { parseSavedGame, parseSettings, type SavedGame } from '../../src/privacy/saved-game';

const BASE = { version: 1, lang: 'nl', storyId: null, runner: null, lastLine: null };

const FULL_SETTINGS = {
  muted: true,
  textScale: 1.5,
  font: 'dyslexic',
  highContrast: true,
  reducedMotion: false,
  textSpeed: 'typed',
  readAloud: true,
  volume: { master: 0.5, music: 0, effects: 1 },
} as const;

describe('parseSavedGame: settings', () => {
  it('reads a save from before the reading settings existed (only "muted")', () => {
    const saved = parseSavedGame({ ...BASE, settings: { muted: false } });
    expect(saved?.settings).toEqual({ muted: false });
  });

  it('keeps every valid setting', () => {
    const saved = parseSavedGame({ ...BASE, settings: FULL_SETTINGS });
    expect(saved?.settings).toEqual(FULL_SETTINGS);
  });

  it('returns copies, never the stored objects', () => {
    const saved = parseSavedGame({ ...BASE, settings: FULL_SETTINGS }) as SavedGame;
    expect(saved.settings.volume).not.toBe(FULL_SETTINGS.volume);
  });

  it('still refuses a save without "muted"', () => {
    expect(parseSavedGame({ ...BASE, settings: { textScale: 2 } })).toBeNull();
    expect(parseSavedGame({ ...BASE, settings: null })).toBeNull();
    expect(parseSavedGame({ ...BASE })).toBeNull();
  });

  // [name, stored field, value]: a bad newer field is dropped; the save and the other settings stay.
  const BAD: readonly (readonly [string, string, unknown])[] = [
    ['a text scale that is not one of the steps', 'textScale', 3],
    ['a text scale as text', 'textScale', '2'],
    ['an unknown font', 'font', 'comic-sans'],
    ['high contrast as text', 'highContrast', 'yes'],
    ['reduced motion as a number', 'reducedMotion', 1],
    ['an unknown text speed', 'textSpeed', 'slow'],
    ['read-aloud as null', 'readAloud', null],
    ['a volume above 1', 'volume', { master: 2, music: 0.5, effects: 0.5 }],
    ['a negative volume', 'volume', { master: 0.5, music: -0.1, effects: 0.5 }],
    ['a volume that is not a number', 'volume', { master: 0.5, music: Number.NaN, effects: 0.5 }],
    ['a volume without effects', 'volume', { master: 0.5, music: 0.5 }],
    ['a volume that is a number', 'volume', 0.5],
  ];
  for (const [name, field, value] of BAD) {
    it(`drops ${name}`, () => {
      const saved = parseSavedGame({ ...BASE, settings: { ...FULL_SETTINGS, [field]: value } });
      expect(saved).not.toBeNull();
      expect(saved?.settings).not.toHaveProperty(field);
      expect(saved?.settings.muted).toBe(true);
      expect(Object.keys(saved?.settings ?? {})).toHaveLength(Object.keys(FULL_SETTINGS).length - 1);
    });
  }

  it('ignores fields it does not know (nothing foreign is kept)', () => {
    expect(parseSettings({ muted: false, name: 'Sam', answers: ['vaak'] })).toEqual({ muted: false });
  });

  it('accepts every text-size step', () => {
    for (const textScale of [1, 1.25, 1.5, 2])
      expect(parseSettings({ muted: false, textScale })).toEqual({ muted: false, textScale });
  });
});
