// The director: the one place that knows every part. It owns the game state (in memory only) and
// routes story events to the UI, the stage and the sound.
import type { StoryRunner, SavedRunner } from '../story/runner';
import type { StoryEvent } from '../story/types';
import { OpeningReplay } from '../story/opening';
import { CHARACTERS, MUSIC_OFF, isOneOf } from '../story/vocabulary';
import type { AgeBand, ReflectionResult } from '../reflection';
import { loadReflection, loadedReflection } from './reflection-loader';
import { loadStoryEngine } from './story-engine';
import { contentLang, translator, type Lang, type Translate, type UiLang } from '../i18n';
import type { Shell } from '../ui/shell';
import { StoryView } from '../ui/screens/story';
import {
  ageScreen,
  errorScreen,
  noteScreen,
  safetyScreen,
  startScreen,
  type AgeChoice,
} from '../ui/screens/basic';
import { calmScreen } from '../ui/screens/calm';
import { menuScreen } from '../ui/screens/menu';
import { canFullscreen, isFullscreen, toggleFullscreen } from '../ui/fullscreen';
import { selectScreen } from '../ui/screens/select';
import { reflectionScreen } from '../ui/screens/reflection';
import { dangerScreen, helpNumbersBlock, helpScreen } from '../ui/screens/help';
import type { StageProxy } from '../stage/stage-proxy';
import type { SoundDirector } from '../audio/sound';
import type { DeviceStore } from '../privacy/device-store';
import type { SavedGame } from '../privacy/saved-game';
import { storageScreen } from '../ui/screens/storage';
import { settingsScreen } from '../ui/screens/settings';
import type { SettingsController } from './settings';
import { ambienceFor } from './ambience';
import { loadLanguage } from '../i18n/language-packs';
import { afterNextPaint } from '../util/idle';
import { RestSignal } from './reading-pace';
import { Preloader, afterOpening, openingScene, savesData } from './preload';
import type { OpeningGate } from './opening-gate';
import { preloadBar } from '../ui/screens/preload';
import { findStory, storiesFor, type CatalogEntry } from './catalog';

/** When the player would rather not say their age, wording and help fit the middle band. */
const DEFAULT_AGE_BAND: AgeBand = '13-15';

export interface DirectorParts {
  shell: Shell;
  stage: StageProxy;
  sound: SoundDirector;
  lang: UiLang;
  device: DeviceStore;
  /** Leaves like the quick exit (used after "Wis alles"). */
  exit: () => void;
  /** Reports story problems in development; production shows only the calm fallback. */
  report: (message: string) => void;
  /** The `.game` wrapper: the menu's full-screen button puts it (never the canvas) in full screen. */
  game?: HTMLElement;
  onLanguageChange: (lang: UiLang) => void;
  /** Reading and sound settings (in memory; saved with the game only after the opt-in). */
  settings?: SettingsController;
  /** Switches to presenter mode (classroom): the start screen offers it when given. */
  presenter?: () => void;
  /** Held from "Start het verhaal" to the first choice, so heavy background work waits. */
  opening?: OpeningGate;
}

interface Answer {
  storyId: string;
  theme: string;
  answer: string;
}

/** The first choice is painted before the held work starts, at the latest after this (ms). */
const PAINT_WAIT_MS = 300;

