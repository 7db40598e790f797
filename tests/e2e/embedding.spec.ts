// Issue 8: links, embedding and static hosting anywhere. The game is served from dist/ by a tiny static
// host that applies the shipped public/_headers (CSP with frame-ancestors, CORS, cache), and a school's
// page on a second loopback origin embeds it with the documented snippet (src/app/embed.ts).
import { gzipSync } from 'node:zlib';
import { readFileSync, readdirSync } from 'node:fs';
import type { Server } from 'node:http';
import jsQR from 'jsqr';
import { test, expect, stubExitSite, EXIT_URL } from './fixtures';
import type { Frame, Page } from '@playwright/test';
import { serveStatic, type StaticServer } from './static-server';
import { serverUrl, startHost } from './host-server';
import { BASE_CONFIG, BASE_DIR, BASE_PATH } from './base-build';
import { EMBED_ALLOW, EMBED_SANDBOX, embedSnippet } from '../../src/app/embed.ts';

/** index.html is the one file never cached: it must stay small (gzip bytes). */
const INDEX_GZIP_BUDGET = 2048;

let game: StaticServer;
let host: Server;
let hostUrl: string;

test.beforeAll(async () => {
  game = await serveStatic('dist');
  host = await startHost(game.url, 0);
  hostUrl = serverUrl(host);
});

test.afterAll(async () => {
  await game.close();
  await new Promise((resolve) => host.close(resolve));
});

/** Counts history.pushState/replaceState in every frame: the game never writes to the URL. */
async function watchHistory(page: Page) {
  await page.addInitScript(() => {
    const w = window as unknown as { __historyWrites: number };
    w.__historyWrites = 0;
    for (const name of ['pushState', 'replaceState'] as const) {
      const original = history[name].bind(history);
      history[name] = (...args: Parameters<History['pushState']>) => {
        w.__historyWrites++;
        original(...args);
      };
    }
  });
}

const historyWrites = (frame: Frame | Page) =>
  frame.evaluate(() => (window as unknown as { __historyWrites: number }).__historyWrites);

/** Uncaught errors and console errors in any frame of the page. */
function collectErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`console: ${message.text()}`);
  });
  return errors;
}

async function gameFrame(page: Page): Promise<Frame> {
  const handle = await page.locator('iframe').elementHandle();
  const frame = await handle?.contentFrame();
  if (!frame) throw new Error('no game frame');
  await frame.waitForLoadState();
  return frame;
}

/** From the start screen to the first line of "ruzie", as a player clicks. */
async function playFirstLine(scope: Page | Frame) {
  await scope.getByRole('button', { name: 'Begin' }).click();
  await scope.getByRole('button', { name: 'Ik snap het, verder' }).click();
  await scope.getByRole('button', { name: '13 tot 15 jaar' }).click();
  await scope.locator('[data-story="ruzie"]').click();
  await scope.getByRole('button', { name: 'Start het verhaal' }).click();
  await expect(scope.locator('.screen-story .line')).not.toBeEmpty();
}

test('the documented snippet embeds the game in a school page on another origin, and it plays', async ({
  page,
}) => {
  await watchHistory(page);
  const errors = collectErrors(page);
  const origins = new Set<string>();
  page.on('request', (request) => {
    if (!/^(data|blob):/.test(request.url())) origins.add(new URL(request.url()).origin);
  });
  await page.goto(hostUrl);
  const iframe = page.locator('iframe');
  await expect(iframe).toHaveAttribute('sandbox', EMBED_SANDBOX.map((a) => a.token).join(' '));
  await expect(iframe).toHaveAttribute('allow', EMBED_ALLOW.map((a) => a.token).join('; '));
  const frame = await gameFrame(page);
  await playFirstLine(frame);
  expect(await historyWrites(frame)).toBe(0);
  expect(frame.url()).toBe(game.url);
  expect([...origins].sort()).toEqual([game.origin, new URL(hostUrl).origin].sort());
  expect(errors).toEqual([]);
});

