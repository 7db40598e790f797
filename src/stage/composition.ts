// How a scene is composed, shared by the Phaser stage and the still pictures (src/stage/poster-stage.ts),
// so both draw the same scene: where characters stand, how tall they are, the light of each mood.

/** The light over the scene per music mood: a colour laid over it at this opacity. */
export const ATMOSPHERE: Readonly<Record<string, { color: number; alpha: number }>> = {
  rustig: { color: 0xffc27a, alpha: 0.1 },
  hoopvol: { color: 0xfff1b8, alpha: 0.14 },
  gespannen: { color: 0x141a33, alpha: 0.34 },
  verdrietig: { color: 0x34466a, alpha: 0.3 },
};

/** At most this many characters are shown; the latest to enter. */
export const MAX_VISIBLE_ACTORS = 3;

/** Where each character stands, as a fraction of the stage's width, by how many are on stage. */
const SLOT_SPREAD = [[0.5], [0.3, 0.7], [0.2, 0.5, 0.8]] as const;

export function slotsFor(count: number): readonly number[] {
  return SLOT_SPREAD[Math.min(MAX_VISIBLE_ACTORS, Math.max(1, count)) - 1] ?? SLOT_SPREAD[0];
}

/**
 * A character's height and the line of its feet, as fractions of the stage's height. On a phone held
 * upright the text panel covers the lower part: faces stay in the upper half.
 */
export function actorPlacement(portrait: boolean): { height: number; feet: number } {
  return portrait ? { height: 0.5, feet: 0.66 } : { height: 0.82, feet: 1.04 };
}

/** How far (px) a character slides in from its side when it enters. */
export const ENTRANCE_SLIDE = 80;

/** Non-speaking characters are dimmed with this tint (Phaser multiplies; CSS approximates it). */
export const LISTENER_TINT = 0xa9b0bf;

/** Durations (ms) of the scene's changes; 0 with reduced motion. */
export const DURATION = { background: 700, enter: 500, leave: 400, light: 1200 } as const;

/** The wall clock's hands: colour, and length and width as fractions of the face's radius. */
export const CLOCK_INK = 0x2e2a3b;
export const CLOCK_HANDS = {
  hour: { length: 0.42, width: 0.1 },
  minute: { length: 0.62, width: 0.07 },
} as const;

/** Where the hour and minute hands point, in turns (0 to 1, clockwise from 12). */
export function clockTurns(date: Date, withSeconds: boolean): { hour: number; minute: number } {
  const minutes = date.getMinutes() + (withSeconds ? date.getSeconds() / 60 : 0);
  return { hour: ((date.getHours() % 12) + minutes / 60) / 12, minute: minutes / 60 };
}
