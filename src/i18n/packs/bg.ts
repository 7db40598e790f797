// The bg language pack: UI, help and reflection texts, in a chunk of its own (src/i18n/language-packs.ts).
import { HELP_BG } from '../../help/texts/bg';
import { PHRASES_BG, THEMES_BG } from '../../reflection/texts/bg';
import type { LanguagePack } from '../language-packs';
import { bg } from '../bg';

export const PACK: LanguagePack = {
  lang: 'bg',
  messages: bg,
  content: { lang: 'bg', help: HELP_BG, themes: THEMES_BG, phrases: PHRASES_BG },
};
