// The preloader behind a content note: a real progress bar (bytes), failures never hang it, sound can
// be left out, and a story asked for later goes first.
import { describe, expect, it } from 'vitest';
import { Preloader, afterOpening, openingScene, type PreloadProgress } from '../../src/app/preload';
import type { StoryAssets } from '../../src/story/assets';

const ASSETS: StoryAssets = {
  opening: 2,
  files: [
    { kind: 'bg', name: 'keuken', bytes: 3000 },
    { kind: 'music', name: 'rustig', bytes: { ogg: 5000, mp3: 9000 } },
    { kind: 'character', name: 'papa-boos', bytes: 2000 },
    { kind: 'sfx', name: 'deur', bytes: { ogg: 1000, mp3: 1500 } },
  ],
};

/** A fetch that answers every URL with `size(url)` bytes in chunks of 1000, or fails for `fail`. */
function fakeFetch(size: (url: string) => number, fail: (url: string) => boolean = () => false) {
  const asked: string[] = [];
  const fetcher = (async (input: RequestInfo | URL) => {
    const url = String(input);
    asked.push(url);
    if (fail(url)) throw new TypeError('blocked');
    let left = size(url);
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (left <= 0) return controller.close();
        const chunk = Math.min(1000, left);
        left -= chunk;
        controller.enqueue(new Uint8Array(chunk));
      },
    });
    return new Response(body, { status: 200 });
  }) as typeof fetch;
  return { fetcher, asked };
}

function run(preloader: Preloader, assets: StoryAssets, audio = true): Promise<PreloadProgress[]> {
  return new Promise((resolve) => {
    const seen: PreloadProgress[] = [];
    preloader.load(assets, { audio }, (progress) => {
      seen.push(progress);
      if (progress.done) resolve(seen);
    });
  });
}

const sizes = (url: string) =>
  url.includes('keuken') ? 3000 : url.includes('rustig') ? 5000 : url.includes('papa') ? 2000 : 1000;

describe('Preloader', () => {
  it('counts the bytes really fetched, up to the total, and ends done', async () => {
    const { fetcher, asked } = fakeFetch(sizes);
    const seen = await run(new Preloader({ fetch: fetcher, audioFormat: () => 'ogg' }), ASSETS);
    const last = seen.at(-1);
    expect(last).toEqual({ loaded: 11000, total: 11000, done: true });
    // Growing, never more than the total, with steps in between (a real bar, not 0 then 100 %).
    const loaded = seen.map((progress) => progress.loaded);
    expect(loaded).toEqual([...loaded].sort((a, b) => a - b));
    expect(seen.filter((p) => p.loaded > 0 && p.loaded < 11000).length).toBeGreaterThan(3);
    expect(asked).toHaveLength(4);
    expect(asked.filter((url) => url.endsWith('.ogg'))).toHaveLength(2);
    expect(asked.some((url) => url.endsWith('.mp3'))).toBe(false);
  });

  it('fetches the opening scene first', async () => {
    const { fetcher, asked } = fakeFetch(sizes);
    await run(new Preloader({ fetch: fetcher, audioFormat: () => 'ogg', parallel: 1 }), ASSETS);
    expect(asked[0]).toMatch(/keuken/);
    expect(asked[1]).toMatch(/rustig/);
  });

  it('leaves sound out when asked (muted) or when no format can play', async () => {
    const muted = fakeFetch(sizes);
    const seen = await run(new Preloader({ fetch: muted.fetcher, audioFormat: () => 'ogg' }), ASSETS, false);
    expect(seen.at(-1)).toEqual({ loaded: 5000, total: 5000, done: true });
    expect(muted.asked.some((url) => /\.(ogg|mp3)$/.test(url))).toBe(false);
    const mute = fakeFetch(sizes);
    await run(new Preloader({ fetch: mute.fetcher, audioFormat: () => null }), ASSETS);
    expect(mute.asked).toHaveLength(2);
  });

  it('never hangs on a blocked file', async () => {
    const { fetcher } = fakeFetch(sizes, (url) => url.endsWith('.ogg'));
    const seen = await run(new Preloader({ fetch: fetcher, audioFormat: () => 'ogg' }), ASSETS);
    expect(seen.at(-1)?.done).toBe(true);
  });

  it('does not fetch a file twice, and a story asked for later goes first', async () => {
    const { fetcher, asked } = fakeFetch(sizes);
    const preloader = new Preloader({ fetch: fetcher, audioFormat: () => 'ogg', parallel: 1 });
    const first = run(preloader, ASSETS);
    const other: StoryAssets = { opening: 1, files: [{ kind: 'bg', name: 'straat', bytes: 1000 }] };
    const second = run(preloader, other);
    await Promise.all([first, second]);
    // keuken was already on its way; straat jumped the queue before the rest of the first story.
    expect(asked.slice(0, 2).map((url) => /keuken|straat/.exec(url)?.[0])).toEqual(['keuken', 'straat']);
    const again = await run(preloader, ASSETS);
    expect(again[0]?.done).toBe(true);
    expect(asked).toHaveLength(5);
  });
});

