// The director: the one place that knows every part. It owns the game state (in memory only) and
// routes story events to the UI, the stage and the sound.
import { StoryRunner } from '../story/runner';
import type { StoryEvent } from '../story/types';
import { CHARACTERS, MUSIC_OFF, isOneOf } from '../story/vocabulary';
import { reflect } from '../reflection';
import type { AgeBand } from '../reflection';
import { translator, type Lang, type Translate } from '../i18n';
import type { Shell } from '../ui/shell';
import { StoryView } from '../ui/screens/story';
import { ageScreen, errorScreen, noteScreen, safetyScreen, startScreen, type AgeChoice } from '../ui/screens/basic';
import { calmScreen } from '../ui/screens/calm';
import { menuScreen } from '../ui/screens/menu';
import { selectScreen } from '../ui/screens/select';
import { reflectionScreen } from '../ui/screens/reflection';
import { dangerScreen, helpNumbersBlock, helpScreen } from '../ui/screens/help';
import type { StageProxy } from '../stage/stage-proxy';
import type { SoundDirector } from '../audio/sound';
import { ambienceFor } from './ambience';
import { storiesFor, type CatalogEntry } from './catalog';

/** When the player would rather not say their age, wording and help fit the middle band. */
const DEFAULT_AGE_BAND: AgeBand = '13-15';

export interface DirectorParts {
  shell: Shell;
  stage: StageProxy;
  sound: SoundDirector;
  lang: Lang;
  /** Reports story problems in development; production shows only the calm fallback. */
  report: (message: string) => void;
  onLanguageChange: (lang: Lang) => void;
}

interface Answer {
  theme: string;
  answer: string;
}

export class Director {
  private lang: Lang;
  private t: Translate;
  private ageBand: AgeBand | null = null;
  private ageAsked = false;
  private safetySeen = false;
  private readonly answers: Answer[] = [];
  private dangerSaid = false;
  private runner: StoryRunner | null = null;
  private entry: CatalogEntry | null = null;
  private view: StoryView | null = null;
  private busy = false;
  private playToken = 0;

  constructor(private readonly parts: DirectorParts) {
    this.lang = parts.lang;
    this.t = translator(this.lang);
  }

