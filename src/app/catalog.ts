// Every scenario in every language: metadata up front (tiny), the compiled story only when played.
import { parseMeta } from '../story/meta';
import type { StoryMeta } from '../story/types';
import type { Lang } from '../i18n';

const metas = import.meta.glob(['../../stories/*/*.ink', '!../../stories/*/common.ink'], {
  query: '?meta',
  import: 'default',
  eager: true,
}) as Record<string, Record<string, string>>;

const loaders = import.meta.glob(['../../stories/*/*.ink', '!../../stories/*/common.ink']) as Record<
  string,
  () => Promise<{ default: object; hash: string }>
>;

export interface CatalogEntry {
  lang: Lang;
  meta: StoryMeta;
  load: () => Promise<{ json: object; hash: string }>;
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
      load: async () => {
        const module = await loader();
        return { json: module.default, hash: module.hash };
      },
    });
  }
  return list;
}

const ALL = entries();

export function storiesFor(lang: Lang): CatalogEntry[] {
  const own = ALL.filter((entry) => entry.lang === lang);
  // A language with no stories yet falls back to Dutch rather than to nothing.
  return own.length > 0 ? own : ALL.filter((entry) => entry.lang === 'nl');
}

export function findStory(lang: Lang, id: string): CatalogEntry | undefined {
  return storiesFor(lang).find((entry) => entry.meta.id === id);
}
