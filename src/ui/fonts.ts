// Atkinson Hyperlegible has Latin and Latin Extended (Polish is fine) but no Cyrillic or Arabic. For
// Bulgarian and Arabic, Noto Sans (OFL, self-hosted from npm, never a CDN) fills exactly those code points
// under the family name 'Atkinson Hyperlegible' (unicode-range), so every font stack that names Atkinson,
// also the dyslexia setting's, gets them. The files are hashed assets; they are fetched only when a
// language that needs them is chosen.
import cyrillic400 from '@fontsource/noto-sans/files/noto-sans-cyrillic-400-normal.woff2?url';
import cyrillic700 from '@fontsource/noto-sans/files/noto-sans-cyrillic-700-normal.woff2?url';
import arabic400 from '@fontsource/noto-sans-arabic/files/noto-sans-arabic-arabic-400-normal.woff2?url';
import arabic700 from '@fontsource/noto-sans-arabic/files/noto-sans-arabic-arabic-700-normal.woff2?url';

export type Script = 'cyrillic' | 'arabic';

const FAMILY = 'Atkinson Hyperlegible';

/** The ranges of @fontsource's own subsets. */
const FACES: Readonly<Record<Script, { range: string; files: Readonly<Record<'400' | '700', string>> }>> = {
  cyrillic: {
    range: 'U+0301,U+0400-045F,U+0490-0491,U+04B0-04B1,U+2116',
    files: { '400': cyrillic400, '700': cyrillic700 },
  },
  arabic: {
    range:
      'U+0600-06FF,U+0750-077F,U+0870-088E,U+0890-0891,U+0897-08E1,U+08E3-08FF,U+200C-200E,U+2010-2011,U+204F,U+2E41,U+FB50-FDFF,U+FE70-FE74,U+FE76-FEFC',
    files: { '400': arabic400, '700': arabic700 },
  },
};

const added = new Set<Script>();

/** Adds the fallback faces for a script once; safe to call again. Does nothing without the FontFace API. */
export function loadScriptFont(script: Script): void {
  if (added.has(script) || typeof FontFace === 'undefined') return;
  added.add(script);
  const { range, files } = FACES[script];
  for (const weight of ['400', '700'] as const) {
    const face = new FontFace(FAMILY, `url(${files[weight]}) format('woff2')`, {
      weight,
      style: 'normal',
      display: 'swap',
      unicodeRange: range,
    });
    document.fonts.add(face);
    // A failed download leaves the system font: the text stays readable.
    face.load().catch(() => undefined);
  }
}
