// Characters: one parametric figure (viewBox 0 0 400 800, feet on the bottom edge) dressed per character,
// with a face and a posture per mood. Faces are big and simple so they read at phone size.

import { circle, el, ellipse, g, lin, line, path, rect, svg } from './svg';
import { P, SKIN } from './palette';
import { darken, lighten } from './color';

export const MOODS = ['neutraal', 'blij', 'boos', 'verdrietig', 'bang'] as const;
export type Mood = (typeof MOODS)[number];

type Hair =
  | 'long'
  | 'short'
  | 'side'
  | 'swept'
  | 'curly'
  | 'bun'
  | 'pigtails'
  | 'afro'
  | 'puffs'
  | 'bald'
  | 'bob'
  | 'hijab'
  | 'cap'
  | 'police';
type Top =
  'sweater' | 'shirt' | 'hoodie' | 'cardigan' | 'blazer' | 'track' | 'dress' | 'uniform' | 'tshirt' | 'vest';
type Bottom = 'trousers' | 'jeans' | 'skirt' | 'leggings';

interface Spec {
  skin: readonly [string, string];
  hair: Hair;
  hairColor: string;
  top: Top;
  topColor: string;
  inner?: string; // shirt under a cardigan/blazer/vest, collar colour
  bottom: Bottom;
  bottomColor: string;
  legs?: string; // tights or socks under a skirt/dress
  shoes: string;
  scale: number; // body height (adult = 1), scaled about the feet
  head: number; // extra head scale (children have bigger heads)
  sw: number; // half shoulder width
  hw: number; // half hip width
  glasses?: string;
  beard?: boolean;
  moustache?: boolean;
  lashes?: boolean;
  freckles?: boolean;
  wrinkles?: boolean;
  earrings?: string;
  lanyard?: string;
  whistle?: boolean;
  accent?: string; // ribbons, cap, print
}

