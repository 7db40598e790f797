// Backgrounds, one function per location (viewBox 0 0 1920 1080). Furniture stays at the sides, the middle
// is open wall for the characters, and the lower part (the floor, under the text box on phones) stays calm.

import type { BackgroundLayout } from '../../src/stage/layout.ts';
import { circle, el, ellipse, g, lin, line, path, rect, svg } from './svg';
import { P } from './palette';
import { darken, lighten } from './color';
import {
  FLOOR,
  H,
  W,
  beam,
  books,
  clock,
  cloudDef,
  curtains,
  frame,
  plant,
  room,
  roomDefs,
  shade,
  use,
  vignette,
  vignetteDef,
  windowPane,
} from './props';

/** Written to assets/art/bg/layout.json by the generator; the stage reads it, so positions stay in sync. */
export const BACKGROUND_LAYOUT: Record<string, BackgroundLayout> = {
  keuken: { clock: { x: 960, y: 190, r: 66 }, cat: { walkY: 836, sleep: { x: 1560, y: 800 } } },
  woonkamer: { clock: { x: 960, y: 200, r: 48 }, cat: { walkY: 846, sleep: { x: 1540, y: 608 } } },
  slaapkamer: { cat: { walkY: 840, sleep: { x: 470, y: 598 } } },
  badkamer: {},
  klas: { clock: { x: 1440, y: 150, r: 54 } },
  schoolplein: { outdoor: { skyBottom: 230 } },
  straat: { outdoor: { skyBottom: 90 } },
  sportclub: { clock: { x: 960, y: 110, r: 56 } },
  mentorkamer: { clock: { x: 960, y: 170, r: 54 } },
};

/** The clock face of a location, drawn where the layout says. */
function wallClock(location: string, rim?: string): string {
  const face = BACKGROUND_LAYOUT[location]?.clock;
  if (!face) throw new Error(`${location} has no clock in BACKGROUND_LAYOUT`);
  return clock(face.x, face.y, face.r, rim);
}

/** Cabinet doors in a row with small knobs. */
function doors(
  x: number,
  y: number,
  w: number,
  h: number,
  count: number,
  color: string,
  knobY: number,
): string {
  const dw = w / count;
  let out = rect(x, y, w, h, color, { rx: 10 });
  for (let i = 0; i < count; i++) {
    out += rect(x + i * dw + 10, y + 10, dw - 20, h - 20, lighten(color, 0.12), { rx: 8 });
    out += rect(x + i * dw + (i % 2 ? 22 : dw - 30), y + knobY - 16, 8, 32, darken(color, 0.3), { rx: 4 });
  }
  return out;
}

function keuken(): string {
  const cab = '#8FBFAA';
  const defs = [
    ...roomDefs(['#FCEBC8', '#F4D6A4'], ['#E0B88C', '#CFA276']),
    el(
      'pattern',
      { id: 'tp', width: 64, height: 64, patternUnits: 'userSpaceOnUse' },
      rect(0, 0, 64, 64, '#FFF7EA'),
      path('M0 0H64V64', 'none', { stroke: '#EAD7BA', 'stroke-width': 4 }),
    ),
  ];
  const body = [
    room('#E9C99A'),
    // left: cupboards, tiles, counter
    rect(30, 330, 580, 250, 'url(#tp)'),
    doors(30, 100, 580, 230, 3, cab, 290),
    rect(30, 330, 580, 16, P.shadow, { opacity: 0.12 }),
    // things on the counter
    rect(70, 470, 56, 100, P.white, { rx: 12 }),
    rect(70, 462, 56, 20, P.terracotta, { rx: 8 }),
    rect(138, 500, 50, 70, P.white, { rx: 12 }),
    rect(138, 492, 50, 18, P.teal, { rx: 8 }),
    rect(214, 420, 90, 150, P.woodLight, { rx: 20 }),
    circle(259, 446, 10, '#F4D6A4'),
    path('M420 570L420 470Q420 440 450 440L490 440Q510 440 510 460', 'none', {
      stroke: '#B8BCC6',
      'stroke-width': 14,
      'stroke-linecap': 'round',
    }),
    plant(560, 570, 0.55, P.butter),
    rect(20, 564, 600, 26, '#EDE7DC', { rx: 8 }),
    doors(30, 590, 580, 192, 3, cab, 640),
    // middle: a clock, high on the wall
    wallClock('keuken'),
    // right: window, curtains, table under a lamp
    beam(1360, 1740, 520, -320),
    windowPane(1360, 150, 380, 360, { cols: 2 }),
    curtains(1360, 150, 380, 360, P.coral),
    plant(1430, 510, 0.45, P.teal),
    plant(1520, 510, 0.4, P.white),
    line('M1560 0L1560 120', P.inkSoft, 4),
    circle(1560, 190, 120, P.sun, { opacity: 0.12 }),
    path('M1490 190Q1490 120 1560 120Q1630 120 1630 190Z', P.teal),
    shade(1570, 798, 300, 16),
    rect(1320, 624, 500, 24, P.wood, { rx: 10 }),
    rect(1350, 646, 22, 150, P.woodDark, { rx: 6 }),
    rect(1768, 646, 22, 150, P.woodDark, { rx: 6 }),
    path('M1500 624Q1500 580 1560 580Q1620 580 1620 624Z', P.white),
    circle(1538, 582, 20, '#F29E4C'),
    circle(1572, 578, 22, '#E0625A'),
    circle(1598, 592, 16, P.leafLight),
    rect(1700, 560, 40, 64, P.glass, { rx: 10, opacity: 0.9 }),
    path('M1720 560Q1712 520 1730 500M1720 560Q1726 530 1706 512', 'none', {
      stroke: P.leafDark,
      'stroke-width': 4,
    }),
    circle(1730, 500, 12, P.rose),
    circle(1706, 512, 10, P.butter),
    vignette(),
  ];
  return svg(W, H, defs, body);
}

