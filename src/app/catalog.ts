// Every scenario in every language: metadata up front (tiny), the compiled story only when played.
import { parseMeta } from '../story/meta';
import type { StoryMeta } from '../story/types';
import { NO_ASSETS, type StoryAssets } from '../story/assets';
import type { Lang, UiLang } from '../i18n';

const metas = import.meta.glob(['../../stories/*/*.ink', '!../../stories/*/common.ink'], {
  query: '?meta',
  import: 'default',
  eager: true,
}) as Record<string, Record<string, string>>;

/** The art and sound each story uses (listed by the ink plugin), for preloading. */
const assetLists = import.meta.glob(['../../stories/*/*.ink', '!../../stories/*/common.ink'], {
  query: '?meta',
  import: 'assets',
  eager: true,
}) as Record<string, StoryAssets>;

const loaders = import.meta.glob(['../../stories/*/*.ink', '!../../stories/*/common.ink']) as Record<
  string,
  () => Promise<{ default: string; hash: string }>
>;

export interface CatalogEntry {
  lang: Lang;
  meta: StoryMeta;
  /** Art and sound files the story uses, the opening scene's first. */
  assets: StoryAssets;
  /** The compiled ink as JSON text, and its hash (saved games are tied to it). */
  load: () => Promise<{ json: string; hash: string }>;
}

/** The order in which stories are suggested: the showcase first, then the normal contrasts. */
export const SUGGESTED_FIRST = 'slaan';

function entries(): CatalogEntry[] {
  const list: CatalogEntry[] = [];
  for (const [path, tags] of Object.entries(metas)) {
    const match = /stories\/(\w+)\/(\w+)\.ink$/.exec(path);
    const loader = loaders[path];
    if (!match || !loader) continue;
    const lang = match[1] as Lang;
    list.push({
      lang,
      meta: parseMeta(tags),
      assets: assetLists[path] ?? NO_ASSETS,
      load: async () => {
        const module = await loader();
        return { json: module.default, hash: module.hash };
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
