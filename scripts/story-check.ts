// The story checker: compiles every scenario in every language, walks every path, and reports rule
// breaks in words a writer understands (file, line or path, rule). Used by `npm run stories` and the
// story tests.
import { existsSync, readdirSync } from 'node:fs';
import { Story } from 'inkjs';
import { join, relative, resolve } from 'node:path';
import { compileInkFile, formatProblem } from './ink-compile.ts';
import { StoryRunner } from '../src/story/runner.ts';
import type { StoryEvent, StoryMeta } from '../src/story/types.ts';
import { CHARACTERS, MOODS, MUSIC_OFF, REQUIRED_META_TAGS, STORY_KINDS } from '../src/story/vocabulary.ts';
import { tagsToRecord } from '../src/story/meta.ts';
import { THEME_IDS } from '../src/reflection/types.ts';
import { readability, type Readability } from './readability.ts';

export const ROOT = resolve(import.meta.dirname, '..');
const MAX_PATHS = 20_000;
/** Knots from common.ink that a scenario may leave unused, and the ink fallbacks of the externals. */
const SHARED_KNOTS = new Set(['rustmoment', 'reflectie', 'mirror', 'danger']);
/** "Zeg ik liever niet" in every story language (nl, en, pl, bg). */
const RATHER_NOT = /liever niet|rather not|wolę nie|предпочитам да не/iu;
/** Reading speed for the estimate: young readers at B1, plus a few seconds per choice. */
const WORDS_PER_MINUTE = 130;
const SECONDS_PER_CHOICE = 5;

export interface ScenarioReport {
  file: string;
  lang: string;
  meta: StoryMeta | null;
  paths: number;
  endings: number;
  branches: number;
  mirrorQuestions: number;
  wordsMin: number;
  wordsMax: number;
  minutesTypical: number;
  readability: Readability | null;
  tags: Record<string, string[]>;
  knots: string[];
  errors: string[];
}

interface PathResult {
  words: number;
  choices: number;
  /** Knots in the order the path passes them (repeats folded). */
  knots: string[];
  text: string[];
}

export function storyFiles(root = ROOT): string[] {
  const dir = join(root, 'stories');
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .flatMap((lang) =>
      readdirSync(join(dir, lang.name))
        .filter((name) => name.endsWith('.ink') && name !== 'common.ink')
        .map((name) => join(dir, lang.name, name)),
    )
    .sort();
}

function countWords(text: string): number {
  return text.split(/\s+/).filter((word) => /\p{L}/u.test(word)).length;
}

/** Every knot name in compiled ink JSON (the named content of the root container). */
function knotNames(json: string): string[] {
  const root = (JSON.parse(json) as { root: unknown[] }).root;
  const named = root.at(-1);
  if (!named || typeof named !== 'object') return [];
  return Object.keys(named).filter((name) => name !== 'global decl' && !name.startsWith('#'));
}

export function assetProblems(tags: Record<string, string[]>, root = ROOT): string[] {
  const problems: string[] = [];
  const need = (path: string, what: string) => {
    if (!existsSync(join(root, path))) problems.push(`${what}: missing asset ${path}`);
  };
  for (const location of tags.bg ?? []) need(`assets/art/bg/${location}.svg`, `bg: ${location}`);
  for (const speaker of tags.speaker ?? []) {
    if (speaker === 'ik') continue;
    for (const mood of MOODS) need(`assets/art/characters/${speaker}-${mood}.svg`, `speaker: ${speaker}`);
  }
  for (const character of tags.enter ?? [])
    need(`assets/art/characters/${character}-neutraal.svg`, `enter: ${character}`);
  for (const music of tags.music ?? []) {
    if (music === MUSIC_OFF) continue;
    for (const ext of ['ogg', 'mp3']) need(`assets/audio/music/${music}.${ext}`, `music: ${music}`);
  }
  for (const sfx of tags.sfx ?? [])
    for (const ext of ['ogg', 'mp3']) need(`assets/audio/sfx/${sfx}.${ext}`, `sfx: ${sfx}`);
  return problems;
}

