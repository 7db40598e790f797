// The story engine (inkjs and the runner) loads on demand, in a chunk of its own: one module for every
// caller, and it plays a story.
import { describe, expect, it } from 'vitest';
import { loadStoryEngine } from '../../src/app/story-engine';
import { compileInkFile } from '../../scripts/ink-compile';

describe('the story engine on demand', () => {
  it('is one module for every caller, and it runs a compiled story', async () => {
    const [first, second] = await Promise.all([loadStoryEngine(), loadStoryEngine()]);
    expect(first).toBe(second);
    const { json } = compileInkFile('stories/nl/slaan.ink');
    if (!json) throw new Error('stories/nl/slaan.ink does not compile');
    const runner = new first.StoryRunner(json, 'test');
    const lines = [...runner.next()].filter((event) => event.type === 'line');
    expect(lines[0]).toMatchObject({ type: 'line', text: 'Het is dinsdagavond in Sittard.' });
  });
});
