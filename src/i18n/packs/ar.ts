// The Arabic language pack: a partial UI (help and reflection texts borrow English), in a chunk of its
// own (src/i18n/language-packs.ts).
import { ar } from '../ar';
import type { LanguagePack } from '../language-packs';

export const PACK: LanguagePack = { lang: 'ar', messages: ar };