export class Director {
  private lang: UiLang;
  private t: Translate;
  private ageBand: AgeBand | null = null;
  private ageAsked = false;
  private safetySeen = false;
  private readonly answers: Answer[] = [];
  private dangerSaid = false;
  /** The story's runner, once it is made (and has caught up with a replayed opening). */
  private runner: StoryRunner | null = null;
  /** The opening recorded at build time, played while the engine is still coming (or null). */
  private replay: OpeningReplay | null = null;
  /** The runner of the story being played: null if its engine or story could not load. */
  private engine: Promise<StoryRunner | null> | null = null;
  /** Asks for the runner now: the replayed opening is used up, or the player chose. */
  private wantRunner: (() => void) | null = null;
  /** The story pauses (a `pause:` tag): a quiet moment to make the runner in. */
  private storyPauses: (() => void) | null = null;
  private entry: CatalogEntry | null = null;
  private view: StoryView | null = null;
  private busy = false;
  private playToken = 0;
  private keepAnswers = false;
  private storageFailed = false;
  private resumable: SavedGame | null = null;
  private lastLine: { text: string; speaker: string | null } | null = null;
  private readonly preloader = new Preloader();
  private stopPreloadBar: (() => void) | null = null;
  /** The player started a story from its note: sound starts after its first line. */
  private soundAfterFirstLine = false;
  /** The story whose files after the opening scene are still to be fetched (at its first choice). */
  private restToPreload: CatalogEntry | null = null;
  private schoolsLoading = false;
  /** Sound and the rest of the opening's files wait until the player rests on a line (or chooses). */
  private readonly rest = new RestSignal();
  /**
   * The last position that is safe to keep on the device. Ink's state counts which choice was taken,
   * so once the player has answered a personal question in this story, the position stays at the
   * question itself: the answer must never be readable from a save (SAFETY.md C17).
   */
  private safePosition: { runner: SavedRunner; line: SavedGame['lastLine'] } | null = null;
  private answeredInStory = false;

  constructor(private readonly parts: DirectorParts) {
    this.lang = parts.lang;
    this.t = translator(this.lang);
    // The calm-down screen dims the scene and lets a soft light breathe, for as long as it is on top.
    parts.shell.onChange(() => parts.stage.setCalm(parts.shell.topOverlayIs('calm')));
    parts.settings?.subscribe((_, byPlayer) => {
      if (byPlayer) void this.persist();
    });
  }

  get language(): UiLang {
    return this.lang;
  }

  /** The language of help and reflection texts (a partial UI language such as Arabic borrows English). */
  private get content(): Lang {
    return contentLang(this.lang);
  }

  get translate(): Translate {
    return this.t;
  }

  // ---------- screens ----------

  showStart(): void {
    this.stopStory();
    // A calm, lived-in room behind the start screen.
    this.parts.stage.setBackground('woonkamer');
    this.parts.stage.setAtmosphere('rustig');
    this.parts.shell.show(
      startScreen(this.t, {
        begin: () => this.begin(),
        resume: this.resumable?.storyId ? () => this.resume() : null,
        switchLanguage: (lang) => this.setLanguage(lang),
        language: this.lang,
        forSchools: () => this.showSchools(),
        safety: () => this.showSafety(() => this.showStart()),
        presenter: this.parts.presenter,
      }),
    );
  }

  /**
   * Switches language and shows the start screen in it. Polish, Bulgarian and Arabic load their pack
   * first; if it cannot load, the player stays in the language they had.
   */
  setLanguage(lang: UiLang): void {
    const asked = this.parts.shell.position;
    void loadLanguage(lang).then((ready) => {
      // A pack that arrives after the player went on (say, pressed "Begin") does not pull them back.
      if (!ready || this.parts.shell.position !== asked) return;
      this.adoptLanguage(lang);
      this.parts.onLanguageChange(lang);
      this.showStart();
    });
  }

  /** Takes a language whose texts are installed, without changing the screen (start-up). */
  adoptLanguage(lang: UiLang): void {
    this.lang = lang;
    this.t = translator(lang);
  }

  private begin(): void {
    // The first gesture: only now may sound start.
    void this.parts.sound.unlock();
    this.next();
  }

  /** Safety screen once, then the age question once, then the stories. */
  private next(): void {
    if (!this.safetySeen) {
      this.showSafety(() => {
        this.safetySeen = true;
        this.next();
      });
    } else if (!this.ageAsked) {
      this.parts.shell.show(
        ageScreen(this.t, (age: AgeChoice) => {
          this.ageAsked = true;
          this.ageBand = age;
          this.next();
        }),
      );
    } else {
      this.showSelect();
    }
  }