function woonkamer(): string {
  const sofa = '#E08A6A';
  const defs = [
    ...roomDefs(['#E4EED9', '#CCDEC0'], ['#D8AA7C', '#C4915F']),
    lin('so', [lighten(sofa, 0.1), sofa]),
  ];
  const body = [
    room('#B9CFAE'),
    beam(180, 600, 650, 300),
    windowPane(180, 110, 420, 520, { cols: 2 }),
    curtains(180, 110, 420, 520, '#E8B84A'),
    plant(90, 800, 1.3, P.white, 'tall'),
    // a small round clock and a shelf with things, high in the middle
    wallClock('woonkamer', P.woodDark),
    rect(760, 330, 400, 16, P.woodDark, { rx: 6 }),
    books(790, 330, 120, 7, 70),
    plant(1000, 330, 0.4, P.lilac),
    rect(1060, 282, 60, 48, P.white, { rx: 6 }),
    circle(1090, 306, 14, P.rose),
    // right: pictures above the sofa, the sofa and a lamp
    frame(1290, 200, 150, 190, P.woodLight, P.sky),
    frame(
      1480,
      240,
      120,
      120,
      P.white,
      '#F6E3C7',
      rect(1480, 240, 120, 120, '#F6E3C7') + circle(1540, 300, 38, P.coral),
    ),
    frame(1640, 200, 140, 170, P.woodLight, '#D6E8F2'),
    shade(1540, 798, 340, 16),
    rect(1260, 480, 560, 200, 'url(#so)', { rx: 46 }),
    rect(1230, 600, 620, 150, sofa, { rx: 40 }),
    rect(1220, 560, 90, 190, darken(sofa, 0.08), { rx: 40 }),
    rect(1770, 560, 90, 190, darken(sofa, 0.08), { rx: 40 }),
    rect(1300, 520, 140, 120, P.butter, { rx: 30, transform: 'rotate(-8 1370 580)' }),
    rect(1640, 520, 140, 120, P.teal, { rx: 30, transform: 'rotate(7 1710 580)' }),
    rect(1300, 750, 18, 40, P.woodDark, { rx: 4 }),
    rect(1770, 750, 18, 40, P.woodDark, { rx: 4 }),
    line('M1890 800L1890 330', P.inkSoft, 8),
    circle(1890, 300, 140, P.sun, { opacity: 0.14 }),
    path('M1840 330L1940 330L1915 240L1865 240Z', P.cream),
    // calm rug
    ellipse(960, 930, 640, 74, '#E9D6C0', { opacity: 0.7 }),
    ellipse(960, 930, 560, 54, 'none', { stroke: P.white, 'stroke-width': 6, opacity: 0.5 }),
    vignette(),
  ];
  return svg(W, H, defs, body);
}