export const CHARACTERS: Record<string, Spec> = {
  mama: {
    skin: SKIN.s2,
    hair: 'long',
    hairColor: '#6B4330',
    top: 'sweater',
    topColor: '#E08A6A',
    bottom: 'jeans',
    bottomColor: '#5C7FB0',
    shoes: '#F4EFE6',
    scale: 0.98,
    head: 1,
    sw: 62,
    hw: 56,
    lashes: true,
    earrings: '#E9B949',
  },
  papa: {
    skin: SKIN.s4,
    hair: 'short',
    hairColor: '#2F2622',
    top: 'shirt',
    topColor: '#6F9FD8',
    inner: '#EAF2FB',
    bottom: 'trousers',
    bottomColor: '#B79F7C',
    shoes: '#6B4A35',
    scale: 1,
    head: 1,
    sw: 74,
    hw: 56,
  },
  stiefvader: {
    skin: SKIN.s1,
    hair: 'short',
    hairColor: '#A8643A',
    top: 'shirt',
    topColor: '#6FA07A',
    inner: '#DDEBD9',
    bottom: 'jeans',
    bottomColor: '#3F5578',
    shoes: '#5A4030',
    scale: 1,
    head: 1,
    sw: 76,
    hw: 58,
    beard: true,
  },
  oma: {
    skin: SKIN.s1,
    hair: 'bun',
    hairColor: '#E4E0EA',
    top: 'cardigan',
    topColor: '#B9A6D6',
    inner: '#FBF3E4',
    bottom: 'skirt',
    bottomColor: '#6E6A8E',
    legs: '#D9C3B8',
    shoes: '#5B4B5E',
    scale: 0.93,
    head: 1,
    sw: 60,
    hw: 62,
    glasses: '#8C6D9E',
    wrinkles: true,
    lashes: true,
    earrings: '#D7D3E3',
  },
  opa: {
    skin: SKIN.s5,
    hair: 'bald',
    hairColor: '#D5D2D8',
    top: 'vest',
    topColor: '#A7794F',
    inner: '#CFE3F2',
    bottom: 'trousers',
    bottomColor: '#7A7F8A',
    shoes: '#3E3530',
    scale: 0.95,
    head: 1,
    sw: 70,
    hw: 58,
    glasses: '#3A3A44',
    moustache: true,
    wrinkles: true,
  },
  broer: {
    skin: SKIN.s3,
    hair: 'curly',
    hairColor: '#2E2320',
    top: 'hoodie',
    topColor: '#E8B84A',
    bottom: 'jeans',
    bottomColor: '#4A6A9A',
    shoes: '#F3F1EC',
    scale: 0.95,
    head: 0.98,
    sw: 60,
    hw: 46,
    accent: '#E0625A',
  },
  zus: {
    skin: SKIN.s2,
    hair: 'pigtails',
    hairColor: '#8A5A3A',
    top: 'dress',
    topColor: '#F6C94C',
    inner: '#FFFDF8',
    bottom: 'skirt',
    bottomColor: '#F6C94C',
    legs: '#FFFDF8',
    shoes: '#D9605A',
    scale: 0.64,
    head: 1.35,
    sw: 56,
    hw: 54,
    lashes: true,
    accent: '#EBA3B3',
  },
  juf: {
    skin: SKIN.s6,
    hair: 'afro',
    hairColor: '#231A18',
    top: 'cardigan',
    topColor: '#F2A68B',
    inner: '#5FA8A6',
    bottom: 'skirt',
    bottomColor: '#34476B',
    legs: '#3B3246',
    shoes: '#34476B',
    scale: 0.97,
    head: 1,
    sw: 62,
    hw: 58,
    lashes: true,
    earrings: '#E9B949',
    lanyard: '#6F9FD8',
  },
  meester: {
    skin: SKIN.s1,
    hair: 'side',
    hairColor: '#D9B36A',
    top: 'sweater',
    topColor: '#5169A0',
    inner: '#FFFDF8',
    bottom: 'trousers',
    bottomColor: '#C9B48E',
    shoes: '#7A5238',
    scale: 1,
    head: 1,
    sw: 72,
    hw: 56,
    glasses: '#4A4458',
  },
  mentor: {
    skin: SKIN.s3,
    hair: 'hijab',
    hairColor: '#8F7BC0',
    top: 'blazer',
    topColor: '#4E6E8E',
    inner: '#FBF3E4',
    bottom: 'trousers',
    bottomColor: '#3A3F55',
    shoes: '#2E2A3B',
    scale: 0.97,
    head: 1,
    sw: 64,
    hw: 56,
    lashes: true,
    lanyard: '#6FAE7B',
  },
  coach: {
    skin: SKIN.s4,
    hair: 'cap',
    hairColor: '#2B2220',
    top: 'track',
    topColor: '#3E8E7E',
    bottom: 'trousers',
    bottomColor: '#3E8E7E',
    shoes: '#F3F1EC',
    scale: 1,
    head: 1,
    sw: 76,
    hw: 56,
    whistle: true,
    accent: '#E06C5A',
  },
  vriend: {
    skin: SKIN.s1,
    hair: 'swept',
    hairColor: '#C0632F',
    top: 'tshirt',
    topColor: '#6F9FD8',
    bottom: 'trousers',
    bottomColor: '#7F8E62',
    shoes: '#E06C5A',
    scale: 0.86,
    head: 1.06,
    sw: 56,
    hw: 46,
    freckles: true,
    accent: '#F8DC8C',
  },
  vriendin: {
    skin: SKIN.s5,
    hair: 'puffs',
    hairColor: '#1F1715',
    top: 'hoodie',
    topColor: '#EBA3B3',
    bottom: 'leggings',
    bottomColor: '#4A4458',
    shoes: '#F3F1EC',
    scale: 0.86,
    head: 1.06,
    sw: 54,
    hw: 48,
    lashes: true,
    accent: '#B9A6D6',
    earrings: '#E9B949',
  },
  buurvrouw: {
    skin: SKIN.s2,
    hair: 'bob',
    hairColor: '#C9B592',
    top: 'cardigan',
    topColor: '#7FB48A',
    inner: '#F7E6C4',
    bottom: 'trousers',
    bottomColor: '#8A6A55',
    shoes: '#5B4B5E',
    scale: 0.96,
    head: 1,
    sw: 64,
    hw: 62,
    lashes: true,
    earrings: '#E08A6A',
  },
  agent: {
    skin: SKIN.s6,
    hair: 'police',
    hairColor: '#1F1715',
    top: 'uniform',
    topColor: '#2F4470',
    inner: '#BFD7EE',
    bottom: 'trousers',
    bottomColor: '#2A3A5E',
    shoes: '#22202A',
    scale: 0.99,
    head: 1,
    sw: 68,
    hw: 56,
    lashes: true,
  },
};

