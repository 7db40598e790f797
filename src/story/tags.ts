// Line tags as a registry of named handlers (after Calico): adding a tag means adding one entry here.
import type { Mood, StoryEvent } from './types';
import {
  CHARACTERS,
  LOCATIONS,
  MAX_PAUSE_MS,
  META_TAGS,
  MOODS,
  MUSIC,
  MUSIC_OFF,
  PLAYER_SPEAKER,
  SOUND_EFFECTS,
  isOneOf,
} from './vocabulary';

/** What the handlers of one line's tags build up together. */
export interface LineContext {
  /** Events that happen before the line is shown (stage, sound, pause). */
  before: StoryEvent[];
  speaker: string | null;
  mood: Mood | null;
  mirrorTheme: string | null;
  calm: boolean;
  reflection: boolean;
  discuss: string | null;
}

type TagHandler = (value: string, line: LineContext) => string | null;

const character = (value: string) => isOneOf(CHARACTERS, value);

/** Each handler applies a tag to the line; it returns a problem in words a writer understands, or null. */
export const TAG_HANDLERS: Record<string, TagHandler> = {
  speaker(value, line) {
    if (value !== PLAYER_SPEAKER && !character(value)) return `unknown speaker "${value}"`;
    line.speaker = value;
    return null;
  },
  mood(value, line) {
    if (!isOneOf(MOODS, value)) return `unknown mood "${value}" (use ${MOODS.join(', ')})`;
    line.mood = value;
    return null;
  },
  bg(value, line) {
    if (!isOneOf(LOCATIONS, value)) return `unknown location "${value}"`;
    line.before.push({ type: 'stage', action: 'background', location: value });
    return null;
  },
  enter(value, line) {
    if (!character(value)) return `unknown character "${value}"`;
    // The runner fills in the character's current mood.
    line.before.push({ type: 'stage', action: 'enter', character: value, mood: 'neutraal' });
    return null;
  },
  leave(value, line) {
    if (!character(value)) return `unknown character "${value}"`;
    line.before.push({ type: 'stage', action: 'leave', character: value });
    return null;
  },
  music(value, line) {
    if (value !== MUSIC_OFF && !isOneOf(MUSIC, value)) return `unknown music "${value}"`;
    line.before.push({ type: 'sound', channel: 'music', name: value });
    return null;
  },
  sfx(value, line) {
    if (!isOneOf(SOUND_EFFECTS, value)) return `unknown sound effect "${value}"`;
    line.before.push({ type: 'sound', channel: 'sfx', name: value });
    return null;
  },
  pause(value, line) {
    const ms = Number(value);
    if (!Number.isFinite(ms) || ms < 0) return `pause needs a number of milliseconds, got "${value}"`;
    line.before.push({ type: 'pause', ms: Math.min(ms, MAX_PAUSE_MS) });
    return null;
  },
  discuss(value, line) {
    if (!value) return 'discuss needs a question';
    line.discuss = value;
    return null;
  },
  mirror(value, line) {
    if (!value) return 'mirror needs a theme';
    line.mirrorTheme = value;
    return null;
  },
  calm(_value, line) {
    line.calm = true;
    return null;
  },
  reflection(_value, line) {
    line.reflection = true;
    return null;
  },
};

/** Global tags arrive with the first line; they describe the story, not the line. */
export const IGNORED_LINE_TAGS: readonly string[] = META_TAGS;

export const KNOWN_TAGS: readonly string[] = [...Object.keys(TAG_HANDLERS), ...META_TAGS];
