// Every scenario in every language compiles, walks every path to the reflection, and keeps every
// rule of docs/writing-scenarios.md; every translation has the same structure as its Dutch original.
import { describe, expect, it } from 'vitest';
import { existsSync, readdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import { checkScenario, ROOT, storyFiles } from '../../scripts/story-check';
import { compareStructure } from '../../scripts/story-pairs';
import { compileInkFile } from '../../scripts/ink-compile';
import { StoryRunner } from '../../src/story';
import { OpeningReplay, recordOpening } from '../../src/story/opening';

const files = storyFiles();
const dutch = files.filter((file) => file.includes(`${join('stories', 'nl')}`));

describe('the scenario library', () => {
  it('has at least 12 Dutch scenarios, each with an English version', () => {
    expect(dutch.length).toBeGreaterThanOrEqual(12);
    for (const file of dutch) expect(existsSync(join(ROOT, 'stories', 'en', basename(file)))).toBe(true);
  });
});

describe.each(files.map((file) => ({ file, name: file.replace(`${ROOT}/`, '') })))('$name', ({ file }) => {
  it('breaks no story rule on any path', () => {
    const report = checkScenario(file);
    expect(report.errors).toEqual([]);
    expect(report.paths).toBeGreaterThan(0);
  });

  it('has a recorded opening up to its first choice that a fresh runner takes over from', () => {
    const json = compileInkFile(file).json ?? '';
    const steps = recordOpening(json, new StoryRunner(json));
    // The whole opening is replayed: the first line never waits for the story engine.
    expect(steps.at(-1)?.at(-1)?.type).toBe('choices');
    const replay = new OpeningReplay(steps);
    while (replay.next()) {
      // the player reads every replayed line
    }
    const runner = new StoryRunner(json);
    expect(replay.catchUp(runner)).toBe(true);
  });
});

/** Every language folder but Dutch: each translated scenario is compared with its Dutch original. */
const translations = readdirSync(join(ROOT, 'stories'), { withFileTypes: true })
  .filter((entry) => entry.isDirectory() && entry.name !== 'nl')
  .map((entry) => entry.name)
  .sort();

describe('the translations', () => {
  it('are English plus at least Polish and Bulgarian, each with its own common.ink', () => {
    expect(translations).toEqual(expect.arrayContaining(['en', 'pl', 'bg']));
    for (const lang of translations) expect(existsSync(join(ROOT, 'stories', lang, 'common.ink'))).toBe(true);
  });

  it.each(['pl', 'bg'])('%s has at least two scenarios, each with a Dutch original', (lang) => {
    const own = files.filter((file) => file.includes(join('stories', lang, '')));
    expect(own.length).toBeGreaterThanOrEqual(2);
    for (const file of own) expect(existsSync(join(ROOT, 'stories', 'nl', basename(file)))).toBe(true);
  });
});

describe.each(
  translations.flatMap((lang) =>
    dutch
      .map((file) => ({
        file,
        lang,
        translation: join(ROOT, 'stories', lang, basename(file)),
        name: basename(file),
      }))
      .filter(({ translation }) => existsSync(translation)),
  ),
)('nl/$name and $lang/$name', ({ file, translation }) => {
  it('have the same knots, choices, tags and external calls on every path', () => {
    expect(compareStructure(file, translation)).toEqual([]);
  });
});