// ---- geometry of the reference adult (centre x = 200, feet at y = 792) ----
const CX = 200;
const FEET = 792;
const NECK = 232; // the head scales and tilts about this point

type Pt = [number, number];
interface Pose {
  l: Pt[]; // viewer-left arm: shoulder, elbow, hand
  r: Pt[];
  head: string; // extra transform for the head
  rFirst?: boolean; // draw the right arm under the left one
}

function pose(s: Spec, mood: Mood): Pose {
  const lx = CX - s.sw + 16;
  const rx = CX + s.sw - 16;
  const y = 292;
  switch (mood) {
    case 'blij':
      return {
        l: [
          [lx, y],
          [lx - 16, y + 116],
          [lx - 22, y + 220],
        ],
        r: [
          [rx, y],
          [rx + 58, y + 62],
          [rx + 62, y - 52],
        ],
        head: 'rotate(4 200 232)',
      };
    case 'boos':
      return {
        l: [
          [lx, y],
          [lx - 8, y + 112],
          [CX + 46, y + 92],
        ],
        r: [
          [rx, y],
          [rx + 8, y + 116],
          [CX - 46, y + 104],
        ],
        head: 'rotate(-3 200 232)',
      };
    case 'verdrietig':
      return {
        l: [
          [lx, y + 8],
          [lx + 2, y + 124],
          [CX - 12, y + 214],
        ],
        r: [
          [rx, y + 8],
          [rx - 2, y + 124],
          [CX + 12, y + 218],
        ],
        head: 'translate(0 10) rotate(-7 200 232)',
      };
    case 'bang':
      return {
        l: [
          [lx, y - 4],
          [lx - 10, y + 106],
          [CX - 10, y + 58],
        ],
        r: [
          [rx, y - 4],
          [rx + 10, y + 106],
          [CX + 10, y + 64],
        ],
        head: 'translate(0 7) rotate(3 200 232)',
      };
    default:
      return {
        l: [
          [lx, y],
          [lx - 12, y + 118],
          [lx - 8, y + 224],
        ],
        r: [
          [rx, y],
          [rx + 12, y + 118],
          [rx + 8, y + 224],
        ],
        head: '',
      };
  }
}

const pts = (p: Pt[]): string => 'M' + p.map(([x, y]) => `${Math.round(x)} ${Math.round(y)}`).join('L');

function torsoPath(sw: number, hw: number, bottom = 524): string {
  const a = CX - sw;
  const b = CX + sw;
  return (
    `M${a} 322C${a} 286 ${a + 14} 270 ${a + 44} 268L${b - 44} 268C${b - 14} 270 ${b} 286 ${b} 322` +
    `L${CX + hw + 4} ${bottom - 12}Q${CX + hw + 4} ${bottom} ${CX + hw - 8} ${bottom}L${CX - hw + 8} ${bottom}` +
    `Q${CX - hw - 4} ${bottom} ${CX - hw - 4} ${bottom - 12}Z`
  );
}

