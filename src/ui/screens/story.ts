// The story screen: the current line in a live region (read once, not the whole log), and either a
// "Verder" button or the choices as real buttons. Focus moves to what the player acts on next.
// With "letter voor letter" the line is typed in an aria-hidden copy laid over the live region: screen
// readers get the whole line at once, and any key, click or tap shows the whole line.
import { button, h } from '../dom';
import { langAttrs } from '../lang';
import type { Translate } from '../../i18n';
import type { ChoicesEvent, LineEvent } from '../../story/types';

export interface StoryViewActions {
  next: () => void;
  choose: (index: number) => void;
  calm: () => void;
}

export interface StoryViewOptions {
  /** The story's title: a heading for screen-reader navigation (visually hidden). */
  title?: string;
  /** True: type each line letter by letter (visually only). Asked for every line. */
  typed?: () => boolean;
  /** What is new on screen, for read-aloud; `interrupt` stops what is being read first. */
  read?: (texts: string[], interrupt: boolean) => void;
  /** The story's language when it is not the page's (a Dutch story under a Polish UI): set on its text. */
  storyLang?: string;
}

/** Milliseconds per letter when typing. */
const TYPE_MS = 35;
/** A live region added to the page and filled in the same moment is often not read: wait a little. */
const FIRST_LINE_DELAY_MS = 120;

export class StoryView {
  readonly element: HTMLElement;
  private readonly speaker: HTMLElement;
  private readonly line: HTMLElement;
  private readonly live: HTMLElement;
  private readonly typing: HTMLElement;
  private readonly extras: HTMLElement;
  private readonly controls: HTMLElement;
  private readonly nextButton: HTMLButtonElement;
  private firstLine = true;
  /** When the live region was made: the first line waits until it has existed a moment. */
  private readonly createdAt = performance.now();
  /** The first line, waiting to be written into the live region (see FIRST_LINE_DELAY_MS). */
  private pendingLine: { timer: number; write: () => void } | null = null;
  private typingTimer: number | undefined;
  private stopTypingListeners: (() => void) | null = null;

  constructor(
    private readonly t: Translate,
    private readonly speakerName: (speaker: string) => string,
    private readonly actions: StoryViewActions,
    private readonly options: StoryViewOptions = {},
  ) {
    this.speaker = h('p', { class: 'speaker', hidden: true });
    this.line = h('p', { class: 'line' });
    this.live = h(
      'div',
      { class: 'dialogue-text', role: 'status', 'aria-live': 'polite', 'aria-atomic': 'true' },
      this.speaker,
      this.line,
    );
    this.typing = h('div', { class: 'dialogue-typing', 'aria-hidden': 'true', hidden: true });
    this.extras = h('div', { class: 'extras' });
    this.controls = h('div', { class: 'controls', 'data-focus-return': '' });
    this.nextButton = button(
      t('story.next'),
      () => {
        // A press before the first line is written, or while a line is typed, only shows that line:
        // it never skips a line the player has not seen.
        if (!this.showPendingLine() && !this.finishTyping()) actions.next();
      },
      { class: 'btn btn-primary btn-next' },
    );
    const title = options.title
      ? h('h2', { id: 'story-title', class: 'visually-hidden', ...this.storyAttrs() }, options.title)
      : null;
    this.element = h(
      'section',
      title
        ? { class: 'screen screen-story', 'aria-labelledby': 'story-title' }
        : { class: 'screen screen-story', 'aria-label': t('story.log') },
      title,
      h(
        'div',
        { class: 'dialogue' },
        h('div', { class: 'dialogue-lines', ...this.storyAttrs() }, this.live, this.typing),
        this.extras,
        this.controls,
      ),
    );
  }

  showLine(event: LineEvent): void {
    const name = event.speaker ? this.speakerName(event.speaker) : null;
    this.cancelPendingLine();
    this.finishTyping();
    const write = () => {
      this.pendingLine = null;
      if (!this.element.isConnected) return;
      this.speaker.hidden = name === null;
      this.speaker.textContent = name ? `${name}:` : '';
      if (event.speaker) this.speaker.dataset.speaker = event.speaker;
      else delete this.speaker.dataset.speaker;
      this.line.textContent = event.text;
      this.line.dataset.narrator = String(event.speaker === null);
      if (this.options.typed?.()) this.startTyping(event.text);
      this.options.read?.([name ? `${name}: ${event.text}` : event.text], true);
    };
    if (this.firstLine) {
      this.firstLine = false;
      const waited = performance.now() - this.createdAt;
      const timer = window.setTimeout(write, Math.max(0, FIRST_LINE_DELAY_MS - waited));
      this.pendingLine = { timer, write };
    } else write();
    this.extras.replaceChildren();
    const hadFocus = this.element.contains(document.activeElement);
    // Keep the same button in place: a re-inserted button would be announced again on every line.
    if (this.controls.childNodes.length !== 1 || this.controls.firstChild !== this.nextButton) {
      this.controls.replaceChildren(this.nextButton);
    }
    this.nextButton.disabled = false;
    // focus() brings style and layout up to date: only when the focus is not there already.
    const focused = document.activeElement === this.nextButton;
    if (!focused && (hadFocus || document.activeElement === document.body)) this.nextButton.focus();
  }

