// A class vote without any server: the presenter counts raised hands with +1 per option, the game shows
// the tally as a bar chart (HTML bars with text labels), and the presenter picks how the story goes on.
// The counts live in this element only and are gone with it.
import { button, h } from '../dom';
import type { Translate } from '../../i18n';
import type { ChoiceOption } from '../../story/types';

export class VotePanel {
  readonly element: HTMLElement;
  private readonly counts = new Map<number, number>();
  private revealed = false;

  constructor(
    private readonly t: Translate,
    private readonly prompt: string | null,
    private readonly options: readonly ChoiceOption[],
    private readonly onPick: (index: number) => void,
  ) {
    this.element = h('div', { class: 'vote', 'data-kind': 'vote' });
    this.renderCounting();
  }

  get showingTally(): boolean {
    return this.revealed;
  }

  private count(index: number): number {
    return this.counts.get(index) ?? 0;
  }

  private heading(text: string, id: string): HTMLElement {
    return h('h2', { id, class: 'vote-title' }, text);
  }

  private renderCounting(): void {
    this.revealed = false;
    const t = this.t;
    const rows = this.options.map((option) => {
      const count = h(
        'output',
        {
          class: 'vote-count',
          'aria-label': t('presenter.count', { n: this.count(option.index), option: option.text }),
        },
        String(this.count(option.index)),
      );
      const change = (delta: number) => {
        this.counts.set(option.index, Math.max(0, this.count(option.index) + delta));
        count.textContent = String(this.count(option.index));
        count.setAttribute(
          'aria-label',
          t('presenter.count', { n: this.count(option.index), option: option.text }),
        );
      };
      return h(
        'li',
        { class: 'vote-row' },
        h('span', { class: 'vote-option' }, option.text),
        button('−1', () => change(-1), {
          class: 'btn vote-minus',
          'aria-label': t('presenter.minusOne', { option: option.text }),
        }),
        count,
        button('+1', () => change(1), {
          class: 'btn btn-primary vote-plus',
          'aria-label': t('presenter.plusOne', { option: option.text }),
        }),
      );
    });
    this.element.replaceChildren(
      this.heading(t('presenter.vote'), 'vote-title'),
      h('p', { class: 'vote-prompt', hidden: !this.prompt }, this.prompt ?? ''),
      h('p', { class: 'muted' }, t('presenter.voteLead')),
      h('ul', { class: 'vote-list', 'aria-labelledby': 'vote-title' }, rows),
      h(
        'div',
        { class: 'actions' },
        button(t('presenter.showTally'), () => this.reveal(), { class: 'btn btn-primary btn-big' }),
      ),
    );
  }

  /** Shows the bar chart with a "Kies" button per option. */
  reveal(): void {
    const t = this.t;
    this.revealed = true;
    const total = this.options.reduce((sum, option) => sum + this.count(option.index), 0);
    const most = Math.max(1, ...this.options.map((option) => this.count(option.index)));
    const rows = this.options.map((option) => {
      const n = this.count(option.index);
      const share = total > 0 ? Math.round((n / total) * 100) : 0;
      const fill = h('span', { class: 'tally-fill' });
      // CSSOM, not a style attribute: the Content-Security-Policy allows no inline styles.
      fill.style.setProperty('--share', String(n / most));
      return h(
        'li',
        { class: 'tally-row', 'data-count': n },
        h('span', { class: 'tally-label' }, option.text),
        h('span', { class: 'tally-bar', 'aria-hidden': 'true' }, fill),
        h(
          'span',
          { class: 'tally-count' },
          `${n === 1 ? t('presenter.oneVote') : t('presenter.votes', { n })} (${share}%)`,
        ),
        button(t('presenter.pickShort'), () => this.onPick(option.index), {
          class: 'btn btn-primary tally-pick',
          'aria-label': t('presenter.pickThis', { option: option.text }),
        }),
      );
    });
    this.element.replaceChildren(
      h(
        'figure',
        { class: 'tally', 'aria-labelledby': 'tally-title' },
        h('figcaption', {}, this.heading(t('presenter.tallyTitle'), 'tally-title')),
        this.prompt ? h('p', { class: 'vote-prompt' }, this.prompt) : null,
        h('ul', { class: 'tally-bars' }, rows),
      ),
      h('p', { class: 'muted small' }, t('presenter.stored')),
      h(
        'div',
        { class: 'actions' },
        button(
          t('presenter.recount'),
          () => {
            this.counts.clear();
            this.renderCounting();
          },
          { class: 'btn' },
        ),
      ),
    );
    this.element.querySelector<HTMLElement>('#tally-title')?.setAttribute('tabindex', '-1');
    this.element.querySelector<HTMLElement>('#tally-title')?.focus();
  }
}
