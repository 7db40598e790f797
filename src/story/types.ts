// Typed events the story runner emits. The director (src/app) routes them to UI, stage and audio.

export type Mood = 'neutraal' | 'blij' | 'boos' | 'verdrietig' | 'bang';
export type MirrorAnswer = 'nooit' | 'soms' | 'vaak' | 'liever_niet';

export interface LineEvent {
  type: 'line';
  text: string;
  /** Character id, `ik` for the player, or null for the narrator. */
  speaker: string | null;
  mood: Mood | null;
}

export interface ChoiceOption {
  index: number;
  text: string;
}

export interface ChoicesEvent {
  type: 'choices';
  choices: ChoiceOption[];
  /** Set when the choices answer a personal question about the player's own home. */
  mirrorTheme: string | null;
}

export type StageEvent =
  | { type: 'stage'; action: 'background'; location: string }
  | { type: 'stage'; action: 'enter'; character: string; mood: Mood }
  | { type: 'stage'; action: 'leave'; character: string }
  | { type: 'stage'; action: 'mood'; character: string; mood: Mood };

export interface SoundEvent {
  type: 'sound';
  channel: 'music' | 'sfx';
  name: string;
}

export type StoryEvent =
  | LineEvent
  | ChoicesEvent
  | StageEvent
  | SoundEvent
  | { type: 'pause'; ms: number }
  | { type: 'discuss'; text: string }
  | { type: 'mirror'; theme: string; answer: MirrorAnswer }
  | { type: 'danger' }
  | { type: 'calm' }
  | { type: 'end'; reason: 'reflection' | 'out_of_content' | 'error' }
  | { type: 'problem'; severity: 'error' | 'warning'; message: string };

export interface StoryMeta {
  id: string;
  title: string;
  themes: string[];
  note: string;
  age: number;
  minutes: number;
  cast: Record<string, string>;
  kind: 'verhaal' | 'oefenen';
}
