// Installs every language pack, as the app does when a player picks that language, so a test can read
// the Polish, Bulgarian and Arabic texts next to the built-in Dutch and English.
import { installPack } from '../../src/i18n/language-packs';
import { PACK as ar } from '../../src/i18n/packs/ar';
import { PACK as bg } from '../../src/i18n/packs/bg';
import { PACK as pl } from '../../src/i18n/packs/pl';
import * as reflection from '../../src/reflection';

for (const pack of [pl, bg, ar]) installPack(pack, reflection);
