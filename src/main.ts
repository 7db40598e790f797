// Composition root: builds the parts and hands them to the director. The quick exit is wired first,
// before anything else can fail.
import './styles/main.css';
import './styles/a11y.css';
import { installQuickExit } from './privacy/quick-exit';
import { Shell } from './ui/shell';
import { Director } from './app/director';
import { OpeningGate } from './app/opening-gate';
import type { Presenter } from './app/presenter';
import { SoundDirector } from './audio/sound';
import { ReadAloud } from './audio/read-aloud';
import { SettingsController } from './app/settings';
import { PosterStage, StageProxy, loadStage } from './stage';
import {
  LANGUAGE_INFO,
  contentLang,
  hasMessages,
  isUiLang,
  translator,
  wantedLanguage,
  type UiLang,
} from './i18n';
import { loadLanguage } from './i18n/language-packs';
import { loadScriptFont } from './ui/fonts';
import { findStory } from './app/catalog';
import { loadStoryEngine } from './app/story-engine';
import { config } from './config';
import { DeviceStore } from './privacy/device-store';

// The story engine (src/app/story-engine.ts) is requested first, before the first screen is built: it
// arrives while that screen is read. The game's own font comes after it (see :root.fonts in main.css): on
// a slow link the fonts (34 KB) and the engine (32 KB) would share the line, and the engine is what
// "Start het verhaal" waits for.
const useGameFont = () => document.documentElement.classList.add('fonts');
loadStoryEngine().then(useGameFont, useGameFont);

function required<T extends HTMLElement>(id: string): T {
  const element = document.getElementById(id);
  if (!element) throw new Error(`#${id} is missing from index.html`);
  return element as T;
}

const sound = new SoundDirector();
const reader = new ReadAloud();
const exitLink = required<HTMLAnchorElement>('quick-exit');
const exitStatus = required('quick-exit-status');

const params = new URLSearchParams(location.search);
const requestedLang = params.get('taal');
// ?taal=nl|en|pl|bg|ar; anything else falls back silently to the deployer's default.
const wantedLang = wantedLanguage(requestedLang, config.defaultLanguage);
// A language pack (Polish, Bulgarian, Arabic) is loaded before its first screen; Dutch meanwhile, and
// for good if the pack cannot load.
let lang: UiLang = hasMessages(wantedLang) ? wantedLang : 'nl';

const quickExit = installQuickExit({
  link: exitLink,
  status: exitStatus,
  silence: () => {
    sound.stopAll();
    reader.stop();
  },
  progressText: (remaining) => translator(lang)('exit.progress', { n: remaining }),
});

const stageHost = required('stage');
// The scene as still pictures from the first line on; Phaser takes over once it has loaded.
// #stage[data-still-scene] names the background they show (read by e2e tests and npm run bench).
const stage = new StageProxy(
  new PosterStage(stageHost, (location) => {
    if (location) stageHost.dataset.stillScene = location;
    else delete stageHost.dataset.stillScene;
  }),
);
const shell = new Shell(required('ui'), required('toolbar'));
// Text size, font, contrast, motion, read-aloud and volume: in memory unless the player opted in.
const settings = new SettingsController({ root: document.documentElement, sound, stage, reader });
settings.subscribe((value) => shell.setMuted(value.muted));

function applyLanguage(next: UiLang): void {
  lang = next;
  const info = LANGUAGE_INFO[next];
  document.documentElement.lang = next;
  settings.setLanguage(next);
  // Right-to-left for Arabic: the layout uses logical CSS properties, so it mirrors by itself.
  document.documentElement.dir = info.dir;
  if (info.script) loadScriptFont(info.script);
  const t = translator(next);
  if (exitLink.firstChild) exitLink.firstChild.textContent = t('exit.label');
  shell.renderToolbar(
    t,
    {
      help: () => mode().showHelp(),
      danger: () => mode().showDanger(),
      calm: () => mode().showCalm(),
      menu: () => mode().showMenu(),
      toggleSound: () => {
        settings.update({ muted: !sound.isMuted });
        shell.setMuted(sound.isMuted);
        mode().soundChanged();
      },
    },
    sound.isMuted,
  );
}

