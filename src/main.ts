// Composition root: builds the parts and hands them to the director. The quick exit is wired first,
// before anything else can fail.
import './styles/main.css';
import { installQuickExit } from './privacy/quick-exit';
import { Shell } from './ui/shell';
import { Director } from './app/director';
import { SoundDirector } from './audio/sound';
import { StageProxy, loadStage } from './stage';
import { isLang, translator, type Lang } from './i18n';
import { findStory } from './app/catalog';
import { config } from './config';

function required<T extends HTMLElement>(id: string): T {
  const element = document.getElementById(id);
  if (!element) throw new Error(`#${id} is missing from index.html`);
  return element as T;
}

const sound = new SoundDirector();
const exitLink = required<HTMLAnchorElement>('quick-exit');
const exitStatus = required('quick-exit-status');

const params = new URLSearchParams(location.search);
const requestedLang = params.get('taal');
let lang: Lang = isLang(requestedLang) ? requestedLang : isLang(config.defaultLanguage) ? config.defaultLanguage : 'nl';

installQuickExit({
  link: exitLink,
  status: exitStatus,
  silence: () => sound.stopAll(),
  progressText: (remaining) =>
    lang === 'nl' ? `Nog ${remaining} keer Shift voor Snel weg` : `${remaining} more Shift presses to exit`,
});

const stageHost = required('stage');
const stage = new StageProxy();
const shell = new Shell(required('ui'), required('toolbar'));

function applyLanguage(next: Lang): void {
  lang = next;
  document.documentElement.lang = next;
  exitLink.firstChild!.textContent = next === 'nl' ? 'Snel weg' : 'Exit';
  const t = translator(next);
  shell.renderToolbar(
    t,
    {
      help: () => director.showHelp(),
      danger: () => director.showDanger(),
      calm: () => director.showCalm(),
      menu: () => director.showMenu(),
      toggleSound: () => {
        sound.setMuted(!sound.isMuted);
        shell.setMuted(sound.isMuted);
      },
    },
    sound.isMuted,
  );
}

const director = new Director({
  shell,
  stage,
  sound,
  lang,
  report: (message) => {
    if (import.meta.env.DEV) console.warn(`[spiegel] ${message}`);
  },
  onLanguageChange: applyLanguage,
});

applyLanguage(lang);
const deepLinked = params.get('s');
const entry = deepLinked ? findStory(lang, deepLinked) : undefined;
if (entry) director.openStory(entry);
else director.showStart();

// A page restored from the back/forward cache must not show the last scene (SAFETY.md A6).
window.addEventListener('pageshow', (event) => {
  if (!event.persisted) return;
  document.documentElement.classList.remove('leaving');
  director.showStart();
});

// Phaser loads in its own chunk after the shell; the story never waits for it.
loadStage(stageHost)
  .then((real) => {
    stageHost.dataset.renderType = String(real.renderType);
    stage.attach(real);
  })
  .catch(() => {
    stageHost.dataset.renderType = 'none';
    stageHost.classList.add('stage-plain');
  });
