// `npm run bench`: how fast the game is on a slow device and network, next to a text-only floor.
// Builds the site (unless --no-build) and a minimal inkjs page playing the same scenario, serves
// both from loopback with a tiny static server (gzip, like any real host), and drives headless
// Chromium with the CPU slowed 4x and a slow network (1.6 Mbit/s down, 750 kbit/s up, 150 ms),
// each run a first visit (a new, empty profile; --no-cache also disables the HTTP cache). Prints a
// markdown table of medians and writes it into docs/performance.md.
// A benchmark, never a test: numbers depend on the machine. Budgets in CI: scripts/check-budgets.ts.
//
//   npm run bench -- [--no-build] [--runs 5] [--scenarios 20] [--dist dist] [--no-cache] [--no-write] [--verbose]
//   [--trace]: the first game run and floor run also write a Chrome trace (bench-results/trace-*.json,
//   for chrome://tracing or the DevTools Performance panel) with the JS sampling profiler on
import { createServer, type Server } from 'node:http';
import {
  existsSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
  cpSync,
  mkdirSync,
} from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { extname, join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync, constants as zlib } from 'node:zlib';
import { parseArgs } from 'node:util';
import { build } from 'vite';
import * as prettier from 'prettier';
import { chromium, type Browser, type CDPSession } from '@playwright/test';
import playwrightConfig from '../playwright.config.ts';
import { compileInkFile } from './ink-compile.ts';
import { readDeployConfig } from './deploy-config.ts';

const ROOT = resolve(import.meta.dirname, '..');
const PAGE_SCRIPT = readFileSync(join(ROOT, 'scripts/bench-page.js'), 'utf8');
const DOC = join(ROOT, 'docs/performance.md');
const SCENARIO = 'slaan';

/** The slow network: 1.6 Mbit/s down, 750 kbit/s up, 150 ms latency (in bytes per second). */
const NETWORK = {
  offline: false,
  latency: 150,
  downloadThroughput: 1_600_000 / 8,
  uploadThroughput: 750_000 / 8,
};
const CPU_SLOWDOWN = 4;
const VIEWPORT = { width: 1280, height: 800 };

// ---------- options ----------

const { values: options } = parseArgs({
  options: {
    'no-build': { type: 'boolean', default: false },
    runs: { type: 'string', default: '5' },
    scenarios: { type: 'string', default: '20' },
    dist: { type: 'string', default: 'dist' },
    'no-write': { type: 'boolean', default: false },
    verbose: { type: 'boolean', default: false },
    'no-cache': { type: 'boolean', default: false },
    trace: { type: 'boolean', default: false },
  },
});
const RUNS = Math.max(1, Number(options.runs));
const MARATHON = Math.max(1, Number(options.scenarios));
/** Growth from here to MARATHON is what keeps growing (a leak), not a cache filled once. */
const HALFWAY = Math.max(1, Math.ceil(MARATHON / 2));
/** V8 flags for the second long run: no machine code (only the bytecode interpreter). */
const NO_JIT = '--no-opt --no-maglev --no-sparkplug';
/** Where the long run stops to measure the heap (the end is measured too). */
const CHECKPOINTS = [...new Set([1, 2, 5, HALFWAY])].filter((count) => count < MARATHON);
const DIST = resolve(ROOT, options.dist);
const VERBOSE = options.verbose;
const NO_CACHE = options['no-cache'];
const TRACE_CATEGORIES = [
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'disabled-by-default-devtools.timeline.frame',
  'v8.execute',
  'disabled-by-default-v8.cpu_profiler',
  'blink.user_timing',
  'loading',
  'netlog',
  // the GPU process: how long each frame takes to draw (SwapBuffers), which competes for the CPUs
  'viz',
  'gpu',
];

// ---------- the page under test ----------

interface PageConfig {
  startText: string;
  line: string;
  next: string;
  choices: string;
  end: string;
  stage: string;
  /** Where the scenery is drawn (its inner changes do not wake the player), or null. */
  scenery: string | null;
  menuText: string | null;
  menuStoriesText: string;
  menuCloseText: string;
  againText: string;
  storyCards: string | null;
  scenarios: number;
  /** After these many scenarios the player waits while the heap is measured. */
  checkpoints?: number[];
  transitionMs: number;
}

