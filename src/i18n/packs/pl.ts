// The pl language pack: UI, help and reflection texts, in a chunk of its own (src/i18n/language-packs.ts).
import { HELP_PL } from '../../help/texts/pl';
import { PHRASES_PL, THEMES_PL } from '../../reflection/texts/pl';
import type { LanguagePack } from '../language-packs';
import { pl } from '../pl';

export const PACK: LanguagePack = {
  lang: 'pl',
  messages: pl,
  content: { lang: 'pl', help: HELP_PL, themes: THEMES_PL, phrases: PHRASES_PL },
};
