// The recorded opening (src/story/opening.ts): what is recorded at build time, where recording stops,
// and the hand-over to a fresh runner at the place the player has reached.
import { afterAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { compileInkFile } from '../../scripts/ink-compile';
import { StoryRunner } from '../../src/story';
import { MAX_OPENING_STEPS, OpeningReplay, recordOpening } from '../../src/story/opening';

const dir = mkdtempSync(join(tmpdir(), 'spiegel-opening-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function compileFile(path: string): string {
  const result = compileInkFile(path);
  if (!result.json) throw new Error(result.problems.map((p) => p.message).join('\n'));
  return result.json;
}

const HEADER = `EXTERNAL mirror(theme, answer)
EXTERNAL danger()
=== function mirror(theme, answer) ===
~ return true
=== function danger() ===
~ return true
`;

let count = 0;
function compileInk(body: string): string {
  const file = join(dir, `story-${count++}.ink`);
  writeFileSync(file, `-> begin\n${HEADER}\n=== begin ===\n${body}\n`);
  return compileFile(file);
}

function record(json: string) {
  return recordOpening(json, new StoryRunner(json));
}

const basic = compileFile(resolve(__dirname, '../fixtures/runner-basic.ink'));

describe('recordOpening', () => {
  it('records every step up to and including the first choices, as the runner plays them', () => {
    const steps = record(basic);
    const runner = new StoryRunner(basic);
    expect(steps.length).toBe(8);
    for (const step of steps) expect(step).toEqual(runner.next());
    expect(steps[0]).toEqual([
      { type: 'stage', action: 'background', location: 'keuken' },
      { type: 'sound', channel: 'music', name: 'rustig' },
      { type: 'line', text: 'Je komt thuis.', speaker: null, mood: null },
    ]);
    expect(steps.at(-1)).toEqual([
      {
        type: 'choices',
        choices: [
          { index: 0, text: 'Vaak' },
          { index: 1, text: 'Ik ben niet veilig' },
          { index: 2, text: 'Zeg ik liever niet' },
        ],
        mirrorTheme: 'ruzie_goedkomen',
      },
    ]);
  });

  const lines = (texts: string[]) => texts.map((text) => `${text}`).join('\n');
  it.each([
    {
      name: 'a shuffle anywhere: nothing (the opening could differ from play to play)',
      ink: `Hoi.\n+ [Ja] {~Een|Twee}\n-> END\n+ [Nee]\n-> END`,
      texts: [],
    },
    {
      name: 'RANDOM anywhere: nothing',
      ink: `Hoi.\n+ [Ja] {RANDOM(1, 6)}\n-> END`,
      texts: [],
    },
    {
      name: 'danger() before the first choice: the steps before it',
      ink: `Een.\nTwee. {danger()}\nDrie.\n+ [Ja]\n-> END`,
      texts: ['Een.'],
    },
    {
      name: 'mirror() before the first choice: the steps before it',
      ink: `Een.\n~ mirror("ruzie_goedkomen", "vaak")\nTwee.\n+ [Ja]\n-> END`,
      texts: ['Een.'],
    },
    {
      name: 'the story ends before any choice: the lines, not the end',
      ink: `Een.\nTwee. # reflection\n-> END`,
      texts: ['Een.'],
    },
    {
      name: 'an unknown mirror answer (a problem): the steps before it',
      ink: `Een.\n~ mirror("ruzie_goedkomen", "misschien")\nTwee.\n+ [Ja]\n-> END`,
      texts: ['Een.'],
    },
    {
      name: 'a choice at once: only the choices',
      ink: `+ [Ja]\n-> END\n+ [Nee]\n-> END`,
      texts: ['choices'],
    },
  ])('$name', ({ ink, texts }) => {
    const steps = record(compileInk(ink));
    expect(steps.map((step) => step.map((e) => (e.type === 'line' ? e.text : e.type)).at(-1))).toEqual(texts);
  });

  it(`stops after ${MAX_OPENING_STEPS} steps in a story that runs long without a choice`, () => {
    const many = Array.from({ length: MAX_OPENING_STEPS + 20 }, (_, index) => `Regel ${index + 1}.`);
    const steps = record(compileInk(`${lines(many)}\n+ [Ja]\n-> END`));
    expect(steps.length).toBe(MAX_OPENING_STEPS);
    expect(steps.at(-1)).toEqual([
      { type: 'line', text: `Regel ${MAX_OPENING_STEPS}.`, speaker: null, mood: null },
    ]);
  });
});

describe('OpeningReplay', () => {
  it('gives the recorded steps one by one, then null', () => {
    const steps = record(basic);
    const replay = new OpeningReplay(steps);
    for (const step of steps) expect(replay.next()).toBe(step);
    expect(replay.next()).toBeNull();
    expect(replay.next()).toBeNull();
    expect(replay.stepsShown).toBe(steps.length);
  });

  it.each([0, 1, 3, 7, 8])('hands over after %i steps: the runner goes on from there', (shown) => {
    const steps = record(basic);
    const replay = new OpeningReplay(steps);
    for (let index = 0; index < shown; index++) replay.next();
    const runner = new StoryRunner(basic);
    expect(replay.catchUp(runner)).toBe(true);
    const expected = new StoryRunner(basic);
    for (let index = 0; index < shown; index++) expected.next();
    if (shown === steps.length) {
      // At the choices: the runner chooses and goes on as one that was never replayed.
      runner.choose(0);
      expected.choose(0);
    }
    expect(runner.next()).toEqual(expected.next());
  });

  it('tells when the runner tells another story (a recording from another version)', () => {
    const replay = new OpeningReplay(record(compileInk(`Een.\nTwee.\n+ [Ja]\n-> END`)));
    replay.next();
    replay.next();
    const other = new StoryRunner(compileInk(`Een.\nAnders.\n+ [Ja]\n-> END`));
    expect(replay.catchUp(other)).toBe(false);
    // It has still taken as many steps as were shown.
    expect(other.next()).toEqual([
      {
        type: 'choices',
        choices: [{ index: 0, text: 'Ja' }],
        mirrorTheme: null,
      },
    ]);
  });
});