for (const size of [
  { w: 320, h: 480 },
  { w: 800, h: 600 },
]) {
  test(`the game fills a ${size.w}x${size.h} frame without sideways scrolling`, async ({ page }) => {
    await page.goto(`${hostUrl}?w=${size.w}&h=${size.h}`);
    const frame = await gameFrame(page);
    await expect(frame.getByRole('button', { name: 'Begin' })).toBeVisible();
    const fit = await frame.evaluate(() => {
      const game = document.querySelector('.game')?.getBoundingClientRect();
      const exit = document.getElementById('quick-exit')?.getBoundingClientRect();
      return {
        width: innerWidth,
        height: innerHeight,
        scrollWidth: document.documentElement.scrollWidth,
        game: game && [game.width, game.height],
        exitInView: !!exit && exit.top >= 0 && exit.left >= 0 && exit.right <= innerWidth,
      };
    });
    expect(fit.width).toBe(size.w);
    expect(fit.height).toBe(size.h);
    expect(fit.game).toEqual([size.w, size.h]);
    expect(fit.scrollWidth).toBeLessThanOrEqual(size.w);
    expect(fit.exitInView).toBe(true);
    // Screens scroll inside the game; the quick exit stays in view.
    await frame.getByRole('button', { name: 'Begin' }).click();
    await frame.getByRole('button', { name: 'Ik snap het, verder' }).click();
    await expect(frame.getByRole('link', { name: 'Snel weg' })).toBeInViewport();
  });
}

test('the quick exit leaves the whole host page, also with 3x Shift (no click in the frame)', async ({
  page,
  context,
}) => {
  await stubExitSite(context);
  await page.goto(hostUrl);
  const frame = await gameFrame(page);
  await expect(frame.getByRole('button', { name: 'Begin' })).toBeVisible();
  // Tab moves focus into the frame from the host page: the frame itself gets no user activation.
  await page.keyboard.press('Tab');
  await expect.poll(() => frame.evaluate(() => document.hasFocus())).toBe(true);
  for (let i = 0; i < 3; i++) await page.keyboard.press('Shift');
  await expect(page).toHaveURL(EXIT_URL);
});

test('deep links open the right content note, in the right language, and never change the URL', async ({
  page,
}) => {
  await watchHistory(page);
  const errors = collectErrors(page);
  await page.goto(`${game.url}?s=ruzie`);
  await expect(page.getByText('Waar gaat dit verhaal over?')).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Knallende ruzie' })).toBeVisible();

  await page.goto(`${game.url}?s=ruzie&taal=en`);
  await expect(page.getByText('What is this story about?')).toBeVisible();
  await expect(page.getByRole('heading', { name: 'A big row' })).toBeVisible();
  await page.getByRole('button', { name: 'Start the story' }).click();
  await expect(page.locator('.screen-story .line')).not.toBeEmpty();
  expect(page.url()).toBe(`${game.url}?s=ruzie&taal=en`);
  expect(await historyWrites(page)).toBe(0);

  // Embedded too: the school links straight to one scenario.
  await page.goto(`${hostUrl}?path=${encodeURIComponent('?s=slaan&taal=en')}`);
  const frame = await gameFrame(page);
  await expect(frame.getByRole('heading', { name: 'A slap' })).toBeVisible();
  expect(errors).toEqual([]);
});

