// Every scenario in every language: metadata up front (tiny), the compiled story only when played.
import { parseMeta } from '../story/meta';
import type { StoryMeta } from '../story/types';
import { NO_ASSETS, type StoryAssets } from '../story/assets';
import type { OpeningStep } from '../story/opening';
import type { Lang, UiLang } from '../i18n';

const metas = import.meta.glob(['../../stories/*/*.ink', '!../../stories/*/common.ink'], {
  query: '?meta',
  import: 'default',
  eager: true,
}) as Record<string, Record<string, string>>;

/** The art and sound each story uses (listed by the ink plugin), for preloading: a small module per
 * story, loaded when its note opens (all of them together would add 8 KB to the first download). */
const assetLists = import.meta.glob(['../../stories/*/*.ink', '!../../stories/*/common.ink'], {
  query: '?assets',
  import: 'default',
}) as Record<string, () => Promise<StoryAssets>>;

/** Each story's opening as recorded at build time: in the same small module as its list of files. */
const openings = import.meta.glob(['../../stories/*/*.ink', '!../../stories/*/common.ink'], {
  query: '?assets',
  import: 'recordedOpening',
}) as Record<string, () => Promise<OpeningStep[]>>;

/** Where each compiled story is (a hashed .json file), and its hash. */
const compiled = import.meta.glob(['../../stories/*/*.ink', '!../../stories/*/common.ink'], {
  query: '?meta',
  import: 'story',
  eager: true,
}) as Record<string, string>;
const hashes = import.meta.glob(['../../stories/*/*.ink', '!../../stories/*/common.ink'], {
  query: '?meta',
  import: 'hash',
  eager: true,
}) as Record<string, string>;

export interface CatalogEntry {
  lang: Lang;
  meta: StoryMeta;
  /** Art and sound files the story uses, the opening scene's first (none if the list cannot load). */
  assets: () => Promise<StoryAssets>;
  /** The opening up to the first choice, to replay while the engine comes (none if it cannot load). */
  opening: () => Promise<readonly OpeningStep[]>;
  /**
   * The compiled ink as JSON text, and its hash (saved games are tied to it). Fetched, not imported:
   * a module would keep the text for the whole visit; this is freed when the story ends.
   */
  load: () => Promise<{ json: string; hash: string }>;
  /** Fetches the story ahead; the next `load()` takes it over. */
  prefetch: () => void;
}

async function fetchText(url: string): Promise<string> {
  const response = await fetch(url, { credentials: 'same-origin' });
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return response.text();
}

/** The order in which stories are suggested: the showcase first, then the normal contrasts. */
export const SUGGESTED_FIRST = 'slaan';

/** Set by the first `load()`: from then on the game fetches for itself (see prefetchAtBoot). */
let loadStarted = false;

function entries(): CatalogEntry[] {
  const list: CatalogEntry[] = [];
  for (const [path, tags] of Object.entries(metas)) {
    const match = /stories\/(\w+)\/(\w+)\.ink$/.exec(path);
    const url = compiled[path];
    const hash = hashes[path];
    if (!match || !url || !hash) continue;
    const lang = match[1] as Lang;
    // One fetch ahead at most, handed to the next load (and then forgotten, so the text can be freed).
    let ahead: Promise<string> | null = null;
    const take = () => {
      const text = ahead ?? fetchText(url);
      ahead = null;
      return text;
    };
    list.push({
      lang,
      meta: parseMeta(tags),
      assets: () => (assetLists[path]?.() ?? Promise.resolve(NO_ASSETS)).catch(() => NO_ASSETS),
      opening: () => (openings[path]?.() ?? Promise.resolve([])).catch(() => []),
      load: async () => {
        loadStarted = true;
        return { json: await take(), hash };
      },
      prefetch: () => {
        ahead ??= fetchText(url);
        // A failed fetch ahead is tried again by load().
        ahead.catch(() => (ahead = null));
      },
    });
  }
  return list;
}

const ALL = entries();

/**
 * The stories for a player in `lang`: the stories in that language, then, for every scenario not yet
 * translated, the Dutch original (its `lang` is 'nl', so the selection screen can mark it). Dutch and
 * English have every scenario; Polish and Bulgarian some; Arabic none yet.
 */
export function storiesFor(lang: UiLang): CatalogEntry[] {
  const own = ALL.filter((entry) => entry.lang === lang);
  const translated = new Set(own.map((entry) => entry.meta.id));
  const dutch = ALL.filter((entry) => entry.lang === 'nl' && !translated.has(entry.meta.id));
  return [...own, ...dutch];
}

export function findStory(lang: UiLang, id: string): CatalogEntry | undefined {
  return storiesFor(lang).find((entry) => entry.meta.id === id);
}

/**
 * The boot script's head start for a deep link (`?s=slaan`): the story and its list of files start
 * coming in while the game's own script still does. The note's `prefetch()` and `assets()` then find
 * them under way. Nothing happens once a story has started loading (the boot script came late).
 */
export function prefetchAtBoot(lang: UiLang, id: string): void {
  if (loadStarted) return;
  const entry = findStory(lang, id);
  entry?.prefetch();
  void entry?.assets();
}
