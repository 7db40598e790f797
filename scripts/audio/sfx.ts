// Sound effects, each under 2 s. Soft and friendly: even the firm door is a thud, never a bang.

import { Biquad, bell, filter, mix, mtof, noiseBurst, pluck, reverb, seconds, thump, trim } from './synth';

const room = (b: Float32Array, wet = 0.15, size = 0.6): Float32Array =>
  reverb(b, { size, damp: 0.5, wet, tailS: 0.8 });

function bp(b: Float32Array, f: number, q: number): Float32Array {
  return filter(b, new Biquad('bp', f, q));
}
function lp(b: Float32Array, f: number, q = 0.7): Float32Array {
  return filter(b, new Biquad('lp', f, q));
}

/** A door closing gently: the latch, then a soft wooden thump. */
function deur(): Float32Array {
  const out = new Float32Array(seconds(1.2));
  mix(out, bp(noiseBurst(0.03, 0.004, 1), 3200, 2), 0, 0.35, false);
  mix(out, bell(1700, 0.06, [[1, 1, 0.01]]), 0, 0.1, false);
  mix(out, thump(120, 70, 0.4, 0.09), seconds(0.025), 0.9, false);
  mix(out, lp(noiseBurst(0.25, 0.05, 2), 500), seconds(0.025), 0.8, false);
  mix(out, bp(noiseBurst(0.4, 0.12, 3), 190, 3), seconds(0.03), 0.9, false);
  return trim(room(out, 0.14), 1.9);
}

/** A door shut firmly: a fuller thump, the latch, a small settle of the frame. Not a slam. */
function deurHard(): Float32Array {
  const out = new Float32Array(seconds(1.4));
  mix(out, thump(100, 52, 0.6, 0.15), 0, 1, false);
  mix(out, lp(noiseBurst(0.35, 0.07, 11), 700), 0, 1.1, false);
  mix(out, bp(noiseBurst(0.6, 0.18, 12), 160, 2.5), 0, 1.2, false);
  mix(out, bp(noiseBurst(0.03, 0.004, 13), 2800, 2), seconds(0.02), 0.3, false);
  for (const [t, g] of [
    [0.07, 0.12],
    [0.11, 0.07],
  ] as const) {
    mix(out, bp(noiseBurst(0.03, 0.006, 14 + t * 100), 1400, 3), seconds(t), g, false);
  }
  return trim(room(out, 0.2, 0.7), 1.9);
}

/** Ding-dong. */
function deurbel(): Float32Array {
  const out = new Float32Array(seconds(1.9));
  const tone = (f: number): Float32Array =>
    bell(
      f,
      1.3,
      [
        [1, 1, 0.6],
        [2, 0.3, 0.3],
        [3, 0.12, 0.15],
        [4.2, 0.05, 0.08],
      ],
      0.003,
    );
  mix(out, tone(mtof(76)), 0, 0.8, false);
  mix(out, tone(mtof(72)), seconds(0.5), 0.8, false);
  return trim(room(out, 0.18), 1.9);
}

/** A friendly marimba ringtone, twice. */
function telefoon(): Float32Array {
  const out = new Float32Array(seconds(1.9));
  const notes = [84, 88, 91, 88];
  for (let rep = 0; rep < 2; rep++) {
    notes.forEach((m, k) => {
      const b = bell(
        mtof(m),
        0.5,
        [
          [1, 1, 0.16],
          [4, 0.25, 0.03],
          [10, 0.06, 0.01],
        ],
        0.002,
      );
      mix(out, b, seconds(rep * 0.85 + k * 0.11), 0.6, false);
    });
  }
  return trim(room(out, 0.1, 0.4), 1.9);
}

/** A short two-note notification. */
function melding(): Float32Array {
  const out = new Float32Array(seconds(0.8));
  const b = (m: number): Float32Array =>
    bell(
      mtof(m),
      0.5,
      [
        [1, 1, 0.12],
        [2, 0.2, 0.05],
        [3, 0.05, 0.03],
      ],
      0.002,
    );
  mix(out, b(83), 0, 0.7, false);
  mix(out, b(88), seconds(0.09), 0.8, false);
  return trim(room(out, 0.1, 0.4), 1.0);
}