const GAME: Omit<PageConfig, 'scenarios'> = {
  startText: 'Start het verhaal',
  line: '.screen-story .line',
  next: '.screen-story .btn-next',
  choices: '.screen-story .choice-list button',
  end: '.reflection-card, #reflection-title',
  stage: '#stage',
  scenery: '#stage',
  menuText: 'Menu',
  menuStoriesText: 'Kies een ander verhaal',
  menuCloseText: 'Sluit menu',
  againText: 'Nog een verhaal',
  storyCards: '[data-story]',
  transitionMs: 800,
};

const FLOOR: Omit<PageConfig, 'scenarios'> = {
  ...GAME,
  line: '#line',
  next: '#next',
  choices: '#choices button:not(#next)',
  end: '#end',
  stage: 'body',
  scenery: null,
  menuText: null,
  storyCards: null,
};

interface PageState {
  marks: Record<string, number>;
  scenes: { location: string | null; time: number }[];
  frames: number[] | null;
  /** the first scenario step by step: [ms, a new line's first words, or "next" or "choices"] */
  steps: [number, string][];
  choice: { ms: number; frames: number } | null;
  scenarios: number;
  checkpoint: number | null;
  /** where the in-page player is: start, story, ended, menu, menu-open, again, select */
  state: string;
  done: boolean;
  error: string | null;
}

interface Request {
  url: string;
  bytes: number;
  /** ms after the document request was sent, when the last byte arrived */
  end: number;
}

interface Run {
  state: PageState;
  requests: Request[];
  heap: number;
  /** JS heap (after GC) at each checkpoint, by the number of scenarios played */
  heaps: Record<number, number>;
  wall: number;
}

// ---------- building ----------

async function buildGame(): Promise<void> {
  console.log(`building the site into ${DIST} ...`);
  await build({ root: ROOT, logLevel: 'warn', build: { outDir: DIST, emptyOutDir: true } });
}

async function buildFloor(): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'spiegel-floor-'));
  cpSync(join(ROOT, 'scripts/bench-floor'), dir, { recursive: true });
  const compiled = compileInkFile(join(ROOT, `stories/nl/${SCENARIO}.ink`));
  if (!compiled.json) throw new Error(`could not compile ${SCENARIO}.ink`);
  writeFileSync(join(dir, 'story.json'), compiled.json);
  await build({
    configFile: false,
    root: dir,
    base: '/',
    logLevel: 'warn',
    resolve: { alias: { inkjs: fileURLToPath(import.meta.resolve('inkjs')) } },
    build: {
      outDir: join(dir, 'dist'),
      target: 'es2022',
      assetsInlineLimit: 0,
      modulePreload: { polyfill: false },
      reportCompressedSize: false,
    },
  });
  return dir;
}

// ---------- a tiny static server (gzip for text, like any static host) ----------

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
  '.txt': 'text/plain; charset=utf-8',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.mp3': 'audio/mpeg',
  '.ogg': 'audio/ogg',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
};
const COMPRESSIBLE = new Set(['.html', '.js', '.css', '.svg', '.json', '.txt']);

function serve(root: string, base: string): Promise<{ url: string; server: Server }> {
  const gzipped = new Map<string, Buffer>();
  const server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
    const relative = path.startsWith(base) ? path.slice(base.length) : path.slice(1);
    let file = resolve(root, relative);
    if (!file.startsWith(root + sep) || !existsSync(file) || statSync(file).isDirectory()) {
      file = join(root, 'index.html');
    }
    const type = extname(file);
    let body: Buffer = readFileSync(file);
    // As docs/deploying.md asks of a host: hashed files for a year, the rest revalidated.
    const hashed = relative.startsWith('assets/');
    const headers: Record<string, string> = {
      'content-type': TYPES[type] ?? 'application/octet-stream',
      'cache-control': hashed ? 'public, max-age=31536000, immutable' : 'no-cache',
    };
    if (COMPRESSIBLE.has(type) && /\bgzip\b/.test(String(request.headers['accept-encoding']))) {
      const cached = gzipped.get(file) ?? gzipSync(body, { level: zlib.Z_BEST_COMPRESSION });
      gzipped.set(file, cached);
      body = cached;
      headers['content-encoding'] = 'gzip';
    }
    headers['content-length'] = String(body.length);
    response.writeHead(200, headers);
    response.end(body);
  });
  return new Promise((done) => {
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      done({ url: `http://127.0.0.1:${port}${base}`, server });
    });
  });
}

// ---------- one page load ----------

async function throttle(cdp: CDPSession): Promise<void> {
  await cdp.send('Network.emulateNetworkConditions', NETWORK);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
}

