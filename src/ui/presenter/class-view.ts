// The projector screen while a story plays in class: the line in large text (a live region), a class
// question in place of any personal question, the vote at a choice point, a discussion prompt beside
// it, and the presenter's controls (also on keys: see src/app/presenter.ts).
import { button, h } from '../dom';
import type { Translate } from '../../i18n';
import type { ChoiceOption } from '../../story/types';
import { VotePanel } from './vote';

export interface ClassViewActions {
  next: () => void;
  back: () => void;
  map: () => void;
  pause: () => void;
  notes: () => void;
  stop: () => void;
  calm: () => void;
  pick: (index: number) => void;
}

export class ClassView {
  readonly element: HTMLElement;
  private readonly main: HTMLElement;
  private readonly discuss: HTMLElement;
  private readonly stepLabel: HTMLElement;
  private readonly prevButton: HTMLButtonElement;
  private readonly nextButton: HTMLButtonElement;
  private readonly calmSlot: HTMLElement;
  /** One live region for the lines, kept while lines follow each other (so each new line is read). */
  private readonly dialogue: HTMLElement;
  private readonly speaker: HTMLElement;
  private readonly line: HTMLElement;
  private vote: VotePanel | null = null;

  constructor(
    private readonly t: Translate,
    title: string,
    private readonly actions: ClassViewActions,
  ) {
    this.main = h('div', { class: 'class-main' });
    this.speaker = h('p', { class: 'speaker', hidden: true });
    this.line = h('p', { class: 'class-line' });
    this.dialogue = h(
      'div',
      { class: 'class-dialogue', 'aria-live': 'polite', 'aria-atomic': 'true' },
      this.speaker,
      this.line,
    );
    this.discuss = h('p', { class: 'class-discuss-text' });
    this.stepLabel = h('p', { class: 'class-step' });
    this.calmSlot = h('div', { class: 'class-calm' });
    this.prevButton = button(t('presenter.prev'), () => actions.back(), { class: 'btn class-prev' });
    this.nextButton = button(t('presenter.next'), () => actions.next(), {
      class: 'btn btn-primary class-next',
    });
    this.element = h(
      'section',
      { class: 'screen presenter-screen screen-class', 'aria-label': t('presenter.story') },
      h(
        'div',
        { class: 'class-grid' },
        this.main,
        h(
          'aside',
          { class: 'class-side', 'aria-labelledby': 'discuss-title' },
          h('p', { class: 'class-title' }, title),
          h(
            'div',
            { class: 'card class-discuss' },
            h('h2', { id: 'discuss-title' }, t('presenter.discussTitle')),
            this.discuss,
          ),
          this.calmSlot,
        ),
        h(
          'nav',
          { class: 'class-controls', 'aria-label': t('presenter.controls') },
          this.prevButton,
          this.nextButton,
          button(t('presenter.map'), () => actions.map(), { class: 'btn' }),
          button(t('presenter.notes'), () => actions.notes(), { class: 'btn' }),
          button(t('presenter.pause'), () => actions.pause(), { class: 'btn', 'aria-keyshortcuts': 'P' }),
          button(t('presenter.stop'), () => actions.stop(), { class: 'btn btn-link' }),
          this.stepLabel,
          h('p', { class: 'class-keys muted small' }, t('presenter.keys')),
        ),
      ),
    );
  }

  /** Step number, and which of back / next can be used now. */
  setStep(position: number, canBack: boolean, canForward: boolean): void {
    this.stepLabel.textContent = this.t('presenter.step', { n: position });
    this.prevButton.disabled = !canBack;
    this.nextButton.disabled = !canForward;
  }

  setDiscussion(text: string): void {
    this.discuss.textContent = text;
  }

  offerCalm(offer: boolean): void {
    this.calmSlot.replaceChildren(
      offer ? button(this.t('presenter.calm'), () => this.actions.calm(), { class: 'btn' }) : '',
    );
  }

  showLine(speaker: { id: string; name: string } | null, text: string): void {
    this.vote = null;
    const focusNext = this.keepFocus();
    if (this.dialogue.parentElement !== this.main) this.main.replaceChildren(this.dialogue);
    this.speaker.hidden = speaker === null;
    this.speaker.textContent = speaker ? `${speaker.name}:` : '';
    if (speaker) this.speaker.dataset.speaker = speaker.id;
    else delete this.speaker.dataset.speaker;
    this.line.textContent = text;
    this.line.dataset.narrator = String(speaker === null);
    if (focusNext) this.nextButton.focus();
  }

  /** In place of a personal question: a question for the whole class. */
  showQuestion(theme: string): void {
    this.vote = null;
    const focusNext = this.keepFocus();
    this.main.replaceChildren(
      h(
        'div',
        { class: 'card class-question', 'data-theme': theme, 'aria-live': 'polite' },
        h('p', { class: 'badge' }, this.t('presenter.classQuestionLead')),
        h('h2', {}, this.t('presenter.classQuestion')),
        h('p', { class: 'lead' }, this.t('presenter.classQuestionText')),
      ),
    );
    if (focusNext) this.nextButton.focus();
  }

  showVote(prompt: string | null, options: readonly ChoiceOption[]): void {
    this.vote = new VotePanel(this.t, prompt, options, (index) => this.actions.pick(index));
    this.main.replaceChildren(h('div', { class: 'card class-vote' }, this.vote.element));
    const title = this.vote.element.querySelector<HTMLElement>('h2');
    title?.setAttribute('tabindex', '-1');
    title?.focus();
  }

  /** At a vote: true when the tally was not shown yet and is now. */
  revealTally(): boolean {
    if (!this.vote || this.vote.showingTally) return false;
    this.vote.reveal();
    return true;
  }

  /** Keep focus on "Verder" when the presenter was using the controls (or nothing had focus). */
  private keepFocus(): boolean {
    const active = document.activeElement;
    return (
      active === document.body || active === this.nextButton || this.main.contains(active) || active === null
    );
  }
}