  private showSafety(onContinue: () => void): void {
    this.parts.shell.show(safetyScreen(this.t, onContinue));
  }

  showSelect(): void {
    this.stopStory();
    this.parts.shell.show(
      selectScreen(this.t, storiesFor(this.lang), this.ageBand, (entry) => this.showNote(entry), this.lang),
    );
  }

  /** Opens a scenario's content note directly (deep links). */
  openStory(entry: CatalogEntry): void {
    this.showNote(entry);
  }

  private showNote(entry: CatalogEntry): void {
    this.parts.shell.show(
      noteScreen(
        this.t,
        entry.meta,
        {
          start: () => {
            // Sound (howler and an AudioContext: a heavy moment on a slow device) starts once the
            // player rests on one of the first lines; the click has given the page its user activation.
            this.soundAfterFirstLine = true;
            this.restToPreload = entry;
            void this.play(entry);
          },
          other: () => this.showSelect(),
        },
        entry.lang === this.lang ? undefined : entry.lang,
      ),
    );
    // Heavy background work (the Phaser stage) lets the story's own files go first.
    this.parts.opening?.holdForNote();
    // The story itself (a few KB) is fetched now, so "Start het verhaal" needs no network.
    entry.prefetch();
    this.preload(entry);
  }

  /** Sound is fetched ahead only when it will play and the browser does not ask to save data. */
  private get preloadSound(): boolean {
    return !this.parts.sound.isMuted && !savesData();
  }

  /** Fetches the opening scene's pictures and sound under its content note; never blocks the start button. */
  private preload(entry: CatalogEntry): void {
    this.stopPreloadBar?.();
    this.stopPreloadBar = null;
    const bar = preloadBar(this.t);
    const card = this.parts.shell.screen?.querySelector('.card');
    card?.append(bar.element);
    const token = this.playToken;
    void entry.assets().then((assets) => {
      // Still this note (not another story, not started yet)?
      if (token !== this.playToken || !bar.element.isConnected) return;
      this.stopPreloadBar = this.preloader.load(
        openingScene(assets),
        { audio: this.preloadSound },
        bar.update,
      );
    });
  }

  /** The first choice is on screen: the player reads; fetch what the rest of the story needs. */
  private preloadRest(): void {
    const entry = this.restToPreload;
    this.restToPreload = null;
    this.endOpening();
    // Needed once the player answers (the reflection, help in the order that fits the answers).
    void loadReflection().catch(() => undefined);
    if (!entry) return;
    const token = this.playToken;
    void entry.assets().then((assets) => {
      // A list that arrives after the player moved on must not go before the next story's files.
      if (token !== this.playToken) return;
      this.preloader.load(afterOpening(assets), { audio: this.preloadSound }, () => undefined);
    });
  }

  showHelp(): void {
    const { shell } = this.parts;
    shell.overlayOnce('help', () =>
      helpScreen(this.t, this.content, this.helpContext(), () => shell.closeOverlay()),
    );
  }

  showDanger(): void {
    const { shell } = this.parts;
    shell.overlayOnce('danger', () =>
      dangerScreen(this.t, this.content, this.helpContext(), () => shell.closeOverlay()),
    );
  }

  showCalm(): void {
    const { shell } = this.parts;
    shell.overlayOnce('calm', () => calmScreen(this.t, () => shell.closeOverlay()));
  }