async function runPage(
  browser: Browser,
  url: string,
  config: PageConfig,
  slow: boolean,
  timeout: number,
  tracePath: string | null = null,
): Promise<Run> {
  const context = await browser.newContext({ viewport: VIEWPORT, serviceWorkers: 'block' });
  try {
    const page = await context.newPage();
    await page.addInitScript({
      content: `window.__BENCH_CONFIG = ${JSON.stringify(config)};\n${PAGE_SCRIPT}`,
    });
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    // Every run has a new, empty profile (a first visit). --no-cache also switches the HTTP cache off,
    // which makes every second request for a file (e.g. after the preloader warmed it) download again.
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: NO_CACHE });
    await cdp.send('Performance.enable');
    if (slow) await throttle(cdp);

    let origin: number | null = null;
    const urls = new Map<string, string>();
    const requests: Request[] = [];
    cdp.on('Network.requestWillBeSent', (event) => {
      if (origin === null && event.type === 'Document') origin = event.timestamp;
      urls.set(event.requestId, event.request.url);
    });
    cdp.on('Network.loadingFinished', (event) => {
      const requestUrl = urls.get(event.requestId);
      if (!requestUrl || origin === null) return;
      requests.push({
        url: requestUrl,
        bytes: event.encodedDataLength,
        end: (event.timestamp - origin) * 1000,
      });
    });

    const heapNow = async (): Promise<number> => {
      for (let i = 0; i < 3; i++) await cdp.send('HeapProfiler.collectGarbage');
      const { metrics } = await cdp.send('Performance.getMetrics');
      return metrics.find((metric) => metric.name === 'JSHeapUsedSize')?.value ?? NaN;
    };
    const heaps: Record<number, number> = {};
    if (tracePath) await browser.startTracing(page, { path: tracePath, categories: TRACE_CATEGORIES });
    const started = Date.now();
    await page.goto(url, { waitUntil: 'commit' });
    let state: PageState | null = null;
    while (Date.now() - started < timeout) {
      await new Promise((done) => setTimeout(done, 500));
      state = await page
        .evaluate(() => (window as unknown as { __bench?: PageState }).__bench ?? null)
        .catch(() => null);
      if (VERBOSE && state)
        console.log(`  ${((Date.now() - started) / 1000).toFixed(0)} s`, JSON.stringify(state));
      if (state && (state.done || state.error)) break;
      if (state?.checkpoint && !(state.checkpoint in heaps)) {
        heaps[state.checkpoint] = await heapNow();
        if (VERBOSE) console.log(`  heap after ${state.checkpoint}: ${heaps[state.checkpoint]}`);
        await page.evaluate(() => (window as unknown as { __benchResume: () => void }).__benchResume());
      }
    }
    if (!state || !(state.done || state.error)) {
      throw new Error(`${url}: no end after ${timeout / 1000} s: ${JSON.stringify(state)}`);
    }
    if (state.error) throw new Error(`in the page: ${state.error}`);
    const wall = Date.now() - started;
    if (tracePath) await browser.stopTracing();
    const heap = await heapNow();
    heaps[config.scenarios] = heap;
    return { state, requests, heap, heaps, wall };
  } finally {
    await context.close();
  }
}

// ---------- numbers ----------

function median(values: number[]): number {
  const sorted = values.filter((value) => Number.isFinite(value)).sort((a, b) => a - b);
  if (sorted.length === 0) return NaN;
  const middle = sorted.length >> 1;
  return sorted.length % 2
    ? (sorted[middle] ?? NaN)
    : ((sorted[middle - 1] ?? NaN) + (sorted[middle] ?? NaN)) / 2;
}

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)] ?? NaN;
}

function bytesUntil(requests: Request[], ms: number | undefined): number {
  if (ms === undefined) return NaN;
  return requests.filter((request) => request.end <= ms).reduce((sum, request) => sum + request.bytes, 0);
}

type Metrics = Record<string, number>;

/**
 * The opening, line by line (from the steps of the first scenario): how long the lines before the first
 * choice took to tap through with the story's pause left out (the longest wait between two lines),
 * and the median time from one line to the next.
 */
function openingLines(steps: [number, string][]): { tapped: number; perLine: number } {
  const end = steps.findIndex(([, what]) => what === 'choices');
  const lines = steps.slice(0, end < 0 ? steps.length : end).filter(([, what]) => what !== 'next');
  const gaps = lines.slice(1).map(([time], i) => time - (lines[i]?.[0] ?? time));
  if (gaps.length === 0) return { tapped: NaN, perLine: NaN };
  const total = gaps.reduce((sum, gap) => sum + gap, 0);
  return { tapped: total - Math.max(...gaps), perLine: median(gaps) };
}

