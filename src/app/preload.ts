// Fetches a scenario's art and sound ahead, so the scenes are ready when the story needs them: the
// opening scene's files while the player reads the content note, the rest once the first choice is on
// screen. In between (from "Start het verhaal" to the first line) it holds, so a slow link carries the
// story first: sound still coming in is stopped then and fetched again after the first line. The files
// are fetched by their hashed URLs: the browser's cache then answers Phaser's and howler's own
// requests. Nothing waits for this: the story starts when the player wants, and whatever is not here
// yet is loaded by the stage and the sound as before.
import type { AudioFormat, StoryAsset, StoryAssets } from '../story/assets';
import { backgroundUrl, characterUrl, propUrl, PROPS } from '../stage/art';

const audioFiles = import.meta.glob('../../assets/audio/**/*.{ogg,mp3}', {
  eager: true,
  query: '?url',
  import: 'default',
}) as Record<string, string>;

/** The format howler will choose (it tries the .ogg first, like src/audio/sound.ts), or null. */
export function playableAudioFormat(): AudioFormat | null {
  if (typeof document === 'undefined') return null;
  const probe = document.createElement('audio');
  const can = (type: string) => probe.canPlayType(type).replace(/^no$/, '') !== '';
  if (can('audio/ogg; codecs="vorbis"')) return 'ogg';
  if (can('audio/mpeg;')) return 'mp3';
  return null;
}

/** The files of the opening scene (up to the first choice): fetched under the content note. */
export function openingScene(assets: StoryAssets): StoryAssets {
  return { files: assets.files.slice(0, assets.opening), opening: assets.opening };
}

/** The files the story needs after its first choice: fetched while the player reads on. */
export function afterOpening(assets: StoryAssets): StoryAssets {
  return { files: assets.files.slice(assets.opening), opening: 0 };
}

/** The player's browser asks to save data (Data Saver): then sound is never fetched ahead. */
export function savesData(): boolean {
  const connection = (globalThis.navigator as { connection?: { saveData?: boolean } } | undefined)
    ?.connection;
  return connection?.saveData === true;
}

export interface PreloadProgress {
  /** Bytes fetched so far of the files asked for (files that failed count as done). */
  loaded: number;
  total: number;
  done: boolean;
}

interface Job {
  url: string;
  bytes: number;
  audio: boolean;
}

function isProp(name: string): name is (typeof PROPS)[number] {
  return (PROPS as readonly string[]).includes(name);
}

function job(asset: StoryAsset, format: AudioFormat | null): Job | null {
  switch (asset.kind) {
    case 'bg': {
      const url = backgroundUrl(asset.name);
      return url ? { url, bytes: asset.bytes, audio: false } : null;
    }
    case 'character': {
      const at = asset.name.lastIndexOf('-');
      const url = characterUrl(asset.name.slice(0, at), asset.name.slice(at + 1));
      return url ? { url, bytes: asset.bytes, audio: false } : null;
    }
    case 'prop': {
      const url = isProp(asset.name) ? propUrl(asset.name) : null;
      return url ? { url, bytes: asset.bytes, audio: false } : null;
    }
    default: {
      if (!format) return null;
      const url = audioFiles[`../../assets/audio/${asset.kind}/${asset.name}.${format}`];
      return url ? { url, bytes: asset.bytes[format], audio: true } : null;
    }
  }
}

export interface PreloaderOptions {
  /** Which audio format to fetch (null: none). */
  audioFormat?: () => AudioFormat | null;
  /** Files fetched at the same time. */
  parallel?: number;
  fetch?: typeof fetch;
}

export class Preloader {
  /** Bytes received per URL; a URL is in `finished` once its fetch ended (well or not). */
  private readonly received = new Map<string, number>();
  private readonly finished = new Set<string>();
  private readonly queue: Job[] = [];
  private readonly waiting = new Set<() => void>();
  /** Fetches under way, so `hold()` can stop the sound among them. */
  private readonly inFlight = new Map<Job, AbortController>();
  private running = 0;
  private held = false;
  private readonly audioFormat: () => AudioFormat | null;
  private readonly parallel: number;
  private readonly fetcher: typeof fetch;

