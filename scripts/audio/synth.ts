// A very small synthesiser: oscillators, envelopes, filters, noise, plucked strings, bells and a reverb,
// all deterministic (seeded noise). Buffers are mono Float32Array at SR.
import { seededRandom } from '../../src/util/seeded-random.ts';

export const SR = 44100;

export const seconds = (s: number): number => Math.round(s * SR);
export const mtof = (m: number): number => 440 * 2 ** ((m - 69) / 12);
export const db = (d: number): number => 10 ** (d / 20);

/** Seeded PRNG: the same seed always gives the same sound. */
export const rng = seededRandom;

/** RBJ biquad filter. */
export class Biquad {
  private b0 = 1;
  private b1 = 0;
  private b2 = 0;
  private a1 = 0;
  private a2 = 0;
  private x1 = 0;
  private x2 = 0;
  private y1 = 0;
  private y2 = 0;
  constructor(
    private type: 'lp' | 'hp' | 'bp',
    freq: number,
    q = 0.707,
  ) {
    this.set(freq, q);
  }
  set(freq: number, q = 0.707): void {
    const w = (2 * Math.PI * Math.min(freq, SR * 0.45)) / SR;
    const cos = Math.cos(w);
    const alpha = Math.sin(w) / (2 * q);
    const a0 = 1 + alpha;
    let b0: number, b1: number, b2: number;
    if (this.type === 'lp') [b0, b1, b2] = [(1 - cos) / 2, 1 - cos, (1 - cos) / 2];
    else if (this.type === 'hp') [b0, b1, b2] = [(1 + cos) / 2, -(1 + cos), (1 + cos) / 2];
    else [b0, b1, b2] = [alpha, 0, -alpha];
    this.b0 = b0 / a0;
    this.b1 = b1 / a0;
    this.b2 = b2 / a0;
    this.a1 = (-2 * cos) / a0;
    this.a2 = (1 - alpha) / a0;
  }
  run(x: number): number {
    const y = this.b0 * x + this.b1 * this.x1 + this.b2 * this.x2 - this.a1 * this.y1 - this.a2 * this.y2;
    this.x2 = this.x1;
    this.x1 = x;
    this.y2 = this.y1;
    this.y1 = y;
    return y;
  }
}

/** Run a filter over a whole buffer in place. For loops, run it twice so the end flows into the start. */
export function filter(b: Float32Array, f: Biquad, loop = false): Float32Array {
  if (loop) for (let i = 0; i < b.length; i++) f.run(b[i] ?? 0);
  for (let i = 0; i < b.length; i++) b[i] = f.run(b[i] ?? 0);
  return b;
}

/** Add src into dst at start; with wrap, whatever runs past the end continues at the start (loops). */
export function mix(dst: Float32Array, src: Float32Array, start: number, gain = 1, wrap = true): void {
  const n = dst.length;
  for (let i = 0; i < src.length; i++) {
    let j = start + i;
    if (j >= n) {
      if (!wrap) break;
      j %= n;
    }
    if (j < 0) continue;
    dst[j] = (dst[j] ?? 0) + (src[i] ?? 0) * gain;
  }
}

/** Attack-decay-sustain-release envelope value at sample i of a note held for `hold` samples. */
export function adsr(i: number, hold: number, a: number, d: number, s: number, r: number): number {
  const t = i / SR;
  const h = hold / SR;
  let v: number;
  if (t < a) v = t / a;
  else if (t < a + d) v = 1 - (1 - s) * ((t - a) / d);
  else v = s;
  if (t > h) {
    const held = h < a ? h / a : h < a + d ? 1 - (1 - s) * ((h - a) / d) : s;
    v = held * Math.max(0, 1 - (t - h) / r);
  }
  return v;
}

/** A soft additive tone: partials [ratio, amplitude] with a slight detuned twin for warmth. */
export function pad(
  freq: number,
  holdS: number,
  opts: { a?: number; r?: number; partials?: [number, number][]; detune?: number; cutoff?: number } = {},
): Float32Array {
  const a = opts.a ?? 0.8;
  const r = opts.r ?? 1.4;
  const partials = opts.partials ?? [
    [1, 1],
    [2, 0.35],
    [3, 0.15],
    [4, 0.06],
  ];
  const det = 2 ** ((opts.detune ?? 6) / 1200);
  const hold = seconds(holdS);
  const out = new Float32Array(hold + seconds(r));
  for (const [ratio, amp] of partials) {
    const f1 = freq * ratio;
    const f2 = f1 * det;
    if (f2 > SR * 0.45) continue;
    const w1 = (2 * Math.PI * f1) / SR;
    const w2 = (2 * Math.PI * f2) / SR;
    for (let i = 0; i < out.length; i++)
      out[i] = (out[i] ?? 0) + amp * 0.5 * (Math.sin(w1 * i) + Math.sin(w2 * i + 1.3));
  }
  for (let i = 0; i < out.length; i++) out[i] = (out[i] ?? 0) * adsr(i, hold, a, 0.5, 0.85, r);
  if (opts.cutoff) filter(out, new Biquad('lp', opts.cutoff, 0.6));
  return out;
}

