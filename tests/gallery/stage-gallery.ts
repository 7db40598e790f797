// Test-only page (never part of the game's build): renders the real Phaser stage for one scene given
// in the URL, e.g. ?bg=keuken&cast=papa:boos,zus:bang&speaker=papa&music=gespannen&calm=1&reduced=1.
// tests/e2e/stage.spec.ts builds it with Vite into its own folder and screenshots it.
import { loadStage } from '../../src/stage';
import { MOODS, isOneOf } from '../../src/story/vocabulary';

const params = new URLSearchParams(location.search);
const host = document.getElementById('stage');

/** Resolves once the stage shows `location` (it sets #stage[data-scene] when a background fades in). */
function shown(location: string): Promise<void> {
  return new Promise((resolve) => {
    const check = () => {
      if (host?.dataset.scene === location) resolve();
      else window.setTimeout(check, 50);
    };
    check();
  });
}

async function render(): Promise<void> {
  if (!host) return;
  const stage = await loadStage(host);
  host.dataset.renderType = String(stage.renderType);
  stage.setReducedMotion(params.get('reduced') === '1');
  stage.setAtmosphere(params.get('music'));
  // Several backgrounds (bg=keuken,woonkamer) are shown one after the other, as a story visits them:
  // the stage's seeded choices (is the cat there?) follow the number of places visited.
  for (const bg of (params.get('bg') ?? '').split(',').filter(Boolean)) {
    stage.setBackground(bg);
    await shown(bg);
  }
  for (const pair of (params.get('cast') ?? '').split(',').filter(Boolean)) {
    const [character = '', mood = 'neutraal'] = pair.split(':');
    stage.enter(character, isOneOf(MOODS, mood) ? mood : 'neutraal');
  }
  stage.setSpeaker(params.get('speaker'));
  if (params.get('calm') === '1') stage.setCalm(true);
}

render().catch((error: unknown) => {
  if (!host) return;
  host.dataset.renderType = 'none';
  host.dataset.error = String(error);
});
