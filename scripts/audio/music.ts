// Music loops: small chord progressions with soft pads, plucks and bells. Every note is written into a
// circular buffer (what rings past the end continues at the start) and the reverb runs round the loop
// twice, so the last sample flows into the first: the loops are seamless.

import { Biquad, SR, bell, filter, mix, mtof, pad, pluck, reverb, rng, seconds } from './synth';

interface Chord {
  bars: number;
  bass: number; // midi
  pad: number[]; // midi voicing
  arp: number[]; // midi chord tones for the plucks, low to high
}

interface Song {
  bpm: number;
  bars: number;
  chords: Chord[];
  seed: number;
  padGain: number;
  padCutoff: number;
  bassGain: number;
  reverbWet: number;
  arp?: {
    pattern: (number | null)[][];
    gain: number;
    voice: 'pluck' | 'mallet' | 'dark';
    everyBeats: number;
  };
  pulse?: { gain: number; decay: number }; // low eighth-note pulse on the bass note
  melody?: { notes: [number, number, number][]; gain: number; voice: 'bell' | 'soft' }; // [beat, midi, beats]
}

const mallet = (f: number, seed: number): Float32Array => {
  void seed;
  return bell(
    f,
    1.2,
    [
      [1, 1, 0.5],
      [4, 0.3, 0.09],
      [10, 0.07, 0.025],
    ],
    0.002,
  );
};

function render(song: Song): Float32Array {
  const beat = 60 / song.bpm;
  const total = seconds(song.bars * 4 * beat);
  const out = new Float32Array(total);
  const r = rng(song.seed);
  const at = (beats: number): number => Math.round(beats * beat * SR);
  const human = (): number => Math.round((r() - 0.5) * 0.012 * SR);

  let bar = 0;
  for (const ch of song.chords) {
    const startBeat = bar * 4;
    const lenBeats = ch.bars * 4;
    // pad: slow attack, long release that overlaps the next chord (and wraps round the loop)
    for (const m of ch.pad) {
      const p = pad(mtof(m), lenBeats * beat - 0.2, { a: 0.9, r: 1.6, cutoff: song.padCutoff, detune: 7 });
      mix(out, p, at(startBeat), song.padGain / ch.pad.length);
    }
    // bass: a round low note on the first beat, again half way through long chords
    for (let b = 0; b < lenBeats; b += 4) {
      const hold = Math.min(4, lenBeats - b) * beat * 0.9;
      const bs = pad(mtof(ch.bass), hold, {
        a: 0.02,
        r: 0.6,
        partials: [
          [1, 1],
          [2, 0.45],
          [3, 0.12],
        ],
        detune: 2,
        cutoff: 600,
      });
      mix(out, bs, at(startBeat + b), song.bassGain);
    }
    // a low, soft pulse in eighths (tense music)
    if (song.pulse) {
      for (let e = 0; e < lenBeats * 2; e++) {
        const accent = e % 4 === 0 ? 1 : e % 2 === 0 ? 0.7 : 0.45;
        const p = bell(
          mtof(ch.bass + 12),
          0.5,
          [
            [1, 1, song.pulse.decay],
            [2, 0.35, song.pulse.decay * 0.6],
            [3, 0.1, song.pulse.decay * 0.4],
          ],
          0.008,
        );
        mix(out, p, at(startBeat + e / 2), song.pulse.gain * accent);
      }
    }
    // arpeggio / broken chords
    if (song.arp) {
      const step = song.arp.everyBeats;
      const steps = Math.round(lenBeats / step);
      for (let s = 0; s < steps; s++) {
        const pat = song.arp.pattern[(bar + Math.floor((s * step) / 4)) % song.arp.pattern.length] ?? [];
        const idx = pat[s % pat.length];
        if (idx === null || idx === undefined) continue;
        const m = ch.arp[idx % ch.arp.length] ?? 60;
        const vel = 0.75 + r() * 0.25;
        const seed = song.seed * 1000 + bar * 50 + s;
        const v =
          song.arp.voice === 'mallet'
            ? mallet(mtof(m), seed)
            : song.arp.voice === 'dark'
              ? pluck(mtof(m), 2.2, seed, { bright: 0.22, decay: 0.9975, cutoff: 2200 })
              : pluck(mtof(m), 1.8, seed, { bright: 0.35, decay: 0.996, cutoff: 4500 });
        mix(out, v, at(startBeat + s * step) + human(), song.arp.gain * vel);
      }
    }
    bar += ch.bars;
  }
  if (song.melody) {
    for (const [b, m, len] of song.melody.notes) {
      const v =
        song.melody.voice === 'bell'
          ? bell(
              mtof(m),
              2.4,
              [
                [1, 1, 0.9],
                [2, 0.25, 0.35],
                [3, 0.08, 0.2],
                [4.2, 0.05, 0.1],
              ],
              0.006,
            )
          : pad(mtof(m), len * beat * 0.9, {
              a: 0.18,
              r: 0.9,
              partials: [
                [1, 1],
                [2, 0.22],
                [3, 0.06],
              ],
              detune: 4,
              cutoff: 2400,
            });
      mix(out, v, at(b) + human(), song.melody.gain);
    }
  }
  filter(out, new Biquad('lp', 7500, 0.6), true);
  filter(out, new Biquad('hp', 35, 0.6), true);
  return reverb(out, { size: 0.84, damp: 0.45, wet: song.reverbWet, loop: true });
}