  /** "Voor scholen": the link, the iframe code, a poster and a text for the school's site. */
  showSchools(): void {
    if (this.parts.shell.topOverlayIs('schools') || this.schoolsLoading) return;
    const stories = storiesFor(this.lang).map((entry) => ({ id: entry.meta.id, title: entry.meta.title }));
    // Its own chunk (with the QR code maker): teachers need it, the pupil playing does not.
    this.schoolsLoading = true;
    const asked = this.parts.shell.position;
    void import('../ui/screens/schools')
      .then(({ schoolsScreen }) => {
        // Not over a screen the player went on to while it loaded.
        if (this.parts.shell.position !== asked) return;
        this.parts.shell.overlay(
          schoolsScreen(this.t, { lang: this.lang, stories, back: () => this.parts.shell.closeOverlay() }),
        );
      })
      .catch((error: unknown) => this.parts.report(`could not load the schools page: ${String(error)}`))
      .finally(() => (this.schoolsLoading = false));
  }

  private fullscreenAction(): { on: boolean; toggle: () => void } | undefined {
    const game = this.parts.game;
    if (!game || !canFullscreen()) return undefined;
    return {
      on: isFullscreen(),
      toggle: () => {
        this.parts.shell.closeOverlay();
        void toggleFullscreen(game);
      },
    };
  }

  showMenu(): void {
    if (this.parts.shell.topOverlayIs('menu')) return;
    this.parts.shell.overlay(
      menuScreen(
        this.t,
        {
          close: () => this.parts.shell.closeOverlay(),
          stories: () => this.showSelect(),
          start: () => this.showStart(),
          safety: () => this.parts.shell.overlay(safetyScreen(this.t, () => this.parts.shell.closeOverlay())),
          storage: () => this.showStorage(),
          forSchools: () => this.showSchools(),
          fullscreen: this.fullscreenAction(),
          mirror: this.answers.length > 0 ? () => this.showMirror() : null,
          settings: this.parts.settings ? () => this.showSettings() : undefined,
        },
        this.inStory,
      ),
    );
  }

  /** The reflection on `answers` (the reflection layer loads first, if it has not yet). */
  private reflectOn(answers: Answer[]): Promise<ReflectionResult> {
    const ageBand = this.ageBand ?? DEFAULT_AGE_BAND;
    return loadReflection().then(({ reflect }) =>
      reflect({ answers, danger: this.dangerSaid, ageBand, lang: this.content }),
    );
  }

  /** "Mijn spiegel": everything told in every story played this time, most serious first. */
  showMirror(): void {
    const token = this.playToken;
    const asked = this.parts.shell.position;
    const stillHere = () => token === this.playToken && this.parts.shell.position === asked;
    void this.reflectOn(this.answers)
      .then((result) => {
        if (stillHere()) this.mirrorOverlay(result);
      })
      .catch(() => {
        if (stillHere()) this.showHelp();
      });
  }

  private mirrorOverlay(result: ReflectionResult): void {
    this.parts.shell.overlay(
      reflectionScreen(this.t, this.content, result.cards, this.helpContext(this.answers), {
        again: () => this.showSelect(),
        title: this.t('mirror.title'),
        lead: this.t('mirror.lead'),
        back: () => this.parts.shell.closeOverlay(),
      }),
    );
  }

  showSettings(): void {
    const settings = this.parts.settings;
    if (!settings || this.parts.shell.topOverlayIs('settings')) return;
    this.parts.shell.overlay(
      settingsScreen(this.t, settings, {
        stored: this.parts.device.enabled,
        back: () => this.parts.shell.closeOverlay(),
      }),
    );
  }

  showStorage(): void {
    const render = () =>
      storageScreen(
        this.t,
        { enabled: this.parts.device.enabled, keepAnswers: this.keepAnswers, failed: this.storageFailed },
        {
          enable: () => void this.enableStorage().then(() => replace()),
          keepAnswers: () => {
            this.keepAnswers = true;
            void this.persist().then(() => replace());
          },
          wipe: () => void this.parts.device.wipeAll().finally(() => this.parts.exit()),
          back: () => this.parts.shell.closeOverlay(),
        },
      );
    // Shows the new state, but only on a storage screen that is still open: a player who went back
    // while the device was slow to answer must not see the screen come back over the story.
    const replace = () => {
      if (!this.parts.shell.topOverlayIs('storage')) return;
      this.parts.shell.closeOverlay();
      this.parts.shell.overlay(render());
    };
    if (this.parts.shell.topOverlayIs('storage')) return;
    this.parts.shell.overlay(render());
  }

