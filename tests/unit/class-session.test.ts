// Presenter mode over every scenario and every path: no personal question is ever shown, a class
// question takes its place, and back / jump return exactly to where the class was.
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { compileInkFile } from '../../scripts/ink-compile';
import { StoryRunner } from '../../src/story';
import { ClassSession, type Step } from '../../src/app/class-session';

const ROOT = resolve(__dirname, '../..');

function scenarios(lang: string): { id: string; file: string; source: string }[] {
  const dir = resolve(ROOT, 'stories', lang);
  return readdirSync(dir)
    .filter((name) => name.endsWith('.ink') && name !== 'common.ink')
    .map((name) => {
      const file = resolve(dir, name);
      return { id: name.replace(/\.ink$/, ''), file, source: readFileSync(file, 'utf8') };
    });
}

/** The text of every line that asks the player about their own home (`# mirror:`). */
function personalQuestions(source: string): string[] {
  return source
    .split('\n')
    .filter((line) => /#\s*mirror:/.test(line))
    .map((line) => line.replace(/#.*$/, '').trim());
}

function session(file: string): ClassSession {
  const result = compileInkFile(file);
  if (!result.json || !result.hash) throw new Error(result.problems.map((p) => p.message).join('\n'));
  const problems: string[] = [];
  const walk = new ClassSession(new StoryRunner(result.json, result.hash), (message) =>
    problems.push(message),
  );
  return walk;
}

/** Walks forward until a choice point or the end, collecting the steps shown. */
function walkOn(walk: ClassSession, shown: Step[]): void {
  for (let guard = 0; guard < 1000 && walk.canGoForward; guard++) {
    const step = walk.forward();
    if (step) shown.push(step);
  }
}

interface PathResult {
  steps: Step[];
  end: string;
}

/** A small seeded random number generator (mulberry32), so every run walks the same paths. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const WALKS = 24;

/**
 * Many walks through the story as a class can take them: always the first option, always the last,
 * and random ones. Each new walk starts by jumping back to the first choice point on the map.
 */
function manyPaths(walk: ClassSession): PathResult[] {
  const results: PathResult[] = [];
  const prefix: Step[] = [walk.current];
  walkOn(walk, prefix);
  const next = random(7);
  for (let n = 0; n < WALKS; n++) {
    const root = walk.map;
    const shown = [...prefix];
    if (root) walk.jumpTo(root);
    for (let guard = 0; guard < 100; guard++) {
      const frame = walk.current.frame;
      if (frame.kind === 'end') {
        results.push({ steps: shown, end: frame.reason });
        break;
      }
      if (frame.kind !== 'choice') throw new Error(`stuck at ${frame.kind}`);
      const options = frame.options;
      const pick = n === 0 ? 0 : n === 1 ? options.length - 1 : Math.floor(next() * options.length);
      const step = walk.choose(options[pick]?.index ?? -1);
      if (!step) throw new Error('choice refused');
      shown.push(step);
      walkOn(walk, shown);
    }
    if (!root) break;
  }
  return results;
}

describe.each(['nl', 'en'])('presenter mode, %s', (lang) => {
  describe.each(scenarios(lang))('$id', ({ file, source }) => {
    it('never shows a personal question, on any path, and asks the class instead', () => {
      const questions = personalQuestions(source);
      const kind = /^#\s*kind:\s*oefenen/m.test(source) ? 'oefenen' : 'verhaal';
      const paths = manyPaths(session(file));
      expect(paths.length).toBeGreaterThan(0);
      for (const path of paths) {
        expect(path.end).toBe('reflection');
        const lines = path.steps.flatMap((step) =>
          step.frame.kind === 'line' ? [step.frame.line.text] : [],
        );
        for (const question of questions) expect(lines).not.toContain(question);
        for (const line of lines) {
          expect(line).not.toMatch(/^(Nu een vraag over jou|Now a question about you)/);
          expect(line).not.toMatch(/^(Dank je dat je hierover nadacht|Thank you for thinking about this)/);
        }
        const asked = path.steps.filter((step) => step.frame.kind === 'question');
        if (kind === 'verhaal') expect(asked.length).toBeGreaterThan(0);
        for (const step of asked)
          expect(source).toContain(`# mirror: ${step.frame.kind === 'question' ? step.frame.theme : ''}`);
      }
    });
  });
});

describe('stepping back and forth', () => {
  const file = resolve(ROOT, 'stories/nl/ruzie.ink');

  it('goes back one step at a time, undoing a choice, and forward again to the same lines', () => {
    const walk = session(file);
    const shown: Step[] = [walk.current];
    walkOn(walk, shown);
    const choice = walk.current.frame;
    expect(choice.kind).toBe('choice');
    if (choice.kind !== 'choice') return;
    expect(choice.prompt).toBe('Je gezicht wordt warm. Wat doe je?');
    const first = walk.choose(choice.options[1]?.index ?? -1);
    expect(first?.frame.kind).toBe('line');
    const afterChoice = first?.frame.kind === 'line' ? first.frame.line.text : '';
    walk.forward();
    walk.back();
    walk.back();
    // Back at the choice point: the choice is undone and forward is blocked until the class decides.
    expect(walk.current.frame).toBe(choice);
    expect(walk.canGoForward).toBe(false);
    walk.back();
    expect(walk.current.frame.kind).toBe('line');
    walk.forward();
    const again = walk.choose(choice.options[1]?.index ?? -1);
    expect(again?.frame.kind === 'line' ? again.frame.line.text : '').toBe(afterChoice);
  });

  it('draws the walk as a tree and jumps back to a choice point to choose otherwise', () => {
    const walk = session(file);
    walkOn(walk, []);
    const root = walk.map;
    expect(root).not.toBeNull();
    if (!root) return;
    walk.choose(0);
    walkOn(walk, []);
    expect(walk.walk.taken.map((taken) => taken.option)).toEqual([0]);
    const second = walk.walk.at;
    expect(second?.parent?.node).toBe(root);
    walk.jumpTo(root);
    expect(walk.walk.at).toBe(root);
    expect(walk.walk.taken).toEqual([]);
    walk.choose(2);
    walkOn(walk, []);
    expect(root.next.get(0)).toBe(second);
    expect(root.next.get(2)).toBe(walk.walk.at);
    expect(root.next.has(1)).toBe(false);
  });

  it('keeps the scene with each step, so going back restores the stage', () => {
    const walk = session(file);
    const start = walk.current.scene;
    expect(start.background).toBe('woonkamer');
    walkOn(walk, []);
    expect(walk.current.scene.background).toBe('keuken');
    expect(walk.current.scene.characters.map(([name]) => name)).toEqual(
      expect.arrayContaining(['mama', 'stiefvader']),
    );
    while (walk.canGoBack) walk.back();
    expect(walk.current.scene).toEqual(start);
  });
});
