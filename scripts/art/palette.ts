// The shared palette (docs/art.md lists the same values). Warm, soft, never neon.

export const P = {
  ink: '#2E2A3B', // outlines of features (eyes, brows), never pure black
  inkSoft: '#4A4458',
  white: '#FFFDF8', // warm white
  cream: '#FBF3E4',
  shadow: '#3B2F4A', // used at low opacity for all shadows
  sky: '#BFE3F5',
  skyDeep: '#8CCBEB',
  sun: '#FFD98A',
  leaf: '#6FAE7B',
  leafDark: '#4E8C62',
  leafLight: '#9BCB8E',
  wood: '#C98F5E',
  woodLight: '#E2B488',
  woodDark: '#9C6B45',
  terracotta: '#E08A6A',
  coral: '#F2A68B',
  butter: '#F8DC8C',
  sage: '#A9C9A4',
  teal: '#5FA8A6',
  blue: '#6F9FD8',
  navy: '#34476B',
  lilac: '#B9A6D6',
  rose: '#EBA3B3',
  grey: '#B8B6BF',
  glass: '#D9F0F7',
  blush: '#F08A8A',
  tear: '#8FD0F0',
} as const;

/** Skin tones, light to dark, each with a shade for necks and ears. */
export const SKIN = {
  s1: ['#FBE0CF', '#EDC3AC'],
  s2: ['#F1C9A5', '#DDAA84'],
  s3: ['#D9A57B', '#C08A62'],
  s4: ['#B57A55', '#9A6442'],
  s5: ['#8D5A3B', '#76482E'],
  s6: ['#6B432C', '#573423'],
} as const;
