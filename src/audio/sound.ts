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
/** Loudness of each looping kind at full volume settings. */
const LOOP_VOLUME = { music: 0.55, ambience: 0.35 } as const;
const EFFECT_VOLUME = 0.8;

/** The player's volume controls: `master` is Howler's global volume, the others scale each kind. */
export type VolumeKind = 'master' | 'music' | 'ambience' | 'effects';

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
  /** Set by the quick exit: nothing may sound until the page is shown again (`wake`). */
  private silenced = false;
  private hiddenPause = false;
  private readonly gains: Record<VolumeKind, number> = { master: 1, music: 1, ambience: 1, effects: 1 };

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
        module.Howler.mute(this.muted || this.silenced);
        module.Howler.volume(this.gains.master);
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
    if (!this.howler || this.muted || this.silenced || document.hidden) return;
    const howl = this.howl(`sfx/${name}`, { volume: EFFECT_VOLUME });
    if (!howl) return;
    const id = howl.play();
    howl.volume(EFFECT_VOLUME * this.gains.effects, id);
  }

  /** Sets one volume (0 to 1) at once, also for what is playing now. */
  setVolume(kind: VolumeKind, value: number): void {
    const gain = Math.min(1, Math.max(0, Number.isFinite(value) ? value : 1));
    this.gains[kind] = gain;
    if (!this.howler) return;
    if (kind === 'master') this.howler.Howler.volume(gain);
    else if (kind === 'music') this.music?.howl.volume(this.level('music'));
    else if (kind === 'ambience') this.ambience?.howl.volume(this.level('ambience'));
  }

  volume(kind: VolumeKind): number {
    return this.gains[kind];
  }

  setMuted(muted: boolean): void {
    this.muted = muted;
    this.howler?.Howler.mute(muted);
  }

  get isMuted(): boolean {
    return this.muted;
  }

  /**
   * Synchronous silence for the quick exit. It lasts: sound asked for later (a story file or howler
   * arriving while the browser is still leaving) stays silent until `wake()`.
   */
  stopAll(): void {
    this.silenced = true;
    this.wantedMusic = null;
    this.wantedAmbience = null;
    if (!this.howler) return;
    this.howler.Howler.mute(true);
    this.howler.Howler.stop();
    this.music = null;
    this.ambience = null;
  }

  /** The page is shown again after a quick exit (back/forward cache): sound may play again. */
  wake(): void {
    this.silenced = false;
    this.howler?.Howler.mute(this.muted);
  }

  /**
   * Frees decoded sound that is not playing now (a minute of music decodes to about 10 MB): called
   * between stories, so a long visit does not keep every story's sound. Played again, it reloads from
   * the HTTP cache.
   */
  release(): void {
    for (const [path, howl] of this.cache) {
      if (howl === this.music?.howl || howl === this.ambience?.howl || howl.playing()) continue;
      howl.unload();
      this.cache.delete(path);
    }
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
    if (this.silenced) this.wantedMusic = null;
    this.music = this.crossFade(this.music, this.wantedMusic, 'music');
  }

  private applyAmbience(): void {
    if (this.silenced) this.wantedAmbience = null;
    this.ambience = this.crossFade(this.ambience, this.wantedAmbience, 'ambience');
  }

  private crossFade(
    current: { name: string; howl: HowlType } | null,
    wanted: string | null,
    folder: 'music' | 'ambience',
  ): { name: string; howl: HowlType } | null {
    if (!this.howler) return current;
    if (current?.name === wanted) return current;
    if (current) this.fadeOut(current.howl);
    if (!wanted) return null;
    const howl = this.howl(`${folder}/${wanted}`, { loop: true, volume: 0 });
    if (!howl) return null;
    howl.volume(0);
    if (!howl.playing()) howl.play();
    // Howler 2.2.4 loses a fade's timer when two fades wait on a sound that is still loading, and that
    // timer then runs (and queues work on the unloaded sound) for the rest of the visit. So a sound
    // fades only once it is loaded.
    if (howl.state() === 'loaded') howl.fade(0, this.level(folder), FADE_MS);
    else {
      howl.once('load', () => {
        const playing =
          this.music?.howl === howl ? 'music' : this.ambience?.howl === howl ? 'ambience' : null;
        if (!playing) return;
        howl.fade(0, this.level(playing), FADE_MS);
      });
    }
    return { name: wanted, howl };
  }

  /** The volume a looping kind plays at: its loudness times the player's setting for it. */
  private level(kind: 'music' | 'ambience'): number {
    return LOOP_VOLUME[kind] * this.gains[kind];
  }

  private fadeOut(old: HowlType): void {
    const stopUnlessWanted = () => {
      // Asked for again while it faded out (A, B, A in quick succession)? Then it plays on.
      if (this.music?.howl !== old && this.ambience?.howl !== old) old.stop();
    };
    // Not loaded yet, or silent: nothing to fade (see above), it just stops.
    if (old.state() !== 'loaded' || old.volume() === 0) {
      old.stop();
      return;
    }
    old.fade(old.volume(), 0, FADE_MS);
    old.once('fade', stopUnlessWanted);
  }

  private onVisibility(): void {
    if (!this.howler) return;
    if (document.hidden) {
      this.hiddenPause = true;
      this.music?.howl.pause();
      this.ambience?.howl.pause();
      // Music still fading out and sound effects stop at once: a hidden page is silent.
      for (const howl of this.cache.values()) {
        if (howl !== this.music?.howl && howl !== this.ambience?.howl && howl.playing()) howl.stop();
      }
    } else if (this.hiddenPause) {
      this.hiddenPause = false;
      this.resume(this.music, this.level('music'));
      this.resume(this.ambience, this.level('ambience'));
    }
  }

  /** Plays on after a hidden page; a fade-in that the pause cut short finishes now. */
  private resume(current: { name: string; howl: HowlType } | null, volume: number): void {
    if (!current) return;
    current.howl.play();
    if (current.howl.volume() !== volume) current.howl.fade(current.howl.volume(), volume, FADE_MS / 2);
  }
}