function slaapkamer(): string {
  const duvet = P.teal;
  const defs = [
    ...roomDefs(['#E9E0F5', '#D4C7EA'], ['#E3C49D', '#D0AB80']),
    lin('du', [lighten(duvet, 0.1), darken(duvet, 0.1)]),
  ];
  // string lights along a curve above the bed
  let bulbs = '';
  for (let i = 0; i <= 9; i++) {
    const t = i / 9;
    const x = 60 + t * 600;
    const y = 130 + Math.sin(t * Math.PI) * 70;
    bulbs += circle(x, y + 12, 18, P.sun, { opacity: 0.25 }) + circle(x, y + 12, 8, i % 3 ? P.sun : P.rose);
  }
  const body = [
    room('#C4B4DE'),
    path('M40 130Q360 270 680 130', 'none', { stroke: P.inkSoft, 'stroke-width': 3 }),
    bulbs,
    // posters above the bed
    rect(110, 250, 170, 220, P.navy, { rx: 8 }),
    circle(195, 350, 44, P.butter),
    ellipse(195, 350, 80, 16, 'none', {
      stroke: P.coral,
      'stroke-width': 8,
      transform: 'rotate(-15 195 350)',
    }),
    circle(140, 290, 5, P.white),
    circle(250, 430, 4, P.white),
    rect(340, 290, 150, 150, P.white, { rx: 8 }),
    path('M360 420A55 55 0 0 1 470 420', 'none', { stroke: P.coral, 'stroke-width': 14 }),
    path('M378 420A37 37 0 0 1 452 420', 'none', { stroke: P.butter, 'stroke-width': 14 }),
    path('M396 420A19 19 0 0 1 434 420', 'none', { stroke: P.teal, 'stroke-width': 14 }),
    // the bed
    shade(340, 798, 320, 16),
    rect(50, 480, 40, 320, P.woodLight, { rx: 14 }),
    rect(50, 470, 580, 150, P.woodLight, { rx: 40 }),
    rect(90, 540, 180, 80, P.white, { rx: 30 }),
    // a bear on the pillow
    circle(220, 520, 34, '#C98F5E'),
    circle(196, 492, 14, '#C98F5E'),
    circle(244, 492, 14, '#C98F5E'),
    circle(220, 530, 13, '#E8C49A'),
    circle(208, 512, 4, P.ink),
    circle(232, 512, 4, P.ink),
    rect(70, 590, 580, 190, 'url(#du)', { rx: 30 }),
    rect(70, 590, 580, 34, lighten(duvet, 0.35), { rx: 16 }),
    circle(200, 700, 10, P.white, { opacity: 0.4 }),
    circle(340, 670, 10, P.white, { opacity: 0.4 }),
    circle(480, 710, 10, P.white, { opacity: 0.4 }),
    circle(580, 660, 10, P.white, { opacity: 0.4 }),
    // window
    beam(1180, 1460, 480, -260),
    windowPane(1180, 140, 280, 320, { cols: 2 }),
    curtains(1180, 140, 280, 320, P.lilac),
    // desk with lamp and books, shelf above
    rect(1560, 380, 320, 14, P.woodDark, { rx: 5 }),
    books(1580, 380, 150, 11, 80),
    plant(1810, 380, 0.45, P.coral),
    shade(1700, 798, 220, 14),
    rect(1530, 600, 370, 24, P.woodLight, { rx: 8 }),
    rect(1550, 622, 20, 176, P.woodDark, { rx: 6 }),
    rect(1860, 622, 20, 176, P.woodDark, { rx: 6 }),
    rect(1700, 622, 150, 120, P.wood, { rx: 8 }),
    circle(1775, 682, 7, P.woodDark),
    circle(1640, 520, 120, P.sun, { opacity: 0.12 }),
    path('M1590 600L1590 590L1630 590L1630 600ZM1610 590L1600 520L1650 480', 'none', {
      stroke: P.navy,
      'stroke-width': 8,
      'stroke-linejoin': 'round',
    }),
    path('M1630 470L1690 470L1680 510L1640 500Z', P.coral),
    rect(1720, 560, 110, 16, P.blue, { rx: 3 }),
    rect(1730, 544, 96, 16, P.butter, { rx: 3 }),
    ellipse(970, 950, 380, 60, P.rose, { opacity: 0.45 }),
    vignette(),
  ];
  return svg(W, H, defs, body);
}