  constructor(options: PreloaderOptions = {}) {
    this.audioFormat = options.audioFormat ?? playableAudioFormat;
    this.parallel = options.parallel ?? 3;
    this.fetcher = options.fetch ?? ((input, init) => fetch(input, init));
  }

  /**
   * Fetches a story's files, before any other waiting file (the opening scene's first). `onProgress`
   * is called as bytes arrive; the returned function stops the calls (fetching goes on in the
   * background, for the stage). Sound is left out when `audio` is false (muted, or blocked).
   */
  load(
    assets: StoryAssets,
    options: { audio: boolean },
    onProgress: (progress: PreloadProgress) => void,
  ): () => void {
    const format = options.audio ? this.audioFormat() : null;
    const jobs = assets.files
      .map((asset) => job(asset, format))
      .filter((entry): entry is Job => entry !== null);
    const unique = [...new Map(jobs.map((entry) => [entry.url, entry])).values()];
    const fresh = unique.filter((entry) => !this.received.has(entry.url));
    // First in line: this story before files another story asked for earlier.
    for (const entry of fresh) {
      const queued = this.queue.findIndex((other) => other.url === entry.url);
      if (queued >= 0) this.queue.splice(queued, 1);
    }
    this.queue.unshift(...fresh);
    const total = unique.reduce((sum, entry) => sum + entry.bytes, 0);
    let stopped = false;
    const report = () => {
      if (stopped) return;
      const loaded = unique.reduce(
        (sum, entry) =>
          sum +
          (this.finished.has(entry.url)
            ? entry.bytes
            : Math.min(entry.bytes, this.received.get(entry.url) ?? 0)),
        0,
      );
      const done = unique.every((entry) => this.finished.has(entry.url));
      onProgress({ loaded, total, done });
      if (done) stop();
    };
    const stop = () => {
      stopped = true;
      this.waiting.delete(report);
    };
    this.waiting.add(report);
    report();
    this.pump();
    return stop;
  }

  /**
   * Starts no new fetch until `release()`. Pictures under way finish (they are small, and the scene
   * needs them); sound under way stops and waits at the front of the line, because on a slow link a
   * music file would share the line with the story for seconds.
   */
  hold(): void {
    this.held = true;
    for (const [entry, controller] of this.inFlight) if (entry.audio) controller.abort();
  }

  release(): void {
    this.held = false;
    this.pump();
  }

  private pump(): void {
    while (!this.held && this.running < this.parallel) {
      const next = this.queue.shift();
      if (!next) return;
      if (this.received.has(next.url)) continue;
      this.running++;
      this.received.set(next.url, 0);
      const controller = new AbortController();
      this.inFlight.set(next, controller);
      void this.fetchOne(next, controller.signal).finally(() => {
        this.running--;
        this.inFlight.delete(next);
        if (controller.signal.aborted) {
          // Stopped by hold(): first in line again, from the start.
          this.received.delete(next.url);
          this.queue.unshift(next);
        } else this.finished.add(next.url);
        this.notify();
        this.pump();
      });
    }
  }

  /** Reads the whole body (so the browser keeps it in its cache), counting the bytes as they come. */
  private async fetchOne(entry: Job, signal: AbortSignal): Promise<void> {
    try {
      const response = await this.fetcher(entry.url, { credentials: 'same-origin', signal });
      if (!response.ok || !response.body) {
        await response.arrayBuffer().catch(() => undefined);
        return;
      }
      const reader = response.body.getReader();
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        this.received.set(entry.url, (this.received.get(entry.url) ?? 0) + value.byteLength);
        this.notify();
      }
    } catch {
      // Offline, blocked (an extension or a school filter may block sound files): the stage and the
      // sound load what they can later. The bar counts the file as done so it never hangs.
    }
  }

  private notify(): void {
    for (const report of [...this.waiting]) report();
  }
}