// C major, 90 bpm, 8 bars (21.3 s): Cmaj7 - Am7 - Fmaj7 - G, gentle harp-like plucks.
const rustig: Song = {
  bpm: 90,
  bars: 8,
  seed: 11,
  padGain: 0.5,
  padCutoff: 1800,
  bassGain: 0.32,
  reverbWet: 0.3,
  chords: [
    { bars: 2, bass: 36, pad: [52, 55, 59, 64], arp: [60, 64, 67, 71, 72] },
    { bars: 2, bass: 45, pad: [52, 55, 60, 64], arp: [57, 60, 64, 67, 69] },
    { bars: 2, bass: 41, pad: [53, 57, 60, 64], arp: [57, 60, 65, 69, 72] },
    { bars: 2, bass: 43, pad: [50, 55, 59, 62], arp: [55, 59, 62, 67, 71] },
  ],
  arp: {
    everyBeats: 0.5,
    voice: 'pluck',
    gain: 0.42,
    pattern: [
      [0, null, 2, 3, null, 4, 2, null],
      [1, null, 3, 2, null, 4, null, 3],
    ],
  },
  melody: {
    voice: 'bell',
    gain: 0.16,
    notes: [
      [6, 76, 2],
      [14, 76, 2],
      [22, 77, 2],
      [30, 74, 2],
    ],
  },
};

// G major, 100 bpm, 8 bars (19.2 s): G - D/F# - Em - C, rising mallet arpeggios and a bright pad.
const hoopvol: Song = {
  bpm: 100,
  bars: 8,
  seed: 23,
  padGain: 0.5,
  padCutoff: 2600,
  bassGain: 0.32,
  reverbWet: 0.26,
  chords: [
    { bars: 2, bass: 43, pad: [55, 59, 62, 67], arp: [62, 67, 71, 74, 79] },
    { bars: 2, bass: 42, pad: [54, 57, 62, 66], arp: [62, 66, 69, 74, 78] },
    { bars: 2, bass: 40, pad: [55, 59, 64, 67], arp: [64, 67, 71, 76, 79] },
    { bars: 2, bass: 36, pad: [55, 60, 64, 67], arp: [64, 67, 72, 76, 79] },
  ],
  arp: {
    everyBeats: 0.5,
    voice: 'mallet',
    gain: 0.34,
    pattern: [
      [0, 1, 2, 3, 4, 3, 2, 1],
      [0, 2, 1, 3, 2, 4, 3, null],
    ],
  },
  melody: {
    voice: 'soft',
    gain: 0.22,
    notes: [
      [0, 71, 3],
      [3, 74, 1],
      [4, 79, 4],
      [8, 78, 3],
      [11, 74, 1],
      [12, 76, 4],
      [16, 79, 3],
      [19, 76, 1],
      [20, 74, 4],
      [24, 72, 3],
      [27, 74, 1],
      [28, 71, 4],
    ],
  },
};

// D minor, 68 bpm, 6 bars (21.2 s): Dm - Bb - F - C - Gm - A, dark broken chords and a slow soft line.
const verdrietig: Song = {
  bpm: 68,
  bars: 6,
  seed: 37,
  padGain: 0.48,
  padCutoff: 1400,
  bassGain: 0.34,
  reverbWet: 0.34,
  chords: [
    { bars: 1, bass: 38, pad: [53, 57, 62], arp: [50, 57, 62, 65] },
    { bars: 1, bass: 34, pad: [53, 58, 62], arp: [46, 53, 58, 62] },
    { bars: 1, bass: 41, pad: [53, 57, 60], arp: [48, 53, 57, 60] },
    { bars: 1, bass: 36, pad: [52, 55, 60], arp: [48, 55, 60, 64] },
    { bars: 1, bass: 43, pad: [55, 58, 62], arp: [50, 55, 58, 62] },
    { bars: 1, bass: 45, pad: [52, 57, 61], arp: [45, 52, 57, 61] },
  ],
  arp: {
    everyBeats: 1,
    voice: 'dark',
    gain: 0.5,
    pattern: [[0, 2, 1, 3]],
  },
  melody: {
    voice: 'soft',
    gain: 0.26,
    notes: [
      [0, 69, 3],
      [4, 70, 2],
      [6, 69, 2],
      [8, 65, 3],
      [12, 67, 3],
      [16, 62, 2],
      [18, 65, 2],
      [20, 64, 4],
    ],
  },
};

// A minor, 76 bpm, 6 bars (18.9 s): Am - F - Dm - E, a soft low pulse, dark pad, a few distant bells.
const gespannen: Song = {
  bpm: 76,
  bars: 6,
  seed: 53,
  padGain: 0.36,
  padCutoff: 900,
  bassGain: 0.22,
  reverbWet: 0.3,
  chords: [
    { bars: 2, bass: 45, pad: [57, 60, 64], arp: [] },
    { bars: 2, bass: 41, pad: [57, 60, 65], arp: [] },
    { bars: 1, bass: 38, pad: [57, 62, 65], arp: [] },
    { bars: 1, bass: 40, pad: [56, 59, 64], arp: [] },
  ],
  pulse: { gain: 0.32, decay: 0.11 },
  melody: {
    voice: 'bell',
    gain: 0.14,
    notes: [
      [2.5, 76, 2],
      [9, 72, 2],
      [14.5, 74, 2],
      [18, 77, 2],
      [22, 71, 2],
    ],
  },
};

export const MUSIC: Record<string, () => Float32Array> = {
  rustig: () => render(rustig),
  gespannen: () => render(gespannen),
  hoopvol: () => render(hoopvol),
  verdrietig: () => render(verdrietig),
};