function badkamer(): string {
  const defs = [
    ...roomDefs(['#EEF7F6', '#DDEEEC'], ['#D7DDE3', '#C3CBD3']),
    el(
      'pattern',
      { id: 'tp', width: 80, height: 80, patternUnits: 'userSpaceOnUse' },
      rect(0, 0, 80, 80, '#C6E6E2'),
      path('M0 0H80V80', 'none', { stroke: '#AED8D2', 'stroke-width': 5 }),
    ),
    lin('mi', ['#E8F6FA', '#BFDCE6']),
  ];
  const body = [
    room('#9FCFC8'),
    rect(0, 380, W, FLOOR - 380, 'url(#tp)'),
    rect(0, 372, W, 12, '#FFFFFF'),
    // towels
    rect(60, 300, 200, 10, '#B8BCC6', { rx: 5 }),
    rect(76, 300, 80, 190, P.coral, { rx: 14 }),
    rect(76, 450, 80, 16, lighten(P.coral, 0.35)),
    rect(166, 300, 80, 160, P.butter, { rx: 14 }),
    rect(166, 420, 80, 16, lighten(P.butter, 0.4)),
    // mirror, shelf and sink
    rect(300, 130, 320, 280, P.white, { rx: 140 }),
    rect(316, 146, 288, 248, 'url(#mi)', { rx: 124 }),
    path('M380 200L440 170M380 250L480 190', 'none', {
      stroke: P.white,
      'stroke-width': 10,
      'stroke-linecap': 'round',
      opacity: 0.8,
    }),
    rect(320, 430, 280, 14, P.white, { rx: 6 }),
    rect(350, 380, 40, 52, P.teal, { rx: 8 }),
    line('M362 380L356 344M376 380L384 348', P.rose, 6),
    rect(520, 372, 36, 60, P.rose, { rx: 10 }),
    rect(530, 356, 16, 20, P.white, { rx: 4 }),
    shade(460, 798, 220, 14),
    rect(290, 560, 340, 40, P.white, { rx: 20 }),
    path('M460 560L460 520Q460 500 480 500L500 500', 'none', {
      stroke: '#B8BCC6',
      'stroke-width': 12,
      'stroke-linecap': 'round',
    }),
    rect(310, 596, 300, 190, P.woodLight, { rx: 12 }),
    rect(326, 612, 126, 158, lighten(P.woodLight, 0.15), { rx: 8 }),
    rect(468, 612, 126, 158, lighten(P.woodLight, 0.15), { rx: 8 }),
    circle(438, 690, 6, P.woodDark),
    circle(482, 690, 6, P.woodDark),
    // frosted window
    beam(1400, 1640, 380, -300),
    rect(1386, 156, 268, 228, P.white, { rx: 14 }),
    rect(1400, 170, 240, 200, '#E3F1F6', { rx: 6 }),
    path('M1430 370L1560 170L1600 170L1470 370Z', 'url(#gl)'),
    rect(1515, 170, 10, 200, P.white),
    // bath with the curtain pulled aside, a duck and a plant
    line('M1250 120L1910 120', '#B8BCC6', 10),
    path('M1760 120L1900 120L1900 560Q1860 580 1820 560Q1790 580 1760 560Q1780 340 1760 120Z', '#D6ECF5'),
    path('M1790 130L1800 550M1830 130L1840 560M1870 130L1870 550', 'none', {
      stroke: P.white,
      'stroke-width': 10,
    }),
    shade(1580, 798, 360, 16),
    rect(1230, 570, 690, 40, P.white, { rx: 20 }),
    path('M1250 600L1900 600L1880 740Q1870 780 1830 780L1320 780Q1280 780 1270 740Z', '#F7FAFB'),
    path('M1270 740Q1280 780 1320 780L1830 780Q1870 780 1880 740', 'none', {
      stroke: '#D8E4EA',
      'stroke-width': 8,
    }),
    ellipse(1340, 556, 26, 20, '#F6C94C'),
    circle(1362, 532, 16, '#F6C94C'),
    path('M1374 530L1394 534L1376 540Z', '#F29E4C'),
    circle(1366, 527, 3, P.ink),
    plant(1700, 572, 0.5, P.white),
    // bath mat
    rect(1300, 860, 460, 90, P.lilac, { rx: 40, opacity: 0.5 }),
    vignette(),
  ];
  return svg(W, H, defs, body);
}

function klas(): string {
  const defs = [
    ...roomDefs(['#FBF1DC', '#F0DFBF'], ['#D9C6A6', '#C6AF8B']),
    lin('bd', ['#4F8A72', '#3E7460']),
  ];
  const cards = [P.coral, P.butter, P.teal, P.lilac, P.blue, P.rose, P.sage, '#E8B84A'];
  let bunting = '';
  for (let i = 0; i < 12; i++) {
    const x = 640 + i * 58;
    bunting += rect(x, 72 + (i % 2) * 6, 46, 54, cards[i % cards.length] ?? P.teal, { rx: 6 });
    const cx = x + 23;
    const cy = 99 + (i % 2) * 6;
    const glyphs = [
      `M${cx - 9} ${cy + 13}L${cx} ${cy - 13}L${cx + 9} ${cy + 13}M${cx - 5} ${cy + 4}H${cx + 5}`,
      `M${cx - 7} ${cy - 14}V${cy + 13}M${cx - 7} ${cy + 5}a8 8 0 1 0 16 0a8 8 0 1 0 -16 0`,
      `M${cx + 8} ${cy - 7}A10 10 0 1 0 ${cx + 8} ${cy + 8}`,
      `M${cx - 5} ${cy - 8}L${cx + 1} ${cy - 13}V${cy + 13}`,
      `M${cx - 8} ${cy - 6}Q${cx} ${cy - 18} ${cx + 8} ${cy - 6}Q${cx + 8} ${cy} ${cx - 8} ${cy + 13}H${cx + 9}`,
      `M${cx - 8} ${cy - 10}Q${cx + 12} ${cy - 16} ${cx} ${cy}Q${cx + 14} ${cy + 14} ${cx - 8} ${cy + 11}`,
    ];
    bunting += line(glyphs[i % glyphs.length] ?? '', P.white, 4.5, { 'stroke-linejoin': 'round' });
  }
  let drawings = '';
  const pics = [
    [1380, 270, P.butter],
    [1500, 250, P.sky],
    [1390, 410, P.rose],
    [1510, 400, P.sage],
  ] as const;
  for (const [x, y, c] of pics) {
    drawings += rect(x, y, 100, 110, c, {
      rx: 4,
      transform: `rotate(${x % 3 === 0 ? -3 : 3} ${x + 50} ${y + 55})`,
    });
    drawings += circle(x + 50, y + 8, 7, P.terracotta);
    drawings += circle(x + 40, y + 56, 18, P.white, { opacity: 0.7 });
  }
  const body = [
    room('#D9C09A'),
    rect(0, 560, W, 222, '#CFE2D4', { opacity: 0.6 }),
    // windows on the left with light
    beam(70, 500, 600, 420),
    windowPane(70, 120, 190, 460, { cols: 1, tree: true }),
    windowPane(310, 120, 190, 460, { cols: 1, tree: false }),
    plant(150, 610, 0.45, P.coral),
    plant(420, 610, 0.45, P.butter),
    // bunting cards over the board, board with chalk drawings, clock
    line('M620 70Q960 110 1340 70', P.inkSoft, 3),
    bunting,
    rect(620, 170, 680, 320, '#B08A66', { rx: 14 }),
    rect(640, 188, 640, 284, 'url(#bd)', { rx: 8 }),
    g(
      { fill: 'none', stroke: '#F4F1E6', 'stroke-width': 6, 'stroke-linecap': 'round', opacity: 0.85 },
      circle(760, 280, 36, ''),
      path(
        'M760 224V212M760 348V336M704 280H692M816 280H828M720 240l-8-8M800 320l8 8M800 240l8-8M720 320l-8 8',
      ),
      path('M880 400L880 330L940 290L1000 330L1000 400ZM925 400V360H955V400'),
      path('M1060 250H1110M1085 225V275M1140 250H1190M1140 262H1190M1060 330Q1110 300 1160 330T1250 330'),
    ),
    rect(640, 476, 640, 14, '#9C7B5C', { rx: 4 }),
    rect(700, 472, 30, 8, P.white, { rx: 3 }),
    rect(760, 472, 24, 8, P.butter, { rx: 3 }),
    wallClock('klas'),
    drawings,
    // cupboard with books and a globe
    shade(1730, 798, 200, 14),
    rect(1600, 380, 290, 420, P.wood, { rx: 12 }),
    rect(1620, 400, 250, 170, lighten(P.wood, 0.25), { rx: 6 }),
    books(1630, 566, 230, 3, 120),
    rect(1620, 590, 250, 190, lighten(P.wood, 0.25), { rx: 6 }),
    books(1630, 776, 230, 5, 120),
    circle(1745, 300, 60, P.blue),
    path(
      'M1715 260Q1745 270 1740 300Q1710 310 1705 280ZM1760 310Q1790 300 1790 330Q1770 350 1758 330Z',
      P.leaf,
    ),
    path('M1745 360L1745 380M1715 380L1775 380', 'none', {
      stroke: P.woodDark,
      'stroke-width': 8,
      'stroke-linecap': 'round',
    }),
    vignette(),
  ];
  return svg(W, H, defs, body);
}