  private async enableStorage(): Promise<void> {
    this.storageFailed = !(await this.parts.device.enable());
    if (this.storageFailed) return;
    this.keepSafePosition();
    await this.persist();
  }

  /** Saves the position and settings (and answers only if asked) when the player opted in. */
  async persist(): Promise<void> {
    if (!this.parts.device.enabled) return;
    const game: SavedGame = {
      version: 1,
      lang: this.lang,
      storyId: this.runner ? (this.entry?.meta.id ?? null) : null,
      runner: this.runner ? (this.safePosition?.runner ?? null) : null,
      lastLine: this.runner ? (this.safePosition?.line ?? null) : null,
      settings: this.parts.settings?.saved() ?? { muted: this.parts.sound.isMuted },
    };
    if (this.keepAnswers) game.answers = this.answers.map(({ theme, answer }) => ({ theme, answer }));
    if (!(await this.parts.device.save(game))) this.storageFailed = true;
  }

  /** An earlier opt-in was found on this device: offer to continue. */
  setResumable(saved: SavedGame): void {
    this.resumable = saved;
    this.keepAnswers = saved.answers !== undefined;
    for (const answer of saved.answers ?? []) this.answers.push({ storyId: '', ...answer });
    // Offer "continue" only if the player is still looking at the start screen.
    if (this.parts.shell.screen?.classList.contains('screen-start')) this.showStart();
  }

  private resume(): void {
    const saved = this.resumable;
    const entry = saved?.storyId ? findStory(this.lang, saved.storyId) : undefined;
    if (!saved || !entry) return this.showSelect();
    this.safetySeen = true;
    void this.parts.sound.unlock();
    void this.play(entry, saved);
  }

  private helpContext(answers: Answer[] = this.answers) {
    // Help in its plain order (112 first; danger still counts) until the reflection layer is here: it
    // loads at the first choice, before any answer can be given.
    const reflection = answers.length > 0 ? loadedReflection() : null;
    const cards = reflection
      ? reflection.reflect({
          answers,
          danger: this.dangerSaid,
          ageBand: this.ageBand ?? DEFAULT_AGE_BAND,
          lang: this.content,
        }).cards
      : [];
    return {
      verdicts: cards.map((card) => card.verdict),
      themes: cards.map((card) => card.theme),
      ageBand: this.ageBand ?? DEFAULT_AGE_BAND,
      now: new Date(),
      danger: this.dangerSaid,
    };
  }

  // ---------- playing a story ----------

