// The reading and sound settings: in memory, applied at once to the page (text size, font, contrast,
// motion), the stage, the sound and read-aloud. Written to the device only through the director's
// persist(), which does nothing unless the player opted in (SAFETY.md C16).
import { TEXT_SCALES, type SavedSettings, type SavedVolume } from '../privacy/saved-game';
import type { SoundDirector } from '../audio/sound';
import type { ReadAloud } from '../audio/read-aloud';

export type TextScale = (typeof TEXT_SCALES)[number];
export { TEXT_SCALES };

export interface Settings {
  muted: boolean;
  textScale: TextScale;
  font: 'legible' | 'dyslexic';
  highContrast: boolean;
  /** null: follow the device's "reduce motion" setting. */
  reducedMotion: boolean | null;
  textSpeed: 'instant' | 'typed';
  readAloud: boolean;
  volume: SavedVolume;
}

export const DEFAULT_SETTINGS: Readonly<Settings> = {
  muted: false,
  textScale: 1,
  font: 'legible',
  highContrast: false,
  reducedMotion: null,
  textSpeed: 'instant',
  readAloud: false,
  volume: { master: 1, music: 1, effects: 1 },
};

export interface SettingsParts {
  /** Usually document.documentElement: gets the classes and --text-scale. */
  root: HTMLElement;
  sound: SoundDirector;
  stage: { setReducedMotion(reduced: boolean): void };
  reader: ReadAloud;
}

/** Told after every change; `byPlayer` is false when a save is being restored. */
export type SettingsListener = (settings: Readonly<Settings>, byPlayer: boolean) => void;

const REDUCE_MOTION = '(prefers-reduced-motion: reduce)';

let dyslexicFont: Promise<unknown> | null = null;

/** OpenDyslexic (OFL, self-hosted) is downloaded only when a player chooses it. */
function loadDyslexicFont(): Promise<unknown> {
  dyslexicFont ??= Promise.all([
    import('@fontsource/opendyslexic/latin-400.css'),
    import('@fontsource/opendyslexic/latin-700.css'),
  ]).catch(() => {
    // The legible default stays as the fallback in the font stack.
    dyslexicFont = null;
  });
  return dyslexicFont;
}

export class SettingsController {
  private state: Settings = { ...DEFAULT_SETTINGS, volume: { ...DEFAULT_SETTINGS.volume } };
  private readonly listeners = new Set<SettingsListener>();
  private readonly motionQuery: MediaQueryList | null;

  constructor(private readonly parts: SettingsParts) {
    this.motionQuery = typeof matchMedia === 'function' ? matchMedia(REDUCE_MOTION) : null;
    this.motionQuery?.addEventListener('change', () => {
      if (this.state.reducedMotion === null) this.apply();
    });
    parts.reader.onChange(() => this.notify(false));
    this.apply();
  }

  get value(): Readonly<Settings> {
    return this.state;
  }

  /** Less motion, from the setting or else from the device. */
  get reducedMotion(): boolean {
    return this.state.reducedMotion ?? this.motionQuery?.matches ?? false;
  }

  get readAloudAvailable(): boolean {
    return this.parts.reader.available;
  }

  /** A change by the player: applied at once and then saved (if they opted in). */
  update(change: Partial<Settings>): void {
    this.state = { ...this.state, ...change, volume: { ...this.state.volume, ...change.volume } };
    this.apply();
    this.notify(true);
  }

  /** Settings from an earlier opt-in on this device; anything missing keeps its default. */
  restore(saved: SavedSettings): void {
    this.state = {
      muted: saved.muted,
      textScale: (TEXT_SCALES as readonly number[]).includes(saved.textScale ?? NaN)
        ? (saved.textScale as TextScale)
        : DEFAULT_SETTINGS.textScale,
      font: saved.font ?? DEFAULT_SETTINGS.font,
      highContrast: saved.highContrast ?? DEFAULT_SETTINGS.highContrast,
      reducedMotion: saved.reducedMotion ?? null,
      textSpeed: saved.textSpeed ?? DEFAULT_SETTINGS.textSpeed,
      readAloud: saved.readAloud ?? DEFAULT_SETTINGS.readAloud,
      volume: { ...(saved.volume ?? DEFAULT_SETTINGS.volume) },
    };
    this.apply();
    this.notify(false);
  }

  /** What the director saves after an opt-in (never anything personal). */
  saved(): SavedSettings {
    const { reducedMotion, volume, ...rest } = this.state;
    const saved: SavedSettings = { ...rest, volume: { ...volume } };
    if (reducedMotion !== null) saved.reducedMotion = reducedMotion;
    return saved;
  }

  subscribe(listener: SettingsListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  setLanguage(lang: string): void {
    this.parts.reader.setLanguage(lang);
    this.notify(false);
  }

  /** Reads texts aloud when the player turned read-aloud on (and sound is not off). */
  read(texts: readonly string[], interrupt: boolean): void {
    if (!this.state.readAloud || this.state.muted) return;
    this.parts.reader.say(texts, interrupt);
  }

  /** Stops reading aloud, synchronously (screen changes, the quick exit). */
  stopReading(): void {
    this.parts.reader.stop();
  }

  private apply(): void {
    const { root, sound, stage, reader } = this.parts;
    const s = this.state;
    root.style.setProperty('--text-scale', String(s.textScale));
    root.classList.toggle('font-dyslexic', s.font === 'dyslexic');
    if (s.font === 'dyslexic') void loadDyslexicFont();
    root.classList.toggle('high-contrast', s.highContrast);
    const reduced = this.reducedMotion;
    root.classList.toggle('reduced-motion', reduced);
    // The player asked for motion although the device asks for less: the setting wins.
    root.classList.toggle('motion-ok', s.reducedMotion === false);
    stage.setReducedMotion(reduced);
    sound.setMuted(s.muted);
    sound.setVolume('master', s.volume.master);
    sound.setVolume('music', s.volume.music);
    sound.setVolume('ambience', s.volume.music);
    sound.setVolume('effects', s.volume.effects);
    reader.setVolume(s.volume.master);
    if (!s.readAloud || s.muted) reader.stop();
  }

  private notify(byPlayer: boolean): void {
    for (const listener of this.listeners) listener(this.state, byPlayer);
  }
}
