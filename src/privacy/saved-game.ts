// What "Bewaar op dit apparaat" may keep (SAFETY.md C17): the story position and settings; the
// player's answers only when they explicitly asked for it. Anything else read back is discarded.

export interface SavedSettings {
  muted: boolean;
}

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

/** Returns a clean copy of a valid save, or null for anything foreign, old or corrupt. */
export function parseSavedGame(value: unknown): SavedGame | null {
  if (typeof value !== 'object' || value === null) return null;
  const v = value as Record<string, unknown>;
  if (v.version !== 1 || !isString(v.lang) || !(v.storyId === null || isString(v.storyId))) return null;
  const settings = v.settings as Record<string, unknown> | undefined;
  if (typeof settings !== 'object' || settings === null || typeof settings.muted !== 'boolean') return null;
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
    settings: { muted: settings.muted },
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