  private async play(entry: CatalogEntry, saved: SavedGame | null = null): Promise<void> {
    // The link carries the story first: no new file until its first line is on screen, and heavy
    // background work (the Phaser stage) waits for the first choice.
    this.stopStory('opening');
    // The opening's other files (the sound) come once the player rests on a line.
    this.rest.whenResting(() => this.preloader.release());
    // The note and its progress bar are gone: no more progress to report.
    this.stopPreloadBar?.();
    this.stopPreloadBar = null;
    // The last story's sound goes (its pictures went with stage.clear()).
    this.parts.sound.release();
    const token = this.playToken;
    this.entry = entry;
    this.answeredInStory = false;
    this.safePosition = null;
    const cast = entry.meta.cast;
    this.view = new StoryView(
      this.t,
      (speaker) => (speaker === 'ik' ? this.t('story.you') : (cast[speaker] ?? capitalise(speaker))),
      {
        next: () => void this.advance(),
        choose: (index) => this.choose(index),
        calm: () => this.showCalm(),
      },
      {
        title: entry.meta.title,
        // A story not yet translated plays in Dutch: its text says so (screen readers, translation tools).
        storyLang: entry.lang === this.lang ? undefined : entry.lang,
        typed: () => this.parts.settings?.value.textSpeed === 'typed',
        read: (texts, interrupt) => this.parts.settings?.read(texts, interrupt),
      },
    );
    // The story screen is there at once (its first line waits for the story file), so its live region
    // exists before the first line is written into it.
    this.view.wait();
    this.parts.shell.show(this.view.element, this.view.element.querySelector('.dialogue'));
    // A new story plays its recorded opening at once (fetched with the note, or by the boot script for
    // a deep link); the engine takes over where the player is. A saved game needs the engine.
    const opening = saved ? [] : await entry.opening();
    if (token !== this.playToken) return;
    const replay = opening.length > 0 ? new OpeningReplay(opening) : null;
    this.replay = replay;
    const wanted = new Promise<void>((resolve) => (this.wantRunner = resolve));
    // Quiet moments: the player rests on a line (or the first choice is on screen), or the story pauses.
    const quiet = new Promise<void>((resolve) => {
      this.rest.whenResting(resolve);
      this.storyPauses = resolve;
    });
    this.engine = this.makeRunner(entry, token, replay, wanted, quiet);
    if (replay) {
      await this.advance();
      return;
    }
    const runner = await this.engine;
    if (!runner || token !== this.playToken) return;
    // A save from an older version of the story is refused by the runner: start that story afresh.
    if (saved && runner.restore(saved.runner)) {
      this.resumable = null;
      if (saved.lastLine) {
        this.view.showLine({
          type: 'line',
          text: saved.lastLine.text,
          speaker: saved.lastLine.speaker,
          mood: null,
        });
        this.rest.lineShown();
        return;
      }
    }
    await this.advance();
  }

  /**
   * Loads the story and its engine and makes the runner. While a recorded opening plays, making the
   * runner (the heaviest step of a start on a slow device: about 0.15 s at 4x CPU slowdown) waits for
   * a quiet moment or until it is needed, so lines tapped meanwhile come first; the runner then takes
   * the steps the player has seen. Null if the story cannot load: the error screen then shows once
   * the story needs the engine.
   */
  private async makeRunner(
    entry: CatalogEntry,
    token: number,
    replay: OpeningReplay | null,
    wanted: Promise<void>,
    quiet: Promise<void>,
  ): Promise<StoryRunner | null> {
    let runner: StoryRunner | null = null;
    try {
      // The story file and the engine (usually both here already: fetched with the note).
      const [{ json, hash }, engine] = await Promise.all([entry.load(), loadStoryEngine()]);
      if (replay) await Promise.race([wanted, quiet]);
      if (token !== this.playToken) return null;
      runner = new engine.StoryRunner(json, hash);
      // A file that tells another story than the one replayed (a broken or mixed-up file) cannot go on.
      if (replay && !replay.catchUp(runner)) {
        this.parts.report(`${entry.meta.id}: the story file is not the story its opening was recorded from`);
        runner = null;
      }
    } catch (error) {
      this.parts.report(`could not load story ${entry.meta.id}: ${String(error)}`);
    }
    if (!runner) {
      // The player reads the replayed opening to its end first.
      if (replay) await wanted;
      if (token === this.playToken) this.showError();
      return null;
    }
    if (token !== this.playToken) return null;
    this.runner = runner;
    this.replay = null;
    // A player who saves on this device: the position is kept from here (mid-step, the step's end does).
    if (replay && this.parts.device.enabled) {
      this.keepSafePosition();
      void this.persist();
    }
    return runner;
  }

  /** In a story: its opening replayed, or its runner playing. */
  private get inStory(): boolean {
    return this.runner !== null || this.replay !== null;
  }

