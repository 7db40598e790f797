// Synthesises every sound of the game, deterministically: `npx tsx scripts/generate-audio.ts`.
// Writes WAV files to a temporary folder, encodes them with ffmpeg to .ogg (Vorbis) and .mp3, measures
// the encoded files (duration, peak, RMS) and writes assets/audio/manifest.json.
// Needs ffmpeg with libvorbis and libmp3lame (Debian: `apt-get install ffmpeg`). The encoded files are
// committed, so building or testing the game never needs ffmpeg.
// All sound is original, made by this code. Licence: CC BY-SA 4.0 (see CREDITS.md).

import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { MUSIC } from './audio/music';
import { AMBIENCE } from './audio/ambience';
import { SFX } from './audio/sfx';
import { SR, normalise, removeDC, wav } from './audio/synth';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const OUT = join(ROOT, 'assets/audio');

type Kind = 'music' | 'ambience' | 'sfx';

/** Encoder settings per kind: mono, low bit rates, reproducible output (bitexact, no metadata). */
const ENCODE: Record<Kind, { rate: number; ogg: string[]; webm: string[]; mp3: string[] }> = {
  music: { rate: 44100, ogg: ['-b:a', '48k'], webm: ['-b:a', '48k'], mp3: ['-b:a', '48k'] },
  ambience: { rate: 32000, ogg: ['-b:a', '32k'], webm: ['-b:a', '24k'], mp3: ['-b:a', '32k'] },
  sfx: { rate: 44100, ogg: ['-b:a', '64k'], webm: ['-b:a', '48k'], mp3: ['-b:a', '64k'] },
};

function run(cmd: string, args: string[], input?: Buffer): { ok: boolean; out: Buffer; err: string } {
  const r = spawnSync(cmd, args, { input, maxBuffer: 1 << 28 });
  return {
    ok: !r.error && r.status === 0,
    out: r.stdout ?? Buffer.alloc(0),
    err: String(r.stderr ?? r.error ?? ''),
  };
}

// ---- ffmpeg must be there; say so clearly if it is not ----
const probe = run('ffmpeg', ['-hide_banner', '-encoders']);
if (!probe.ok) {
  console.error(
    'generate-audio: ffmpeg is missing. Install it (Debian/Ubuntu: `apt-get install -y ffmpeg`) and run again.\n' +
      'The committed files in assets/audio stay as they are; the game itself never needs ffmpeg.',
  );
  process.exit(1);
}
const encoders = probe.out.toString();
if (!encoders.includes('libmp3lame')) {
  console.error(
    'generate-audio: this ffmpeg has no libmp3lame encoder (needed for .mp3). Install a full ffmpeg build.',
  );
  process.exit(1);
}
const useVorbis = encoders.includes('libvorbis');
if (!useVorbis && !encoders.includes('libopus')) {
  console.error(
    'generate-audio: this ffmpeg has neither libvorbis nor libopus. Install a full ffmpeg build.',
  );
  process.exit(1);
}
const second = useVorbis ? 'ogg' : 'webm';
if (!useVorbis) console.warn('generate-audio: no libvorbis, writing Opus in .webm instead of Vorbis in .ogg');

const TARGET_DB: Record<Kind, number> = { music: -6, ambience: -24, sfx: -6 };

interface Entry {
  id: string;
  kind: Kind;
  loop: boolean;
  duration: number;
  files: Record<string, string>;
  bytes: Record<string, number>;
  peakDb: number;
  rmsDb: number;
}

const tmp = mkdtempSync(join(tmpdir(), 'audio-'));
const entries: Entry[] = [];

/** Decode an encoded file back to PCM and measure it (what the player will really hear). */
function measure(file: string): { duration: number; peakDb: number; rmsDb: number } {
  const r = run('ffmpeg', ['-v', 'error', '-i', file, '-f', 'f32le', '-ac', '1', '-ar', String(SR), '-']);
  if (!r.ok) throw new Error(`could not decode ${file}: ${r.err}`);
  const pcm = new Float32Array(r.out.buffer, r.out.byteOffset, Math.floor(r.out.length / 4));
  let p = 0;
  let s = 0;
  for (let i = 0; i < pcm.length; i++) {
    p = Math.max(p, Math.abs(pcm[i] ?? 0));
    s += (pcm[i] ?? 0) * (pcm[i] ?? 0);
  }
  const toDb = (v: number): number => Math.round(20 * Math.log10(Math.max(v, 1e-9)) * 10) / 10;
  return { duration: pcm.length / SR, peakDb: toDb(p), rmsDb: toDb(Math.sqrt(s / Math.max(1, pcm.length))) };
}