test('an unknown scenario or language shows the start screen, with no error', async ({ page }) => {
  const errors = collectErrors(page);
  await page.goto(`${game.url}?s=bestaatniet&taal=xx`);
  await expect(page.getByRole('button', { name: 'Begin' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'nl');
  await expect(page.getByText('Waar gaat dit verhaal over?')).toHaveCount(0);
  await expect(page.getByRole('heading', { name: /mis|wrong/i })).toHaveCount(0);
  expect(errors).toEqual([]);
});

test('a frame without allow-same-origin (no storage at all) plays without errors', async ({ page }) => {
  const errors = collectErrors(page);
  await page.goto(`${hostUrl}?storage=off`);
  const frame = await gameFrame(page);
  expect(await frame.evaluate(() => self.origin)).toBe('null');
  await playFirstLine(frame);
  // Asking to save says calmly that it cannot; the story goes on.
  await frame.getByRole('button', { name: 'Menu' }).click();
  await frame.getByRole('button', { name: 'Bewaren op dit apparaat' }).click();
  await frame.getByRole('button', { name: 'Bewaar waar ik ben' }).click();
  await expect(frame.getByText('Bewaren lukt niet op dit apparaat')).toBeVisible();
  expect(errors).toEqual([]);
});

test('full screen from the frame puts the .game wrapper (not the canvas) in full screen', async ({
  page,
}) => {
  await page.goto(hostUrl);
  const frame = await gameFrame(page);
  await frame.getByRole('button', { name: 'Menu' }).click();
  await frame.getByRole('button', { name: 'Volledig scherm' }).click();
  await expect.poll(() => frame.evaluate(() => document.fullscreenElement?.className)).toBe('game');
  await expect(frame.getByRole('link', { name: 'Snel weg' })).toBeInViewport();
  await frame.getByRole('button', { name: 'Menu' }).click();
  await frame.getByRole('button', { name: 'Volledig scherm uit' }).click();
  await expect.poll(() => frame.evaluate(() => document.fullscreenElement)).toBeNull();
});

test('"Voor scholen": copy the link and the embed code, a QR code that scans, a poster that prints', async ({
  page,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: game.origin });
  await page.goto(game.url);
  await page.getByRole('button', { name: 'Voor scholen' }).click();
  await expect(page.getByRole('heading', { name: 'Voor scholen' })).toBeVisible();
  // Read-only texts only: no free-text field on the page.
  await expect(page.locator('input, textarea, [contenteditable]')).toHaveCount(0);
  const link = page.locator('code[data-copy="link"]');
  await expect(link).toHaveText(game.url);

  await page.getByLabel('Begin bij').selectOption({ label: 'Knallende ruzie' });
  const storyLink = `${game.url}?s=ruzie`;
  await expect(link).toHaveText(storyLink);
  await page.getByRole('button', { name: 'Kopieer de link' }).click();
  await expect(page.getByText('Gekopieerd.')).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(storyLink);
  await expect(page.locator('code[data-copy="embed"]')).toHaveText(embedSnippet(storyLink));
  await page.getByRole('button', { name: 'Kopieer de code voor je site' }).click();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(embedSnippet(storyLink));
  await expect(page.locator('code[data-copy="text-nl"]')).toContainText(`Speel het hier: ${storyLink}`);
  await expect(page.locator('code[data-copy="text-en"]')).toContainText(`Play it here: ${storyLink}`);

  // The QR code, made on the device, holds the link.
  const size = 240;
  const pixels = await page.evaluate(async (size) => {
    const svg = document.querySelector('.poster-qr svg');
    if (!svg) return [];
    const image = new Image();
    image.src = URL.createObjectURL(
      new Blob([new XMLSerializer().serializeToString(svg)], { type: 'image/svg+xml' }),
    );
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = canvas.height = size;
    const context = canvas.getContext('2d');
    context?.drawImage(image, 0, 0, size, size);
    return Array.from(context?.getImageData(0, 0, size, size).data ?? []);
  }, size);
  expect(jsQR(Uint8ClampedArray.from(pixels), size, size)?.data).toBe(storyLink);

  // Printing shows the poster only.
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.poster')).toBeVisible();
  await expect(page.locator('.poster')).toContainText('0800-0432');
  await expect(page.locator('.topbar')).toBeHidden();
  await expect(page.getByRole('button', { name: 'Kopieer de link' })).toBeHidden();
  await page.emulateMedia({ media: 'screen' });

  // Also reachable from the menu.
  await page.getByRole('button', { name: 'Terug' }).click();
  await page.getByRole('button', { name: 'Menu' }).click();
  await page.getByRole('button', { name: 'Voor scholen' }).click();
  await expect(page.getByRole('heading', { name: 'Voor scholen' })).toBeVisible();
});

test('index.html stays small, assets are hashed, and the shipped headers cache them forever', async () => {
  const gzip = gzipSync(readFileSync('dist/index.html')).length;
  expect(gzip, `index.html is ${gzip} bytes gzipped`).toBeLessThan(INDEX_GZIP_BUDGET);
  for (const file of readdirSync('dist/assets')) expect(file).toMatch(/-[\w-]{8}\.\w+$/);

  const index = await fetch(game.url);
  expect(index.headers.get('cache-control')).toBe('no-cache');
  expect(index.headers.get('content-security-policy')).toContain('frame-ancestors *');
  expect(index.headers.get('referrer-policy')).toBe('no-referrer');
  const script = /src="\/(assets\/index-[\w-]+\.js)"/.exec(await index.text())?.[1];
  const asset = await fetch(`${game.url}${script}`);
  expect(asset.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
});

test('a build under a non-root base path works there, with the regional help of its config', async ({
  page,
  context,
}) => {
  const base = await serveStatic(BASE_DIR, { base: BASE_PATH });
  try {
    await stubExitSite(context);
    const errors = collectErrors(page);
    await page.goto(base.url);
    await playFirstLine(page);
    await page.goto(`${base.url}?s=ruzie`);
    await expect(page.getByRole('heading', { name: 'Knallende ruzie' })).toBeVisible();

    // The deployer's regional help comes right after Veilig Thuis; its site opens only on a click.
    await page.getByRole('button', { name: 'Hulp' }).click();
    const order = await page
      .locator('[data-kind="help"] .help-list > [data-help]')
      .evaluateAll((items) => items.map((item) => item.getAttribute('data-help')));
    const config = JSON.parse(readFileSync(BASE_CONFIG, 'utf8')) as {
      siteUrl: string;
      regionalHelp: { id: string; name: string; url: string }[];
    };
    const regional = config.regionalHelp[0];
    if (!regional) throw new Error('the test config needs a regional entry');
    expect(order[order.indexOf('veilig_thuis') + 1]).toBe(regional.id);
    const site = page.getByRole('link', { name: `Naar de site van ${regional.name}` });
    await expect(site).toHaveAttribute('href', regional.url);
    await expect(site).toHaveAttribute('rel', /noreferrer/);
    await page.getByRole('button', { name: 'Terug', exact: true }).click();

    // The danger screen: after 112, Veilig Thuis with the region's own help, then De Kindertelefoon.
    await page.getByRole('button', { name: 'Ik ben nu niet veilig' }).click();
    const danger = page.locator('[data-kind="danger"]');
    await expect(danger.getByRole('heading', { level: 1 })).toBeVisible();
    const dangerOrder = await danger
      .locator('.help-list > [data-help]')
      .evaluateAll((items) => items.map((item) => item.getAttribute('data-help')));
    expect(dangerOrder).toEqual(['veilig_thuis', regional.id, 'kindertelefoon']);
    await danger.getByRole('button', { name: 'Terug naar waar ik was' }).click();

    // The schools page links to the configured public address.
    await page.getByRole('button', { name: 'Menu' }).click();
    await page.getByRole('button', { name: 'Voor scholen' }).click();
    await expect(page.locator('code[data-copy="link"]')).toHaveText(config.siteUrl);

    const outside = base.paths.filter((path) => !path.startsWith(BASE_PATH));
    expect(outside, 'requests outside the base path').toEqual([]);
    expect(errors).toEqual([]);
  } finally {
    await base.close();
  }
});
