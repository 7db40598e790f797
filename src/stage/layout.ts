// Where the clock, the sky and the cat are in each background, in the background's own coordinates
// (1920 x 1080). Written by scripts/generate-art.ts from the numbers the pictures are drawn with.
import layoutData from '../../assets/art/bg/layout.json';

export interface BackgroundLayout {
  /** The wall clock's face: moving hands are drawn at this centre, within this radius. */
  clock?: { x: number; y: number; r: number };
  /** Outdoors: weather may fall; the sky ends at skyBottom. */
  outdoor?: { skyBottom: number };
  /** At home: the cat walks along walkY (its feet) and sleeps at sleep (bottom centre). */
  cat?: { walkY: number; sleep: { x: number; y: number } };
}

const layouts: Record<string, BackgroundLayout> = layoutData.backgrounds;

export function layoutOf(location: string): BackgroundLayout {
  return layouts[location] ?? {};
}
