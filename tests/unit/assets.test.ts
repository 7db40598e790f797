// The art and sound on disk match the story vocabulary exactly: every word a story may use has its
// file, and no file lies around that no story can reach (no missing, no orphan).
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CHARACTERS, LOCATIONS, MOODS, MUSIC, SOUND_EFFECTS } from '../../src/story/vocabulary';
import { ambienceFor } from '../../src/app/ambience';
import { CAT_ASLEEP_SIZE, CAT_SIZE, PROPS } from '../../src/stage/art';
import { layoutOf } from '../../src/stage/layout';

const ROOT = resolve(import.meta.dirname, '../..');
const ART = join(ROOT, 'assets/art');
const AUDIO = join(ROOT, 'assets/audio');

interface ManifestItem {
  id: string;
  kind: 'music' | 'ambience' | 'sfx';
  loop: boolean;
  files: Record<string, string>;
  bytes: Record<string, number>;
}

const manifest = JSON.parse(readFileSync(join(AUDIO, 'manifest.json'), 'utf8')) as {
  formats: string[];
  items: ManifestItem[];
};

const sorted = (values: Iterable<string>) => [...values].sort();

function svgNames(folder: string): string[] {
  return sorted(
    readdirSync(join(ART, folder))
      .filter((name) => name.endsWith('.svg'))
      .map((name) => name.replace(/\.svg$/, '')),
  );
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

function ids(kind: ManifestItem['kind']): string[] {
  return sorted(manifest.items.filter((item) => item.kind === kind).map((item) => item.id));
}

describe('art matches the vocabulary', () => {
  it('has one background per location, and no other', () => {
    expect(svgNames('bg')).toEqual(sorted(LOCATIONS));
  });

  it('has every character in every mood, and no other character file', () => {
    const expected = CHARACTERS.flatMap((character) => MOODS.map((mood) => `${character}-${mood}`));
    expect(svgNames('characters')).toEqual(sorted(expected));
  });

  it('has exactly the props the stage uses, at the size the stage expects', () => {
    expect(svgNames('props')).toEqual(sorted(PROPS));
    const viewBox = (name: string) =>
      /viewBox="0 0 (\d+) (\d+)"/.exec(readFileSync(join(ART, `props/${name}.svg`), 'utf8'));
    expect(viewBox('kat')?.slice(1).map(Number)).toEqual([CAT_SIZE.width, CAT_SIZE.height]);
    expect(viewBox('kat-slaapt')?.slice(1).map(Number)).toEqual([
      CAT_ASLEEP_SIZE.width,
      CAT_ASLEEP_SIZE.height,
    ]);
  });

  it('has layout data for every location and none for an unknown one', () => {
    const layout = JSON.parse(readFileSync(join(ART, 'bg/layout.json'), 'utf8')) as {
      backgrounds: Record<string, unknown>;
    };
    expect(sorted(Object.keys(layout.backgrounds))).toEqual(sorted(LOCATIONS));
    // Clock faces, skies and the cat's spots lie inside the picture.
    for (const location of LOCATIONS) {
      const { clock, cat, outdoor } = layoutOf(location);
      if (clock) {
        expect(clock.x - clock.r).toBeGreaterThanOrEqual(0);
        expect(clock.x + clock.r).toBeLessThanOrEqual(1920);
        expect(clock.y - clock.r).toBeGreaterThanOrEqual(0);
      }
      if (cat) expect(cat.walkY).toBeLessThanOrEqual(1080);
      if (outdoor) expect(outdoor.skyBottom).toBeLessThan(1080);
    }
  });
});

describe('sound matches the vocabulary', () => {
  it('has exactly the music moods and sound effects the stories may name', () => {
    expect(ids('music')).toEqual(sorted(MUSIC));
    expect(ids('sfx')).toEqual(sorted(SOUND_EFFECTS));
  });

  it('has exactly the ambience the locations use, and every location has one', () => {
    const used = new Set<string>();
    for (const location of LOCATIONS) {
      const ambience = ambienceFor(location);
      expect(ambience, `ambience for ${location}`).not.toBeNull();
      if (ambience) used.add(ambience);
    }
    expect(ids('ambience')).toEqual(sorted(used));
  });

  it('lists every file on disk in the manifest, in every format, with its real size', () => {
    const listed = new Set<string>();
    for (const item of manifest.items) {
      expect(sorted(Object.keys(item.files))).toEqual(sorted(manifest.formats));
      expect(item.loop).toBe(item.kind !== 'sfx');
      for (const [format, file] of Object.entries(item.files)) {
        expect(file).toBe(`${item.kind}/${item.id}.${format}`);
        const path = join(AUDIO, file);
        expect(existsSync(path), file).toBe(true);
        expect(statSync(path).size, file).toBe(item.bytes[format]);
        listed.add(file);
      }
    }
    const onDisk = filesUnder(AUDIO)
      .map((path) => relative(AUDIO, path))
      .filter((file) => file !== 'manifest.json');
    expect(sorted(onDisk)).toEqual(sorted(listed));
  });
});
