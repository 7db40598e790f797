// Every scenario has presenter notes in every language, and no notes point at a scenario that is gone.
import { describe, expect, it } from 'vitest';
import { readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { PRESENTER_NOTES } from '../../src/app/presenter-notes';

const ids = readdirSync(resolve(__dirname, '../../stories/nl'))
  .filter((name) => name.endsWith('.ink') && name !== 'common.ink')
  .map((name) => name.replace(/\.ink$/, ''));

describe('presenter notes', () => {
  it.each(ids)('%s has short notes in Dutch and English', (id) => {
    const notes = PRESENTER_NOTES[id];
    expect(notes).toBeDefined();
    for (const lang of ['nl', 'en'] as const) {
      const note = notes?.[lang];
      expect(note).toBeDefined();
      for (const text of [note?.about, note?.feelings, note?.strongReaction]) {
        expect(text?.length ?? 0).toBeGreaterThan(20);
        expect(text?.length ?? 0).toBeLessThan(320);
      }
    }
  });

  it('has no notes for scenarios that do not exist', () => {
    expect(Object.keys(PRESENTER_NOTES).sort()).toEqual([...ids].sort());
  });
});
