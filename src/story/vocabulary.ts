// The words stories may use in tags. The story checker and the art/audio registry read these lists,
// so adding a character or a sound starts here.

export const MOODS = ['neutraal', 'blij', 'boos', 'verdrietig', 'bang'] as const;
// 'een_keer': for hitting and sexual abuse one time is already not OK, so a child must be able to say 'once'.
export const ANSWERS = ['nooit', 'een_keer', 'soms', 'vaak', 'liever_niet'] as const;

export const CHARACTERS = [
  'mama',
  'papa',
  'stiefvader',
  'oma',
  'opa',
  'broer',
  'zus',
  'juf',
  'meester',
  'mentor',
  'coach',
  'vriend',
  'vriendin',
  'buurvrouw',
  'agent',
] as const;

/** The player; has no art. */
export const PLAYER_SPEAKER = 'ik';

export const LOCATIONS = [
  'keuken',
  'woonkamer',
  'slaapkamer',
  'badkamer',
  'klas',
  'schoolplein',
  'straat',
  'sportclub',
  'mentorkamer',
] as const;

export const MUSIC = ['rustig', 'gespannen', 'hoopvol', 'verdrietig'] as const;
export const MUSIC_OFF = 'stil';

export const SOUND_EFFECTS = [
  'deur',
  'deur_hard',
  'deurbel',
  'telefoon',
  'melding',
  'schoolbel',
  'voetstappen',
  'fluit',
  'bord',
  'klok',
] as const;

export const META_TAGS = ['id', 'title', 'theme', 'note', 'age', 'minutes', 'cast', 'kind'] as const;

/** `# kind: oefenen` marks a practice scenario (telling someone): no personal question needed. */
export const STORY_KINDS = ['verhaal', 'oefenen'] as const;
export const REQUIRED_META_TAGS = ['id', 'title', 'theme', 'note', 'age', 'minutes'] as const;

export const MAX_PAUSE_MS = 3000;

export function isOneOf<T extends string>(list: readonly T[], value: string): value is T {
  return (list as readonly string[]).includes(value);
}
