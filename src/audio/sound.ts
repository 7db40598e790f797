// Music, ambience and sound effects with howler. Nothing plays before the player's first gesture
// (unlock), howler itself is loaded only then, and everything can be silenced synchronously.
import type * as HowlerNamespace from 'howler';
import type { Howl as HowlType, HowlOptions } from 'howler';

type HowlerModule = typeof HowlerNamespace;

/** Hashed URLs of every sound file, by folder and id: `music/rustig` → [ogg, mp3]. */
const files = import.meta.glob('../../assets/audio/**/*.{ogg,mp3}', {
  eager: true,
  query: '?url',
  import: 'default',
}) as Record<string, string>;

function sources(path: string): string[] {
  // Ogg first (smaller), mp3 as the fallback for browsers without Vorbis (older Safari).
  return ['ogg', 'mp3']
    .map((ext) => files[`../../assets/audio/${path}.${ext}`])
    .filter((url): url is string => typeof url === 'string');
}

export function hasSound(path: string): boolean {
  return sources(path).length > 0;
}

const FADE_MS = 1200;
const MUSIC_VOLUME = 0.55;
const AMBIENCE_VOLUME = 0.35;

export interface SoundState {
  unlocked: boolean;
  muted: boolean;
  music: string | null;
  ambience: string | null;
}

export class SoundDirector {
  private howler: HowlerModule | null = null;
  private loading: Promise<void> | null = null;
  private readonly cache = new Map<string, HowlType>();
  private music: { name: string; howl: HowlType } | null = null;
  private ambience: { name: string; howl: HowlType } | null = null;
  private wantedMusic: string | null = null;
  private wantedAmbience: string | null = null;
  private muted = false;
  private hiddenPause = false;

  constructor() {
    document.addEventListener('visibilitychange', () => this.onVisibility());
  }

  get state(): SoundState {
    return {
      unlocked: this.howler !== null,
      muted: this.muted,
      music: this.wantedMusic,
      ambience: this.wantedAmbience,
    };
  }

  /** Call from a user gesture (click, key): browsers only allow audio after one. */
  unlock(): Promise<void> {
    this.loading ??= import('howler')
      .then((module) => {
        this.howler = module;
        module.Howler.mute(this.muted);
        this.applyMusic();
        this.applyAmbience();
      })
      .catch(() => {
        // No sound is fine: the story and the text go on.
        this.howler = null;
      });
    return this.loading;
  }

  playMusic(name: string | null): void {
    this.wantedMusic = name && hasSound(`music/${name}`) ? name : null;
    this.applyMusic();
  }

  playAmbience(name: string | null): void {
    this.wantedAmbience = name && hasSound(`ambience/${name}`) ? name : null;
    this.applyAmbience();
  }

  effect(name: string): void {
    if (!this.howler || this.muted || document.hidden) return;
    this.howl(`sfx/${name}`, { volume: 0.8 })?.play();
  }

  setMuted(muted: boolean): void {
    this.muted = muted;
    this.howler?.Howler.mute(muted);
  }

  get isMuted(): boolean {
    return this.muted;
  }

  /** Synchronous silence for the quick exit. */
  stopAll(): void {
    this.wantedMusic = null;
    this.wantedAmbience = null;
    if (!this.howler) return;
    this.howler.Howler.mute(true);
    this.howler.Howler.stop();
    this.music = null;
    this.ambience = null;
  }

  private howl(path: string, options: Partial<HowlOptions>): HowlType | null {
    if (!this.howler) return null;
    const cached = this.cache.get(path);
    if (cached) return cached;
    const src = sources(path);
    if (src.length === 0) return null;
    const howl = new this.howler.Howl({ src, preload: true, ...options });
    this.cache.set(path, howl);
    return howl;
  }

  private applyMusic(): void {
    this.music = this.crossFade(this.music, this.wantedMusic, 'music', MUSIC_VOLUME);
  }

  private applyAmbience(): void {
    this.ambience = this.crossFade(this.ambience, this.wantedAmbience, 'ambience', AMBIENCE_VOLUME);
  }

  private crossFade(
    current: { name: string; howl: HowlType } | null,
    wanted: string | null,
    folder: 'music' | 'ambience',
    volume: number,
  ): { name: string; howl: HowlType } | null {
    if (!this.howler) return current;
    if (current?.name === wanted) return current;
    if (current) {
      const old = current.howl;
      old.fade(old.volume(), 0, FADE_MS);
      old.once('fade', () => old.stop());
    }
    if (!wanted) return null;
    const howl = this.howl(`${folder}/${wanted}`, { loop: true, volume: 0 });
    if (!howl) return null;
    howl.volume(0);
    if (!howl.playing()) howl.play();
    howl.fade(0, volume, FADE_MS);
    return { name: wanted, howl };
  }

  private onVisibility(): void {
    if (!this.howler) return;
    if (document.hidden) {
      this.hiddenPause = true;
      this.music?.howl.pause();
      this.ambience?.howl.pause();
    } else if (this.hiddenPause) {
      this.hiddenPause = false;
      this.music?.howl.play();
      this.ambience?.howl.play();
    }
  }
}
