// The reflection layer loads on demand (its own chunk): nothing before the first call, then one module.
import { describe, expect, it } from 'vitest';
import { loadReflection, loadedReflection } from '../../src/app/reflection-loader';

describe('the reflection layer on demand', () => {
  it('is absent until loaded, then the same module for every caller', async () => {
    expect(loadedReflection()).toBeNull();
    const [first, second] = await Promise.all([loadReflection(), loadReflection()]);
    expect(first).toBe(second);
    expect(loadedReflection()).toBe(first);
    const result = first.reflect({ answers: [], danger: false, ageBand: '13-15', lang: 'nl' });
    expect(result.cards).toEqual([]);
  });
});
