// Generates every picture of the game as SVG, deterministically: `npx tsx scripts/generate-art.ts`.
// Options: `--sheet <file.html>` also writes a contact sheet page that shows every SVG (for checking by eye).
// All art is original, drawn by this code. Licence: CC BY-SA 4.0 (see CREDITS.md).

import { mkdirSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CHARACTERS, MOODS, character } from './art/characters';
import { BACKGROUNDS, BACKGROUND_LAYOUT } from './art/backgrounds';
import { cat, catAsleep } from './art/cat';
import { emblem, favicon } from './art/ui';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const ART = join(ROOT, 'assets/art');
const LIMITS = { bg: 25_000, characters: 12_000, props: 8_000, ui: 8_000 } as const;
const TARGETS = { bg: 12_000, characters: 6_000, props: 4_000, ui: 4_000 } as const;

const written: { file: string; bytes: number; kind: keyof typeof LIMITS }[] = [];

function write(kind: keyof typeof LIMITS, name: string, content: string): void {
  const file = join(ART, kind, name);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, content);
  written.push({ file, bytes: Buffer.byteLength(content), kind });
}

for (const [id, draw] of Object.entries(BACKGROUNDS)) write('bg', `${id}.svg`, draw());
for (const id of Object.keys(CHARACTERS)) {
  for (const mood of MOODS) write('characters', `${id}-${mood}.svg`, character(id, mood));
}
write('props', 'kat.svg', cat());
write('props', 'kat-slaapt.svg', catAsleep());
write('ui', 'favicon.svg', favicon());
write('ui', 'emblem.svg', emblem());
// The neutral favicon is served as-is from public/ (SAFETY.md C20: it never changes).
writeFileSync(join(ART, '../../public/favicon.svg'), favicon());

// Positions the stage needs (clock hands, weather, the cat), from the same data the pictures use.
const layout = {
  generator: 'scripts/generate-art.ts',
  size: { width: 1920, height: 1080 },
  backgrounds: BACKGROUND_LAYOUT,
};
writeFileSync(join(ART, 'bg/layout.json'), JSON.stringify(layout, null, 2) + '\n');

// Report, and fail on anything over the hard limit (a file that big would slow phones down).
let failed = false;
for (const kind of Object.keys(LIMITS) as (keyof typeof LIMITS)[]) {
  const files = written.filter((w) => w.kind === kind);
  if (!files.length) continue;
  const total = files.reduce((a, w) => a + w.bytes, 0);
  const largest = files.reduce((a, w) => (w.bytes > a.bytes ? w : a));
  const over = files.filter((w) => w.bytes > TARGETS[kind]);
  console.log(
    `${kind}: ${files.length} files, ${total} bytes, largest ${relative(ROOT, largest.file)} (${largest.bytes})` +
      (over.length ? `, ${over.length} over the ${TARGETS[kind]} byte target` : ''),
  );
  for (const w of files) {
    if (w.bytes > LIMITS[kind]) {
      console.error(`  too big: ${relative(ROOT, w.file)} ${w.bytes} > ${LIMITS[kind]}`);
      failed = true;
    }
  }
}

const sheetArg = process.argv.indexOf('--sheet');
if (sheetArg > 0) {
  const out = resolve(process.argv[sheetArg + 1] ?? '/tmp/sheet.html');
  const url = (f: string) => 'file://' + f;
  const list = (dir: string) =>
    readdirSync(join(ART, dir))
      .filter((f) => f.endsWith('.svg'))
      .sort()
      .map((f) => join(ART, dir, f));
  const bgs = list('bg')
    .map(
      (f) =>
        `<figure class="bg"><img src="${url(f)}"><figcaption>${relative(ART, f)} ${statSync(f).size} B</figcaption></figure>`,
    )
    .join('');
  const chars = Object.keys(CHARACTERS)
    .map(
      (id) =>
        `<div class="row">${MOODS.map((m) => `<img class="ch" src="${url(join(ART, 'characters', `${id}-${m}.svg`))}" title="${id}-${m}">`).join('')}<span>${id}</span></div>`,
    )
    .join('');
  const props = list('props')
    .map((f) => `<img class="ui" src="${url(f)}" title="${relative(ART, f)}">`)
    .join('');
  const ui =
    list('ui')
      .map((f) => `<img class="ui" src="${url(f)}">`)
      .join('') + `<img src="${url(join(ART, 'ui/favicon.svg'))}" style="width:16px">`;
  writeFileSync(
    out,
    `<!doctype html><meta charset="utf-8"><title>contact sheet</title><style>
body{margin:6px;font:11px sans-serif;background:#eee;width:1188px}
.bg{display:inline-block;margin:2px;width:390px}.bg img{width:390px;height:219px;display:block}
figure{margin:0}.row{display:inline-flex;align-items:flex-end;margin:2px;background:#dcd2c2;border-radius:6px}
.ch{height:150px;width:75px}.row span{writing-mode:vertical-rl;font-size:10px}
.ui{height:96px;margin:4px;background:#fff;vertical-align:middle}</style>
${bgs}<div>${chars}</div><div>${props} ${ui} <span>props/kat*.svg, ui/emblem.svg, ui/favicon.svg (96 px and 16 px)</span></div>`,
  );
  console.log(`contact sheet: ${out}`);
}

if (failed) process.exit(1);