  get language(): Lang {
    return this.lang;
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
        switchLanguage: () => this.setLanguage(this.lang === 'nl' ? 'en' : 'nl'),
        safety: () => this.showSafety(() => this.showStart()),
      }),
    );
  }

  setLanguage(lang: Lang): void {
    this.lang = lang;
    this.t = translator(lang);
    this.parts.onLanguageChange(lang);
    this.showStart();
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
      selectScreen(this.t, storiesFor(this.lang), this.ageBand, (entry) => this.showNote(entry)),
    );
  }

  /** Opens a scenario's content note directly (deep links). */
  openStory(entry: CatalogEntry): void {
    this.showNote(entry);
  }

  private showNote(entry: CatalogEntry): void {
    this.parts.shell.show(
      noteScreen(this.t, entry.meta, {
        start: () => {
          void this.parts.sound.unlock();
          void this.play(entry);
        },
        other: () => this.showSelect(),
      }),
    );
  }

  showHelp(): void {
    if (this.parts.shell.topOverlayIs('help')) return;
    this.parts.shell.overlay(
      helpScreen(this.t, this.lang, this.helpContext(), () => this.parts.shell.closeOverlay()),
    );
  }

  showDanger(): void {
    if (this.parts.shell.topOverlayIs('danger')) return;
    this.parts.shell.overlay(
      dangerScreen(this.t, this.lang, this.helpContext(), () => this.parts.shell.closeOverlay()),
    );
  }

  showCalm(): void {
    if (this.parts.shell.topOverlayIs('calm')) return;
    this.parts.shell.overlay(calmScreen(this.t, () => this.parts.shell.closeOverlay()));
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
        },
        this.runner !== null,
      ),
    );
  }

  private helpContext() {
    const { cards } = reflect({
      answers: this.answers,
      danger: this.dangerSaid,
      ageBand: this.ageBand ?? DEFAULT_AGE_BAND,
      lang: this.lang,
    });
    return {
      verdicts: cards.map((card) => card.verdict),
      themes: cards.map((card) => card.theme),
      ageBand: this.ageBand ?? DEFAULT_AGE_BAND,
      now: new Date(),
      danger: this.dangerSaid,
    };
  }

  // ---------- playing a story ----------

  private async play(entry: CatalogEntry): Promise<void> {
    this.stopStory();
    const token = this.playToken;
    this.entry = entry;
    let runner: StoryRunner;
    try {
      const { json, hash } = await entry.load();
      runner = new StoryRunner(json, hash);
    } catch (error) {
      this.parts.report(`could not load story ${entry.meta.id}: ${String(error)}`);
      this.showError();
      return;
    }
    if (token !== this.playToken) return;
    this.runner = runner;
    const cast = entry.meta.cast;
    this.view = new StoryView(
      this.t,
      (speaker) => (speaker === 'ik' ? this.t('story.you') : (cast[speaker] ?? capitalise(speaker))),
      {
        next: () => void this.advance(),
        choose: (index) => this.choose(index),
        calm: () => this.showCalm(),
      },
    );
    this.parts.shell.show(this.view.element, this.view.element.querySelector('.dialogue'));
    await this.advance();
  }

  private choose(index: number): void {
    if (!this.runner || this.busy) return;
    try {
      this.runner.choose(index);
    } catch (error) {
      this.parts.report(String(error));
      return;
    }
    void this.advance();
  }

  private async advance(): Promise<void> {
    const runner = this.runner;
    const view = this.view;
    if (!runner || !view || this.busy) return;
    this.busy = true;
    view.wait();
    const token = this.playToken;
    let offerCalm = false;
    try {
      for (const event of runner.next()) {
        if (token !== this.playToken) return;
        if (event.type === 'calm') offerCalm = true;
        else await this.handle(event, view);
      }
      if (offerCalm && token === this.playToken) view.offerCalm();
    } finally {
      this.busy = false;
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
        } else if (event.action === 'enter') stage.enter(event.character, 'neutraal');
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
        await new Promise((resolve) => window.setTimeout(resolve, event.ms));
        return;
      case 'mirror':
        // In memory only: never written anywhere (SAFETY.md C17).
        this.answers.push({ theme: event.theme, answer: event.answer });
        return;
      case 'danger':
        this.dangerSaid = true;
        this.showDanger();
        return;
      case 'line':
        if (event.speaker && isOneOf(CHARACTERS, event.speaker) && !stage.has(event.speaker)) {
          stage.enter(event.speaker, event.mood ?? 'neutraal');
        }
        stage.setSpeaker(event.speaker && event.speaker !== 'ik' ? event.speaker : null);
        view.showLine(event);
        return;
      case 'choices':
        view.showChoices(event);
        return;
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
    const ageBand = this.ageBand ?? DEFAULT_AGE_BAND;
    const result = reflect({ answers: this.answers, danger: this.dangerSaid, ageBand, lang: this.lang });
    for (const problem of result.problems) this.parts.report(problem);
    this.runner = null;
    this.parts.sound.playMusic('hoopvol');
    this.parts.stage.setAtmosphere('hoopvol');
    this.parts.shell.show(
      reflectionScreen(this.t, this.lang, result.cards, this.helpContext(), {
        again: () => this.showSelect(),
      }),
    );
  }

  private showError(): void {
    this.runner = null;
    this.parts.sound.playMusic(null);
    this.parts.shell.show(errorScreen(this.t, helpNumbersBlock(this.t, this.lang), () => this.showSelect()));
  }

  private stopStory(): void {
    this.playToken++;
    this.runner = null;
    this.view = null;
    this.busy = false;
    this.parts.stage.clear();
    this.parts.stage.setAtmosphere(null);
    this.parts.sound.playMusic(null);
    this.parts.sound.playAmbience(null);
  }
}

function capitalise(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}