/** Windows of a building, placed with <use> (one definition, many copies). */
function facadeWindows(ids: string, xs: number[], ys: number[]): string {
  let out = '';
  for (const y of ys) for (const x of xs) out += use(ids, x, y);
  return out;
}

function schoolplein(): string {
  const brick = '#C8765A';
  const defs = [
    lin('sk', ['#8ECDEE', '#DDF2FB']),
    lin('pv', ['#D9D5CF', '#C5C0B8']),
    lin('l', [P.white, P.white], false, [0.34, 0]),
    vignetteDef(0.12),
    cloudDef(),
    el(
      'pattern',
      { id: 'br', width: 90, height: 40, patternUnits: 'userSpaceOnUse' },
      rect(0, 0, 90, 40, brick),
      path('M0 20H90M0 40H90M45 0V20M0 20V40', 'none', { stroke: darken(brick, 0.12), 'stroke-width': 3 }),
    ),
    el(
      'g',
      { id: 'wn' },
      rect(0, 0, 120, 130, '#F4EEE4', { rx: 10 }),
      rect(10, 10, 100, 110, '#B9E0F2', { rx: 4 }),
      path('M20 120L70 10L90 10L40 120Z', P.white, { opacity: 0.35 }),
      rect(56, 10, 8, 110, '#F4EEE4'),
    ),
  ];
  const body = [
    rect(0, 0, W, 740, 'url(#sk)'),
    circle(1680, 130, 130, P.sun, { opacity: 0.25 }),
    circle(1680, 130, 70, P.sun),
    use('cl', 260, 120),
    use('cl', 980, 90, { transform: 'scale(1)' }),
    use('cl', 1360, 210),
    // the school
    rect(0, 250, W, 480, 'url(#br)'),
    rect(0, 230, W, 36, '#8E5A48'),
    facadeWindows('wn', [80, 260, 440, 620, 1180, 1360, 1540, 1720], [300, 480]),
    rect(830, 360, 260, 370, '#8E5A48', { rx: 12 }),
    rect(850, 420, 220, 310, '#6F9FD8', { rx: 8 }),
    rect(956, 420, 8, 310, '#F4EEE4'),
    path('M860 700L940 440L960 440L880 700Z', P.white, { opacity: 0.3 }),
    rect(800, 330, 320, 30, '#F4EEE4', { rx: 8 }),
    circle(960, 290, 30, P.butter),
    path('M945 290L975 290M960 275L960 305', 'none', {
      stroke: brick,
      'stroke-width': 6,
      'stroke-linecap': 'round',
    }),
    // hedge
    rect(0, 680, 800, 70, P.leafDark, { rx: 35 }),
    rect(1120, 680, 800, 70, P.leafDark, { rx: 35 }),
    // pavement
    rect(0, 730, W, 350, 'url(#pv)'),
    rect(0, 730, W, 16, P.shadow, { opacity: 0.1 }),
    path('M0 800H1920M0 890H1920M0 1000H1920', 'none', { stroke: P.white, 'stroke-width': 4, opacity: 0.2 }),
    // tree
    shade(230, 780, 150, 16, 0.16),
    rect(205, 470, 50, 310, '#8C6A4E', { rx: 18 }),
    circle(230, 400, 130, P.leaf),
    circle(140, 460, 90, P.leafDark),
    circle(330, 450, 96, P.leafDark),
    circle(250, 330, 90, P.leafLight, { opacity: 0.8 }),
    // bikes in a rack
    g(
      {
        fill: 'none',
        stroke: P.inkSoft,
        'stroke-width': 8,
        'stroke-linecap': 'round',
        'stroke-linejoin': 'round',
      },
      circle(1500, 730, 48, ''),
      circle(1640, 730, 48, ''),
      path(
        'M1500 730L1550 660L1620 660L1640 730M1550 660L1572 730L1620 660M1545 640L1565 640M1610 660L1605 630L1630 626',
      ),
    ),
    g(
      {
        fill: 'none',
        stroke: P.terracotta,
        'stroke-width': 8,
        'stroke-linecap': 'round',
        'stroke-linejoin': 'round',
      },
      circle(1700, 740, 46, ''),
      circle(1836, 740, 46, ''),
      path(
        'M1700 740L1750 672L1816 672L1836 740M1750 672L1770 740L1816 672M1746 652L1766 652M1806 672L1800 640L1826 636',
      ),
    ),
    path('M1440 780V690Q1440 670 1460 670H1880Q1900 670 1900 690V780', 'none', {
      stroke: '#9AA3AF',
      'stroke-width': 8,
    }),
    vignette(),
  ];
  return svg(W, H, defs, body);
}

