// Loads and installs a language pack: the UI texts of one language and, for a complete language, its
// help and reflection texts. The app installs a pack before it shows that language, so no screen ever
// reads a text that is not there. A pack that cannot load (offline, blocked) leaves the player in the
// language they had.
import { installExplainerTexts, installHelpLineTexts } from '../help';
import type { HelpTexts } from '../help/types';
import type { Phrases, ThemeTexts } from '../reflection';
import type * as Reflection from '../reflection';
import type { ThemeId } from '../reflection/types';
import { hasMessages, installMessages, type Lang, type PartialMessages, type UiLang } from './index';

export interface LanguagePack {
  readonly lang: UiLang;
  readonly messages: PartialMessages;
  /** Help and reflection texts: complete languages only (a partial one borrows English). */
  readonly content?: {
    readonly lang: Lang;
    readonly help: HelpTexts;
    readonly themes: Readonly<Record<ThemeId, ThemeTexts>>;
    readonly phrases: Phrases;
  };
}

/** Where a pack's reflection texts go: the reflection layer (a chunk of its own, loaded with the pack). */
export type ReflectionTexts = Pick<typeof Reflection, 'installThemeTexts' | 'installPhrases'>;

export function installPack(pack: LanguagePack, reflection: ReflectionTexts): void {
  if (pack.content) {
    const { lang, help, themes, phrases } = pack.content;
    installHelpLineTexts(lang, help);
    installExplainerTexts(lang, help);
    reflection.installThemeTexts(lang, themes);
    reflection.installPhrases(lang, phrases);
  }
  // Last: from here on the language counts as ready.
  installMessages(pack.lang, pack.messages);
}

type PackLang = Exclude<UiLang, 'nl' | 'en'>;

const PACKS: Readonly<Record<PackLang, () => Promise<{ PACK: LanguagePack }>>> = {
  pl: () => import('./packs/pl'),
  bg: () => import('./packs/bg'),
  ar: () => import('./packs/ar'),
};

const loading = new Map<UiLang, Promise<boolean>>();

/** Makes `lang` ready to show; false when its pack could not be loaded. */
export function loadLanguage(lang: UiLang): Promise<boolean> {
  if (hasMessages(lang)) return Promise.resolve(true);
  const pending = loading.get(lang);
  if (pending) return pending;
  const load = PACKS[lang as PackLang];
  const promise = Promise.all([load(), import('../reflection')])
    .then(([{ PACK }, reflection]) => {
      installPack(PACK, reflection);
      return true;
    })
    .catch(() => false)
    .finally(() => loading.delete(lang));
  loading.set(lang, promise);
  return promise;
}