const device = new DeviceStore();
// The stage boots only outside a story's opening, so a slow device shows the first choice first.
const opening = new OpeningGate();
const director = new Director({
  shell,
  stage,
  sound,
  lang,
  device,
  settings,
  exit: () => quickExit.exit(),
  game: required('game'),
  report: (message) => {
    if (import.meta.env.DEV) console.warn(`[spiegel] ${message}`);
  },
  onLanguageChange: applyLanguage,
  presenter: () => enterPresenter(),
  opening,
});

// Presenter mode for a class (?modus=klas, or the start screen's button), loaded only when a class
// uses it (its own chunk with its styles and the QR code); the toolbar follows the mode.
let presenter: Presenter | null = null;
const mode = () => (presenter?.isActive ? presenter : director);

async function loadPresenter(): Promise<Presenter> {
  if (presenter) return presenter;
  const { Presenter: PresenterMode } = await import('./app/presenter');
  presenter ??= new PresenterMode({
    shell,
    stage,
    sound,
    report: (message) => {
      if (import.meta.env.DEV) console.warn(`[spiegel] ${message}`);
    },
    onLanguageChange: applyLanguage,
    leave: () => leavePresenter(),
  });
  return presenter;
}

function enterPresenter(storyId: string | null = null): void {
  loadPresenter()
    .then((classMode) => classMode.start(contentLang(lang), storyId))
    .catch(() => director.showStart());
}

function leavePresenter(): void {
  presenter?.stop();
  if (director.language !== lang) director.setLanguage(lang);
  else director.showStart();
}

function showFirstScreen(): void {
  applyLanguage(lang);
  const deepLinked = params.get('s');
  const entry = deepLinked ? findStory(lang, deepLinked) : undefined;
  if (params.get('modus') === 'klas') enterPresenter(deepLinked);
  else if (entry) director.openStory(entry);
  else director.showStart();
}

if (lang === wantedLang) showFirstScreen();
else {
  void loadLanguage(wantedLang).then((ready) => {
    if (ready) {
      lang = wantedLang;
      director.adoptLanguage(wantedLang);
    }
    showFirstScreen();
  });
}

// Only a player who opted in earlier has anything on this device; nothing is created here.
void device.findExisting().then((saved) => {
  if (!saved) return;
  settings.restore(saved.settings);
  // The language was saved only because the player opted in; a ?taal= link still wins.
  if (
    !isUiLang(requestedLang) &&
    isUiLang(saved.lang) &&
    saved.lang !== lang &&
    shell.screen?.classList.contains('screen-start')
  ) {
    director.setLanguage(saved.lang);
  }
  director.setResumable(saved);
});

// A page restored from the back/forward cache must not show the last scene (SAFETY.md A6).
window.addEventListener('pageshow', (event) => {
  if (!event.persisted) return;
  document.documentElement.classList.remove('leaving');
  sound.wake();
  if (presenter?.isActive) leavePresenter();
  else director.showStart();
});

// Phaser loads in its own chunk after the shell and outside a story's opening; the story never waits
// for it, and the still pictures show the scene meanwhile.
loadStage(stageHost, () => opening.whenOpen())
  .then((real) => {
    stageHost.dataset.renderType = String(real.renderType);
    stage.attach(real);
    // The still pictures stay over the canvas until Phaser has faded in the same background.
    if (!stage.background) stage.retireStill();
    real.onShown((location) => {
      if (location === stage.background) stage.retireStill();
    });
  })
  .catch(() => {
    // No WebGL: the still pictures draw every scene, over a plain background.
    stageHost.dataset.renderType = 'none';
    stageHost.classList.add('stage-plain');
  });