function straat(): string {
  const defs = [
    lin('sk', ['#9DD3F0', '#E2F3FA']),
    lin('rd', ['#A3A8B3', '#8E94A0']),
    vignetteDef(0.12),
    cloudDef(),
    el(
      'g',
      { id: 'wn' },
      rect(0, 0, 86, 110, '#FFFDF8', { rx: 8 }),
      rect(8, 8, 70, 94, '#BEE1F1', { rx: 3 }),
      path('M16 100L52 8L66 8L30 100Z', P.white, { opacity: 0.35 }),
      rect(39, 8, 8, 94, '#FFFDF8'),
    ),
  ];
  // a row of Dutch houses with gables: [x, width, top, colour, gable]
  const houses: [number, number, number, string, 'step' | 'bell' | 'flat'][] = [
    [-20, 340, 230, '#B9654A', 'step'],
    [320, 300, 280, '#EBD9B8', 'bell'],
    [620, 340, 210, '#9C6B45', 'flat'],
    [960, 320, 260, '#C98F7A', 'step'],
    [1280, 320, 230, '#D8C27A', 'bell'],
    [1600, 340, 270, '#A65A48', 'flat'],
  ];
  let row = '';
  for (const [x, w, top, c, gable] of houses) {
    const cx = x + w / 2;
    let roof: string;
    if (gable === 'step') {
      roof = path(
        `M${x} ${top}V${top - 40}H${x + w * 0.2}V${top - 80}H${x + w * 0.4}V${top - 120}H${x + w * 0.6}V${top - 80}H${x + w * 0.8}V${top - 40}H${x + w}V${top}Z`,
        c,
      );
    } else if (gable === 'bell') {
      roof = path(
        `M${x + 10} ${top}Q${x + w * 0.25} ${top} ${x + w * 0.3} ${top - 70}Q${cx} ${top - 150} ${x + w * 0.7} ${top - 70}Q${x + w * 0.75} ${top} ${x + w - 10} ${top}Z`,
        c,
      );
    } else {
      roof = rect(x, top - 24, w, 30, darken(c, 0.2), { rx: 6 });
    }
    row += roof + rect(x, top, w, 760 - top, c);
    row += rect(x, top, 10, 760 - top, darken(c, 0.12));
    row += use('wn', cx - 110, top + 50) + use('wn', cx + 24, top + 50);
    row += use('wn', cx + 24, top + 240);
    row += rect(cx - 110, 560, 90, 200, darken(c, 0.35), { rx: 40 });
    row += circle(cx - 36, 670, 6, P.sun);
    row += rect(cx - 124, 748, 118, 14, '#C9C2B8');
  }
  const body = [
    rect(0, 0, W, 780, 'url(#sk)'),
    use('cl', 120, 80),
    use('cl', 820, 50),
    use('cl', 1500, 70),
    row,
    // sidewalk, kerb and road
    rect(0, 760, W, 110, '#D8D0C4'),
    rect(0, 760, W, 14, P.shadow, { opacity: 0.12 }),
    rect(0, 860, W, 18, '#B8B0A4'),
    rect(0, 878, W, 202, 'url(#rd)'),
    path('M80 990H260M440 990H620M800 990H980M1160 990H1340M1520 990H1700', 'none', {
      stroke: P.white,
      'stroke-width': 10,
      opacity: 0.35,
    }),
    // tree in a planter, lamp post, bike
    shade(420, 840, 130, 12, 0.16),
    rect(400, 520, 40, 320, '#8C6A4E', { rx: 14 }),
    circle(420, 470, 110, P.leaf),
    circle(350, 520, 70, P.leafDark),
    circle(500, 510, 76, P.leafDark),
    rect(340, 790, 160, 60, '#B8B0A4', { rx: 10 }),
    rect(1496, 330, 16, 510, '#4A4458', { rx: 8 }),
    path('M1504 340Q1504 300 1560 300L1590 300', 'none', {
      stroke: '#4A4458',
      'stroke-width': 14,
      'stroke-linecap': 'round',
    }),
    path('M1560 300L1620 300L1610 330L1570 330Z', '#4A4458'),
    ellipse(1590, 340, 50, 12, P.sun, { opacity: 0.6 }),
    g(
      {
        fill: 'none',
        stroke: P.teal,
        'stroke-width': 8,
        'stroke-linecap': 'round',
        'stroke-linejoin': 'round',
      },
      circle(1690, 800, 48, ''),
      circle(1830, 800, 48, ''),
      path(
        'M1690 800L1740 730L1810 730L1830 800M1740 730L1760 800L1810 730M1735 710L1755 710M1800 730L1795 700L1820 696',
      ),
    ),
    vignette(),
  ];
  return svg(W, H, defs, body);
}