function metricsOf(run: Run): Metrics {
  const { marks, frames, choice } = run.state;
  const since = (name: string, from: number | undefined) =>
    marks[name] === undefined || from === undefined ? NaN : (marks[name] ?? NaN) - from;
  const opening = openingLines(run.state.steps);
  return {
    quickExit: marks.quickExit ?? NaN,
    quickExitBytes: bytesUntil(run.requests, marks.quickExit),
    click: marks.click ?? NaN,
    openingTapped: opening.tapped,
    openingPerLine: opening.perLine,
    firstLine: marks.firstLine ?? NaN,
    firstLineFromClick: since('firstLine', marks.click),
    firstChoice: marks.firstChoice ?? NaN,
    firstChoiceFromClick: since('firstChoice', marks.click),
    firstChoiceBytes: bytesUntil(run.requests, marks.firstChoice),
    phaserReady: marks.phaserReady ?? NaN,
    scene: marks.scene ?? NaN,
    sceneFromClick: since('scene', marks.click),
    phaserScene: marks.phaserScene ?? NaN,
    choice: choice?.ms ?? NaN,
    choiceFrames: choice?.frames ?? NaN,
    frameMedian: frames ? median(frames) : NaN,
    frameP95: frames ? percentile(frames, 0.95) : NaN,
    frameMax: frames ? Math.max(...frames) : NaN,
    scenarioBytes: bytesUntil(run.requests, marks.end),
  };
}

/** The heap rows, from the one page that played MARATHON scenarios in a row (and the same without JIT). */
function heapMetrics(run: Run | null, interpreted: Run | null): Metrics {
  const growth = (of: Run | null, from: number) => {
    const start = of?.heaps[from] ?? NaN;
    return (((of?.heaps[MARATHON] ?? NaN) - start) / start) * 100;
  };
  return {
    heapOne: run?.heaps[1] ?? NaN,
    heapHalfway: run?.heaps[HALFWAY] ?? NaN,
    heapMarathon: run?.heaps[MARATHON] ?? NaN,
    heapGrowth: growth(run, 1),
    heapGrowthLate: growth(run, HALFWAY),
    heapOneInterpreted: interpreted?.heaps[1] ?? NaN,
    heapMarathonInterpreted: interpreted?.heaps[MARATHON] ?? NaN,
    heapGrowthInterpreted: growth(interpreted, 1),
  };
}

interface Row {
  key: string;
  label: string;
  unit: 'ms' | 'KB' | 'MB' | 'frames' | '%';
}

const ROWS: Row[] = [
  { key: 'quickExit', label: 'Quick exit visible', unit: 'ms' },
  { key: 'quickExitBytes', label: 'Bytes until the quick exit is visible', unit: 'KB' },
  { key: 'click', label: '"Start het verhaal" clicked, as soon as it shows (from navigation)', unit: 'ms' },
  { key: 'firstLine', label: 'First line on screen (from navigation)', unit: 'ms' },
  {
    key: 'firstLineFromClick',
    label: 'First line on screen (from the click on "Start het verhaal")',
    unit: 'ms',
  },
  { key: 'firstChoice', label: 'First choice on screen (from navigation)', unit: 'ms' },
  { key: 'firstChoiceFromClick', label: 'First choice on screen (from the click)', unit: 'ms' },
  { key: 'firstChoiceBytes', label: 'Bytes until the first choice', unit: 'KB' },
  {
    key: 'openingTapped',
    label: "The opening's lines tapped through, first line to the choice, without the story's pause",
    unit: 'ms',
  },
  { key: 'openingPerLine', label: 'From one line of the opening to the next, median', unit: 'ms' },
  { key: 'phaserReady', label: 'Phaser booted, WebGL (from navigation)', unit: 'ms' },
  { key: 'scene', label: 'Full scene drawn: first background (from navigation)', unit: 'ms' },
  { key: 'sceneFromClick', label: 'Full scene drawn (from the click)', unit: 'ms' },
  { key: 'phaserScene', label: 'Phaser draws the scene (from navigation)', unit: 'ms' },
  { key: 'choice', label: 'Click on a choice to the next line on screen', unit: 'ms' },
  { key: 'choiceFrames', label: 'Click on a choice to the next line on screen', unit: 'frames' },
  { key: 'frameMedian', label: 'Frame time in a background cross-fade, median', unit: 'ms' },
  { key: 'frameP95', label: 'Frame time in a background cross-fade, p95', unit: 'ms' },
  { key: 'frameMax', label: 'Frame time in a background cross-fade, max', unit: 'ms' },
  { key: 'scenarioBytes', label: 'Bytes for the whole scenario (to the reflection)', unit: 'KB' },
  { key: 'heapOne', label: 'JS heap after 1 scenario (one page plays them all; after GC)', unit: 'MB' },
  { key: 'heapHalfway', label: `JS heap after ${HALFWAY} scenarios (same page)`, unit: 'MB' },
  { key: 'heapMarathon', label: `JS heap after ${MARATHON} scenarios (same page)`, unit: 'MB' },
  { key: 'heapGrowth', label: `JS heap growth from 1 to ${MARATHON} scenarios`, unit: '%' },
  { key: 'heapGrowthLate', label: `JS heap growth from ${HALFWAY} to ${MARATHON} scenarios`, unit: '%' },
  { key: 'heapOneInterpreted', label: 'JS heap after 1 scenario, V8 without machine code', unit: 'MB' },
  {
    key: 'heapMarathonInterpreted',
    label: `JS heap after ${MARATHON} scenarios, V8 without machine code`,
    unit: 'MB',
  },
  {
    key: 'heapGrowthInterpreted',
    label: `JS heap growth from 1 to ${MARATHON}, V8 without machine code (what the page keeps)`,
    unit: '%',
  },
];