function make(kind: Kind, id: string, pcm: Float32Array, peakDb: number): void {
  removeDC(pcm);
  normalise(pcm, peakDb);
  const src = join(tmp, `${kind}-${id}.wav`);
  writeFileSync(src, wav(pcm));
  const dir = join(OUT, kind === 'sfx' ? 'sfx' : kind);
  mkdirSync(dir, { recursive: true });
  const e = ENCODE[kind];
  const common = [
    '-y',
    '-v',
    'error',
    '-i',
    src,
    '-ac',
    '1',
    '-ar',
    String(e.rate),
    '-map_metadata',
    '-1',
    '-fflags',
    '+bitexact',
    '-flags:a',
    '+bitexact',
  ];
  const files: Record<string, string> = {};
  const bytes: Record<string, number> = {};
  const targets: [string, string[]][] = [
    [second, useVorbis ? ['-c:a', 'libvorbis', ...e.ogg] : ['-c:a', 'libopus', ...e.webm]],
    ['mp3', ['-c:a', 'libmp3lame', ...e.mp3, '-write_xing', '1', '-id3v2_version', '0']],
  ];
  for (const [ext, codec] of targets) {
    const file = join(dir, `${id}.${ext}`);
    const r = run('ffmpeg', [...common, ...codec, file]);
    if (!r.ok) throw new Error(`ffmpeg failed for ${file}: ${r.err}`);
    files[ext] = `${kind}/${id}.${ext}`;
    bytes[ext] = statSync(file).size;
  }
  const m = measure(join(dir, `${id}.${second}`));
  entries.push({
    id,
    kind,
    loop: kind !== 'sfx',
    duration: Math.round((pcm.length / SR) * 1000) / 1000,
    files,
    bytes,
    peakDb: m.peakDb,
    rmsDb: m.rmsDb,
  });
  const mp3 = measure(join(dir, `${id}.mp3`));
  console.log(
    `${kind.padEnd(8)} ${id.padEnd(12)} ${(pcm.length / SR).toFixed(2).padStart(6)} s  ` +
      `${second} ${String(bytes[second]).padStart(6)} B peak ${m.peakDb} dBFS rms ${m.rmsDb} dBFS (${m.duration.toFixed(2)} s)  ` +
      `mp3 ${String(bytes.mp3).padStart(6)} B peak ${mp3.peakDb} rms ${mp3.rmsDb} (${mp3.duration.toFixed(2)} s)`,
  );
}

try {
  for (const [id, draw] of Object.entries(MUSIC)) make('music', id, draw(), TARGET_DB.music);
  for (const [id, draw] of Object.entries(AMBIENCE)) make('ambience', id, draw(), TARGET_DB.ambience);
  for (const [id, s] of Object.entries(SFX)) make('sfx', id, s.draw(), s.peakDb);
} finally {
  rmSync(tmp, { recursive: true, force: true });
}

const manifest = {
  generator: 'scripts/generate-audio.ts',
  licence: 'CC BY-SA 4.0',
  formats: [second, 'mp3'],
  note: 'Paths are relative to assets/audio. Mono. Music and ambience loop seamlessly; prefer the .ogg file for gapless loops.',
  items: entries,
};
writeFileSync(join(OUT, 'manifest.json'), JSON.stringify(manifest, null, 2) + '\n');

for (const kind of ['music', 'ambience', 'sfx'] as Kind[]) {
  for (const ext of [second, 'mp3']) {
    const list = entries.filter((e) => e.kind === kind);
    const total = list.reduce((a, e) => a + (e.bytes[ext] ?? 0), 0);
    console.log(`${kind} .${ext}: ${list.length} files, ${total} bytes`);
  }
}
for (const ext of [second, 'mp3']) {
  const total = entries.reduce((a, e) => a + (e.bytes[ext] ?? 0), 0);
  const largest = entries.reduce<Entry | undefined>(
    (a, e) => (!a || (e.bytes[ext] ?? 0) > (a.bytes[ext] ?? 0) ? e : a),
    undefined,
  );
  console.log(`all .${ext}: ${total} bytes, largest ${largest?.files[ext]} (${largest?.bytes[ext]})`);
}