function sportclub(): string {
  const defs = [
    ...roomDefs(['#E6EEF4', '#D2DEE8'], ['#E8BC7E', '#D6A263']),
    el(
      'g',
      { id: 'hw' },
      rect(0, 0, 220, 110, '#FFFFFF', { rx: 10 }),
      rect(10, 10, 200, 90, 'url(#s)', { rx: 4 }),
      path('M40 100L110 10L140 10L70 100Z', P.white, { opacity: 0.4 }),
      rect(106, 10, 8, 90, '#FFFFFF'),
    ),
  ];
  let rungs = '';
  for (let y = 250; y < 780; y += 44) rungs += `M90 ${y}H510`;
  const flags = [P.coral, P.butter, P.teal, P.blue, P.rose, P.sage, '#E8B84A', P.lilac];
  let bunting = '';
  for (let i = 0; i < 14; i++) {
    const x = 560 + i * 60;
    const y = 210 + Math.sin((i / 13) * Math.PI) * 36;
    bunting += path(`M${x} ${y}L${x + 48} ${y + 2}L${x + 24} ${y + 52}Z`, flags[i % flags.length] ?? P.teal);
  }
  const body = [
    room('#9FB6C8'),
    rect(0, 610, W, 172, '#7FA8D6'),
    path('M320 610V782M640 610V782M960 610V782M1280 610V782M1600 610V782', 'none', {
      stroke: '#6B95C4',
      'stroke-width': 6,
    }),
    // high windows and light
    use('hw', 80, 50),
    use('hw', 420, 50),
    use('hw', 1280, 50),
    use('hw', 1620, 50),
    beam(440, 640, 160, 260, 780),
    beam(1300, 1500, 160, 260, 780),
    // wall bars
    line(rungs, P.woodLight, 12),
    path('M90 230V790M230 230V790M370 230V790M510 230V790', 'none', {
      stroke: P.wood,
      'stroke-width': 22,
      'stroke-linecap': 'round',
    }),
    // bunting and clock
    path('M560 210Q960 290 1400 210', 'none', { stroke: P.inkSoft, 'stroke-width': 3 }),
    bunting,
    wallClock('sportclub'),
    // basketball board
    rect(1500, 200, 300, 190, P.white, { rx: 12 }),
    rect(1500, 200, 300, 190, 'none', { rx: 12, stroke: '#E07B4A', 'stroke-width': 8 }),
    rect(1600, 280, 100, 80, 'none', { stroke: '#E07B4A', 'stroke-width': 7 }),
    path('M1610 408L1630 470M1650 410L1650 470M1690 408L1670 470', 'none', {
      stroke: P.white,
      'stroke-width': 5,
    }),
    ellipse(1650, 400, 56, 12, 'none', { stroke: '#E07B4A', 'stroke-width': 9 }),
    // bench with a bag and a ball
    shade(1560, 798, 330, 12),
    rect(1260, 690, 600, 26, P.wood, { rx: 10 }),
    rect(1290, 714, 22, 78, P.woodDark, { rx: 6 }),
    rect(1810, 714, 22, 78, P.woodDark, { rx: 6 }),
    rect(1380, 620, 180, 72, P.teal, { rx: 30 }),
    path('M1410 624Q1470 570 1530 624', 'none', { stroke: darken(P.teal, 0.2), 'stroke-width': 8 }),
    circle(1720, 650, 40, '#EE8A4A'),
    path('M1680 650H1760M1720 610V690M1692 622Q1712 650 1692 678M1748 622Q1728 650 1748 678', 'none', {
      stroke: '#A4532A',
      'stroke-width': 4,
    }),
    // a calm court line
    path('M0 920H1920', 'none', { stroke: P.white, 'stroke-width': 8, opacity: 0.45 }),
    ellipse(960, 920, 240, 60, 'none', { stroke: P.white, 'stroke-width': 8, opacity: 0.35 }),
    vignette(),
  ];
  return svg(W, H, defs, body);
}

