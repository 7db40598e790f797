// Hashed URLs of the art, found by file name: assets/art/bg/<location>.svg and
// assets/art/characters/<character>-<mood>.svg.
const backgrounds = import.meta.glob('../../assets/art/bg/*.svg', {
  eager: true,
  query: '?url',
  import: 'default',
}) as Record<string, string>;

const characters = import.meta.glob('../../assets/art/characters/*.svg', {
  eager: true,
  query: '?url',
  import: 'default',
}) as Record<string, string>;

const props = import.meta.glob('../../assets/art/props/*.svg', {
  eager: true,
  query: '?url',
  import: 'default',
}) as Record<string, string>;

/** Small pictures the stage adds by itself (assets/art/props/<name>.svg): the cat. */
export const PROPS = ['kat', 'kat-slaapt'] as const;

export function propUrl(name: (typeof PROPS)[number]): string | null {
  return props[`../../assets/art/props/${name}.svg`] ?? null;
}

export function backgroundUrl(location: string): string | null {
  return backgrounds[`../../assets/art/bg/${location}.svg`] ?? null;
}

export function characterUrl(character: string, mood: string): string | null {
  return (
    characters[`../../assets/art/characters/${character}-${mood}.svg`] ??
    characters[`../../assets/art/characters/${character}-neutraal.svg`] ??
    null
  );
}

export const BACKGROUND_SIZE = { width: 1920, height: 1080 } as const;
export const CHARACTER_SIZE = { width: 400, height: 800 } as const;
export const CAT_SIZE = { width: 240, height: 160 } as const;
export const CAT_ASLEEP_SIZE = { width: 200, height: 110 } as const;
