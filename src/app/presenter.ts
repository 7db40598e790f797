// Presenter mode ("Voor de klas"): the director for a guest lesson with a projector. It reuses the story
// runner, the catalog, the shell, the stage and the sound, but never asks anyone on screen about their
// own home (see ./class-session.ts), stores nothing, and lets the presenter step back and forth with
// the keyboard or a presentation clicker.
// Loaded only in presenter mode (src/main.ts imports this module dynamically), with its own styles.
import '../styles/presenter.css';
import { translator, type Translate } from '../i18n';
import type { Shell } from '../ui/shell';
import type { StageProxy } from '../stage/stage-proxy';
import type { SoundDirector } from '../audio/sound';
import { StoryRunner } from '../story/runner';
import { config } from '../config';
import { getHelpLine } from '../help';
import { calmScreen } from '../ui/screens/calm';
import { dangerScreen, helpNumbersBlock, helpScreen } from '../ui/screens/help';
import { errorScreen } from '../ui/screens/basic';
import { ClassView } from '../ui/presenter/class-view';
import { endScreen, handoutScreen, handoutSheet } from '../ui/presenter/handout';
import { notesOverlay, prepScreen, presenterHome, presenterMenu, scenarioScreen } from '../ui/presenter/home';
import { pauseScreen } from '../ui/presenter/pause';
import { storyMapScreen } from '../ui/presenter/story-map';
import { ambienceFor } from './ambience';
import { findStory, storiesFor, type CatalogEntry } from './catalog';
import { ClassSession, EMPTY_SCENE, type ChoiceNode, type SceneState, type Step } from './class-session';
import { presenterNote } from './presenter-notes';

/** ArrowRight, ArrowDown, PageDown (most clickers) and Space go on; the opposites go back. */
const NEXT_KEYS = new Set(['ArrowRight', 'ArrowDown', 'PageDown', ' ', 'Spacebar']);
const BACK_KEYS = new Set(['ArrowLeft', 'ArrowUp', 'PageUp']);
/** P pauses; clickers send B or "." for their "black screen" button. */
const PAUSE_KEYS = new Set(['p', 'P', 'b', 'B', '.']);
const GENERIC_PROMPTS = [1, 2, 3, 4, 5] as const;

/** Any language the UI can show; stories, notes and help texts are shown in Dutch or English. */
type UiLanguage = Parameters<typeof translator>[0];
type ContentLang = 'nl' | 'en';

export interface PresenterParts {
  shell: Shell;
  stage: StageProxy;
  sound: SoundDirector;
  report: (message: string) => void;
  /** The presenter switched language (the toolbar and the quick exit follow). */
  onLanguageChange: (lang: UiLanguage) => void;
  /** Back to the player's start screen. */
  leave: () => void;
}

export class Presenter {
  private lang: UiLanguage = 'nl';
  private t: Translate = translator('nl');
  private active = false;
  private entry: CatalogEntry | null = null;
  private session: ClassSession | null = null;
  private view: ClassView | null = null;
  private shownScene: SceneState = EMPTY_SCENE;
  private pausedSound: { music: string | null; ambience: string | null } | null = null;
  private printSheet: HTMLElement | null = null;
  private token = 0;

  constructor(private readonly parts: PresenterParts) {}

  get isActive(): boolean {
    return this.active;
  }

  get language(): UiLanguage {
    return this.lang;
  }

  /** The language of the stories, the notes and the help texts. */
  private get content(): ContentLang {
    return this.lang === 'nl' ? 'nl' : 'en';
  }

  /** Enters presenter mode; opens one scenario's page when `storyId` names one. */
  start(lang: UiLanguage, storyId: string | null = null): void {
    this.lang = lang;
    this.t = translator(lang);
    if (!this.active) {
      this.active = true;
      document.documentElement.classList.add('presenter-mode');
      document.addEventListener('keydown', this.onKey);
    }
    this.mountPrintSheet();
    const entry = storyId ? findStory(this.content, storyId) : undefined;
    if (entry) this.showScenario(entry);
    else this.showHome();
  }

  /** Leaves presenter mode: nothing of it stays (no session, no keys, no hand-out). */
  stop(): void {
    this.stopStory();
    this.active = false;
    document.documentElement.classList.remove('presenter-mode');
    document.removeEventListener('keydown', this.onKey);
    this.printSheet?.remove();
    this.printSheet = null;
  }

  // ---------- screens ----------

  showHome(): void {
    this.stopStory();
    this.parts.stage.setBackground('klas');
    this.parts.stage.setAtmosphere('rustig');
    const other: ContentLang = this.content === 'nl' ? 'en' : 'nl';
    this.parts.shell.show(
      presenterHome(
        this.t,
        storiesFor(this.content),
        { label: other === 'en' ? 'English' : 'Nederlands', lang: other },
        {
          open: (entry) => this.showScenario(entry),
          prepare: () => this.showPreparation(),
          handout: () => this.showHandout(),
          leave: () => this.parts.leave(),
          switchLanguage: () => {
            this.parts.onLanguageChange(other);
            this.start(other);
          },
        },
      ),
    );
  }