function format(value: number, unit: Row['unit']): string {
  if (!Number.isFinite(value)) return '–';
  if (unit === 'KB') return (value / 1024).toFixed(1);
  if (unit === 'MB') return (value / 1024 / 1024).toFixed(2);
  if (unit === 'frames') return value.toFixed(0);
  if (unit === '%') return `${value >= 0 ? '+' : ''}${value.toFixed(0)}`;
  return value.toFixed(0);
}

function table(game: Metrics, floor: Metrics): string {
  const lines = ['| measure | unit | game | floor | game / floor |', '|---|---|--:|--:|--:|'];
  for (const row of ROWS) {
    const a = game[row.key] ?? NaN;
    const b = floor[row.key] ?? NaN;
    const ratio =
      row.unit !== '%' && Number.isFinite(a) && Number.isFinite(b) && b > 0 ? `${(a / b).toFixed(1)}×` : '–';
    lines.push(`| ${row.label} | ${row.unit} | ${format(a, row.unit)} | ${format(b, row.unit)} | ${ratio} |`);
  }
  return lines.join('\n');
}

function medians(runs: Metrics[]): Metrics {
  const out: Metrics = {};
  for (const key of Object.keys(runs[0] ?? {})) out[key] = median(runs.map((run) => run[key] ?? NaN));
  return out;
}

// ---------- main ----------

function traceFile(side: 'game' | 'floor', run: number): string | null {
  if (!options.trace || run > 0) return null;
  mkdirSync(join(ROOT, 'bench-results'), { recursive: true });
  return join(ROOT, 'bench-results', `trace-${side}.json`);
}

