// The catalog's fetch ahead: the boot script's head start for a deep link, handed to the game's
// own load() without a second download, and never after a story has started loading.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { wantedLanguage } from '../../src/i18n/ui-langs';
import type * as CatalogModule from '../../src/app/catalog';

type Catalog = typeof CatalogModule;

let fetchMock: ReturnType<typeof vi.fn>;

async function freshCatalog(): Promise<Catalog> {
  vi.resetModules();
  return import('../../src/app/catalog');
}

beforeEach(() => {
  fetchMock = vi.fn(async (url: string) => new Response(`{"story":"${url}"}`, { status: 200 }));
  vi.stubGlobal('fetch', fetchMock);
});

afterEach(() => {
  vi.unstubAllGlobals();
});

const fetched = () => fetchMock.mock.calls.map(([url]) => String(url));

describe('prefetchAtBoot', () => {
  it('fetches the deep-linked story once, and load() takes that fetch over', async () => {
    const catalog = await freshCatalog();
    catalog.prefetchAtBoot('nl', 'slaan');
    expect(fetched()).toHaveLength(1);
    expect(fetched()[0]).toMatch(/stories\/nl\/slaan\.ink\.json$/);
    const entry = catalog.findStory('nl', 'slaan');
    entry?.prefetch();
    const loaded = await entry?.load();
    expect(fetched()).toHaveLength(1);
    expect(loaded?.json).toContain(fetched()[0]);
    expect(loaded?.hash).toMatch(/^[0-9a-f]{16}$/);
  });

  it('does nothing once the game has started loading a story itself', async () => {
    const catalog = await freshCatalog();
    await catalog.findStory('nl', 'slaan')?.load();
    catalog.prefetchAtBoot('nl', 'slaan');
    expect(fetched()).toHaveLength(1);
  });

  it.each([
    ['an unknown story', 'nl', 'bestaat_niet', []],
    ['the English story', 'en', 'slaan', ['stories/en/slaan.ink.json']],
    ['Polish, which has this story', 'pl', 'slaan', ['stories/pl/slaan.ink.json']],
    ['Arabic, which has no stories yet: the Dutch one', 'ar', 'slaan', ['stories/nl/slaan.ink.json']],
  ] as const)('%s', async (_label, lang, id, expected) => {
    const catalog = await freshCatalog();
    catalog.prefetchAtBoot(lang, id);
    expect(fetched().map((url) => url.slice(url.indexOf('stories/')))).toEqual(expected);
  });
});

describe('wantedLanguage', () => {
  it.each([
    ['en', 'nl', 'en'],
    ['ar', 'nl', 'ar'],
    [null, 'nl', 'nl'],
    [null, 'pl', 'pl'],
    ['fr', 'en', 'en'],
    ['fr', 'xx', 'nl'],
    ['', 'bg', 'bg'],
    ['EN', 'nl', 'nl'],
  ] as const)('?taal=%s with default %s starts in %s', (requested, deployDefault, expected) => {
    expect(wantedLanguage(requested, deployDefault)).toBe(expected);
  });
});
