// The persistent frame around every screen: toolbar, the screen area, overlays that return the
// player to exactly where they were (help, "ik ben nu niet veilig", calm-down, menu).
import { focusElement, h } from './dom';
import type { Translate } from '../i18n';

export interface ToolbarActions {
  help: () => void;
  danger: () => void;
  calm: () => void;
  toggleSound: () => void;
  menu: () => void;
}

export class Shell {
  private current: HTMLElement | null = null;
  private readonly overlays: { element: HTMLElement; returnFocus: Element | null }[] = [];
  private soundButton: HTMLButtonElement | null = null;
  private readonly changeListeners: (() => void)[] = [];
  private changes = 0;

  constructor(
    private readonly root: HTMLElement,
    private readonly toolbar: HTMLElement,
  ) {}

  renderToolbar(t: Translate, actions: ToolbarActions, muted: boolean): void {
    this.toolbar.setAttribute('aria-label', t('toolbar.label'));
    // Phones show a short label; the accessible name is the full label, which contains the short one.
    const tool = (label: string, short: string, onClick: () => void, attrs: Record<string, string> = {}) =>
      h(
        'button',
        { type: 'button', 'aria-label': label, ...attrs, onclick: () => onClick() },
        h('span', { class: 'label-long', 'aria-hidden': 'true' }, label),
        h('span', { class: 'label-short', 'aria-hidden': 'true' }, short),
      );
    this.soundButton = tool(t('toolbar.soundOff'), t('toolbar.soundShort'), actions.toggleSound, {
      'aria-pressed': String(muted),
    });
    this.toolbar.replaceChildren(
      tool(t('toolbar.danger'), t('toolbar.dangerShort'), actions.danger, { class: 'toolbar-danger' }),
      tool(t('toolbar.help'), t('toolbar.help'), actions.help),
      tool(t('toolbar.calm'), t('toolbar.calmShort'), actions.calm),
      this.soundButton,
      tool(t('toolbar.menu'), t('toolbar.menu'), actions.menu),
    );
  }

  /** Called after every change of screen or overlay (the director dims the stage under the calm screen). */
  onChange(listener: () => void): void {
    this.changeListeners.push(listener);
  }

  /**
   * Counts every change of screen or overlay. Work that finishes late (a chunk on a slow link, a slow
   * device) compares it with the count when the player asked, and acts only if they are still there.
   */
  get position(): number {
    return this.changes;
  }

  private changed(): void {
    this.changes++;
    for (const listener of this.changeListeners) listener();
  }

  setMuted(muted: boolean): void {
    this.soundButton?.setAttribute('aria-pressed', String(muted));
  }

  /** Replaces the screen (and closes any overlay); focus goes to `focus` or the screen's heading. */
  show(screen: HTMLElement, focus?: HTMLElement | null): void {
    const first = this.current === null;
    for (const overlay of this.overlays.splice(0)) overlay.element.remove();
    // The first time, this replaces the static start screen that index.html shows before scripts run.
    if (first) this.root.replaceChildren();
    else this.current?.remove();
    this.current = screen;
    this.root.append(screen);
    this.root.scrollTop = 0;
    // On page load focus stays where the browser put it; after that it follows the player.
    if (!first) focusElement(focus ?? screen.querySelector<HTMLElement>('h1, h2') ?? screen);
    this.changed();
  }

  get screen(): HTMLElement | null {
    return this.current;
  }

  /** Shows an overlay screen over the current one, keeping the current one intact underneath. */
  overlay(screen: HTMLElement, focus?: HTMLElement | null): void {
    const returnFocus = document.activeElement;
    const below = this.overlays.at(-1)?.element ?? this.current;
    if (below) below.hidden = true;
    this.overlays.push({ element: screen, returnFocus });
    this.root.append(screen);
    focusElement(focus ?? screen.querySelector<HTMLElement>('h1, h2') ?? screen);
    this.changed();
  }

  /** Opens an overlay of this kind (its `data-kind`) unless one is already on top. */
  overlayOnce(kind: string, build: () => HTMLElement): void {
    if (this.topOverlayIs(kind)) return;
    this.overlay(build());
  }

  get overlayOpen(): boolean {
    return this.overlays.length > 0;
  }

  topOverlayIs(kind: string): boolean {
    return this.overlays.at(-1)?.element.dataset.kind === kind;
  }

  /** Closes the top overlay and puts focus back where the player was. */
  closeOverlay(): void {
    const top = this.overlays.pop();
    if (!top) return;
    top.element.remove();
    this.changed();
    const below = this.overlays.at(-1)?.element ?? this.current;
    if (below) below.hidden = false;
    if (
      top.returnFocus instanceof HTMLElement &&
      top.returnFocus.isConnected &&
      !top.returnFocus.closest('[hidden]')
    ) {
      top.returnFocus.focus();
    } else {
      // A screen may mark where the player acts next (the story's "Verder" or first choice).
      const primary = below?.querySelector<HTMLElement>('[data-focus-return] :is(button, a):not(:disabled)');
      focusElement(primary ?? below?.querySelector<HTMLElement>('button, h1, h2') ?? below);
    }
  }
}