/** The school chime: three soft descending bell tones. */
function schoolbel(): Float32Array {
  const out = new Float32Array(seconds(1.95));
  [79, 76, 72].forEach((m, k) => {
    const b = bell(
      mtof(m),
      1.4,
      [
        [1, 1, 0.5],
        [2, 0.35, 0.25],
        [3, 0.1, 0.12],
        [5.1, 0.04, 0.05],
      ],
      0.004,
    );
    // a gentle vibraphone tremolo
    for (let i = 0; i < b.length; i++)
      b[i] = (b[i] ?? 0) * (0.85 + 0.15 * Math.sin((2 * Math.PI * 5 * i) / 44100));
    mix(out, b, seconds(k * 0.4), 0.7, false);
  });
  return trim(room(out, 0.25, 0.8), 1.95);
}

/** Four calm footsteps on a wooden floor: heel, then toe. */
function voetstappen(): Float32Array {
  const out = new Float32Array(seconds(1.8));
  for (let k = 0; k < 4; k++) {
    const t = 0.02 + k * 0.42;
    const g = k % 2 ? 0.85 : 1;
    mix(out, lp(noiseBurst(0.12, 0.025, 40 + k), 450), seconds(t), 1.2 * g, false);
    mix(out, thump(110, 80, 0.15, 0.03), seconds(t), 0.5 * g, false);
    mix(out, bp(noiseBurst(0.1, 0.03, 50 + k), 1300, 1.5), seconds(t + 0.06), 0.25 * g, false);
  }
  return trim(room(out, 0.12, 0.5), 1.9);
}

/** A soft sports whistle: a pure tone with the flutter of the little ball inside. */
function fluit(): Float32Array {
  const n = seconds(0.75);
  const out = new Float32Array(n);
  const breath = bp(noiseBurst(0.75, 10, 60), 2900, 4);
  let ph = 0;
  for (let i = 0; i < n; i++) {
    const t = i / 44100;
    const env = Math.min(1, t / 0.03) * Math.min(1, (0.75 - t) / 0.15);
    const flutter = Math.sin(2 * Math.PI * 34 * t);
    ph += (2 * Math.PI * (2750 + 45 * flutter)) / 44100;
    out[i] = env * (Math.sin(ph) * (0.8 + 0.2 * flutter) + 0.15 * (breath[i] ?? 0));
  }
  lp(out, 4500);
  return trim(room(out, 0.12, 0.5), 1.5);
}

/** Plates put down on a table: a few ceramic clinks and a soft knock. */
function bord(): Float32Array {
  const out = new Float32Array(seconds(1.2));
  const clink = (base: number): Float32Array =>
    bell(
      base,
      0.4,
      [
        [1, 1, 0.09],
        [1.62, 0.6, 0.07],
        [2.43, 0.35, 0.05],
        [3.7, 0.2, 0.03],
      ],
      0.001,
    );
  mix(out, lp(noiseBurst(0.15, 0.02, 70), 600), 0, 0.6, false);
  mix(out, clink(2100), 0.002 * 44100, 0.35, false);
  mix(out, lp(noiseBurst(0.15, 0.02, 71), 600), seconds(0.2), 0.4, false);
  mix(out, clink(2350), seconds(0.2), 0.28, false);
  mix(out, clink(1900), seconds(0.46), 0.22, false);
  mix(out, pluck(196, 0.3, 72, { bright: 0.2, decay: 0.98 }), seconds(0.46), 0.15, false);
  return trim(room(out, 0.14, 0.5), 1.9);
}

/** A clock ticking: tick, tock, tick, tock. */
function klok(): Float32Array {
  const out = new Float32Array(seconds(1.9));
  for (let k = 0; k < 4; k++) {
    const tock = k % 2 === 1;
    mix(
      out,
      bp(noiseBurst(0.04, 0.0025, 80 + k), tock ? 2600 : 3300, 2.5),
      seconds(0.03 + k * 0.5),
      1,
      false,
    );
    mix(
      out,
      bell(tock ? 1850 : 2250, 0.08, [
        [1, 1, 0.012],
        [2.7, 0.4, 0.006],
      ]),
      seconds(0.03 + k * 0.5),
      0.06,
      false,
    );
  }
  return trim(room(out, 0.15, 0.5), 1.9);
}

export const SFX: Record<string, { draw: () => Float32Array; peakDb: number }> = {
  deur: { draw: deur, peakDb: -8 },
  deur_hard: { draw: deurHard, peakDb: -6 },
  deurbel: { draw: deurbel, peakDb: -6 },
  telefoon: { draw: telefoon, peakDb: -7 },
  melding: { draw: melding, peakDb: -8 },
  schoolbel: { draw: schoolbel, peakDb: -6 },
  voetstappen: { draw: voetstappen, peakDb: -8 },
  fluit: { draw: fluit, peakDb: -10 },
  bord: { draw: bord, peakDb: -8 },
  klok: { draw: klok, peakDb: -9 },
};