function legs(s: Spec): string {
  const out: string[] = [];
  const lc = CX - s.hw / 2 - 4;
  const rc = CX + s.hw / 2 + 4;
  const c = s.bottomColor;
  const dark = darken(c, 0.18);
  if (s.bottom === 'skirt') {
    const legc = s.legs ?? s.skin[0];
    out.push(line(`M${lc + 6} 600L${lc + 6} 770`, legc, 26), line(`M${rc - 6} 600L${rc - 6} 770`, legc, 26));
    if (s.top !== 'dress') {
      out.push(
        path(`M${CX - s.hw} 500L${CX + s.hw} 500L${CX + s.hw + 24} 648Q${CX} 664 ${CX - s.hw - 24} 648Z`, c),
      );
    }
  } else {
    const w = s.bottom === 'leggings' ? 4 : 0;
    out.push(
      path(
        `M${CX - s.hw - 2} 500L${CX + s.hw + 2} 500L${CX + s.hw - 2 - w} 772L${CX + 5} 772L${CX} 580L${CX - 5} 772L${CX - s.hw + 2 + w} 772Z`,
        c,
      ),
      line(`M${CX} 585L${CX} 560`, dark, 3),
    );
    if (s.bottom === 'jeans') {
      out.push(line(`M${CX - s.hw + 14} 520Q${CX - s.hw + 30} 540 ${CX - 16} 522`, lighten(c, 0.3), 3));
    }
  }
  // shoes
  for (const [x, dir] of [
    [lc + 4, -1],
    [rc - 4, 1],
  ] as const) {
    out.push(
      rect(x - 25 + dir * 4, 764, 50, 28, s.shoes, { rx: 14 }),
      rect(x - 25 + dir * 4, 784, 50, 8, darken(s.shoes, 0.2), { rx: 4 }),
    );
  }
  return out.join('');
}

function torso(s: Spec): string {
  const out: string[] = [];
  const bottom = s.top === 'dress' ? 540 : 524;
  out.push(path(torsoPath(s.sw, s.hw, bottom), 'url(#t)'));
  const dark = darken(s.topColor, 0.2);
  const light = lighten(s.topColor, 0.35);
  switch (s.top) {
    case 'dress':
      out.push(
        path(
          `M${CX - s.hw - 2} 500L${CX + s.hw + 2} 500L${CX + s.hw + 40} 660Q${CX} 684 ${CX - s.hw - 40} 660Z`,
          'url(#t)',
        ),
        line(`M${CX - s.hw - 34} 646Q${CX} 668 ${CX + s.hw + 34} 646`, light, 6),
        path('M200 272Q170 266 166 286Q184 304 200 282Q216 304 234 286Q230 266 200 272Z', s.inner ?? P.white),
      );
      break;
    case 'shirt':
    case 'uniform': {
      const col = s.inner ?? P.white;
      out.push(
        path('M184 266L216 266L200 296Z', s.skin[1]),
        path('M200 296L176 262L168 290Z', col),
        path('M200 296L224 262L232 290Z', col),
        line('M200 300L200 520', dark, 3),
        circle(200, 340, 3.5, col),
        circle(200, 390, 3.5, col),
        circle(200, 440, 3.5, col),
      );
      if (s.top === 'uniform') {
        out.push(
          path('M210 338L230 338L230 354Q220 364 210 354Z', '#E9C46A'),
          rect(170, 304, 60, 18, '#DDE3EE', { rx: 4 }),
          el(
            'text',
            {
              x: 200,
              y: 317.5,
              'font-family': 'Arial,sans-serif',
              'font-size': 11,
              'font-weight': 700,
              fill: '#2F4470',
              'text-anchor': 'middle',
            },
            'POLITIE',
          ),
        );
      }
      break;
    }
    case 'hoodie':
      out.push(
        path('M146 274Q200 306 254 274Q250 250 200 250Q150 250 146 274Z', dark),
        path('M184 268Q200 288 216 268Z', s.skin[1]),
        line('M188 290L186 340', P.white, 3),
        line('M212 290L214 340', P.white, 3),
        rect(148, 430, 104, 56, darken(s.topColor, 0.1), { rx: 18 }),
      );
      if (s.accent) out.push(circle(200, 372, 14, s.accent), circle(200, 372, 6, light));
      break;
    case 'cardigan':
      out.push(
        path('M180 268L220 268L212 524L188 524Z', s.inner ?? P.white),
        path('M180 268Q200 290 220 268Z', s.skin[1]),
        line('M188 280L188 524', dark, 3),
        line('M212 280L212 524', dark, 3),
        circle(183, 350, 4, dark),
        circle(183, 410, 4, dark),
        circle(183, 470, 4, dark),
      );
      break;
    case 'blazer':
      out.push(
        path('M174 268L226 268L200 400Z', s.inner ?? P.white),
        path('M174 268L200 400L168 330L180 310Z', dark),
        path('M226 268L200 400L232 330L220 310Z', dark),
        circle(200, 440, 5, dark),
      );
      break;
    case 'vest':
      // shirt underneath: arms use the inner colour (see arms())
      out.push(
        path('M176 268L224 268L200 368Z', s.inner ?? P.white),
        path('M200 300L180 262L172 286Z', lighten(s.inner ?? P.white, 0.4)),
        path('M200 300L220 262L228 286Z', lighten(s.inner ?? P.white, 0.4)),
        circle(200, 400, 4, dark),
        circle(200, 446, 4, dark),
        path('M176 268Q200 260 224 268', 'none'),
      );
      break;
    case 'track':
      out.push(
        rect(180, 252, 40, 26, dark, { rx: 8 }),
        line('M200 270L200 524', light, 3),
        line(`M${CX - s.sw + 10} 330L${CX - s.hw - 2} 516`, P.white, 5),
        line(`M${CX + s.sw - 10} 330L${CX + s.hw + 2} 516`, P.white, 5),
      );
      break;
    case 'tshirt':
      out.push(path('M180 268Q200 292 220 268Z', s.skin[1]), line('M178 268Q200 296 222 268', dark, 4));
      if (s.accent) out.push(path('M200 356l11 22 24 3-18 16 5 24-22-12-22 12 5-24-18-16 24-3z', s.accent));
      break;
    default:
      // sweater: round neck and a rib at the hem
      out.push(
        path('M180 268Q200 292 220 268Z', s.skin[1]),
        line('M178 268Q200 296 222 268', dark, 5),
        line(`M${CX - s.hw} 512L${CX + s.hw} 512`, dark, 6, { 'stroke-opacity': 0.5 }),
      );
      if (s.inner) out.push(path('M188 272L200 282L212 272L214 280L200 292L186 280Z', s.inner));
  }
  if (s.lanyard) {
    out.push(
      line('M182 274L196 372M218 274L204 372', s.lanyard, 4),
      rect(186, 370, 28, 36, P.white, { rx: 4 }),
    );
  }
  if (s.whistle) {
    out.push(
      line('M184 272L198 352M216 272L202 352', '#E06C5A', 3),
      rect(188, 350, 26, 14, '#C9D1DA', { rx: 6 }),
    );
  }
  return out.join('');
}

