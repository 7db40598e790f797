// The story map: the choice points the class reached, drawn on the device as an SVG tree from left to
// right, with the options not taken as faint stubs and the class's current path highlighted. Each
// choice point is a button (keyboard too): jump back there ("what if we had chosen otherwise?").
// Option labels are SVG text (real text, not pixels); a long label is shortened, its full text in <title>.
import { button, h } from '../dom';
import type { Translate } from '../../i18n';
import type { ChoiceNode } from '../../app/class-session';

const SVG = 'http://www.w3.org/2000/svg';
const COLUMN = 430;
const ROW = 74;
const RADIUS = 22;
const LABEL_MAX = 28;

export interface MapWalk {
  taken: { node: ChoiceNode; option: number }[];
  at: ChoiceNode | null;
}

function svg<K extends keyof SVGElementTagNameMap>(
  tag: K,
  attrs: Record<string, string | number>,
  ...children: (Node | string)[]
): SVGElementTagNameMap[K] {
  const element = document.createElementNS(SVG, tag);
  for (const [name, value] of Object.entries(attrs)) element.setAttribute(name, String(value));
  element.append(...children);
  return element;
}

function short(text: string): string {
  return text.length > LABEL_MAX ? `${text.slice(0, LABEL_MAX - 1).trimEnd()}…` : text;
}

/** How many rows a node's subtree needs: one per option, more where an option led on. */
function rows(node: ChoiceNode): number {
  return node.options.reduce((sum, option) => {
    const next = node.next.get(option.index);
    return sum + (next && next !== 'end' ? rows(next) : 1);
  }, 0);
}

/** Numbers the nodes in reading order (depth first), so "Keuze 1" is the first choice point. */
function numbering(root: ChoiceNode): Map<ChoiceNode, number> {
  const numbers = new Map<ChoiceNode, number>();
  const visit = (node: ChoiceNode) => {
    numbers.set(node, numbers.size + 1);
    for (const option of node.options) {
      const next = node.next.get(option.index);
      if (next && next !== 'end') visit(next);
    }
  };
  visit(root);
  return numbers;
}

export function storyMapScreen(
  t: Translate,
  root: ChoiceNode | null,
  walk: MapWalk,
  actions: { jump: (node: ChoiceNode) => void; close: () => void },
): HTMLElement {
  const close = button(t('presenter.mapClose'), actions.close, { class: 'btn btn-primary' });
  const card = h(
    'div',
    { class: 'card story-map' },
    h('h2', { id: 'map-title' }, t('presenter.mapTitle')),
    h('p', { class: 'muted' }, t('presenter.mapLead')),
  );
  const section = h(
    'section',
    { class: 'screen presenter-screen', 'aria-labelledby': 'map-title', 'data-kind': 'story-map' },
    card,
  );
  if (!root) {
    card.append(h('p', {}, t('presenter.mapEmpty')), h('div', { class: 'actions' }, close));
    return section;
  }

  const numbers = numbering(root);
  const taken = new Set(walk.taken.map(({ node, option }) => `${node.id}:${option}`));
  const onPath = new Set<ChoiceNode>([...walk.taken.map(({ node }) => node), ...(walk.at ? [walk.at] : [])]);
  const edges = svg('g', { class: 'map-edges' });
  const labels = svg('g', { class: 'map-labels' });
  const nodes = svg('g', { class: 'map-nodes' });
  let depthMax = 0;

  const jumpLabel = (node: ChoiceNode) =>
    t('presenter.mapJump', { n: numbers.get(node) ?? 0, prompt: node.prompt ?? '' }).replace(/:\s*$/, '');

  const draw = (node: ChoiceNode, depth: number, top: number): number => {
    depthMax = Math.max(depthMax, depth);
    const x = depth * COLUMN + RADIUS * 2;
    const span = rows(node);
    const y = top + (span * ROW) / 2;
    let row = top;
    for (const option of node.options) {
      const next = node.next.get(option.index);
      const height = next && next !== 'end' ? rows(next) : 1;
      const childY = row + (height * ROW) / 2;
      const childX = x + COLUMN;
      const isTaken = taken.has(`${node.id}:${option.index}`);
      const state = isTaken ? 'taken' : next ? 'visited' : 'open';
      const endX = next ? childX : x + COLUMN * 0.5;
      edges.append(
        svg('path', {
          d: `M${x + RADIUS} ${y} C${x + COLUMN * 0.4} ${y} ${x + COLUMN * 0.3} ${childY} ${endX - (next ? RADIUS : 0)} ${childY}`,
          class: `map-edge map-edge-${state}`,
        }),
      );
      // A taken or visited option is labelled above the end of its branch; an open one after its stub.
      const label = next
        ? { x: childX - RADIUS - 12, y: childY - 14, 'text-anchor': 'end' }
        : { x: endX + 16, y: childY + 7, 'text-anchor': 'start' };
      const shown = short(option.text);
      // A shortened label keeps its full text for screen readers, and as a tooltip.
      const text = svg(
        'text',
        { ...label, class: `map-label map-label-${state}`, 'aria-label': option.text },
        shown,
      );
      if (shown !== option.text) text.prepend(svg('title', {}, option.text));
      labels.append(text);
      if (next === 'end') {
        nodes.append(
          svg('rect', { x: childX - 14, y: childY - 14, width: 28, height: 28, rx: 6, class: 'map-end' }),
          svg('text', { x: childX + 22, y: childY + 6, class: 'map-end-label' }, t('presenter.mapEnd')),
        );
      } else if (!next) {
        nodes.append(svg('circle', { cx: endX, cy: childY, r: 7, class: 'map-stub' }));
      } else {
        draw(next, depth + 1, row);
      }
      row += height * ROW;
    }

    const number = numbers.get(node) ?? 0;
    const here = walk.at === node;
    const group = svg(
      'g',
      {
        class: `map-node${onPath.has(node) ? ' map-node-path' : ''}${here ? ' map-node-here' : ''}`,
        role: 'button',
        tabindex: 0,
        'aria-label': jumpLabel(node),
        'data-node': node.id,
      },
      svg('title', {}, node.prompt ?? t('presenter.mapPoint', { n: number })),
      svg('circle', { cx: x, cy: y, r: RADIUS }),
      svg('text', { x, y: y + 7, 'text-anchor': 'middle', class: 'map-number' }, String(number)),
    );
    group.addEventListener('click', () => actions.jump(node));
    group.addEventListener('keydown', (event) => {
      if (event.key !== 'Enter' && event.key !== ' ') return;
      event.preventDefault();
      actions.jump(node);
    });
    nodes.append(group);
    return span;
  };

  const height = draw(root, 0, 0) * ROW;
  const width = (depthMax + 1) * COLUMN + RADIUS * 2 + 200;
  const picture = svg(
    'svg',
    {
      viewBox: `0 0 ${width} ${Math.max(height, ROW)}`,
      class: 'map-picture',
      role: 'group',
      'aria-label': t('presenter.mapPicture'),
      preserveAspectRatio: 'xMinYMid meet',
    },
    edges,
    labels,
    nodes,
  );
  card.append(h('div', { class: 'map-frame' }, picture), h('div', { class: 'actions' }, close));
  return section;
}