export function checkScenario(file: string, root = ROOT): ScenarioReport {
  const lang = relative(join(root, 'stories'), file).split(/[\\/]/)[0] ?? '?';
  const report: ScenarioReport = {
    file: relative(root, file),
    lang,
    meta: null,
    paths: 0,
    endings: 0,
    branches: 0,
    mirrorQuestions: 0,
    wordsMin: 0,
    wordsMax: 0,
    minutesTypical: 0,
    readability: null,
    tags: {},
    knots: [],
    errors: [],
  };
  const fail = (message: string) => report.errors.push(`${report.file}: ${message}`);

  const compiled = compileInkFile(file);
  for (const problem of compiled.problems) report.errors.push(formatProblem(problem).replace(`${root}/`, ''));
  if (!compiled.json || !compiled.hash) return report;

  // Metadata: global tags.
  const first = new StoryRunner(compiled.json, compiled.hash);
  const rawTags = tagsToRecord(readGlobalTagList(compiled.json));
  for (const tag of REQUIRED_META_TAGS)
    if (!rawTags[tag]) fail(`the global tag "# ${tag}: ..." is missing at the top`);
  report.meta = first.meta;
  const expectedId = file.replace(/^.*[\\/]/, '').replace(/\.ink$/, '');
  if (rawTags.id && rawTags.id !== expectedId)
    fail(`"# id: ${rawTags.id}" must match the file name "${expectedId}"`);
  for (const theme of first.meta.themes) {
    if (!(THEME_IDS as readonly string[]).includes(theme))
      fail(`theme "${theme}" is not in the reflection table`);
  }
  if (rawTags.kind && !(STORY_KINDS as readonly string[]).includes(rawTags.kind)) {
    fail(`"# kind: ${rawTags.kind}" must be one of ${STORY_KINDS.join(', ')}`);
  }
  if (![10, 13, 16].includes(first.meta.age)) fail(`"# age: ${rawTags.age}" must be 10, 13 or 16`);
  if (first.meta.minutes < 5 || first.meta.minutes > 10)
    fail(`"# minutes: ${rawTags.minutes}" must be 5 to 10`);
  for (const speaker of Object.keys(first.meta.cast)) {
    if (!(CHARACTERS as readonly string[]).includes(speaker))
      fail(`cast names an unknown character "${speaker}"`);
  }

  // Walk every path.
  const tags = new Map<string, Set<string>>();
  const note = (key: string, value: string) => {
    const set = tags.get(key) ?? new Set<string>();
    set.add(value);
    tags.set(key, set);
  };
  const visited = new Set<string>();
  const knots = knotNames(compiled.json).filter((name) => !SHARED_KNOTS.has(name));
  const results: PathResult[] = [];
  const branchPoints = new Set<string>();
  const mirrorPoints = new Set<string>();
  const errorSet = new Set<string>();
  const pathError = (trail: string[], message: string) => {
    const where = trail.length ? `after choosing ${trail.map((c) => `"${c}"`).join(' → ')}` : 'at the start';
    const key = `${message}`;
    if (errorSet.has(key)) return;
    errorSet.add(key);
    fail(`${message} (${where})`);
  };

  const recordEvents = (events: StoryEvent[], trail: string[], acc: PathResult) => {
    for (const event of events) {
      if (event.type === 'line') {
        acc.words += countWords(event.text);
        acc.text.push(event.text);
        if (event.speaker) note('speaker', event.speaker);
        if (event.mood) note('mood', event.mood);
      } else if (event.type === 'stage') {
        if (event.action === 'background') note('bg', event.location);
        else if (event.action === 'mood') note('mood', event.mood);
        else note(event.action, event.character);
      } else if (event.type === 'sound') note(event.channel, event.name);
      else if (event.type === 'discuss') note('discuss', event.text);
      else if (event.type === 'mirror') {
        note('mirror', event.theme);
        if (!(THEME_IDS as readonly string[]).includes(event.theme)) {
          pathError(trail, `mirror("${event.theme}", ...) names a theme that is not in the reflection table`);
        }
      } else if (event.type === 'problem') pathError(trail, event.message);
    }
  };

  // One runner for the whole walk: each branch restores the saved state (parsing the story anew for
  // every branch would make long scenarios slow to check).
  const walk = (
    runner: StoryRunner,
    trail: string[],
    acc: PathResult,
    onFirstStep?: (events: StoryEvent[]) => void,
  ): void => {
    if (report.paths >= MAX_PATHS) return;
    for (let guard = 0; guard < 5000; guard++) {
      const events = runner.next();
      if (guard === 0) onFirstStep?.(events);
      recordEvents(events, trail, acc);
      const knot = runner.currentPath?.split('.')[0];
      if (knot) {
        visited.add(knot);
        if (acc.knots.at(-1) !== knot) acc.knots.push(knot);
      }
      const last = events.at(-1);
      if (!last) return;
      if (last.type === 'end') {
        report.paths++;
        for (const name of knots) if (runner.visits(name) > 0) visited.add(name);
        if (last.reason !== 'reflection') {
          pathError(
            trail,
            last.reason === 'out_of_content'
              ? 'the story runs out of content: end with -> reflectie'
              : 'the story stops with an ink error',
          );
        }
        results.push(acc);
        return;
      }
      if (last.type === 'choices') {
        const point = `${acc.text.at(-1) ?? ''}|${last.choices.map((c) => c.text).join('|')}`;
        const saved = runner.save();
        const followUps: string[] = [];
        if (last.mirrorTheme) mirrorPoints.add(point);
        let ratherNot = false;
        for (const choice of last.choices) {
          runner.restore(saved);
          runner.choose(choice.index);
          const nextTrail = [...trail, choice.text];
          const inspect = (firstEvents: StoryEvent[]) => {
            followUps.push(
              JSON.stringify(firstEvents.filter((e) => e.type === 'line' || e.type === 'choices')),
            );
            const mirrors = firstEvents.filter((e) => e.type === 'mirror');
            if (mirrors.length > 0 && !last.mirrorTheme) {
              pathError(
                nextTrail,
                'this choice calls mirror() but the question line has no "# mirror: theme" tag',
              );
            }
            if (last.mirrorTheme && mirrors.some((e) => e.type === 'mirror' && e.answer === 'liever_niet')) {
              if (RATHER_NOT.test(choice.text)) ratherNot = true;
            }
          };
          walk(
            runner,
            nextTrail,
            {
              words: acc.words + countWords(choice.text),
              choices: acc.choices + 1,
              knots: [...acc.knots],
              text: [...acc.text],
            },
            inspect,
          );
        }
        if (last.mirrorTheme && !ratherNot) {
          pathError(
            trail,
            `the personal question about "${last.mirrorTheme}" needs a choice "Zeg ik liever niet" that calls mirror("${last.mirrorTheme}", "liever_niet")`,
          );
        }
        if (!last.mirrorTheme && new Set(followUps).size > 1) branchPoints.add(point);
        return;
      }
    }
    pathError(trail, 'the story loops without reaching a choice or the end');
  };

  walk(first, [], { words: 0, choices: 0, knots: [], text: [] });
  if (report.paths >= MAX_PATHS)
    fail(`more than ${MAX_PATHS} paths: too many to check; gather the branches sooner`);

  report.tags = Object.fromEntries([...tags].map(([key, values]) => [key, [...values].sort()]));
  report.knots = knots;
  report.branches = branchPoints.size;
  report.mirrorQuestions = mirrorPoints.size;
  report.endings = countEndings(results.map((r) => r.knots));
  const words = results.map((r) => r.words).sort((a, b) => a - b);
  report.wordsMin = words[0] ?? 0;
  report.wordsMax = words.at(-1) ?? 0;
  const median = results.slice().sort((a, b) => a.words - b.words)[Math.floor(results.length / 2)];
  report.minutesTypical = median
    ? Math.round((median.words / WORDS_PER_MINUTE + (median.choices * SECONDS_PER_CHOICE) / 60) * 10) / 10
    : 0;
  const sample = results.slice().sort((a, b) => b.words - a.words)[0];
  if (sample && report.lang === 'nl') report.readability = readability(sample.text.join('\n'));

  for (const knot of knots) if (!visited.has(knot)) fail(`knot "${knot}" is never reached on any path`);
  if (report.mirrorQuestions < 1 && first.meta.kind !== 'oefenen')
    fail('needs at least one personal question (a line with "# mirror: theme")');
  if (report.branches < 3)
    fail(`needs at least 3 real branches (choices that lead to different scenes); found ${report.branches}`);
  if (report.endings < 2)
    fail(
      `needs at least 2 different endings (knots named einde_...) that a path reaches; found ${report.endings}`,
    );
  for (const problem of assetProblems(report.tags, root)) fail(problem);
  if (report.readability && !report.readability.b1) {
    fail(
      `Dutch text is harder than B1: ${report.readability.wordsPerSentence} words per sentence (max ${report.readability.limits.wordsPerSentence}), ${report.readability.longWordShare}% long words (max ${report.readability.limits.longWordShare}%)`,
    );
  }
  return report;
}

/** Endings are the knots named `einde_*` (docs/writing-scenarios.md); count the different ones reached. */
export function countEndings(paths: string[][]): number {
  return new Set(paths.flatMap((knots) => knots.filter((knot) => knot.startsWith('einde')))).size;
}

function readGlobalTagList(json: string): string[] {
  return new Story(json).globalTags ?? [];
}