function arms(s: Spec, p: Pose): string {
  const sleeve = s.top === 'vest' ? (s.inner ?? P.white) : s.topColor;
  const w = s.sw >= 70 ? 32 : s.sw >= 60 ? 30 : 27;
  const one = (a: Pt[]): string => {
    const [sh, el, hand] = a as [Pt, Pt, Pt];
    const parts: string[] = [];
    if (s.top === 'tshirt' || s.top === 'dress') {
      parts.push(line(pts(a), s.skin[1], w + 2, { 'stroke-linejoin': 'round' }));
      parts.push(line(pts(a), s.skin[0], w - 3, { 'stroke-linejoin': 'round' }));
      const mid: Pt = [sh[0] + (el[0] - sh[0]) * 0.45, sh[1] + (el[1] - sh[1]) * 0.45];
      parts.push(line(pts([sh, mid]), sleeve, w + 6));
    } else {
      parts.push(line(pts(a), darken(sleeve, 0.3), w + 5, { 'stroke-linejoin': 'round' }));
      parts.push(line(pts(a), sleeve, w, { 'stroke-linejoin': 'round' }));
      if (s.top === 'track') parts.push(line(pts(a), P.white, 4, { 'stroke-linejoin': 'round' }));
    }
    parts.push(circle(hand[0], hand[1], w / 2 + 2, s.skin[0], { stroke: s.skin[1], 'stroke-width': 3 }));
    return parts.join('');
  };
  return p.rFirst ? one(p.r) + one(p.l) : one(p.l) + one(p.r);
}