async function main(): Promise<void> {
  if (!options['no-build']) await buildGame();
  if (!existsSync(join(DIST, 'index.html'))) throw new Error(`${DIST}/index.html is missing: build first`);
  console.log('building the floor (inkjs + <p> + <button>) ...');
  const floorDir = await buildFloor();
  const base = readDeployConfig(ROOT).basePath;
  const game = await serve(DIST, base.endsWith('/') ? base : `${base}/`);
  const floor = await serve(join(floorDir, 'dist'), '/');

  const systemChromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  const browser = await chromium.launch({
    executablePath: existsSync(systemChromium) ? systemChromium : undefined,
    args: playwrightConfig.use?.launchOptions?.args ?? [],
  });
  const version = browser.version();
  const results: {
    game: Run[];
    floor: Run[];
    gameMarathon: Run | null;
    floorMarathon: Run | null;
    gameInterpreted: Run | null;
    floorInterpreted: Run | null;
  } = {
    game: [],
    floor: [],
    gameMarathon: null,
    floorMarathon: null,
    gameInterpreted: null,
    floorInterpreted: null,
  };
  try {
    for (let i = 0; i < RUNS; i++) {
      // Interleaved, so a slow moment of the machine hits both sides alike.
      const gameRun = await runPage(
        browser,
        `${game.url}?s=${SCENARIO}`,
        { ...GAME, scenarios: 1 },
        true,
        600_000,
        traceFile('game', i),
      );
      results.game.push(gameRun);
      const floorRun = await runPage(
        browser,
        floor.url,
        { ...FLOOR, scenarios: 1 },
        true,
        600_000,
        traceFile('floor', i),
      );
      results.floor.push(floorRun);
      console.log(
        `run ${i + 1}/${RUNS}: game ${(gameRun.wall / 1000).toFixed(0)} s, floor ${(floorRun.wall / 1000).toFixed(0)} s`,
      );
    }
    // Memory does not depend on the CPU or network speed: the long runs go at full speed. One page
    // plays them all and waits at each checkpoint while the heap is measured.
    console.log(`playing ${MARATHON} scenarios in one page (game, then floor) ...`);
    const marathon = async (on: Browser, url: string, config: PageConfig): Promise<Run | null> => {
      try {
        return await runPage(on, url, config, false, 3_600_000);
      } catch (error) {
        console.error(`the ${MARATHON}-scenario run failed:`, error);
        return null;
      }
    };
    const long = { scenarios: MARATHON, checkpoints: CHECKPOINTS };
    results.gameMarathon = await marathon(browser, `${game.url}?s=${SCENARIO}`, { ...GAME, ...long });
    results.floorMarathon = await marathon(browser, floor.url, { ...FLOOR, ...long });
    // The same with V8's compilers to machine code switched off: V8 keeps the machine code of hot
    // functions as a cache (and drops it under memory pressure); what still grows is kept by the page.
    console.log(`and again with V8's optimising compilers off (${NO_JIT}) ...`);
    const interpreted = await chromium.launch({
      executablePath: existsSync(systemChromium) ? systemChromium : undefined,
      args: [...(playwrightConfig.use?.launchOptions?.args ?? []), `--js-flags=${NO_JIT}`],
    });
    try {
      results.gameInterpreted = await marathon(interpreted, `${game.url}?s=${SCENARIO}`, {
        ...GAME,
        ...long,
      });
      results.floorInterpreted = await marathon(interpreted, floor.url, { ...FLOOR, ...long });
    } finally {
      await interpreted.close().catch(() => undefined);
    }
  } finally {
    await browser.close().catch(() => undefined);
    game.server.close();
    floor.server.close();
    rmSync(floorDir, { recursive: true, force: true });
  }

  const gameMetrics = medians(results.game.map(metricsOf));
  const floorMetrics = medians(results.floor.map(metricsOf));
  Object.assign(gameMetrics, heapMetrics(results.gameMarathon, results.gameInterpreted));
  Object.assign(floorMetrics, heapMetrics(results.floorMarathon, results.floorInterpreted));

  const when = new Date().toISOString().slice(0, 10);
  const machine = `${cpus().length} CPUs, load average ${loadavg()[0]?.toFixed(1)}`;
  const heading =
    `Measured ${when} with Chromium ${version} headless, ${machine}; medians of ${RUNS} runs, ` +
    `${NO_CACHE ? 'HTTP cache disabled' : 'first visit (empty cache)'}; ` +
    `the ${MARATHON}-scenario heap: one run at full speed.`;
  const markdown = `${heading}\n\n${table(gameMetrics, floorMetrics)}\n`;
  console.log(`\n${markdown}`);

  mkdirSync(join(ROOT, 'bench-results'), { recursive: true });
  const raw = join(ROOT, 'bench-results', `bench-${new Date().toISOString().replace(/[:.]/g, '-')}.json`);
  writeFileSync(raw, JSON.stringify({ heading, gameMetrics, floorMetrics, results }, null, 2));
  console.log(`raw numbers: ${raw}`);

  if (!options['no-write']) {
    const doc = readFileSync(DOC, 'utf8');
    const begin = '<!-- bench:begin -->';
    const end = '<!-- bench:end -->';
    const from = doc.indexOf(begin);
    const to = doc.indexOf(end);
    if (from < 0 || to < from) throw new Error(`${DOC} has no ${begin} ... ${end} block`);
    const updated = `${doc.slice(0, from + begin.length)}\n${markdown}${doc.slice(to)}`;
    // Formatted as \`prettier --check .\` expects it (aligned table columns).
    const prettierOptions = (await prettier.resolveConfig(DOC)) ?? {};
    writeFileSync(DOC, await prettier.format(updated, { ...prettierOptions, filepath: DOC }));
    console.log(`written into ${DOC}`);
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