/** Karplus-Strong plucked string: warm, like a harp or a nylon guitar. */
export function pluck(
  freq: number,
  durS: number,
  seed: number,
  opts: { bright?: number; decay?: number; cutoff?: number } = {},
): Float32Array {
  const r = rng(seed);
  const n = seconds(durS);
  const out = new Float32Array(n);
  const period = SR / freq;
  const len = Math.max(2, Math.floor(period));
  const frac = period - len;
  const line = new Float32Array(len + 2);
  const bright = opts.bright ?? 0.5;
  let prev = 0;
  for (let i = 0; i < line.length; i++) {
    const x = r() * 2 - 1;
    prev = prev + bright * (x - prev); // softened excitation
    line[i] = prev;
  }
  const decay = opts.decay ?? 0.996;
  let idx = 0;
  let last = 0;
  for (let i = 0; i < n; i++) {
    const a = line[idx] ?? 0;
    const b = line[(idx + 1) % len] ?? 0;
    const v = a + (b - a) * frac;
    const y = decay * 0.5 * (v + last);
    last = v;
    out[i] = a;
    line[idx] = y;
    idx = (idx + 1) % len;
  }
  // remove the DC of the burst and fade the end
  filter(out, new Biquad('hp', 40));
  if (opts.cutoff) filter(out, new Biquad('lp', opts.cutoff, 0.6));
  const fade = seconds(0.05);
  for (let i = 0; i < fade && i < n; i++) out[n - 1 - i] = (out[n - 1 - i] ?? 0) * (i / fade);
  return out;
}

/** A bell or mallet tone: decaying sine partials [ratio, amplitude, decay seconds]. */
export function bell(
  freq: number,
  durS: number,
  partials: [number, number, number][],
  attackS = 0.004,
): Float32Array {
  const n = seconds(durS);
  const out = new Float32Array(n);
  const att = Math.max(1, seconds(attackS));
  for (const [ratio, amp, dec] of partials) {
    const f = freq * ratio;
    if (f > SR * 0.45) continue;
    const w = (2 * Math.PI * f) / SR;
    const k = Math.exp(-1 / (dec * SR));
    let e = amp;
    for (let i = 0; i < n; i++) {
      out[i] = (out[i] ?? 0) + e * Math.sin(w * i);
      e *= k;
    }
  }
  for (let i = 0; i < att && i < n; i++) out[i] = (out[i] ?? 0) * (i / att);
  const fade = Math.min(n, seconds(0.03));
  for (let i = 0; i < fade; i++) out[n - 1 - i] = (out[n - 1 - i] ?? 0) * (i / fade);
  return out;
}

/** White noise burst with an exponential decay. */
export function noiseBurst(durS: number, decayS: number, seed: number, attackS = 0.001): Float32Array {
  const r = rng(seed);
  const n = seconds(durS);
  const out = new Float32Array(n);
  const k = Math.exp(-1 / (decayS * SR));
  const att = Math.max(1, seconds(attackS));
  let e = 1;
  for (let i = 0; i < n; i++) {
    out[i] = (r() * 2 - 1) * e * Math.min(1, i / att);
    e *= k;
  }
  return out;
}

/** A sine whose pitch glides from f1 to f2, with an exponential decay: knocks and thumps. */
export function thump(f1: number, f2: number, durS: number, decayS: number): Float32Array {
  const n = seconds(durS);
  const out = new Float32Array(n);
  const k = Math.exp(-1 / (decayS * SR));
  let e = 1;
  let ph = 0;
  for (let i = 0; i < n; i++) {
    const f = f2 + (f1 - f2) * Math.exp(-i / (0.03 * SR));
    ph += (2 * Math.PI * f) / SR;
    out[i] = Math.sin(ph) * e * Math.min(1, i / 40);
    e *= k;
  }
  return out;
}

