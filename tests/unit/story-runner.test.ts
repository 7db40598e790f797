import { describe, expect, it } from 'vitest';
import { resolve } from 'node:path';
import { compileInkFile } from '../../scripts/ink-compile';
import { StoryRunner } from '../../src/story';
import type { StoryEvent } from '../../src/story';

function compile(name: string): { json: string; hash: string } {
  const result = compileInkFile(resolve(__dirname, '../fixtures', name));
  if (!result.json || !result.hash) throw new Error(result.problems.map((p) => p.message).join('\n'));
  return { json: result.json, hash: result.hash };
}

function runner(name = 'runner-basic.ink'): StoryRunner {
  const { json, hash } = compile(name);
  return new StoryRunner(json, hash);
}

/** Advances through lines (choosing by `pick` at each choice) and returns every event. */
function playAll(story: StoryRunner, pick: (texts: string[]) => number): StoryEvent[] {
  const all: StoryEvent[] = [];
  for (let guard = 0; guard < 200; guard++) {
    const events = story.next();
    all.push(...events);
    const last = events.at(-1);
    if (!last || last.type === 'end') return all;
    if (last.type === 'choices')
      story.choose(last.choices[pick(last.choices.map((c) => c.text))]?.index ?? -1);
  }
  throw new Error('story did not end');
}

describe('StoryRunner metadata', () => {
  it('reads the global tags into typed metadata', () => {
    expect(runner().meta).toEqual({
      id: 'basic',
      title: 'Basis',
      themes: ['ruzie_goedkomen', 'strenge_regels'],
      note: 'Een testverhaal.',
      age: 13,
      minutes: 2,
      cast: { mama: 'Mam', vriend: 'Sem' },
      kind: 'verhaal',
    });
  });
});

describe('StoryRunner tags to events', () => {
  const steps: { step: number; expected: StoryEvent[] }[] = [
    {
      step: 0,
      expected: [
        { type: 'stage', action: 'background', location: 'keuken' },
        { type: 'sound', channel: 'music', name: 'rustig' },
        { type: 'line', text: 'Je komt thuis.', speaker: null, mood: null },
      ],
    },
    {
      step: 1,
      expected: [
        { type: 'stage', action: 'mood', character: 'mama', mood: 'blij' },
        { type: 'line', text: 'Hoi!', speaker: 'mama', mood: 'blij' },
      ],
    },
    // the mood sticks to the speaker
    { step: 2, expected: [{ type: 'line', text: 'Hoe was school?', speaker: 'mama', mood: 'blij' }] },
    // a mood without a speaker changes the last speaker; pauses are capped at 3 s
    {
      step: 3,
      expected: [
        { type: 'sound', channel: 'sfx', name: 'deur' },
        { type: 'pause', ms: 3000 },
        { type: 'stage', action: 'mood', character: 'mama', mood: 'boos' },
        { type: 'line', text: 'Zij kijkt boos.', speaker: null, mood: 'boos' },
      ],
    },
    { step: 4, expected: [{ type: 'line', text: 'Goed.', speaker: 'ik', mood: null }] },
    {
      step: 5,
      expected: [
        { type: 'stage', action: 'enter', character: 'vriend', mood: 'neutraal' },
        { type: 'stage', action: 'leave', character: 'vriend' },
        { type: 'discuss', text: 'Wat zou jij doen?' },
        { type: 'line', text: 'Dag!', speaker: null, mood: null },
      ],
    },
    { step: 6, expected: [{ type: 'line', text: 'Gebeurt dit bij jou?', speaker: null, mood: null }] },
    {
      step: 7,
      expected: [
        {
          type: 'choices',
          mirrorTheme: 'ruzie_goedkomen',
          choices: [
            { index: 0, text: 'Vaak' },
            { index: 1, text: 'Ik ben niet veilig' },
            { index: 2, text: 'Zeg ik liever niet' },
          ],
        },
      ],
    },
  ];
  const story = runner();
  const got = steps.map(() => story.next());
  it.each(steps)('step $step', ({ step, expected }) => {
    expect(got[step]).toEqual(expected);
  });
});

