// The favicon (deliberately neutral: a leaf, like any harmless site) and the start-screen emblem
// (a friendly round mirror with a small heart and a leaf).

import { circle, ellipse, lin, path, rect, svg } from './svg';
import { P } from './palette';

export function favicon(): string {
  return svg(
    64,
    64,
    [lin('a', ['#7FC08B', '#4E9A66'])],
    [
      circle(32, 32, 30, 'url(#a)'),
      path('M18 46C16 28 28 16 48 16C48 36 38 48 18 46Z', P.white),
      path('M20 44Q30 32 40 24', 'none', { stroke: '#4E9A66', 'stroke-width': 3, 'stroke-linecap': 'round' }),
    ],
  );
}

export function emblem(): string {
  return svg(
    256,
    256,
    [lin('gl', ['#E3F4FB', '#B9DDEE']), lin('fr', ['#F2A68B', '#E07F62'])],
    [
      ellipse(128, 246, 70, 9, P.shadow, { opacity: 0.15 }),
      rect(116, 214, 24, 28, '#C98F5E', { rx: 8 }),
      rect(84, 234, 88, 14, '#C98F5E', { rx: 7 }),
      // a leaf sprouting from the top of the frame
      path('M128 58C120 30 136 12 162 10C166 36 154 54 128 58Z', P.leaf),
      path('M128 58C114 40 96 38 80 46C92 62 110 64 128 58Z', P.leafDark),
      ellipse(128, 140, 80, 86, 'url(#fr)'),
      ellipse(128, 140, 64, 70, 'url(#gl)'),
      path('M86 120Q98 92 122 82', 'none', {
        stroke: P.white,
        'stroke-width': 9,
        'stroke-linecap': 'round',
        opacity: 0.85,
      }),
      path('M84 146Q85 138 88 132', 'none', {
        stroke: P.white,
        'stroke-width': 9,
        'stroke-linecap': 'round',
        opacity: 0.85,
      }),
      // a small heart in the mirror
      path(
        'M128 180C96 158 100 128 118 128C124 128 128 134 128 138C128 134 132 128 138 128C156 128 160 158 128 180Z',
        P.terracotta,
      ),
      path('M112 140Q114 134 120 134', 'none', {
        stroke: P.white,
        'stroke-width': 4,
        'stroke-linecap': 'round',
        opacity: 0.7,
      }),
    ],
  );
}
