// Bad input never leaves a child with a blank page or a stack trace: a calm message and the help
// numbers, and the quick exit keeps working.
import type { Page } from '@playwright/test';
import { test, expect, stubExitSite, EXIT_URL } from './fixtures';
import { holdBack, openScenario } from './helpers';

async function expectCalmError(page: Page) {
  await expect(page.getByRole('heading', { name: 'Er ging iets mis' })).toBeVisible();
  await expect(page.getByText('Dat ligt niet aan jou.')).toBeVisible();
  await expect(page.getByText('Direct gevaar? Bel 112')).toBeVisible();
  await expect(page.getByRole('link', { name: /De Kindertelefoon: 0800-0432/ })).toHaveAttribute(
    'href',
    'tel:08000432',
  );
  // No stack trace or programmer words reach the child.
  await expect(page.locator('body')).not.toContainText(
    /TypeError|ReferenceError|SyntaxError|undefined|\.js:\d+/,
  );
}

/**
 * Plays the story's opening (replayed while the story engine comes: src/story/opening.ts) until the
 * calm error shows: a story that cannot go on says so where it needs its file, at the first choice.
 */
async function playUntilCalmError(page: Page) {
  const error = page.getByRole('heading', { name: 'Er ging iets mis' });
  const next = page.locator('.screen-story .btn-next:enabled');
  const choice = page.locator('.screen-story .choice-list button').first();
  for (let step = 0; step < 60; step++) {
    await expect(error.or(next).or(choice).first()).toBeVisible();
    if (await error.isVisible()) return;
    if (await next.isVisible()) await next.click();
    else await choice.click();
  }
  throw new Error('no error screen');
}

test('a story file that cannot load shows a calm message, help numbers and a working quick exit', async ({
  page,
  context,
}) => {
  await stubExitSite(context);
  await page.route(/\/assets\/nl-slaan-[\w-]+\.json$/, (route) => route.abort());
  await openScenario(page, 'slaan');
  await page.getByRole('button', { name: 'Start het verhaal' }).click();
  await playUntilCalmError(page);
  await expectCalmError(page);
  await page.getByRole('link', { name: 'Snel weg' }).click();
  await expect(page).toHaveURL(EXIT_URL);
});

test('a broken story (an ink runtime error) shows a calm message and help numbers', async ({ page }) => {
  // A story whose first divert points nowhere.
  const broken = JSON.stringify({
    inkVersion: 21,
    root: [['^Hallo.', '\n', { '->': 'nergens' }], 'done', null],
    listDefs: {},
  });
  await page.route(/\/assets\/nl-slaan-[\w-]+\.json$/, (route) =>
    route.fulfill({ contentType: 'application/json', body: broken }),
  );
  await openScenario(page, 'slaan');
  await page.getByRole('button', { name: 'Start het verhaal' }).click();
  // The recorded opening of the real story plays; the broken file tells another story, and the
  // error comes where the story would need it.
  await playUntilCalmError(page);
  await expectCalmError(page);
});

test('without WebGL the story plays with its scenes as still pictures', async ({ page }) => {
  await page.addInitScript(() => {
    const original = HTMLCanvasElement.prototype.getContext;
    HTMLCanvasElement.prototype.getContext = function (
      this: HTMLCanvasElement,
      type: string,
      ...rest: unknown[]
    ) {
      if (type.startsWith('webgl') || type === 'experimental-webgl') return null;
      return (original as (...args: unknown[]) => RenderingContext | null).call(this, type, ...rest);
    } as typeof original;
  });
  await openScenario(page, 'slaan');
  await page.getByRole('button', { name: 'Start het verhaal' }).click();
  await expect(page.locator('#stage')).toHaveAttribute('data-render-type', 'none');
  await expect(page.locator('#stage')).toHaveClass(/stage-plain/);
  // The still stage (src/stage/poster-stage.ts) stays and draws the scene: the kitchen, decoded.
  const stage = page.locator('#stage');
  await expect(stage).toHaveAttribute('data-still-scene', 'keuken');
  const background = stage.locator('.stage-still-bg.shown');
  await expect(background).toBeVisible();
  expect(await background.evaluate((image: HTMLImageElement) => image.naturalWidth)).toBeGreaterThan(0);
  await page.getByRole('button', { name: 'Verder' }).click();
  await expect(page.locator('.screen-story .line')).not.toBeEmpty();
});

test('with audio blocked the story plays on in silence', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.route(/\.(ogg|mp3)$/, (route) => route.abort());
  await openScenario(page, 'slaan');
  await page.getByRole('button', { name: 'Start het verhaal' }).click();
  for (let i = 0; i < 4; i++) await page.getByRole('button', { name: 'Verder' }).click();
  await expect(page.locator('.screen-story .line')).not.toBeEmpty();
  expect(errors).toEqual([]);
});

test.describe('a slow link never pulls the player back to where they were', () => {
  test('a language that arrives after "Begin" leaves the player where they went', async ({ page }) => {
    const letThrough = await holdBack(page, /\/assets\/pl-[\w-]+\.js$/);
    await page.goto('/');
    await page.locator('.language-picker button[lang="pl"]').click();
    await page.getByRole('button', { name: 'Begin' }).click();
    await expect(page.getByRole('heading', { name: 'Veilig spelen' })).toBeVisible();
    await letThrough();
    await expect(page.getByRole('heading', { name: 'Veilig spelen' })).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', 'nl');
  });

  test('"Voor scholen" that arrives after "Begin" does not open over the next screen', async ({ page }) => {
    const letThrough = await holdBack(page, /\/assets\/schools-[\w-]+\.js$/);
    await page.goto('/');
    await page.getByRole('button', { name: 'Voor scholen' }).click();
    await page.getByRole('button', { name: 'Begin' }).click();
    await expect(page.getByRole('heading', { name: 'Veilig spelen' })).toBeVisible();
    await letThrough();
    await expect(page.getByRole('heading', { name: 'Voor scholen' })).toHaveCount(0);
    await expect(page.getByRole('heading', { name: 'Veilig spelen' })).toBeVisible();
    // Asked for again, it opens.
    await page.getByRole('button', { name: 'Menu' }).click();
    await page.getByRole('button', { name: 'Voor scholen' }).click();
    await expect(page.getByRole('heading', { name: 'Voor scholen' })).toBeVisible();
  });
});