  private showScenario(entry: CatalogEntry): void {
    this.stopStory();
    this.parts.shell.show(
      scenarioScreen(this.t, entry.meta, presenterNote(entry.meta.id, this.content), {
        start: () => {
          void this.parts.sound.unlock();
          void this.play(entry);
        },
        back: () => this.showHome(),
      }),
    );
  }

  showPreparation(): void {
    if (this.parts.shell.topOverlayIs('prep')) return;
    this.parts.shell.overlay(
      prepScreen(this.t, getHelpLine('veilig_thuis').phone, () => this.parts.shell.closeOverlay()),
    );
  }

  private showHandout(): void {
    if (this.parts.shell.topOverlayIs('handout')) return;
    this.parts.shell.overlay(
      handoutScreen(this.t, this.content, config.siteUrl, {
        print: () => window.print(),
        back: () => this.parts.shell.closeOverlay(),
      }),
    );
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

  showMenu(): void {
    if (this.parts.shell.topOverlayIs('menu')) return;
    this.parts.shell.overlay(
      presenterMenu(this.t, {
        close: () => this.parts.shell.closeOverlay(),
        home: () => this.showHome(),
        prepare: () => this.showPreparation(),
        handout: () => this.showHandout(),
        leave: () => this.parts.leave(),
      }),
    );
  }

  /** Mute is kept in memory only here: presenter mode stores nothing. */
  soundChanged(): void {}

  /** Help for a class: nobody told anything, so the general order (112 first). */
  private helpContext() {
    return { verdicts: [], themes: [], ageBand: '13-15' as const, now: new Date(), danger: false };
  }

  /** The printed page is always the hand-out, never the scene on the projector (@media print). */
  private mountPrintSheet(): void {
    this.printSheet?.remove();
    this.printSheet = document.createElement('div');
    this.printSheet.className = 'handout-print';
    this.printSheet.setAttribute('aria-hidden', 'true');
    this.printSheet.append(handoutSheet(this.t, this.content, config.siteUrl));
    document.body.append(this.printSheet);
  }

  // ---------- playing a story with the class ----------

  private async play(entry: CatalogEntry): Promise<void> {
    this.stopStory();
    const token = this.token;
    let session: ClassSession;
    try {
      const { json, hash } = await entry.load();
      session = new ClassSession(new StoryRunner(json, hash), (message) =>
        this.parts.report(`${entry.meta.id}: ${message}`),
      );
    } catch (error) {
      this.parts.report(`could not load story ${entry.meta.id}: ${String(error)}`);
      // Only if the presenter is still waiting for this story (not gone elsewhere meanwhile).
      if (token === this.token) this.showLoadError();
      return;
    }
    if (token !== this.token) return;
    this.entry = entry;
    this.session = session;
    this.view = new ClassView(this.t, entry.meta.title, {
      next: () => this.next(),
      back: () => this.back(),
      map: () => this.showMap(),
      pause: () => this.togglePause(),
      notes: () => this.showNotes(),
      stop: () => this.showHome(),
      calm: () => this.showCalm(),
      pick: (index) => this.pick(index),
    });
    this.parts.shell.show(this.view.element, this.view.element.querySelector<HTMLElement>('.class-next'));
    this.render(session.current, true);
  }

  /** The story could not load (the school's connection): say so, with the help numbers, and go back. */
  private showLoadError(): void {
    this.parts.shell.show(errorScreen(this.t, helpNumbersBlock(this.t, this.content), () => this.showHome()));
  }

  next(): void {
    const session = this.session;
    if (!session || !this.view) return;
    const frame = session.current.frame;
    if (frame.kind === 'choice') {
      // At a vote the clicker shows the tally; how the story goes on is the presenter's pick.
      this.view.revealTally();
      return;
    }
    const step = session.forward();
    if (step) this.render(step, true);
  }

  back(): void {
    const step = this.session?.back();
    if (step) this.render(step, false);
  }

  private pick(index: number): void {
    const step = this.session?.choose(index);
    if (step) this.render(step, true);
  }

  private jump(node: ChoiceNode): void {
    const session = this.session;
    if (!session) return;
    this.render(session.jumpTo(node), false);
  }

  private render(step: Step, forward: boolean): void {
    const session = this.session;
    const view = this.view;
    const entry = this.entry;
    if (!session || !view || !entry) return;
    this.applyScene(step.scene, forward ? step.effects : []);
    const frame = step.frame;
    if (frame.kind === 'end') {
      this.parts.sound.playMusic('hoopvol');
      this.parts.stage.setAtmosphere('hoopvol');
      this.shownScene = { ...this.shownScene, music: 'hoopvol' };
      this.parts.shell.show(
        endScreen(this.t, this.content, config.siteUrl, {
          print: () => window.print(),
          map: () => this.showMap(),
          back: () => this.back(),
          other: () => this.showHome(),
        }),
      );
      return;
    }
    if (this.parts.shell.screen !== view.element) this.parts.shell.show(view.element);
    while (this.parts.shell.overlayOpen) this.parts.shell.closeOverlay();
    view.setStep(session.position, session.canGoBack, session.canGoForward);
    view.setDiscussion(step.discuss ?? this.genericPrompt(step.sceneNo));
    view.offerCalm(step.calm);
    if (frame.kind === 'line') {
      const speaker = frame.line.speaker;
      view.showLine(
        speaker ? { id: speaker, name: this.speakerName(speaker, entry) } : null,
        frame.line.text,
      );
    } else if (frame.kind === 'question') view.showQuestion(frame.theme);
    else view.showVote(frame.prompt, frame.options);
  }

  private speakerName(speaker: string, entry: CatalogEntry): string {
    if (speaker === 'ik') return this.t('story.you');
    return entry.meta.cast[speaker] ?? speaker.charAt(0).toUpperCase() + speaker.slice(1);
  }

  /** A scene without its own `# discuss:` prompt gets one of the general questions. */
  private genericPrompt(sceneNo: number): string {
    const n = GENERIC_PROMPTS[Math.max(0, sceneNo - 1) % GENERIC_PROMPTS.length] ?? 1;
    return this.t(`presenter.prompt.${n}`);
  }

  /** Brings the stage and sound from the scene on screen to `next` (forward, back or a jump). */
  private applyScene(next: SceneState, effects: readonly string[]): void {
    const { stage, sound } = this.parts;
    const prev = this.shownScene;
    let before = new Map(prev.characters);
    if (prev.background !== next.background) {
      for (const [character] of before) stage.leave(character);
      before = new Map();
      if (next.background) {
        stage.setBackground(next.background);
        sound.playAmbience(ambienceFor(next.background));
      } else sound.playAmbience(null);
    }
    const after = new Map(next.characters);
    for (const [character] of before) if (!after.has(character)) stage.leave(character);
    for (const [character, mood] of after) if (before.get(character) !== mood) stage.enter(character, mood);
    stage.setSpeaker(next.speaker);
    if (prev.music !== next.music) {
      sound.playMusic(next.music);
      stage.setAtmosphere(next.music);
    }
    for (const effect of effects) sound.effect(effect);
    this.shownScene = next;
  }

  private showMap(): void {
    const session = this.session;
    if (!session || this.parts.shell.topOverlayIs('story-map')) return;
    this.parts.shell.overlay(
      storyMapScreen(this.t, session.map, session.walk, {
        jump: (node) => this.jump(node),
        close: () => this.parts.shell.closeOverlay(),
      }),
    );
  }

  private showNotes(): void {
    const entry = this.entry;
    if (!entry || this.parts.shell.topOverlayIs('presenter-notes')) return;
    this.parts.shell.overlay(
      notesOverlay(this.t, entry.meta, presenterNote(entry.meta.id, this.content), () =>
        this.parts.shell.closeOverlay(),
      ),
    );
  }

  /** A calm, neutral screen over everything; the music and ambience wait. */
  togglePause(): void {
    const { shell, sound } = this.parts;
    if (shell.topOverlayIs('pause')) {
      shell.closeOverlay();
      if (this.pausedSound) {
        sound.playMusic(this.pausedSound.music);
        sound.playAmbience(this.pausedSound.ambience);
      }
      this.pausedSound = null;
      return;
    }
    if (!this.session) return;
    this.pausedSound = { music: sound.state.music, ambience: sound.state.ambience };
    sound.playMusic(null);
    sound.playAmbience(null);
    shell.overlay(pauseScreen(this.t, () => this.togglePause()));
  }

  private readonly onKey = (event: KeyboardEvent): void => {
    if (!this.active || event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey) return;
    const { key } = event;
    const paused = this.parts.shell.topOverlayIs('pause');
    if (PAUSE_KEYS.has(key) && this.session) {
      event.preventDefault();
      this.togglePause();
      return;
    }
    if (paused && NEXT_KEYS.has(key)) {
      event.preventDefault();
      this.togglePause();
      return;
    }
    // Keys never step the story behind help, the map or the notes.
    if (!this.view || this.parts.shell.overlayOpen) return;
    const onStory =
      this.parts.shell.screen === this.view.element || this.parts.shell.screen?.matches('.screen-class-end');
    if (!onStory) return;
    const target = event.target instanceof Element ? event.target : null;
    // Space on a focused button presses that button (the browser does it), so it is not "next" too.
    if (key === ' ' && target?.closest('button, a, summary, [role="button"]')) return;
    if (NEXT_KEYS.has(key)) {
      event.preventDefault();
      this.next();
    } else if (BACK_KEYS.has(key)) {
      event.preventDefault();
      this.back();
    }
  };

  private stopStory(): void {
    this.token++;
    if (this.parts.shell.topOverlayIs('pause')) this.togglePause();
    this.session = null;
    this.view = null;
    this.entry = null;
    this.pausedSound = null;
    this.shownScene = EMPTY_SCENE;
    this.parts.stage.clear();
    this.parts.stage.setAtmosphere(null);
    this.parts.sound.playMusic(null);
    this.parts.sound.playAmbience(null);
  }
}