describe('Preloader phases', () => {
  it('splits a story into its opening scene and the rest', () => {
    expect(openingScene(ASSETS).files.map((file) => file.name)).toEqual(['keuken', 'rustig']);
    expect(afterOpening(ASSETS).files.map((file) => file.name)).toEqual(['papa-boos', 'deur']);
    expect(afterOpening(ASSETS).opening).toBe(0);
  });

  it('starts nothing new while held, and goes on when released', async () => {
    const { fetcher, asked } = fakeFetch(sizes);
    const preloader = new Preloader({ fetch: fetcher, audioFormat: () => 'ogg', parallel: 1 });
    preloader.hold();
    let done = false;
    const finished = run(preloader, ASSETS).then((seen) => {
      done = true;
      return seen;
    });
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(asked).toEqual([]);
    expect(done).toBe(false);
    preloader.release();
    const seen = await finished;
    expect(seen.at(-1)).toEqual({ loaded: 11000, total: 11000, done: true });
    expect(asked).toHaveLength(4);
  });

  it('stops sound under way when held (the story goes first) and fetches it again when released', async () => {
    // Every chunk takes a moment, so the files are still coming in when the player starts.
    const asked: string[] = [];
    const fetcher = (async (input: RequestInfo | URL, init?: RequestInit) => {
      const url = String(input);
      asked.push(url);
      let left = sizes(url);
      const body = new ReadableStream<Uint8Array>({
        async pull(controller) {
          await new Promise((resolve) => setTimeout(resolve, 2));
          if (init?.signal?.aborted) return controller.error(new DOMException('stopped', 'AbortError'));
          if (left <= 0) return controller.close();
          left -= 1000;
          controller.enqueue(new Uint8Array(1000));
        },
      });
      return new Response(body, { status: 200 });
    }) as typeof fetch;
    const preloader = new Preloader({ fetch: fetcher, audioFormat: () => 'ogg', parallel: 3 });
    const seen: PreloadProgress[] = [];
    const finished = new Promise<void>((resolve) =>
      preloader.load(ASSETS, { audio: true }, (progress) => {
        seen.push(progress);
        if (progress.done) resolve();
      }),
    );
    await new Promise((resolve) => setTimeout(resolve, 3));
    preloader.hold();
    await new Promise((resolve) => setTimeout(resolve, 60));
    const whileHeld = [...asked];
    // The picture went on and arrived; the music was stopped; nothing new started.
    expect(whileHeld.filter((url) => url.includes('rustig'))).toHaveLength(1);
    expect(whileHeld.some((url) => url.includes('deur'))).toBe(false);
    preloader.release();
    await finished;
    expect(seen.at(-1)).toEqual({ loaded: 11000, total: 11000, done: true });
    expect(asked.filter((url) => url.includes('rustig'))).toHaveLength(2);
    expect(asked.filter((url) => url.includes('keuken'))).toHaveLength(1);
  });
});