describe('StoryRunner externals', () => {
  it.each([
    { pick: 'Vaak', expected: { type: 'mirror', theme: 'ruzie_goedkomen', answer: 'vaak' } },
    {
      pick: 'Zeg ik liever niet',
      expected: { type: 'mirror', theme: 'ruzie_goedkomen', answer: 'liever_niet' },
    },
    { pick: 'Ik ben niet veilig', expected: { type: 'danger' } },
  ])('choosing "$pick" emits $expected.type', ({ pick, expected }) => {
    const events = playAll(runner(), (texts) => Math.max(0, texts.indexOf(pick)));
    expect(events).toContainEqual(expected);
    expect(events.filter((e) => e.type === 'mirror' || e.type === 'danger')).toHaveLength(1);
    expect(events).toContainEqual({ type: 'calm' });
    expect(events.at(-1)).toEqual({ type: 'end', reason: 'reflection' });
    expect(events.some((e) => e.type === 'problem')).toBe(false);
  });

  it('lets a character enter with the mood it last had', () => {
    const events = playAll(runner(), () => 0);
    expect(events).toContainEqual({ type: 'stage', action: 'enter', character: 'mama', mood: 'boos' });
  });

  it('plays in the fallback functions when a story is run without the game (Inky)', () => {
    const { json } = compile('runner-basic.ink');
    expect(() => new StoryRunner(json).next()).not.toThrow();
  });
});

describe('StoryRunner save and restore', () => {
  it('continues from a save exactly where it was, with moods', () => {
    const first = runner();
    for (let i = 0; i < 4; i++) first.next();
    const saved = JSON.parse(JSON.stringify(first.save())) as unknown;
    const second = runner();
    expect(second.restore(saved)).toBe(true);
    expect(second.next()).toEqual(first.next());
    expect(second.next()).toEqual(first.next());
  });

  it.each([
    { name: 'null', saved: null },
    { name: 'a string', saved: 'kapot' },
    { name: 'another story version', saved: { ...runner().save(), storyHash: 'ander' } },
    { name: 'corrupt ink state', saved: { ...runner().save(), ink: '{"niet": "ink"' } },
    { name: 'wrong version', saved: { ...runner().save(), version: 2 } },
  ])('refuses $name and keeps its own state', ({ saved }) => {
    const story = runner();
    expect(story.restore(saved)).toBe(false);
    expect(story.next().at(-1)).toEqual({ type: 'line', text: 'Je komt thuis.', speaker: null, mood: null });
  });
});

describe('StoryRunner errors', () => {
  it('reports unknown tags and values as warnings and keeps going', () => {
    const events = runner('runner-broken.ink').next();
    const problems = events
      .filter((e) => e.type === 'problem')
      .map((e) => (e.type === 'problem' ? e.message : ''));
    expect(problems).toEqual([
      expect.stringContaining('unknown speaker "draak"'),
      expect.stringContaining('unknown tag "wolk"'),
    ]);
    expect(events.at(-1)).toMatchObject({ type: 'line', text: 'Hallo.' });
  });

  it('ends gently when the story runs out of content', () => {
    const events = playAll(runner('runner-broken.ink'), () => 0);
    expect(events.at(-1)).toEqual({ type: 'end', reason: 'out_of_content' });
    expect(events).toContainEqual(expect.objectContaining({ type: 'problem', severity: 'error' }));
  });

  it('turns an invalid mirror answer into an error and an end, without throwing', () => {
    const story = runner('runner-runtime-error.ink');
    const events = playAll(story, () => 0);
    expect(events).toContainEqual(
      expect.objectContaining({ type: 'problem', message: expect.stringContaining('misschien') }),
    );
    expect(events.at(-1)).toEqual({ type: 'end', reason: 'error' });
    expect(events.some((e) => e.type === 'line' && e.text === 'Nooit gezien.')).toBe(false);
    expect(story.isFinished).toBe(true);
  });

  it('does not accept a choice that is not offered', () => {
    const story = runner();
    expect(() => story.choose(5)).toThrow(RangeError);
  });

  it('throws nothing for a story JSON that is not ink', () => {
    expect(() => new StoryRunner('{"geen": "ink"}')).toThrow();
  });
});
