// The family cat, a small ginger tabby: one file walking (side view, facing right) and one asleep
// (curled up). The stage lets it walk across or sleep in the home locations (keuken, woonkamer,
// slaapkamer); both files are anchored at the bottom centre, like the characters.

import { circle, ellipse, g, line, path, svg } from './svg';
import { P } from './palette';
import { darken, lighten } from './color';

const FUR = '#E9A566';
const STRIPE = darken(FUR, 0.2);
const CREAM = '#FFF3E2';

export const CAT_SIZE = { width: 240, height: 160 } as const;
export const CAT_ASLEEP_SIZE = { width: 200, height: 110 } as const;

const ear = (x: number, y: number, tilt: number): string =>
  g(
    { transform: `translate(${x} ${y}) rotate(${tilt})` },
    path('M-13 6Q-10 -14 0 -24Q10 -14 13 6Z', FUR),
    path('M-7 3Q-5 -9 0 -15Q5 -9 7 3Z', P.rose, { opacity: 0.8 }),
  );

/** Walking, facing right (the stage mirrors it to walk left). */
export function cat(): string {
  const leg = (x: number, back: boolean): string =>
    path(
      `M${x - 8} 104L${x - 8} 144Q${x - 8} 152 ${x} 152Q${x + 10} 152 ${x + 10} 146L${x + 8} 104Z`,
      back ? darken(FUR, 0.08) : FUR,
    ) + ellipse(x + 2, 148, 10, 5, CREAM);
  return svg(
    CAT_SIZE.width,
    CAT_SIZE.height,
    [],
    [
      ellipse(120, 153, 88, 6, P.shadow, { opacity: 0.14 }),
      // the tail curls up behind
      line('M60 92Q26 84 28 52Q30 30 46 26', darken(FUR, 0.05), 14),
      path('M24 58L34 57M27 43L35 47', 'none', {
        stroke: STRIPE,
        'stroke-width': 6,
        'stroke-linecap': 'round',
      }),
      leg(66, true),
      leg(146, true),
      ellipse(112, 96, 64, 32, FUR),
      leg(84, false),
      leg(164, false),
      path('M84 72Q90 88 84 104M106 66Q112 84 106 102M128 68Q134 84 128 100', 'none', {
        stroke: STRIPE,
        'stroke-width': 7,
        'stroke-linecap': 'round',
      }),
      ellipse(166, 100, 20, 22, CREAM),
      // the head, turned a little towards the player
      ear(164, 52, -14),
      ear(194, 50, 16),
      circle(180, 72, 30, FUR),
      path('M170 46Q174 54 172 60M182 44Q184 52 182 58', 'none', {
        stroke: STRIPE,
        'stroke-width': 5,
        'stroke-linecap': 'round',
      }),
      ellipse(188, 84, 17, 12, CREAM),
      circle(172, 70, 4.5, P.ink),
      circle(194, 70, 4.5, P.ink),
      circle(173.5, 68.5, 1.5, P.white),
      circle(195.5, 68.5, 1.5, P.white),
      path('M179 80L187 80L183 85Z', P.rose),
      path('M183 85Q180 90 176 89M183 85Q186 90 190 89', 'none', {
        stroke: P.ink,
        'stroke-width': 2,
        'stroke-linecap': 'round',
      }),
      path('M196 84L216 80M196 88L216 90M170 84L152 80M170 88L152 90', 'none', {
        stroke: lighten(P.inkSoft, 0.4),
        'stroke-width': 1.5,
        'stroke-linecap': 'round',
      }),
    ],
  );
}

/** Curled up asleep, head on its paws, tail round the front. */
export function catAsleep(): string {
  return svg(
    CAT_ASLEEP_SIZE.width,
    CAT_ASLEEP_SIZE.height,
    [],
    [
      ellipse(100, 104, 88, 6, P.shadow, { opacity: 0.14 }),
      ellipse(110, 70, 78, 34, FUR),
      path('M96 40Q104 56 98 72M122 38Q130 56 124 72M148 44Q154 58 150 72', 'none', {
        stroke: STRIPE,
        'stroke-width': 7,
        'stroke-linecap': 'round',
      }),
      // the tail wraps round the front
      line('M182 84Q178 102 130 102Q84 102 70 96', darken(FUR, 0.05), 14),
      line('M84 99Q76 98 70 96', STRIPE, 14, { opacity: 0.6 }),
      ellipse(64, 94, 22, 10, CREAM),
      ear(40, 50, -24),
      ear(72, 46, 12),
      circle(56, 72, 28, FUR),
      path('M46 48Q50 56 48 62M58 46Q60 54 58 60', 'none', {
        stroke: STRIPE,
        'stroke-width': 5,
        'stroke-linecap': 'round',
      }),
      ellipse(58, 86, 16, 10, CREAM),
      // closed eyes: two soft arcs
      path('M40 72Q46 77 52 72M62 72Q68 77 74 72', 'none', {
        stroke: P.ink,
        'stroke-width': 2.5,
        'stroke-linecap': 'round',
      }),
      path('M54 82L62 82L58 86Z', P.rose),
    ],
  );
}