function hairBack(s: Spec): string {
  const c = s.hairColor;
  switch (s.hair) {
    case 'long':
      return path('M138 160C128 66 272 66 262 160L274 338Q236 356 200 346Q164 356 126 338Z', darken(c, 0.1));
    case 'bob':
      return path('M134 166C124 74 276 74 266 166L270 244Q200 262 130 244Z', darken(c, 0.08));
    case 'afro':
      return circle(200, 132, 98, c);
    case 'puffs':
      return circle(134, 94, 42, c) + circle(266, 94, 42, c);
    case 'pigtails':
      return (
        ellipse(124, 176, 26, 34, c) +
        ellipse(276, 176, 26, 34, c) +
        circle(140, 150, 10, s.accent ?? P.rose) +
        circle(260, 150, 10, s.accent ?? P.rose)
      );
    case 'bun':
      return circle(200, 84, 30, c) + circle(200, 84, 30, darken(c, 0.1), { 'fill-opacity': 0.4 });
    case 'hijab':
      return path('M122 170C116 58 284 58 278 170L284 262Q200 290 116 262Z', darken(c, 0.1));
    default:
      return '';
  }
}

function hairFront(s: Spec): string {
  const c = s.hairColor;
  switch (s.hair) {
    case 'long':
      return path(
        'M140 152C132 94 180 82 214 88C252 96 268 124 262 164C248 128 228 116 206 112C188 128 162 138 140 152Z',
        c,
      );
    case 'short':
      return path(
        'M140 152C138 90 180 82 204 84C246 86 264 112 260 152C254 124 236 114 214 116C190 110 160 116 140 152Z',
        c,
      );
    case 'side':
      return path(
        'M140 152C136 92 176 82 206 84C248 88 266 116 260 152C250 124 224 112 180 114L170 130C156 132 146 140 140 152Z',
        c,
      );
    case 'swept':
      return path(
        'M140 154C134 94 178 78 216 86C254 92 268 124 260 154C250 130 238 122 224 122L238 100C210 118 172 118 140 154Z',
        c,
      );
    case 'curly': {
      const cs: [number, number, number][] = [
        [150, 118, 24],
        [172, 98, 26],
        [200, 90, 27],
        [228, 98, 26],
        [251, 118, 23],
        [140, 142, 15],
        [262, 142, 14],
        [180, 118, 18],
        [218, 116, 18],
      ];
      return g({ fill: c }, ...cs.map(([x, y, r]) => circle(x, y, r, '')));
    }
    case 'bun':
    case 'afro':
    case 'puffs':
      return path(
        'M142 148C140 96 176 88 200 88C224 88 260 96 258 148C246 120 228 110 200 110C172 110 154 120 142 148Z',
        c,
      );
    case 'pigtails':
      return path(
        'M140 152C136 94 178 86 200 86C222 86 264 94 260 152C252 132 242 122 230 118Q222 132 208 122Q196 134 184 122Q170 132 162 120C152 128 144 138 140 152Z',
        c,
      );
    case 'bald':
      return (
        path('M140 178C136 142 146 126 162 118L166 138C154 144 148 160 146 180Z', c) +
        path('M260 178C264 142 254 126 238 118L234 138C246 144 252 160 254 180Z', c) +
        ellipse(184, 112, 18, 8, P.white, { opacity: 0.25 })
      );
    case 'bob':
      return path('M142 146C142 96 176 86 200 86C224 86 258 96 258 146Q232 126 200 128Q168 126 142 146Z', c);
    case 'hijab':
      return (
        path('M134 156C132 72 268 72 266 156C252 116 230 104 200 104C170 104 148 116 134 156Z', c) +
        ellipse(200, 162, 64, 74, 'none', { stroke: c, 'stroke-width': 14 })
      );
    case 'cap':
      return (
        path('M140 168C136 140 140 130 146 124L160 126L152 172Z', c) +
        path('M260 168C264 140 260 130 254 124L240 126L248 172Z', c) +
        path('M138 132C138 70 262 70 262 132Z', s.accent ?? P.terracotta) +
        path('M132 134Q200 116 268 134L272 148Q200 128 128 148Z', darken(s.accent ?? P.terracotta, 0.2)) +
        circle(200, 87, 6, darken(s.accent ?? P.terracotta, 0.2))
      );
    case 'police':
      return (
        path('M140 176C136 146 140 132 148 124L160 128L150 178Z', c) +
        path('M260 176C264 146 260 132 252 124L240 128L250 178Z', c) +
        path('M134 118L266 118L258 74Q200 58 142 74Z', '#2F4470') +
        rect(136, 110, 128, 18, '#22202A') +
        path('M140 128Q200 144 260 128L256 122L144 122Z', '#1B1A22') +
        path('M200 84l9 4v8q0 8-9 12q-9-4-9-12v-8z', '#E9C46A')
      );
    default:
      return '';
  }
}