/** Freeverb-style reverb. For loops the input is played twice so the tail of the end rings into the start. */
export function reverb(
  input: Float32Array,
  opts: { size?: number; damp?: number; wet?: number; loop?: boolean; tailS?: number },
): Float32Array {
  const size = opts.size ?? 0.8;
  const damp = opts.damp ?? 0.4;
  const wet = opts.wet ?? 0.25;
  const combs = [1116, 1188, 1277, 1356, 1422, 1491, 1557, 1617].map((l) => ({
    buf: new Float32Array(l),
    i: 0,
    store: 0,
  }));
  const aps = [556, 441, 341, 225].map((l) => ({ buf: new Float32Array(l), i: 0 }));
  const n = input.length;
  const total = opts.loop ? 2 * n : n + seconds(opts.tailS ?? 1);
  const out = new Float32Array(opts.loop ? n : total);
  for (let t = 0; t < total; t++) {
    const x = opts.loop ? (input[t % n] ?? 0) : t < n ? (input[t] ?? 0) : 0;
    const inp = x * 0.015;
    let acc = 0;
    for (const c of combs) {
      const y = c.buf[c.i] ?? 0;
      c.store = y * (1 - damp) + c.store * damp;
      c.buf[c.i] = inp + c.store * size;
      c.i = (c.i + 1) % c.buf.length;
      acc += y;
    }
    for (const a of aps) {
      const b = a.buf[a.i] ?? 0;
      a.buf[a.i] = acc + b * 0.5;
      acc = b - acc;
      a.i = (a.i + 1) % a.buf.length;
    }
    if (opts.loop) {
      if (t >= n) out[t - n] = x + acc * wet * 3;
    } else out[t] = x + acc * wet * 3;
  }
  return out;
}

export function peak(b: Float32Array): number {
  let p = 0;
  for (let i = 0; i < b.length; i++) p = Math.max(p, Math.abs(b[i] ?? 0));
  return p;
}

export function rms(b: Float32Array): number {
  let s = 0;
  for (let i = 0; i < b.length; i++) s += (b[i] ?? 0) * (b[i] ?? 0);
  return Math.sqrt(s / Math.max(1, b.length));
}

/** Scale so the peak sits at `dbfs`. */
export function normalise(b: Float32Array, dbfs: number): Float32Array {
  const p = peak(b);
  const g = p > 0 ? db(dbfs) / p : 1;
  for (let i = 0; i < b.length; i++) b[i] = (b[i] ?? 0) * g;
  return b;
}

/** Remove any DC offset (keeps loops clean). */
export function removeDC(b: Float32Array): Float32Array {
  let s = 0;
  for (let i = 0; i < b.length; i++) s += b[i] ?? 0;
  const m = s / b.length;
  for (let i = 0; i < b.length; i++) b[i] = (b[i] ?? 0) - m;
  return b;
}

/** Short fades at both ends of a one-shot (never a click). */
export function fadeEdges(b: Float32Array, inS = 0.002, outS = 0.05): Float32Array {
  const a = seconds(inS);
  const z = seconds(outS);
  for (let i = 0; i < a && i < b.length; i++) b[i] = (b[i] ?? 0) * (i / a);
  for (let i = 0; i < z && i < b.length; i++) b[b.length - 1 - i] = (b[b.length - 1 - i] ?? 0) * (i / z);
  return b;
}

/** Cut trailing near-silence from a one-shot, keeping a short fade. */
export function trim(b: Float32Array, maxS: number, thresholdDb = -70): Float32Array {
  const th = db(thresholdDb) * peak(b);
  let end = Math.min(b.length, seconds(maxS));
  while (end > 1 && Math.abs(b[end - 1] ?? 0) < th) end--;
  return fadeEdges(b.slice(0, Math.min(b.length, end + seconds(0.02), seconds(maxS))), 0.001, 0.04);
}

/** 16-bit mono WAV. */
export function wav(b: Float32Array, sampleRate = SR): Buffer {
  const data = Buffer.alloc(b.length * 2);
  for (let i = 0; i < b.length; i++) {
    const v = Math.max(-1, Math.min(1, b[i] ?? 0));
    data.writeInt16LE(Math.round(v * 32767), i * 2);
  }
  const h = Buffer.alloc(44);
  h.write('RIFF', 0);
  h.writeUInt32LE(36 + data.length, 4);
  h.write('WAVE', 8);
  h.write('fmt ', 12);
  h.writeUInt32LE(16, 16);
  h.writeUInt16LE(1, 20);
  h.writeUInt16LE(1, 22);
  h.writeUInt32LE(sampleRate, 24);
  h.writeUInt32LE(sampleRate * 2, 28);
  h.writeUInt16LE(2, 32);
  h.writeUInt16LE(16, 34);
  h.write('data', 36);
  h.writeUInt32LE(data.length, 40);
  return Buffer.concat([h, data]);
}
