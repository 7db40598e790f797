// The boot script: a few KB that run before the game's own script has arrived (an async module
// script of its own, added to index.html by vite.config.ts). A deep link (`?s=slaan`) starts
// fetching its story and the story's list of files at once, so on a slow link they come in
// alongside the game's script instead of after it (docs/performance.md). Reads the address only:
// no storage, no other origin.
import { prefetchAtBoot } from './app/catalog';
import { config } from './config';
import { wantedLanguage } from './i18n/ui-langs';

const params = new URLSearchParams(location.search);
const storyId = params.get('s');
if (storyId) prefetchAtBoot(wantedLanguage(params.get('taal'), config.defaultLanguage), storyId);
