// The stage and the sound in the real build: WebGL, music only after the first click, silence on the
// quick exit, on mute and while the page is hidden; and a contact sheet of every location and mood,
// rendered by the real Phaser stage on a test-only page (tests/gallery, never part of the game).
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build, preview, type PreviewServer } from 'vite';
import { EXIT_URL, expect, soundPlaying, test } from './fixtures';
import { holdBack, openScenario, playUntil } from './helpers';

const ROOT = resolve(import.meta.dirname, '../..');

// The stage with motion, as on a device that does not ask for less (the config asks for it).
test.use({ reducedMotion: 'no-preference' });

/** Loading and decoding the first music file can take a while on a busy machine. */
const MUSIC_START = { timeout: 30_000 };

test.describe('stage and sound in the game', () => {
  test('the stage is WebGL and no sound exists before the first click', async ({ page }) => {
    await page.goto('/?s=slaan');
    await expect(page.locator('#stage')).toHaveAttribute('data-render-type', '2');
    await expect(page.locator('#stage canvas')).toHaveAttribute('aria-hidden', 'true');
    // The content note preloads the story's sound files, but nothing may play: howler is not even
    // loaded until the player clicks.
    await expect(page.locator('.preload')).toHaveAttribute('data-state', 'done');
    expect(await page.evaluate(() => 'Howler' in window)).toBe(false);
    expect(await soundPlaying(page)).toBe(false);
    await page.getByRole('button', { name: 'Start het verhaal' }).click();
    await expect.poll(() => soundPlaying(page), MUSIC_START).toBe(true);
  });

  test('a still stage stops drawing, wakes for the next scene, and with motion only drifts at 15 fps', async ({
    page,
  }) => {
    const stage = page.locator('#stage');
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await openScenario(page, 'slaan');
    await page.getByRole('button', { name: 'Start het verhaal' }).click();
    await expect(stage).toHaveAttribute('data-scene', 'keuken', { timeout: 30_000 });
    // The kitchen is on screen and nothing moves: the loop sleeps (0 frames a second).
    await expect(stage).toHaveAttribute('data-fps', '0');
    // The next place only appears if the sleeping stage wakes for it; then it sleeps again.
    await playUntil(page, async () => (await stage.getAttribute('data-scene')) !== 'keuken');
    await expect(stage).toHaveAttribute('data-scene', 'slaapkamer');
    await expect(stage).toHaveAttribute('data-fps', '0');
    // Motion allowed (the setting follows the device): dust drifts, at the ambient rate, never 0.
    await page.emulateMedia({ reducedMotion: 'no-preference' });
    await page.getByRole('button', { name: 'Menu' }).click();
    await page.getByRole('button', { name: 'Instellingen' }).click();
    await page.getByRole('checkbox', { name: 'Minder beweging' }).uncheck();
    await expect(stage).toHaveAttribute('data-fps', '15');
  });

  test('until Phaser is there (or if it never comes) the scene is drawn as still pictures', async ({
    page,
  }) => {
    // The Phaser chunk never arrives (a filter, a broken connection): the still stage keeps drawing.
    await page.route(/\/assets\/phaser-stage-[\w-]+\.js$/, (route) => route.abort());
    const stage = page.locator('#stage');
    await openScenario(page, 'slaan');
    await page.getByRole('button', { name: 'Start het verhaal' }).click();
    await expect(stage).toHaveAttribute('data-still-scene', 'keuken');
    await expect(stage.locator('.stage-still-bg.shown')).toBeVisible();
    await expect(stage).toHaveAttribute('data-render-type', 'none');
    // Characters step in as the story brings them; the speaker is in front, the others dimmed.
    await playUntil(page, async () => (await stage.locator('.stage-still-actor.shown').count()) > 0);
    const actor = stage.locator('.stage-still-actor.shown').first();
    expect(await actor.evaluate((image: HTMLImageElement) => image.naturalWidth)).toBeGreaterThan(0);
    // A new place cross-fades in, and only one background stays.
    await playUntil(page, async () => (await stage.getAttribute('data-still-scene')) !== 'keuken');
    await expect(stage).toHaveAttribute('data-still-scene', 'slaapkamer');
    await expect(stage.locator('.stage-still-bg')).toHaveCount(1);
  });

  test('on a slow link the story opens in its room while its engine is still coming, and the engine does not draw it again', async ({
    page,
  }) => {
    // A deep link: the story engine (its own chunk) is still on its way when "Start het verhaal" is pressed.
    const letThrough = await holdBack(page, /\/assets\/runner-[\w-]+\.js$/);
    const stage = page.locator('#stage');
    await page.goto('/?s=slaan');
    await page.getByRole('button', { name: 'Start het verhaal' }).click();
    // The recorded opening draws the room with the first line; Lotte comes in on the fourth line.
    await expect(page.locator('.screen-story .line')).toHaveText('Het is dinsdagavond in Sittard.');
    await expect(stage).toHaveAttribute('data-still-scene', 'keuken');
    await expect(stage.locator('.stage-still-bg.shown')).toBeVisible();
    const next = page.getByRole('button', { name: 'Verder' });
    for (let line = 1; line < 4; line++) await next.click();
    await expect(page.locator('.screen-story .line')).toContainText('Je zusje Lotte zit naast je.');
    await expect(stage.locator('.stage-still-actor.shown')).toHaveCount(1);
    const room = await stage.locator('.stage-still-bg').elementHandle();
    const lotte = await stage.locator('.stage-still-actor').elementHandle();
    // The engine arrives and takes the same steps again, out of sight: the scene stays as it is.
    await letThrough();
    await next.click();
    await expect(page.locator('.screen-story .line')).toContainText('Ik teken jou');
    await expect(stage.locator('.stage-still-bg')).toHaveCount(1);
    await expect(stage.locator('.stage-still-actor')).toHaveCount(1);
    expect(await stage.locator('.stage-still-bg').evaluate((image, before) => image === before, room)).toBe(
      true,
    );
    expect(
      await stage.locator('.stage-still-actor').evaluate((image, before) => image === before, lotte),
    ).toBe(true);
  });

  test('the content note shows a real progress bar that never blocks the start', async ({ page }) => {
    // Slow art down: the bar is still loading when the player starts, and the story starts anyway.
    await page.route('**/assets/*.svg', async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 300));
      await route.continue();
    });
    await openScenario(page, 'ruzie');
    const bar = page.getByRole('progressbar', { name: 'Plaatjes en geluid laden…' });
    await expect(bar).toBeVisible();
    // The total is known once the story's list of files has arrived (its own small module).
    await expect.poll(async () => Number(await bar.getAttribute('max'))).toBeGreaterThan(10_000);
    await page.getByRole('button', { name: 'Start het verhaal' }).click();
    await expect(page.locator('.screen-story')).toBeVisible();
    await expect(page.getByRole('button', { name: 'Verder' })).toBeEnabled();
  });

  test('music stops on mute and plays again on unmute', async ({ page }) => {
    await openScenario(page, 'slaan');
    await page.getByRole('button', { name: 'Start het verhaal' }).click();
    await expect.poll(() => soundPlaying(page), MUSIC_START).toBe(true);
    const toggle = page.getByRole('button', { name: /^Geluid/ });
    await toggle.click();
    await expect(toggle).toHaveAttribute('aria-pressed', 'true');
    expect(await soundPlaying(page)).toBe(false);
    await toggle.click();
    await expect.poll(() => soundPlaying(page), MUSIC_START).toBe(true);
  });

  test('music pauses while the page is hidden and goes on when it is back', async ({ page }) => {
    await openScenario(page, 'slaan');
    await page.getByRole('button', { name: 'Start het verhaal' }).click();
    await expect.poll(() => soundPlaying(page), MUSIC_START).toBe(true);
    // The browser's own signal, as when the player switches to another app or tab.
    const setHidden = (hidden: boolean) =>
      page.evaluate((value) => {
        Object.defineProperty(document, 'hidden', { configurable: true, get: () => value });
        Object.defineProperty(document, 'visibilityState', {
          configurable: true,
          get: () => (value ? 'hidden' : 'visible'),
        });
        document.dispatchEvent(new Event('visibilitychange'));
      }, hidden);
    await setHidden(true);
    expect(await soundPlaying(page)).toBe(false);
    await page.waitForTimeout(500);
    expect(await soundPlaying(page)).toBe(false);
    await setHidden(false);
    await expect.poll(() => soundPlaying(page), MUSIC_START).toBe(true);
  });

  test('the quick exit silences everything at once', async ({ page, context }) => {
    // The exit site answers "204 No Content": the browser stays on the game page, so it can be checked.
    await context.route(`${EXIT_URL}**`, (route) => route.fulfill({ status: 204 }));
    await openScenario(page, 'slaan');
    await page.getByRole('button', { name: 'Start het verhaal' }).click();
    await expect.poll(() => soundPlaying(page), MUSIC_START).toBe(true);
    await page.getByRole('link', { name: 'Snel weg' }).click();
    expect(await soundPlaying(page)).toBe(false);
    await expect(page.locator('#stage')).toBeHidden();
  });
});

