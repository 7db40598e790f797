// Reusable pieces of scenery: windows, clocks, plants, frames, books, light. All return SVG strings.

import { circle, el, ellipse, g, lin, line, path, prng, radial, rect } from './svg';
import { P } from './palette';
import { darken, lighten } from './color';

export const W = 1920;
export const H = 1080;
export const FLOOR = 800; // the wall meets the floor here; below it the picture stays calm

/** Gradients every room uses: wall (w), floor (f), sky (s), window light (l), glass (gl). */
export function roomDefs(wall: [string, string], floor: [string, string]): string[] {
  return [
    lin('w', wall),
    lin('f', floor),
    lin('s', ['#9FD4F0', '#DDF1FA']),
    lin('l', [P.white, P.white], false, [0.34, 0]),
    lin('gl', ['#FFFFFF', '#FFFFFF'], true, [0.45, 0]),
    vignetteDef(),
  ];
}

/** Wall, skirting board and floor, with a soft shadow where they meet. */
export function room(skirting: string): string {
  return (
    rect(0, 0, W, FLOOR, 'url(#w)') +
    rect(0, FLOOR, W, H - FLOOR, 'url(#f)') +
    rect(0, FLOOR - 18, W, 18, skirting) +
    rect(0, FLOOR, W, 26, P.shadow, { opacity: 0.08 })
  );
}

/** A soft patch of light falling from a window onto the floor. */
export function beam(x1: number, x2: number, y: number, shift: number, floorY = 1000): string {
  return path(`M${x1} ${y}L${x2} ${y}L${x2 + shift} ${floorY}L${x1 + shift} ${floorY}Z`, 'url(#l)');
}

/** A window with sky, a cloud and a tree outside, white frame and sill. */
export function windowPane(
  x: number,
  y: number,
  w: number,
  h: number,
  opts: { cols?: number; tree?: boolean } = {},
): string {
  const cols = opts.cols ?? 2;
  const parts = [
    rect(x - 14, y - 14, w + 28, h + 28, '#FFFFFF', { rx: 16 }),
    rect(x, y, w, h, 'url(#s)', { rx: 6 }),
    ellipse(x + w * 0.3, y + h * 0.28, w * 0.12, h * 0.05, P.white, { opacity: 0.9 }),
    ellipse(x + w * 0.38, y + h * 0.25, w * 0.1, h * 0.06, P.white, { opacity: 0.9 }),
  ];
  if (opts.tree !== false) {
    parts.push(
      rect(x + w * 0.72, y + h * 0.6, w * 0.04, h * 0.4, '#8C6A4E'),
      circle(x + w * 0.74, y + h * 0.58, Math.min(w, h) * 0.2, P.leaf, { opacity: 0.85 }),
      circle(x + w * 0.86, y + h * 0.66, Math.min(w, h) * 0.15, P.leafDark, { opacity: 0.7 }),
      rect(x, y + h * 0.86, w, h * 0.14, '#A6D39A', { opacity: 0.8 }),
    );
  }
  parts.push(
    path(
      `M${x + w * 0.1} ${y + h}L${x + w * 0.5} ${y}L${x + w * 0.62} ${y}L${x + w * 0.22} ${y + h}Z`,
      'url(#gl)',
    ),
  );
  for (let i = 1; i < cols; i++) parts.push(rect(x + (w * i) / cols - 5, y, 10, h, '#FFFFFF'));
  parts.push(rect(x, y + h * 0.45 - 5, w, 10, '#FFFFFF'));
  parts.push(
    rect(x - 30, y + h + 10, w + 60, 20, '#F4EEE4', { rx: 8 }),
    rect(x - 24, y + h + 30, w + 48, 8, P.shadow, { opacity: 0.1 }),
  );
  return parts.join('');
}

/** Curtains on both sides of a window, gathered outwards by a tie. */
export function curtains(x: number, y: number, w: number, h: number, color: string): string {
  const d = darken(color, 0.15);
  const top = y - 40;
  const bot = y + h + 40;
  const tie = y + h * 0.55;
  // dir = 1: the left curtain (its inner edge is on the right)
  const one = (outer: number, dir: number): string => {
    const inner = outer + 110 * dir;
    const waist = outer + 40 * dir;
    return (
      path(
        `M${outer} ${top}L${inner} ${top}Q${inner - 20 * dir} ${y + h * 0.35} ${waist} ${tie}Q${outer + 70 * dir} ${y + h * 0.8} ${outer + 90 * dir} ${bot}L${outer} ${bot}Z`,
        color,
      ) +
      path(
        `M${outer + 30 * dir} ${top}Q${outer + 40 * dir} ${y + h * 0.3} ${outer + 24 * dir} ${tie}`,
        'none',
        { stroke: d, 'stroke-width': 5, opacity: 0.6 },
      ) +
      line(`M${outer} ${tie}L${waist + 6 * dir} ${tie}`, d, 12)
    );
  };
  return rect(x - 90, y - 52, w + 180, 12, '#B08A66', { rx: 6 }) + one(x - 80, 1) + one(x + w + 80, -1);
}

/** A soft vignette and a warm glow: drawn last, over everything. */
export function vignetteDef(strength = 0.22): string {
  return radial('vg', ['#000000', '#000000', '#1E1430'], [0, 0, strength]);
}
export const vignette = (): string => rect(0, 0, W, H, 'url(#vg)');