function mentorkamer(): string {
  const defs = [...roomDefs(['#F7E6D2', '#EDD3B6'], ['#B9C6D1', '#A5B4C2'])];
  let blinds = '';
  for (let y = 150; y < 300; y += 20) blinds += `M1380 ${y}H1780`;
  const body = [
    room('#D9B996'),
    // bookcase
    shade(290, 798, 250, 14),
    rect(60, 130, 450, 670, P.woodDark, { rx: 12 }),
    rect(80, 150, 410, 630, P.wood, { rx: 6 }),
    rect(80, 300, 410, 14, P.woodDark),
    rect(80, 460, 410, 14, P.woodDark),
    rect(80, 620, 410, 14, P.woodDark),
    books(92, 300, 260, 21, 120),
    plant(420, 300, 0.5, P.white),
    books(92, 460, 390, 22, 120),
    books(200, 620, 280, 23, 120),
    rect(96, 560, 90, 60, P.coral, { rx: 8 }),
    books(200, 780, 280, 24, 120),
    plant(290, 130, 0.6, P.teal),
    // pin board with notes, on the left of the middle
    rect(600, 230, 220, 180, '#D9A86C', { rx: 10 }),
    rect(620, 250, 70, 70, P.butter, { transform: 'rotate(-4 655 285)' }),
    rect(720, 256, 70, 60, P.sky, { transform: 'rotate(3 755 286)' }),
    rect(640, 330, 80, 60, P.rose, { transform: 'rotate(2 680 360)' }),
    rect(740, 330, 56, 60, P.sage),
    circle(655, 256, 6, P.terracotta),
    circle(755, 262, 6, P.teal),
    circle(680, 336, 6, P.navy),
    circle(768, 336, 6, P.terracotta),
    wallClock('mentorkamer'),
    // a calm poster on the right of the middle
    frame(1100, 240, 150, 200, P.white, '#DCEBF2'),
    // window with blinds
    beam(1380, 1780, 530, -300),
    windowPane(1380, 140, 400, 380, { cols: 2 }),
    path(blinds, 'none', { stroke: '#FFFDF8', 'stroke-width': 12, opacity: 0.95 }),
    rect(1370, 126, 420, 24, '#EFE8DE', { rx: 8 }),
    // desk with laptop, mug, tissues, lamp
    shade(1580, 798, 320, 14),
    rect(1300, 610, 580, 26, P.wood, { rx: 10 }),
    rect(1320, 634, 22, 164, P.woodDark, { rx: 6 }),
    rect(1840, 634, 22, 164, P.woodDark, { rx: 6 }),
    rect(1560, 634, 260, 150, P.woodLight, { rx: 8 }),
    rect(1570, 660, 240, 12, P.woodDark, { rx: 6, opacity: 0.4 }),
    path('M1420 610L1440 500L1600 500L1620 610Z', '#8A93A6'),
    circle(1520, 555, 12, P.white, { opacity: 0.6 }),
    rect(1660, 560, 44, 50, P.teal, { rx: 10 }),
    path('M1704 572Q1726 574 1726 586Q1726 598 1704 600', 'none', { stroke: P.teal, 'stroke-width': 7 }),
    rect(1740, 572, 90, 38, P.lilac, { rx: 8 }),
    path('M1775 572Q1785 548 1796 572', P.white),
    circle(1370, 480, 110, P.sun, { opacity: 0.14 }),
    path('M1350 610L1350 600L1390 600L1390 610ZM1370 600L1370 500', 'none', {
      stroke: P.navy,
      'stroke-width': 8,
    }),
    path('M1330 500L1410 500L1390 450L1350 450Z', P.butter),
    plant(1230, 800, 0.9, P.coral, 'tall'),
    // a soft rug
    rect(620, 880, 680, 110, '#CBD6DF', { rx: 55, opacity: 0.8 }),
    vignette(),
  ];
  return svg(W, H, defs, body);
}

export const BACKGROUNDS: Record<string, () => string> = {
  keuken,
  woonkamer,
  slaapkamer,
  badkamer,
  klas,
  schoolplein,
  straat,
  sportclub,
  mentorkamer,
};
