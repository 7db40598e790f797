// A tiny element builder: the UI is plain, accessible HTML without a framework.
type Child = Node | string | null | undefined | false;
type Attrs = Record<string, string | number | boolean | null | undefined | EventListener>;

export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Attrs = {},
  ...children: (Child | Child[])[]
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (value === null || value === undefined || value === false) continue;
    if (typeof value === 'function') element.addEventListener(name.replace(/^on/, ''), value);
    else if (name === 'class') element.className = String(value);
    else element.setAttribute(name, value === true ? '' : String(value));
  }
  for (const child of children.flat()) {
    if (child === null || child === undefined || child === false) continue;
    element.append(typeof child === 'string' ? document.createTextNode(child) : child);
  }
  return element;
}

export function button(label: string, onClick: () => void, attrs: Attrs = {}): HTMLButtonElement {
  return h('button', { type: 'button', ...attrs, onclick: () => onClick() }, label);
}

/** Moves focus without scrolling the page under a phone keyboard; headings get tabindex -1 first. */
export function focusElement(element: HTMLElement | null | undefined): void {
  if (!element) return;
  if (!element.matches('a, button, input, select, textarea, [tabindex]'))
    element.setAttribute('tabindex', '-1');
  element.focus({ preventScroll: false });
}
