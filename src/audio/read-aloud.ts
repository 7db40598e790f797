// Read-aloud with the browser's own speech (speechSynthesis), only with a voice that runs on this
// device (`localService`). A network voice would send every line of the story to a speech service
// (SAFETY.md B12): it is never used, not even as a fallback. Without a local voice for the language,
// read-aloud is simply not available.

/** The part of `speechSynthesis` this uses (a stub in tests). */
export interface SpeechEngine {
  getVoices(): SpeechSynthesisVoice[];
  speak(utterance: SpeechSynthesisUtterance): void;
  cancel(): void;
  addEventListener(type: 'voiceschanged', listener: () => void): void;
}

function defaultEngine(): SpeechEngine | null {
  try {
    return typeof speechSynthesis === 'undefined' || typeof SpeechSynthesisUtterance === 'undefined'
      ? null
      : speechSynthesis;
  } catch {
    return null;
  }
}

/** The first part of a language tag, lower case: `nl-NL` and `nl_BE` → `nl`. */
function baseLanguage(tag: string): string {
  return tag.toLowerCase().split(/[-_]/)[0] ?? '';
}

/** A voice that runs on this device for the language, or null. Never a network voice. */
export function localVoice(
  voices: readonly SpeechSynthesisVoice[],
  lang: string,
): SpeechSynthesisVoice | null {
  const wanted = baseLanguage(lang);
  const local = voices.filter((voice) => voice.localService === true && baseLanguage(voice.lang) === wanted);
  return local.find((voice) => voice.default) ?? local[0] ?? null;
}

export class ReadAloud {
  private engine: SpeechEngine | null | undefined;
  private lang = 'nl';
  private volume = 1;
  private listening = false;
  private readonly listeners = new Set<() => void>();

  /** The engine is looked up only when read-aloud is first needed (a test may pass a stub, or null). */
  constructor(engine?: SpeechEngine | null) {
    this.engine = engine;
  }

  private get speech(): SpeechEngine | null {
    // undefined: not looked up yet; null: this browser has none (or a test said so).
    if (this.engine === undefined) this.engine = defaultEngine();
    if (this.engine && !this.listening) {
      this.listening = true;
      // Browsers load their voices late: tell the settings screen when they arrive.
      this.engine.addEventListener('voiceschanged', () => {
        for (const listener of this.listeners) listener();
      });
    }
    return this.engine;
  }

  setLanguage(lang: string): void {
    if (lang === this.lang) return;
    this.stop();
    this.lang = lang;
  }

  setVolume(volume: number): void {
    this.volume = Math.min(1, Math.max(0, volume));
  }

  /** Called when the voices of this device change. */
  onChange(listener: () => void): void {
    this.listeners.add(listener);
  }

  /** The voice it would use now, or null when this device has no local voice for the language. */
  voice(): SpeechSynthesisVoice | null {
    const speech = this.speech;
    if (!speech) return null;
    try {
      return localVoice(speech.getVoices(), this.lang);
    } catch {
      return null;
    }
  }

  get available(): boolean {
    return this.voice() !== null;
  }

  /** Reads the texts one after the other; `interrupt` first stops what is being read. */
  say(texts: readonly string[], interrupt: boolean): void {
    const speech = this.speech;
    const voice = this.voice();
    if (!speech || !voice) return;
    if (interrupt) this.stop();
    for (const text of texts) {
      if (!text.trim()) continue;
      const utterance = new SpeechSynthesisUtterance(text);
      utterance.voice = voice;
      utterance.lang = voice.lang;
      utterance.volume = this.volume;
      speech.speak(utterance);
    }
  }

  /** Stops at once (also for the quick exit: must be synchronous). */
  stop(): void {
    try {
      this.engine?.cancel();
    } catch {
      // nothing was being read
    }
  }
}