// ---------- the gallery: every location and mood, on a phone and a projector ----------

interface Shot {
  name: string;
  query: string;
  /** Weather and the calm light need motion; everything else is drawn at once (reduced motion). */
  motion?: boolean;
}

const LOCATION_SHOTS: Shot[] = [
  { name: 'keuken', query: 'bg=keuken&cast=papa:boos,zus:bang&speaker=papa&music=gespannen' },
  // Earlier places first: on the fourth place visited the cat sleeps on the sofa, on the third on the bed.
  {
    name: 'woonkamer',
    query: 'bg=keuken,klas,straat,woonkamer&cast=mama:neutraal,oma:blij&speaker=oma&music=rustig',
  },
  { name: 'slaapkamer', query: 'bg=keuken,woonkamer,slaapkamer&cast=broer:verdrietig&music=verdrietig' },
  { name: 'badkamer', query: 'bg=badkamer&music=rustig' },
  { name: 'klas', query: 'bg=klas&cast=vriend:neutraal,juf:blij,vriendin:blij&speaker=juf&music=hoopvol' },
  {
    name: 'schoolplein',
    query: 'bg=schoolplein&cast=vriendin:verdrietig,vriend:bang&music=verdrietig',
    motion: true,
  },
  {
    name: 'straat',
    query: 'bg=straat&cast=buurvrouw:neutraal,agent:blij&speaker=agent&music=hoopvol',
    motion: true,
  },
  { name: 'sportclub', query: 'bg=sportclub&cast=coach:blij,stiefvader:neutraal&music=rustig' },
  { name: 'mentorkamer', query: 'bg=mentorkamer&cast=mentor:neutraal&music=rustig&calm=1', motion: true },
];

