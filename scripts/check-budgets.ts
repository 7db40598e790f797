// `npm run budgets` (after `npm run build`, part of `npm test`): the bytes a first-time player
// downloads, read from dist/ and its manifest (dist/.vite/manifest.json), checked against budgets.
// Deterministic: sizes of files, never timings (those are in `npm run bench`, docs/performance.md).
//
// Bytes "on the wire": gzip -9 for text (html, js, css, svg, json), as any static host compresses
// it; fonts (woff2) and sound (ogg) as they are, they are compressed already.
//
//   npm run budgets -- [--dist dist] [--verbose]
import { existsSync, readFileSync } from 'node:fs';
import { extname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { pathToFileURL } from 'node:url';
import { gzipSync, constants as zlib } from 'node:zlib';
import { compileInkFile } from './ink-compile.ts';
import { readStoryAssets } from './ink-assets.ts';
import { readDeployConfig } from './deploy-config.ts';

const ROOT = resolve(import.meta.dirname, '..');

/** The scenario suggested first (SUGGESTED_FIRST in src/app/catalog.ts) and its language. */
const FIRST_STORY = 'stories/nl/slaan.ink';
/** The boot script: an entry of its own, added to index.html by vite.config.ts. */
const BOOT_SCRIPT = 'src/boot.ts';

/** The story engine (inkjs): a chunk of its own that main.ts fetches with the first screen. */
const STORY_ENGINE = 'src/story/runner.ts';

/** The lazily loaded Phaser stage (src/stage/index.ts imports it dynamically). */
const PHASER_STAGE = 'src/stage/phaser-stage.ts';

const KB = 1024;

/**
 * Budgets in bytes on the wire, about 10% above what was measured when they were set
 * (docs/performance.md, "Byte budgets"). Raise one only with a reason in the commit message.
 */
export const BUDGETS = {
  // measured 131 KB on 2026-11-22 (182 KB before presenter mode, the schools page and the pl/bg/ar
  // language packs became chunks of their own)
  firstChoice: 150 * KB,
  // measured 186 KB (custom Phaser build with the stage and its ambient life)
  phaser: 205 * KB,
  // measured 25 KB (6 backgrounds, 12 characters, 2 props)
  art: 28 * KB,
  // measured 437 KB (4 music, 3 ambience, 7 effects)
  audio: 480 * KB,
} as const;

type Group = keyof typeof BUDGETS;

const LABELS: Record<Group, string> = {
  firstChoice:
    'Before the first choice: index.html, the boot and entry JS, CSS, fonts, the story engine, the first story and its file list',
  phaser: 'The Phaser stage chunk (loaded after the shell, in its own chunk)',
  art: `Art of the first scenario (${FIRST_STORY}): backgrounds, characters, props`,
  audio: `Sound of the first scenario (${FIRST_STORY}): music, ambience, effects (ogg)`,
};

interface ManifestChunk {
  file: string;
  src?: string;
  isEntry?: boolean;
  isDynamicEntry?: boolean;
  imports?: string[];
  dynamicImports?: string[];
  css?: string[];
  assets?: string[];
}

type Manifest = Record<string, ManifestChunk>;

const TEXT = new Set(['.html', '.js', '.mjs', '.css', '.svg', '.json', '.txt']);

export function wireSize(contents: Buffer, name: string): number {
  if (!TEXT.has(extname(name))) return contents.length;
  return gzipSync(contents, { level: zlib.Z_BEST_COMPRESSION }).length;
}

/** A chunk's file, its CSS and its static imports, recursively (dynamic imports load later). */
function closure(manifest: Manifest, key: string, skip: ReadonlySet<string>): string[] {
  const files: string[] = [];
  const seen = new Set<string>(skip);
  const visit = (id: string) => {
    if (seen.has(id)) return;
    seen.add(id);
    const chunk = manifest[id];
    if (!chunk) throw new Error(`the manifest has no entry ${id}`);
    files.push(chunk.file, ...(chunk.css ?? []));
    for (const imported of chunk.imports ?? []) visit(imported);
  };
  visit(key);
  return files;
}

/** Every chunk key statically reachable from `key` (to leave shared chunks out of later groups). */
function reachable(manifest: Manifest, key: string): Set<string> {
  const keys = new Set<string>();
  const visit = (id: string) => {
    if (keys.has(id)) return;
    keys.add(id);
    for (const imported of manifest[id]?.imports ?? []) visit(imported);
  };
  visit(key);
  return keys;
}

/** Whether a @font-face unicode-range (none: everything) covers the letter `a`, i.e. Dutch text. */
export function coversLatin(range: string | undefined): boolean {
  if (!range) return true;
  return range.split(',').some((part) => {
    // U+61, U+0-FF, or with wildcards U+?? (minifiers write U+0000-00FF so).
    const [first = '', last] = part.trim().replace(/^U\+/i, '').split('-');
    const from = parseInt(first.replace(/\?/g, '0'), 16);
    const to = parseInt((last ?? first).replace(/\?/g, 'F'), 16);
    return from <= 0x61 && 0x61 <= to;
  });
}

/**
 * The woff2 files a Dutch first screen requests: the entry CSS's @font-face rules whose unicode-range
 * covers Latin text (the browser fetches a face only when the page uses one of its characters).
 */
function fontsOf(dist: string, cssFiles: string[], base: string): string[] {
  const fonts = new Set<string>();
  for (const css of cssFiles) {
    const text = readFileSync(join(dist, css), 'utf8');
    for (const [face] of text.matchAll(/@font-face\s*{[^}]*}/g)) {
      const range = /unicode-range:\s*([^;}]+)/.exec(face)?.[1];
      const url = /url\(\s*["']?([^"')]+\.woff2)["']?\s*\)/.exec(face)?.[1];
      if (!url || !coversLatin(range)) continue;
      fonts.add(url.startsWith(base) ? url.slice(base.length) : url.replace(/^\.?\//, ''));
    }
  }
  return [...fonts];
}

function assetFile(manifest: Manifest, source: string): string {
  const chunk = manifest[source];
  if (!chunk)
    throw new Error(`the manifest has no ${source}: is it imported by src/stage/art.ts or src/audio?`);
  return chunk.file;
}

/** The compiled JSON of a story (scripts/vite-plugin-ink.ts emits stories/nl/x.ink as assets/nl-x-<hash>.json). */
function storyFile(manifest: Manifest, source: string): string {
  const name = source
    .replace(/^stories\//, '')
    .replace(/\.ink$/, '')
    .replace(/\//g, '-');
  const pattern = new RegExp(`^assets/${name}-[\\w-]{8}\\.json$`);
  const files = Object.values(manifest)
    .map((chunk) => chunk.file)
    .filter((file) => pattern.test(file));
  if (files.length !== 1 || !files[0]) throw new Error(`the manifest has no single compiled ${source}`);
  return files[0];
}

export interface GroupResult {
  group: Group;
  bytes: number;
  budget: number;
  files: { file: string; bytes: number }[];
}

export function measure(dist: string): GroupResult[] {
  const manifestPath = join(dist, '.vite/manifest.json');
  if (!existsSync(manifestPath)) {
    throw new Error(
      `${manifestPath} is missing: run \`npm run build\` first (build.manifest is on in vite.config.ts)`,
    );
  }
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as Manifest;
  const base = readDeployConfig(ROOT).basePath.replace(/\/?$/, '/');

  const entryKeys = reachable(manifest, 'index.html');
  // The boot script (src/boot.ts, an entry of its own that index.html loads) and the game's entry.
  const entryFiles = [
    ...closure(manifest, BOOT_SCRIPT, new Set()),
    ...closure(manifest, 'index.html', new Set()),
  ];
  const entryCss = entryFiles.filter((file) => file.endsWith('.css'));
  const groups: Record<Group, string[]> = {
    firstChoice: [
      'index.html',
      ...entryFiles,
      ...fontsOf(dist, entryCss, base),
      ...closure(manifest, STORY_ENGINE, entryKeys),
      storyFile(manifest, FIRST_STORY),
      // Its list of art and sound (`?assets`), a small module loaded with the note.
      ...closure(manifest, `${FIRST_STORY}?assets`, entryKeys),
    ],
    phaser: closure(manifest, PHASER_STAGE, entryKeys),
    art: [],
    audio: [],
  };

  const compiled = compileInkFile(join(ROOT, FIRST_STORY));
  if (!compiled.json) throw new Error(`${FIRST_STORY} does not compile: run npm run stories`);
  for (const asset of readStoryAssets(compiled.json, ROOT).files) {
    if (asset.kind === 'bg' || asset.kind === 'prop') {
      groups.art.push(
        assetFile(manifest, `assets/art/${asset.kind === 'bg' ? 'bg' : 'props'}/${asset.name}.svg`),
      );
    } else if (asset.kind === 'character') {
      groups.art.push(assetFile(manifest, `assets/art/characters/${asset.name}.svg`));
    } else {
      // Chromium plays Ogg Vorbis: howler takes the .ogg (src/audio/sound.ts), never also the mp3.
      groups.audio.push(assetFile(manifest, `assets/audio/${asset.kind}/${asset.name}.ogg`));
    }
  }

  return (Object.keys(groups) as Group[]).map((group) => {
    const files = [...new Set(groups[group])].map((file) => ({
      file,
      bytes: wireSize(readFileSync(join(dist, file)), file),
    }));
    return { group, files, bytes: files.reduce((sum, file) => sum + file.bytes, 0), budget: BUDGETS[group] };
  });
}

function main(): void {
  const { values } = parseArgs({
    options: { dist: { type: 'string', default: 'dist' }, verbose: { type: 'boolean', default: false } },
  });
  const results = measure(resolve(ROOT, values.dist));
  const kb = (bytes: number) => `${(bytes / KB).toFixed(1)} KB`;
  let failed = false;
  console.log('Byte budgets (on the wire: gzip -9 for text, woff2 and ogg as they are)\n');
  for (const result of results) {
    const over = result.bytes > result.budget;
    failed ||= over;
    const use = `${((result.bytes / result.budget) * 100).toFixed(0)}%`;
    console.log(
      `${over ? 'OVER' : 'ok  '}  ${kb(result.bytes).padStart(9)} of ${kb(result.budget).padStart(9)} (${use.padStart(4)})  ${LABELS[result.group]}, ${result.files.length} files`,
    );
    if (values.verbose || over) {
      for (const file of [...result.files].sort((a, b) => b.bytes - a.bytes)) {
        console.log(`        ${kb(file.bytes).padStart(9)}  ${file.file}`);
      }
    }
  }
  if (failed) {
    console.error(
      '\nOver budget. Load it later (a dynamic import), make it smaller, or raise the budget in ' +
        'scripts/check-budgets.ts with the reason (docs/performance.md).',
    );
    process.exit(1);
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) main();