function face(s: Spec, mood: Mood): string {
  const ink = P.ink;
  const brow =
    s.hair === 'hijab' || s.hair === 'police' || s.hair === 'cap' ? '#3A2A24' : darken(s.hairColor, 0.35);
  const out: string[] = [];
  const [eL, eR] = [178, 222];
  const ey = 170;
  // cheeks
  const blushO = mood === 'blij' ? 0.5 : mood === 'bang' || mood === 'verdrietig' ? 0.18 : 0.28;
  out.push(
    circle(162, 192, 12, P.blush, { opacity: blushO }),
    circle(238, 192, 12, P.blush, { opacity: blushO }),
  );
  if (s.freckles) {
    out.push(
      g(
        { fill: '#C98156', opacity: 0.6 },
        circle(160, 186, 2, ''),
        circle(168, 192, 2, ''),
        circle(156, 194, 2, ''),
        circle(240, 186, 2, ''),
        circle(232, 192, 2, ''),
        circle(244, 194, 2, ''),
      ),
    );
  }
  if (s.wrinkles) {
    out.push(
      line('M184 118Q200 112 216 118', s.skin[1], 3),
      line('M154 170l-6 -3M154 176l-6 2M246 170l6 -3M246 176l6 2', s.skin[1], 2.5),
    );
  }
  // eyes
  const eye = (x: number): string => {
    const w = P.white;
    switch (mood) {
      case 'blij':
        return line(`M${x - 10} ${ey + 3}Q${x} ${ey - 11} ${x + 10} ${ey + 3}`, ink, 5.5);
      case 'boos':
        return ellipse(x, ey + 2, 10, 8, w) + ellipse(x, ey + 3, 6.5, 6.5, ink) + circle(x + 2, ey + 1, 2, w);
      case 'verdrietig':
        return (
          ellipse(x, ey + 1, 9.5, 10.5, w) + ellipse(x, ey + 4, 6.5, 7.5, ink) + circle(x + 2, ey + 2, 2.2, w)
        );
      case 'bang':
        return (
          ellipse(x, ey, 11.5, 13, w) + ellipse(x, ey + 1, 5.5, 6.5, ink) + circle(x + 2, ey - 1.5, 2, w)
        );
      default:
        return (
          ellipse(x, ey, 10, 11.5, w) + ellipse(x + 1, ey + 1, 7, 8.5, ink) + circle(x + 3, ey - 2, 2.6, w)
        );
    }
  };
  out.push(eye(eL), eye(eR));
  if (s.lashes && mood !== 'blij') {
    out.push(line(`M${eL - 9} ${ey - 6}l-5 -4M${eR + 9} ${ey - 6}l5 -4`, ink, 3));
  }
  // eyebrows: inner ends down when cross, up when sad or worried
  const brows: Record<Mood, string> = {
    neutraal: 'M164 146Q176 139 190 144M210 144Q224 139 236 146',
    blij: 'M164 138Q176 130 190 136M210 136Q224 130 236 138',
    boos: 'M164 141L191 153M209 153L236 141',
    verdrietig: 'M165 151L190 141M210 141L235 151',
    bang: 'M165 142L190 132M210 132L235 142',
  };
  out.push(line(brows[mood], brow, 6));
  // nose
  out.push(line('M198 180Q205 188 196 192', s.skin[1], 4));
  if (s.moustache) {
    out.push(path('M178 200Q200 186 222 200Q212 206 200 201Q188 206 178 200Z', s.hairColor));
  }
  // mouth
  switch (mood) {
    case 'blij':
      out.push(
        path('M180 204Q200 232 220 204Q200 210 180 204Z', '#8A3B45'),
        ellipse(200, 218, 8, 4, '#E0707A'),
      );
      break;
    case 'boos':
      out.push(line('M187 215Q200 206 213 215', ink, 5));
      break;
    case 'verdrietig':
      out.push(
        line('M188 217Q200 207 212 217', ink, 4.5),
        path('M166 184Q159 196 166 200Q173 196 166 184Z', P.tear),
      );
      break;
    case 'bang':
      out.push(line('M186 212Q191 206 196 212Q201 218 206 212Q211 206 216 212', ink, 4));
      break;
    default:
      out.push(line('M186 206Q200 216 214 206', ink, 4.5));
  }
  if (s.glasses) {
    out.push(
      g(
        { fill: P.white, 'fill-opacity': 0.15, stroke: s.glasses, 'stroke-width': 4 },
        circle(eL, ey, 17, ''),
        circle(eR, ey, 17, ''),
      ),
      line(`M${eL + 17} ${ey}Q200 ${ey - 6} ${eR - 17} ${ey}`, s.glasses, 4),
    );
  }
  return out.join('');
}