  /** While a pause tag runs or the next step loads. */
  wait(): void {
    this.nextButton.disabled = true;
  }

  showChoices(event: ChoicesEvent): void {
    if (event.mirrorTheme) {
      this.extras.replaceChildren(h('p', { class: 'private-note' }, this.t('story.private')));
    }
    const buttons = event.choices.map((choice) =>
      button(
        choice.text,
        () => {
          if (!this.showPendingLine() && !this.finishTyping()) this.actions.choose(choice.index);
        },
        { class: 'btn' },
      ),
    );
    this.controls.replaceChildren(
      h(
        'ul',
        { class: 'choice-list', 'aria-label': this.t('story.choices'), ...this.storyAttrs() },
        buttons.map((b) => h('li', {}, b)),
      ),
    );
    buttons[0]?.focus();
    this.options.read?.([this.t('story.choices'), ...event.choices.map((choice) => choice.text)], false);
  }

  private storyAttrs(): { lang?: string; dir?: 'ltr' | 'rtl' } {
    return this.options.storyLang ? langAttrs(this.options.storyLang) : {};
  }

  offerCalm(): void {
    this.extras.append(
      h(
        'p',
        { class: 'calm-offer' },
        button(this.t('story.calmOffer'), () => this.actions.calm(), { class: 'btn btn-link' }),
      ),
    );
  }

  /** Writes the first line now if it still waits. Returns true if it was waiting. */
  private showPendingLine(): boolean {
    const pending = this.pendingLine;
    if (!pending) return false;
    window.clearTimeout(pending.timer);
    pending.write();
    return true;
  }

  private cancelPendingLine(): void {
    if (this.pendingLine) window.clearTimeout(this.pendingLine.timer);
    this.pendingLine = null;
  }

  /** True while a line is being typed. */
  get isTyping(): boolean {
    return this.typingTimer !== undefined;
  }

  /** Types `text` over the live region, which stays in place (invisible) with the whole line. */
  private startTyping(text: string): void {
    const letters = Array.from(text);
    const typed = h('span', {});
    const untyped = h('span', { class: 'untyped' }, text);
    const line = this.line.cloneNode(false) as HTMLElement;
    line.append(typed, untyped);
    this.typing.replaceChildren(this.speaker.cloneNode(true), line);
    this.typing.hidden = false;
    this.live.classList.add('is-typing');
    let shown = 0;
    this.typingTimer = window.setInterval(() => {
      if (!this.element.isConnected) return void this.finishTyping();
      shown++;
      typed.textContent = letters.slice(0, shown).join('');
      untyped.textContent = letters.slice(shown).join('');
      if (shown >= letters.length) this.finishTyping();
    }, TYPE_MS);

    // Any key, click or tap shows the whole line. A click on (or Enter/Space at) one of the story's
    // buttons is left to that button, which then only finishes the line.
    const onButton = (target: EventTarget | null) =>
      target instanceof Element && target.closest('button') !== null && this.controls.contains(target);
    const onKey = (event: KeyboardEvent) => {
      if ((event.key === 'Enter' || event.key === ' ') && onButton(event.target)) return;
      this.finishTyping();
    };
    const onPointer = (event: PointerEvent) => {
      if (!onButton(event.target)) this.finishTyping();
    };
    document.addEventListener('keydown', onKey, true);
    document.addEventListener('pointerdown', onPointer, true);
    this.stopTypingListeners = () => {
      document.removeEventListener('keydown', onKey, true);
      document.removeEventListener('pointerdown', onPointer, true);
    };
  }

  /** Shows the whole line at once. Returns true if a line was still being typed. */
  finishTyping(): boolean {
    if (this.typingTimer === undefined) return false;
    window.clearInterval(this.typingTimer);
    this.typingTimer = undefined;
    this.stopTypingListeners?.();
    this.stopTypingListeners = null;
    this.typing.hidden = true;
    this.typing.replaceChildren();
    this.live.classList.remove('is-typing');
    return true;
  }
}