const MOOD_SHOTS: Shot[] = (
  [
    ['neutraal', 'rustig'],
    ['blij', 'hoopvol'],
    ['boos', 'gespannen'],
    ['verdrietig', 'verdrietig'],
    ['bang', 'gespannen'],
  ] as const
).map(([mood, music]) => ({
  name: `mood-${mood}`,
  query: `bg=woonkamer&cast=stiefvader:${mood},zus:${mood}&speaker=stiefvader&music=${music}`,
}));

const SIZES = {
  phone: { width: 390, height: 844 },
  projector: { width: 1920, height: 1080 },
} as const;

test.describe('stage gallery', () => {
  test.describe.configure({ mode: 'serial' });
  let server: PreviewServer | null = null;
  let base = '';
  // Outside test-results/: another Playwright run in the same tree empties that folder when it starts.
  const work = join(tmpdir(), 'spiegel-stage-gallery');
  const outDir = join(work, 'site');
  const shotDir = join(work, 'shots');

  test.beforeAll(async () => {
    test.setTimeout(120_000);
    // The game's own Vite config, with the test page as the only entry, into a folder of its own.
    await build({
      root: ROOT,
      configFile: join(ROOT, 'vite.config.ts'),
      logLevel: 'warn',
      build: {
        outDir,
        emptyOutDir: true,
        manifest: false,
        rollupOptions: { input: { gallery: join(ROOT, 'tests/gallery/stage-gallery.html') } },
      },
    });
    server = await preview({
      root: ROOT,
      configFile: join(ROOT, 'vite.config.ts'),
      logLevel: 'warn',
      build: { outDir },
      preview: { port: 4195, strictPort: false, host: '127.0.0.1' },
    });
    base = server.resolvedUrls?.local[0] ?? 'http://127.0.0.1:4195/';
  });

  test.afterAll(async () => {
    await server?.close();
  });

  for (const [size, viewport] of Object.entries(SIZES)) {
    test(`every location and mood on a ${size}`, async ({ browser }) => {
      test.setTimeout(300_000);
      const page = await browser.newPage({ viewport });
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(error.message));
      for (const shot of [...LOCATION_SHOTS, ...MOOD_SHOTS]) {
        const reduced = shot.motion ? '' : '&reduced=1';
        await page.goto(`${base}tests/gallery/stage-gallery.html?${shot.query}${reduced}`);
        const stage = page.locator('#stage');
        await expect(stage).toHaveAttribute('data-render-type', '2');
        const bg = /bg=(?:\w+,)*(\w+)/.exec(shot.query)?.[1] ?? '';
        await expect(stage).toHaveAttribute('data-scene', bg, { timeout: 30_000 });
        // Every texture is in and every fade is over once the stage sleeps (0 frames a second); with
        // motion it drifts on at the ambient rate: then give weather a moment more to fill the sky.
        await expect(stage).toHaveAttribute('data-fps', shot.motion ? '15' : '0', { timeout: 30_000 });
        if (shot.motion) await page.waitForTimeout(2000);
        await page.screenshot({ path: join(shotDir, `${size}-${shot.name}.png`) });
      }
      expect(errors).toEqual([]);
      await page.close();
    });
  }

  test('contact sheet of all shots', async ({ page }) => {
    const image = (file: string) =>
      `data:image/png;base64,${readFileSync(join(shotDir, file)).toString('base64')}`;
    const all = [...LOCATION_SHOTS, ...MOOD_SHOTS];
    const figure = (size: string, shot: Shot) =>
      `<figure class="${size}"><img src="${image(`${size}-${shot.name}.png`)}"><figcaption>${shot.name}</figcaption></figure>`;
    await page.setViewportSize({ width: 1200, height: 800 });
    await page.setContent(`<!doctype html><style>
      body { margin: 6px; font: 11px sans-serif; background: #e9e4da; width: 1188px; }
      h2 { font-size: 13px; margin: 8px 2px 2px; }
      figure { display: inline-block; margin: 2px; vertical-align: top; }
      figcaption { text-align: center; }
      .projector img { width: 290px; height: 163px; display: block; }
      .phone img { width: 122px; height: 264px; display: block; }
    </style>
    <h2>Projector 1920×1080 (locations, then moods; schoolplein rain, straat leaves, mentorkamer calm light)</h2>
    ${all.map((shot) => figure('projector', shot)).join('')}
    <h2>Phone 390×844</h2>
    ${all.map((shot) => figure('phone', shot)).join('')}`);
    const sheet = join(work, 'contact-sheet.png');
    await page.screenshot({ path: sheet, fullPage: true });
    // Docs keep a small copy (remade with SPIEGEL_CONTACT_SHEET=1 and ffmpeg for a 256-colour palette).
    if (process.env.SPIEGEL_CONTACT_SHEET === '1') {
      const docs = join(ROOT, 'docs/stage-contact-sheet.png');
      try {
        execFileSync('ffmpeg', [
          '-loglevel',
          'error',
          '-y',
          '-i',
          sheet,
          '-vf',
          'split[a][b];[a]palettegen[p];[b][p]paletteuse',
          docs,
        ]);
      } catch {
        copyFileSync(sheet, docs);
      }
      expect(existsSync(docs)).toBe(true);
      expect(statSync(docs).size).toBeLessThan(400_000);
    }
  });
});