function head(s: Spec, mood: Mood): string {
  const out: string[] = [];
  if (s.hair !== 'hijab') {
    out.push(ellipse(140, 170, 11, 17, s.skin[1]), ellipse(260, 170, 11, 17, s.skin[1]));
    if (s.earrings) out.push(circle(140, 192, 5, s.earrings), circle(260, 192, 5, s.earrings));
  }
  out.push(ellipse(200, 160, 60, 68, s.skin[0]));
  if (s.beard) {
    out.push(
      path(
        'M140 166C140 238 176 250 200 250C224 250 260 238 260 166C252 202 238 214 200 216C162 214 148 202 140 166Z',
        s.hairColor,
      ),
      path('M180 198Q200 188 220 198Q210 204 200 200Q190 204 180 198Z', s.hairColor),
    );
  }
  out.push(hairFront(s));
  out.push(face(s, mood));
  return out.join('');
}

export function character(id: string, mood: Mood): string {
  const s = CHARACTERS[id];
  if (!s) throw new Error(`unknown character ${id}`);
  const p = pose(s, mood);
  const sc = s.scale;
  const body = `matrix(${sc} 0 0 ${sc} ${Math.round(CX * (1 - sc) * 10) / 10} ${Math.round(FEET * (1 - sc) * 10) / 10})`;
  const h = s.head;
  const headScale =
    h === 1
      ? ''
      : ` translate(${Math.round(CX * (1 - h) * 10) / 10} ${Math.round(NECK * (1 - h) * 10) / 10}) scale(${h})`;
  const headT = `translate(0 14) ${p.head}${headScale}`.trim();
  const defs = [lin('t', [lighten(s.topColor, 0.08), s.topColor, darken(s.topColor, 0.14)], true)];
  const neck = rect(186, 222, 28, 60, s.skin[1], { rx: 10 });
  const hijabDrape =
    s.hair === 'hijab'
      ? path('M138 196Q124 292 172 326L228 326Q276 292 262 196Z', s.hairColor, { transform: headT })
      : '';
  const body2 = [
    ellipse(CX, FEET - 2, 110 * (0.6 + 0.4 * sc), 12, P.shadow, { opacity: 0.14 }),
    g(
      { transform: body },
      g({ transform: headT }, hairBack(s)),
      legs(s),
      s.hair === 'hijab' ? '' : neck,
      torso(s),
      hijabDrape,
      arms(s, p),
      g({ transform: headT }, head(s, mood)),
    ),
  ];
  return svg(400, 800, defs, body2);
}
