// The story screen: the current line in a live region (read once, not the whole log), and either a
// "Verder" button or the choices as real buttons. Focus moves to what the player acts on next.
import { button, h } from '../dom';
import type { Translate } from '../../i18n';
import type { ChoicesEvent, LineEvent } from '../../story/types';

export interface StoryViewActions {
  next: () => void;
  choose: (index: number) => void;
  calm: () => void;
}

export class StoryView {
  readonly element: HTMLElement;
  private readonly speaker: HTMLElement;
  private readonly line: HTMLElement;
  private readonly extras: HTMLElement;
  private readonly controls: HTMLElement;
  private readonly nextButton: HTMLButtonElement;

  constructor(
    private readonly t: Translate,
    private readonly speakerName: (speaker: string) => string,
    private readonly actions: StoryViewActions,
  ) {
    this.speaker = h('p', { class: 'speaker', hidden: true });
    this.line = h('p', { class: 'line' });
    this.extras = h('div', { class: 'extras' });
    this.controls = h('div', { class: 'controls' });
    this.nextButton = button(t('story.next'), () => actions.next(), { class: 'btn btn-primary btn-next' });
    this.element = h(
      'section',
      { class: 'screen screen-story', 'aria-label': t('story.log') },
      h(
        'div',
        { class: 'dialogue' },
        h(
          'div',
          { class: 'dialogue-text', 'aria-live': 'polite', 'aria-atomic': 'true' },
          this.speaker,
          this.line,
        ),
        this.extras,
        this.controls,
      ),
    );
  }

  showLine(event: LineEvent): void {
    const name = event.speaker ? this.speakerName(event.speaker) : null;
    this.speaker.hidden = name === null;
    this.speaker.textContent = name ? `${name}:` : '';
    if (event.speaker) this.speaker.dataset.speaker = event.speaker;
    else delete this.speaker.dataset.speaker;
    this.line.textContent = event.text;
    this.line.dataset.narrator = String(event.speaker === null);
    this.extras.replaceChildren();
    const hadFocus = this.element.contains(document.activeElement);
    this.controls.replaceChildren(this.nextButton);
    this.nextButton.disabled = false;
    if (hadFocus || document.activeElement === document.body) this.nextButton.focus();
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
      button(choice.text, () => this.actions.choose(choice.index), { class: 'btn' }),
    );
    this.controls.replaceChildren(
      h(
        'ul',
        { class: 'choice-list' },
        buttons.map((b) => h('li', {}, b)),
      ),
    );
    buttons[0]?.focus();
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
}