/**
 * A wall clock face without hands: the stage draws moving hands over it at the same centre and radius
 * (assets/art/bg/layout.json, written from BACKGROUND_LAYOUT in backgrounds.ts).
 */
export function clock(cx: number, cy: number, r: number, rim = '#6B5B73'): string {
  let ticks = '';
  for (let i = 0; i < 12; i++) {
    const a = (i * Math.PI) / 6;
    const r1 = r * (i % 3 === 0 ? 0.68 : 0.76);
    const r2 = r * 0.84;
    ticks += `M${Math.round(cx + Math.sin(a) * r1)} ${Math.round(cy - Math.cos(a) * r1)}L${Math.round(cx + Math.sin(a) * r2)} ${Math.round(cy - Math.cos(a) * r2)}`;
  }
  return (
    circle(cx + 6, cy + 8, r + 4, P.shadow, { opacity: 0.12 }) +
    circle(cx, cy, r + 4, rim) +
    circle(cx, cy, r - 4, P.white) +
    line(ticks, P.inkSoft, 4)
  );
}

/** A pot plant standing on y (its base), s = scale. */
export function plant(
  x: number,
  y: number,
  s: number,
  pot: string = P.terracotta,
  kind: 'leafy' | 'tall' = 'leafy',
): string {
  const leaves: string[] = [];
  const n = kind === 'tall' ? 7 : 6;
  for (let i = 0; i < n; i++) {
    const a = -70 + (140 * i) / (n - 1);
    const len = kind === 'tall' ? 120 - Math.abs(a) * 0.5 : 70 - Math.abs(a) * 0.2;
    leaves.push(
      ellipse(0, -len / 2, kind === 'tall' ? 22 : 20, len / 2, i % 2 ? P.leaf : P.leafDark, {
        transform: `rotate(${Math.round(a * 0.8)})`,
      }),
    );
  }
  return g(
    { transform: `translate(${x} ${y}) scale(${s})` },
    ellipse(0, 0, 52, 8, P.shadow, { opacity: 0.15 }),
    g({ transform: 'translate(0 -60)' }, ...leaves),
    path('M-40 -64L40 -64L32 0L-32 0Z', pot),
    rect(-44, -70, 88, 16, darken(pot, 0.12), { rx: 6 }),
  );
}

/** A framed picture with soft hills and a sun (or a custom inside). */
export function frame(
  x: number,
  y: number,
  w: number,
  h: number,
  frameColor: string,
  bg: string,
  inner?: string,
): string {
  const art =
    inner ??
    rect(x, y, w, h, bg) +
      circle(x + w * 0.7, y + h * 0.35, Math.min(w, h) * 0.13, P.sun) +
      path(
        `M${x} ${y + h}L${x} ${y + h * 0.7}Q${x + w * 0.3} ${y + h * 0.45} ${x + w * 0.6} ${y + h * 0.72}Q${x + w * 0.8} ${y + h * 0.6} ${x + w} ${y + h * 0.68}L${x + w} ${y + h}Z`,
        P.leaf,
      );
  return (
    rect(x - 6, y + 4, w + 24, h + 24, P.shadow, { opacity: 0.1, rx: 6 }) +
    rect(x - 12, y - 12, w + 24, h + 24, frameColor, { rx: 6 }) +
    art
  );
}

const BOOK_COLORS = [P.terracotta, P.teal, P.butter, P.blue, P.lilac, P.sage, P.rose, P.navy, '#E8B84A'];

/** A row of books standing on a shelf at y (their bottom), filling width w. */
export function books(x: number, y: number, w: number, seed: number, maxH = 90): string {
  const r = prng(seed);
  let cx = x;
  let out = '';
  while (cx < x + w - 20) {
    const bw = 20 + Math.floor(r() * 16);
    const bh = maxH * (0.65 + r() * 0.35);
    const c = BOOK_COLORS[Math.floor(r() * BOOK_COLORS.length)] ?? P.teal;
    if (r() < 0.12 && cx + bh < x + w) {
      // a book lying down
      out += rect(cx, y - bw, bh, bw, c, { rx: 3 });
      cx += bh + 4;
      continue;
    }
    out += rect(cx, y - bh, bw, bh, c, { rx: 3 });
    if (bw > 27) out += rect(cx + 4, y - bh + 10, bw - 8, 6, lighten(c, 0.4));
    cx += bw + 2;
  }
  return out;
}

/** Soft contact shadow under furniture. */
export const shade = (cx: number, cy: number, rx: number, ry: number, o = 0.12): string =>
  ellipse(cx, cy, rx, ry, P.shadow, { opacity: o });

/** A fluffy cloud made of circles, for outdoor skies. */
export function cloudDef(): string {
  return el(
    'g',
    { id: 'cl', fill: P.white, opacity: 0.92 },
    circle(0, 0, 46, ''),
    circle(50, -18, 58, ''),
    circle(108, 0, 44, ''),
    rect(-46, 0, 198, 44, '', { rx: 22 }),
  );
}

export const use = (id: string, x: number, y: number, extra: Record<string, string | number> = {}): string =>
  el('use', { href: `#${id}`, x, y, ...extra });
