// What "Bewaar op dit apparaat" may keep (SAFETY.md C17): the story position and settings; the
// player's answers only when they explicitly asked for it. Anything else read back is discarded.

/** The reading and sound settings. Every field but `muted` was added later: older saves lack them. */
export interface SavedSettings {
  muted: boolean;
  /** Multiplies the text size (--text-scale): one of TEXT_SCALES. */
  textScale?: number;
  font?: 'legible' | 'dyslexic';
  highContrast?: boolean;
  /** Absent: follow the device's "reduce motion" setting. */
  reducedMotion?: boolean;
  textSpeed?: 'instant' | 'typed';
  readAloud?: boolean;
  /** Gains from 0 to 1. */
  volume?: SavedVolume;
}

export interface SavedVolume {
  master: number;
  music: number;
  effects: number;
}

export const TEXT_SCALES = [1, 1.25, 1.5, 2] as const;

export interface SavedAnswer {
  theme: string;
  answer: string;
}

export interface SavedGame {
  version: 1;
  lang: string;
  storyId: string | null;
  /** The runner's own save (ink state keyed to the story hash); null when not in a story. */
  runner: unknown;
  /** The line on screen when it was saved, so the story resumes with context. */
  lastLine: { text: string; speaker: string | null } | null;
  settings: SavedSettings;
  /** Only present when the player chose to keep their answers too. */
  answers?: SavedAnswer[];
}

const isString = (value: unknown): value is string => typeof value === 'string';
const isGain = (value: unknown): value is number =>
  typeof value === 'number' && Number.isFinite(value) && value >= 0 && value <= 1;

/**
 * The settings from a save. `muted` is required (it was there from the start); a newer field that is
 * missing or not valid is left out, so the player gets its default and keeps the rest.
 */
export function parseSettings(value: unknown): SavedSettings | null {
  if (typeof value !== 'object' || value === null) return null;
  const v = value as Record<string, unknown>;
  if (typeof v.muted !== 'boolean') return null;
  const settings: SavedSettings = { muted: v.muted };
  if ((TEXT_SCALES as readonly unknown[]).includes(v.textScale)) settings.textScale = v.textScale as number;
  if (v.font === 'legible' || v.font === 'dyslexic') settings.font = v.font;
  if (typeof v.highContrast === 'boolean') settings.highContrast = v.highContrast;
  if (typeof v.reducedMotion === 'boolean') settings.reducedMotion = v.reducedMotion;
  if (v.textSpeed === 'instant' || v.textSpeed === 'typed') settings.textSpeed = v.textSpeed;
  if (typeof v.readAloud === 'boolean') settings.readAloud = v.readAloud;
  const volume = v.volume as Record<string, unknown> | null | undefined;
  if (typeof volume === 'object' && volume !== null) {
    if (isGain(volume.master) && isGain(volume.music) && isGain(volume.effects)) {
      settings.volume = { master: volume.master, music: volume.music, effects: volume.effects };
    }
  }
  return settings;
}

/** Returns a clean copy of a valid save, or null for anything foreign, old or corrupt. */
export function parseSavedGame(value: unknown): SavedGame | null {
  if (typeof value !== 'object' || value === null) return null;
  const v = value as Record<string, unknown>;
  if (v.version !== 1 || !isString(v.lang) || !(v.storyId === null || isString(v.storyId))) return null;
  const settings = parseSettings(v.settings);
  if (!settings) return null;
  let lastLine: SavedGame['lastLine'] = null;
  if (v.lastLine !== null && v.lastLine !== undefined) {
    const line = v.lastLine as Record<string, unknown>;
    if (
      typeof line !== 'object' ||
      !isString(line.text) ||
      !(line.speaker === null || isString(line.speaker))
    ) {
      return null;
    }
    lastLine = { text: line.text, speaker: line.speaker };
  }
  const saved: SavedGame = {
    version: 1,
    lang: v.lang,
    storyId: v.storyId,
    runner: v.runner ?? null,
    lastLine,
    settings,
  };
  if (v.answers !== undefined) {
    if (!Array.isArray(v.answers)) return null;
    const answers = v.answers.filter(
      (a): a is SavedAnswer =>
        typeof a === 'object' &&
        a !== null &&
        isString((a as SavedAnswer).theme) &&
        isString((a as SavedAnswer).answer),
    );
    if (answers.length !== v.answers.length) return null;
    saved.answers = answers.map(({ theme, answer }) => ({ theme, answer }));
  }
  return saved;
}
