// Ambience loops: very quiet beds under the story. Every modulation has a period that divides the loop
// length, events wrap round the end, and filters and the reverb run round the loop twice: seamless.

import { Biquad, SR, bell, filter, mix, noiseBurst, reverb, rng, seconds } from './synth';

function noise(n: number, seed: number): Float32Array {
  const r = rng(seed);
  const b = new Float32Array(n);
  for (let i = 0; i < n; i++) b[i] = r() * 2 - 1;
  return b;
}

/** Quiet room tone with a faint clock: tick, tock, once a second. */
function binnen(): Float32Array {
  const len = 12;
  const n = seconds(len);
  const out = noise(n, 101);
  filter(out, new Biquad('lp', 420, 0.7), true);
  filter(out, new Biquad('lp', 420, 0.7), true);
  for (let i = 0; i < n; i++) out[i] = (out[i] ?? 0) * 0.09;
  for (let s = 0; s < len; s++) {
    const tock = s % 2 === 1;
    const click = noiseBurst(0.04, 0.0025, 200 + s);
    filter(click, new Biquad('bp', tock ? 2600 : 3300, 2.5));
    const ping = bell(tock ? 1850 : 2250, 0.08, [
      [1, 1, 0.012],
      [2.7, 0.4, 0.006],
    ]);
    mix(out, click, seconds(s + 0.25), 0.9);
    mix(out, ping, seconds(s + 0.25), 0.05);
  }
  return reverb(out, { size: 0.5, damp: 0.6, wet: 0.12, loop: true });
}

/** Soft wind, a distant car now and then, two little birds. */
function buiten(): Float32Array {
  const len = 14;
  const n = seconds(len);
  const tau = 2 * Math.PI;
  // wind: band-passed noise whose centre and level drift with periods of 14 s and 7 s
  const src = noise(n, 303);
  const wind = new Float32Array(n);
  const bp = new Biquad('bp', 500, 0.8);
  for (let pass = 0; pass < 2; pass++) {
    for (let i = 0; i < n; i++) {
      const t = i / SR;
      if (i % 64 === 0)
        bp.set(520 + 260 * Math.sin((tau * t) / len) + 120 * Math.sin((tau * t) / 7 + 1), 0.8);
      const y = bp.run(src[i] ?? 0);
      if (pass === 1)
        wind[i] = y * (0.55 + 0.3 * Math.sin((tau * t) / len + 2) + 0.15 * Math.sin((tau * t) / 3.5));
    }
  }
  // distant traffic: low rumble swelling as a car passes (circular distance, so it wraps)
  const rum = noise(n, 404);
  let brown = 0;
  for (let pass = 0; pass < 2; pass++) {
    for (let i = 0; i < n; i++) {
      brown = brown * 0.995 + (rum[i] ?? 0) * 0.05;
      if (pass === 1) rum[i] = brown;
    }
  }
  filter(rum, new Biquad('lp', 220, 0.7), true);
  const out = new Float32Array(n);
  for (let i = 0; i < n; i++) {
    const t = i / SR;
    const car = (c: number, w: number): number => {
      const d = Math.min(Math.abs(t - c), len - Math.abs(t - c));
      return Math.exp(-(d * d) / (2 * w * w));
    };
    out[i] = (wind[i] ?? 0) * 0.5 + (rum[i] ?? 0) * (0.35 + 1.4 * car(4.5, 1.6) + 0.8 * car(11, 1.2));
  }
  // two small birds far away
  for (const [t0, base] of [
    [2.2, 3400],
    [9.1, 3900],
  ] as const) {
    for (let k = 0; k < 3; k++) {
      const ch = new Float32Array(seconds(0.09));
      let ph = 0;
      for (let i = 0; i < ch.length; i++) {
        const x = i / ch.length;
        ph += (tau * (base + 900 * x)) / SR;
        ch[i] = Math.sin(ph) * Math.sin(Math.PI * x) ** 2;
      }
      mix(out, ch, seconds(t0 + k * 0.14 + (k === 2 ? 0.05 : 0)), 0.05);
    }
  }
  return reverb(out, { size: 0.7, damp: 0.5, wet: 0.12, loop: true });
}

/** A soft murmur of voices in a school hall: vowel-like sounds, never words. */
function school(): Float32Array {
  const len = 12;
  const n = seconds(len);
  const r = rng(505);
  const voices = new Float32Array(n);
  const vowels: [number, number][] = [
    [700, 1200],
    [450, 1900],
    [320, 2200],
    [480, 850],
    [360, 950],
  ];
  for (let v = 0; v < 14; v++) {
    const f0 = 105 + r() * 150;
    let t = r() * len;
    const utterances = 3 + Math.floor(r() * 3);
    for (let u = 0; u < utterances; u++) {
      const dur = 0.8 + r() * 1.8;
      const m = seconds(dur);
      const seg = new Float32Array(m);
      const f1 = new Biquad('bp', 500, 3);
      const f2 = new Biquad('bp', 1500, 4);
      const rate = 3.5 + r() * 2.5;
      let ph = 0;
      let syl = -1;
      for (let i = 0; i < m; i++) {
        const x = i / SR;
        const s = Math.floor(x * rate);
        if (s !== syl) {
          syl = s;
          const [v1, v2] = vowels[Math.floor(r() * vowels.length)] ?? [500, 1500];
          f1.set(v1, 3);
          f2.set(v2, 4);
        }
        const f = f0 * (1 + 0.06 * Math.sin(2 * Math.PI * 0.7 * x + v) - 0.05 * (i / m));
        ph = (ph + f / SR) % 1;
        const saw = 2 * ph - 1;
        const env =
          Math.sin(Math.PI * (i / m)) ** 0.5 * (0.25 + 0.75 * Math.abs(Math.sin(Math.PI * x * rate)) ** 1.5);
        seg[i] = (f1.run(saw) + 0.6 * f2.run(saw)) * env;
      }
      mix(voices, seg, seconds(t), 0.12 + r() * 0.08);
      t += dur + 0.3 + r() * 2;
    }
  }
  filter(voices, new Biquad('lp', 1600, 0.7), true);
  // the hall itself: a low hum of air
  const air = noise(n, 606);
  filter(air, new Biquad('lp', 300, 0.7), true);
  for (let i = 0; i < n; i++) voices[i] = (voices[i] ?? 0) + (air[i] ?? 0) * 0.06;
  return reverb(voices, { size: 0.9, damp: 0.35, wet: 0.45, loop: true });
}

export const AMBIENCE: Record<string, () => Float32Array> = { binnen, buiten, school };
