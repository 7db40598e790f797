// The ink plugin's asset list (`import assets from 'x.ink?assets'`): complete, real files, true
// sizes, the opening scene first.
import { readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileInkFile } from '../../scripts/ink-compile';
import { readStoryAssets } from '../../scripts/ink-assets';
import { storyFiles } from '../../scripts/story-check';
import { ambienceFor } from '../../src/app/ambience';
import type { StoryAssets } from '../../src/story/assets';

const viaPlugin = import.meta.glob('../../stories/nl/slaan.ink', {
  query: '?assets',
  import: 'default',
  eager: true,
}) as Record<string, StoryAssets>;

const ROOT = resolve(import.meta.dirname, '../..');

function path(kind: string, name: string, format = 'ogg'): string {
  if (kind === 'bg') return `assets/art/bg/${name}.svg`;
  if (kind === 'character') return `assets/art/characters/${name}.svg`;
  if (kind === 'prop') return `assets/art/props/${name}.svg`;
  return `assets/audio/${kind}/${name}.${format}`;
}

/** bg, music and sfx names written in a story's source (and the common knots it includes). */
function namedInSource(file: string): Record<'bg' | 'music' | 'sfx', Set<string>> {
  const source = readFileSync(file, 'utf8') + readFileSync(join(file, '../common.ink'), 'utf8');
  const found = { bg: new Set<string>(), music: new Set<string>(), sfx: new Set<string>() };
  for (const [, tag, value] of source.matchAll(/#\s*(bg|music|sfx):\s*([\w]+)/g)) {
    if (value && value !== 'stil') found[tag as keyof typeof found].add(value);
  }
  return found;
}

describe('story assets', () => {
  for (const file of storyFiles()) {
    const name = file.slice(ROOT.length + 1);
    it(`${name}: lists every picture and sound, each once, with its size`, () => {
      const compiled = compileInkFile(file);
      const assets = readStoryAssets(compiled.json ?? '', ROOT);
      expect(assets.opening).toBeGreaterThan(0);
      expect(assets.opening).toBeLessThanOrEqual(assets.files.length);
      expect(assets.files[0]?.kind).toBe('bg');
      const keys = assets.files.map((asset) => `${asset.kind}/${asset.name}`);
      expect(new Set(keys).size).toBe(keys.length);
      for (const asset of assets.files) {
        if (typeof asset.bytes === 'number') {
          expect(statSync(join(ROOT, path(asset.kind, asset.name))).size).toBe(asset.bytes);
        } else {
          for (const format of ['ogg', 'mp3'] as const)
            expect(statSync(join(ROOT, path(asset.kind, asset.name, format))).size).toBe(asset.bytes[format]);
        }
      }
      const named = namedInSource(file);
      for (const kind of ['bg', 'music', 'sfx'] as const) {
        const listed = new Set(
          assets.files.filter((asset) => asset.kind === kind).map((asset) => asset.name),
        );
        expect(listed).toEqual(named[kind]);
      }
      for (const location of named.bg) expect(keys).toContain(`ambience/${ambienceFor(location)}`);
      // Every speaker's neutral picture is there (a character enters with it).
      const source = readFileSync(file, 'utf8');
      for (const [, speaker] of source.matchAll(/#\s*speaker:\s*(\w+)/g))
        if (speaker !== 'ik') expect(keys).toContain(`character/${speaker}-neutraal`);
    });
  }

  it('reaches the game through the ?meta import', () => {
    const slaanAssets = Object.values(viaPlugin)[0] ?? { files: [], opening: 0 };
    expect(slaanAssets.files.slice(0, 2)).toEqual([
      expect.objectContaining({ kind: 'bg', name: 'keuken' }),
      expect.objectContaining({ kind: 'ambience', name: 'binnen' }),
    ]);
    expect(slaanAssets.files.slice(0, slaanAssets.opening).map((asset) => asset.name)).toContain('papa-boos');
  });
});