  private choose(index: number): void {
    if (this.busy) return;
    if (this.runner) {
      this.chooseWith(this.runner, index);
      return;
    }
    if (!this.replay || !this.engine) return;
    // The choices came from the replayed opening: the runner goes on from them once it is made.
    this.wantRunner?.();
    this.busy = true;
    const token = this.playToken;
    void this.engine.then((runner) => {
      if (token !== this.playToken) return;
      this.busy = false;
      if (runner) this.chooseWith(runner, index);
    });
  }

  private chooseWith(runner: StoryRunner, index: number): void {
    try {
      runner.choose(index);
    } catch (error) {
      this.parts.report(String(error));
      return;
    }
    void this.advance();
  }

  private async advance(): Promise<void> {
    const view = this.view;
    if (!view || this.busy || !this.inStory) return;
    this.rest.wentOn();
    // Busy: a second press is ignored. The button is disabled only where the step waits (a pause):
    // disabling and re-enabling the focused button in one step costs two forced style updates a line.
    this.busy = true;
    const token = this.playToken;
    let offerCalm = false;
    try {
      const events = await this.nextStep();
      // Null: the story could not load (its error screen shows).
      if (!events || token !== this.playToken) return;
      for (const event of events) {
        if (token !== this.playToken) return;
        if (event.type === 'calm') offerCalm = true;
        else await this.handle(event, view);
      }
      if (offerCalm && token === this.playToken) view.offerCalm();
    } finally {
      this.busy = false;
    }
    if (token !== this.playToken) return;
    // The position is serialised (inkjs ToJson: the heaviest step of a line on a slow device) only
    // for a player who chose to save on this device.
    if (this.parts.device.enabled) {
      this.keepSafePosition();
      void this.persist();
    }
  }

  /** The next step: from the replayed opening while it lasts, then from the runner (waited for). */
  private async nextStep(): Promise<StoryEvent[] | null> {
    if (!this.runner) {
      const replayed = this.replay?.next();
      if (replayed) return replayed;
      this.wantRunner?.();
    }
    const runner = this.runner ?? (await this.engine);
    return runner ? runner.next() : null;
  }

  /** Remembers where the story is, unless a personal question was answered in it (SAFETY.md C17). */
  private keepSafePosition(): void {
    // Not while a step runs: ink may already be past a question whose answer the director has not
    // seen yet; the end of the step takes the position.
    if (this.busy) return;
    if (this.runner && !this.answeredInStory) {
      this.safePosition = { runner: this.runner.save(), line: this.lastLine };
    }
  }

  private async handle(event: StoryEvent, view: StoryView): Promise<void> {
    const { stage, sound } = this.parts;
    switch (event.type) {
      case 'stage':
        if (event.action === 'background') {
          for (const character of CHARACTERS) stage.leave(character);
          stage.setBackground(event.location);
          sound.playAmbience(ambienceFor(event.location));
        } else if (event.action === 'enter') stage.enter(event.character, event.mood);
        else if (event.action === 'leave') stage.leave(event.character);
        else if (event.action === 'mood') stage.setMood(event.character, event.mood);
        return;
      case 'sound':
        if (event.channel === 'music') {
          const mood = event.name === MUSIC_OFF ? null : event.name;
          sound.playMusic(mood);
          stage.setAtmosphere(mood);
        } else sound.effect(event.name);
        return;
      case 'pause':
        this.storyPauses?.();
        view.wait();
        await new Promise((resolve) => window.setTimeout(resolve, event.ms));
        return;
      case 'mirror':
        // In memory only: never written anywhere (SAFETY.md C17).
        this.answeredInStory = true;
        this.answers.push({ storyId: this.entry?.meta.id ?? '', theme: event.theme, answer: event.answer });
        return;
      case 'danger':
        this.answeredInStory = true;
        this.dangerSaid = true;
        this.showDanger();
        return;
      case 'line':
        if (event.speaker && isOneOf(CHARACTERS, event.speaker) && !stage.has(event.speaker)) {
          stage.enter(event.speaker, event.mood ?? 'neutraal');
        }
        stage.setSpeaker(event.speaker && event.speaker !== 'ik' ? event.speaker : null);
        this.lastLine = { text: event.text, speaker: event.speaker };
        view.showLine(event);
        if (this.soundAfterFirstLine) {
          this.soundAfterFirstLine = false;
          const token = this.playToken;
          this.rest.whenResting(() => {
            // Still this story (not left, not exited meanwhile)?
            if (token === this.playToken) void this.parts.sound.unlock();
          });
        }
        this.rest.lineShown();
        return;
      case 'choices': {
        view.showChoices(event);
        // The choices are painted first; then what waited for the opening (Phaser, files, sound).
        const token = this.playToken;
        void afterNextPaint(PAINT_WAIT_MS).then(() => {
          if (token === this.playToken) this.preloadRest();
        });
        return;
      }
      case 'end':
        if (event.reason === 'reflection') this.showReflection();
        else this.showError();
        return;
      case 'problem':
        this.parts.report(`${this.entry?.meta.id ?? 'story'}: ${event.message}`);
        return;
      case 'discuss':
      case 'calm':
        return;
    }
  }

