import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ReadAloud, localVoice, type SpeechEngine } from '../../src/audio/read-aloud';

const voice = (name: string, lang: string, localService: boolean, isDefault = false) =>
  ({ name, lang, localService, default: isDefault, voiceURI: name }) as SpeechSynthesisVoice;

const NETWORK_NL = voice('Netwerk', 'nl-NL', false, true);
const LOCAL_NL = voice('Lokaal', 'nl-NL', true);
const LOCAL_BE = voice('Vlaams', 'nl_BE', true);
const LOCAL_EN = voice('English', 'en-GB', true);

/** A stand-in for speechSynthesis that records what it was asked to say. */
function engine(voices: SpeechSynthesisVoice[]) {
  const spoken: { text: string; voice: SpeechSynthesisVoice | null; volume: number }[] = [];
  let cancelled = 0;
  const stub: SpeechEngine = {
    getVoices: () => voices,
    speak: (utterance) =>
      spoken.push({ text: utterance.text, voice: utterance.voice, volume: utterance.volume }),
    cancel: () => void cancelled++,
    addEventListener: () => undefined,
  };
  return { stub, spoken, cancelled: () => cancelled };
}

// Node has no speech API: a minimal utterance is enough for these tests.
class Utterance {
  voice: SpeechSynthesisVoice | null = null;
  lang = '';
  volume = 1;
  constructor(readonly text: string) {}
}
const globals = globalThis as { SpeechSynthesisUtterance?: unknown };
beforeAll(() => {
  globals.SpeechSynthesisUtterance = Utterance;
});
afterAll(() => {
  delete globals.SpeechSynthesisUtterance;
});

describe('localVoice: never a network voice', () => {
  // [name, voices, language, expected voice or null]
  const TABLE: readonly (readonly [string, SpeechSynthesisVoice[], string, SpeechSynthesisVoice | null])[] = [
    ['a network default is passed over for a local voice', [NETWORK_NL, LOCAL_NL], 'nl', LOCAL_NL],
    ['only a network voice: none', [NETWORK_NL], 'nl', null],
    ['a local voice of another language: none', [LOCAL_EN], 'nl', null],
    ['a regional variant with an underscore counts', [NETWORK_NL, LOCAL_BE], 'nl', LOCAL_BE],
    ['the language tag may carry a region', [LOCAL_NL, LOCAL_EN], 'en-US', LOCAL_EN],
    ['no voices at all', [], 'nl', null],
  ];
  for (const [name, voices, lang, expected] of TABLE) {
    it(name, () => expect(localVoice(voices, lang)).toBe(expected));
  }
});

describe('ReadAloud', () => {
  it('reads every text with the local voice and the chosen volume', () => {
    const { stub, spoken } = engine([NETWORK_NL, LOCAL_NL]);
    const reader = new ReadAloud(stub);
    reader.setVolume(0.4);
    reader.say(['Mama: Hoi.', 'Kies wat je doet', ''], true);
    expect(spoken).toEqual([
      { text: 'Mama: Hoi.', voice: LOCAL_NL, volume: 0.4 },
      { text: 'Kies wat je doet', voice: LOCAL_NL, volume: 0.4 },
    ]);
  });

  it('says nothing at all without a local voice for the language', () => {
    const { stub, spoken } = engine([NETWORK_NL, LOCAL_EN]);
    const reader = new ReadAloud(stub);
    expect(reader.available).toBe(false);
    reader.say(['Hoi.'], true);
    expect(spoken).toEqual([]);
  });

  it('follows the language, and stops reading when it changes', () => {
    const { stub, spoken, cancelled } = engine([LOCAL_NL, LOCAL_EN]);
    const reader = new ReadAloud(stub);
    reader.setLanguage('en');
    expect(cancelled()).toBe(1);
    reader.say(['Hello.'], false);
    expect(spoken.map((s) => s.voice)).toEqual([LOCAL_EN]);
  });

  it('works without any speech engine (older browsers)', () => {
    const reader = new ReadAloud(null);
    expect(reader.available).toBe(false);
    expect(() => reader.say(['Hoi.'], true)).not.toThrow();
    expect(() => reader.stop()).not.toThrow();
  });
});