  private showReflection(): void {
    this.endOpening();
    const storyId = this.entry?.meta.id ?? '';
    const answers = this.answers.filter((answer) => answer.storyId === storyId);
    this.runner = null;
    this.replay = null;
    this.engine = null;
    this.wantRunner = null;
    this.storyPauses = null;
    void this.persist();
    this.parts.sound.playMusic('hoopvol');
    this.parts.stage.setAtmosphere('hoopvol');
    const storiesPlayed = new Set(this.answers.map((answer) => answer.storyId)).size;
    const token = this.playToken;
    // The layer loaded at the first choice; if it never could (offline), the help numbers show instead.
    void this.reflectOn(answers).then(
      (result) => {
        if (token !== this.playToken) return;
        for (const problem of result.problems) this.parts.report(problem);
        this.parts.shell.show(
          reflectionScreen(this.t, this.content, result.cards, this.helpContext(answers), {
            again: () => this.showSelect(),
            mirror: storiesPlayed > 1 ? () => this.showMirror() : undefined,
          }),
        );
      },
      () => {
        if (token === this.playToken) this.showError();
      },
    );
  }

  /** Mute is a setting: kept in memory, and on the device only after opt-in. */
  soundChanged(): void {
    void this.persist();
  }

  private showError(): void {
    this.endOpening();
    this.runner = null;
    this.replay = null;
    this.engine = null;
    this.wantRunner = null;
    this.storyPauses = null;
    this.parts.sound.playMusic(null);
    this.parts.shell.show(
      errorScreen(this.t, helpNumbersBlock(this.t, this.content), () => this.showSelect()),
    );
  }

  /** The story's opening is over (first choice, end, error or stop): held background work may go on. */
  private endOpening(): void {
    this.rest.flush();
    this.preloader.release();
    this.parts.opening?.release();
  }

  /** Stops the story on screen; `opening`: the next story's opening follows at once (keep work held). */
  private stopStory(next: 'opening' | null = null): void {
    // What waited for a rest belonged to the story that stops.
    this.rest.cancel();
    if (next === 'opening') {
      this.preloader.hold();
      this.parts.opening?.hold();
    } else {
      this.endOpening();
      // Left before the first line: the sound waits for the next story's start.
      this.soundAfterFirstLine = false;
    }
    this.playToken++;
    this.runner = null;
    this.replay = null;
    this.engine = null;
    this.wantRunner = null;
    this.storyPauses = null;
    this.view = null;
    this.busy = false;
    this.parts.settings?.stopReading();
    this.parts.stage.clear();
    this.parts.stage.setAtmosphere(null);
    this.parts.sound.playMusic(null);
    this.parts.sound.playAmbience(null);
  }
}

function capitalise(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}
