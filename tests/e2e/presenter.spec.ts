// Presenter mode ("Voor de klas") in real Chromium: never a personal question on the projector, clicker
// keys, the hand count, the story map, the hand-out with its QR code, and what it looks like at 1920x1080.
import { expect, test, type Page } from '@playwright/test';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import jsQR from 'jsqr';
import { compileInkFile } from '../../scripts/ink-compile';
import { StoryRunner } from '../../src/story/runner';
import { ClassSession, type ChoiceNode } from '../../src/app/class-session';

const ROOT = resolve(import.meta.dirname, '../..');
const DEPLOY = JSON.parse(readFileSync(resolve(ROOT, 'deploy.config.json'), 'utf8')) as {
  siteUrl: string;
  basePath: string;
};

/** The game's link: the configured one, or (when none is set) where the game is served. */
function gameLink(page: Page): string {
  return DEPLOY.siteUrl || new URL(DEPLOY.basePath, page.url()).href;
}

/** Every line of a Dutch scenario that asks the player about their own home (`# mirror:`). */
function personalQuestions(): { byStory: Record<string, string[]>; all: string[] } {
  const dir = resolve(ROOT, 'stories/nl');
  const byStory: Record<string, string[]> = {};
  for (const name of readdirSync(dir).filter((file) => file.endsWith('.ink') && file !== 'common.ink')) {
    byStory[name.replace(/\.ink$/, '')] = readFileSync(resolve(dir, name), 'utf8')
      .split('\n')
      .filter((line) => /#\s*mirror:/.test(line))
      .map((line) => line.replace(/#.*$/, '').trim());
  }
  const all = [
    ...Object.values(byStory).flat(),
    'Nu een vraag over jou',
    'Het spel stuurt je antwoord nergens heen',
  ];
  return { byStory, all };
}

const QUESTIONS = personalQuestions();

/**
 * A short way through a scenario as a class walks it (fewest steps), found on the story itself in Node:
 * the option to pick at each vote, in order. Branch and bound, nearest next choice first, with a cap on
 * the search; it keeps walking every scenario in the browser quick.
 */
function shortestRoute(id: string): string[] {
  const compiled = compileInkFile(resolve(ROOT, 'stories/nl', `${id}.ink`));
  if (!compiled.json || !compiled.hash) throw new Error(`${id} does not compile`);
  const session = new ClassSession(new StoryRunner(compiled.json, compiled.hash));
  let steps = 1;
  while (session.canGoForward) {
    session.forward();
    steps++;
  }
  let best = Infinity;
  let bestRoute: string[] = [];
  let budget = 150;
  const explore = (node: ChoiceNode, before: number, route: string[]) => {
    const next: { text: string; count: number; node: ChoiceNode }[] = [];
    for (const option of node.options) {
      if (budget-- <= 0) return;
      session.jumpTo(node);
      session.choose(option.index);
      let count = before + 1;
      while (session.canGoForward && count < best) {
        session.forward();
        count++;
      }
      if (count >= best) continue;
      const frame = session.current.frame;
      if (frame.kind === 'end') {
        best = count;
        bestRoute = [...route, option.text];
      } else if (frame.kind === 'choice') next.push({ text: option.text, count, node: frame.node });
    }
    next.sort((a, b) => a.count - b.count);
    for (const option of next)
      if (option.count < best) explore(option.node, option.count, [...route, option.text]);
  };
  const first = session.current.frame;
  if (first.kind === 'choice') explore(first.node, steps, []);
  return bestRoute;
}

/**
 * Watches the whole page from the first script on: any personal question or private note on screen is
 * recorded, and every class question shown. `__check` also runs after each step of an in-page walk.
 */
async function watchForPersonalQuestions(page: Page, forbidden: string[]): Promise<void> {
  await page.addInitScript((texts: string[]) => {
    const w = window as unknown as { __seen: string[]; __classQuestions: string[]; __check: () => void };
    w.__seen = [];
    w.__classQuestions = [];
    w.__check = () => {
      const text = document.body?.textContent ?? '';
      for (const forbiddenText of texts) if (text.includes(forbiddenText)) w.__seen.push(forbiddenText);
      if (document.querySelector('.private-note')) w.__seen.push('.private-note');
      const question = document.querySelector<HTMLElement>('.class-question');
      const theme = question?.dataset.theme;
      if (theme && w.__classQuestions.at(-1) !== theme) w.__classQuestions.push(theme);
    };
    new MutationObserver(w.__check).observe(document, {
      subtree: true,
      childList: true,
      characterData: true,
    });
  }, forbidden);
}

/**
 * Most tests here are about text and keys, not the scenery: without Phaser (software WebGL on test
 * machines) they run several times faster, and the game goes on with its plain background. The
 * screenshot test keeps the real stage.
 */
async function withoutStage(page: Page): Promise<void> {
  await page.route('**/assets/phaser-stage-*.js', (route) => route.abort());
}

async function openPresenter(page: Page, story = ''): Promise<void> {
  await page.goto(`/?modus=klas${story ? `&s=${story}` : ''}`);
  const ready = story
    ? page.getByRole('button', { name: 'Start in de klas' })
    : page.getByRole('heading', { level: 1, name: 'Voor de klas' });
  await expect(ready).toBeVisible();
}

async function startStory(page: Page, id: string): Promise<void> {
  await page.locator(`[data-story="${id}"]`).click();
  await page.getByRole('button', { name: 'Start in de klas' }).click();
  await expect(page.locator('.class-line')).toBeVisible();
}

/** Presses "Verder" in the page (checking the screen after every step) until a vote or the end. */
async function stepTo(page: Page): Promise<{ at: 'vote' | 'end' | 'stuck'; n: number }> {
  return page.evaluate(() => {
    const w = window as unknown as { __check?: () => void };
    for (let n = 0; n < 2000; n++) {
      if (document.querySelector('.screen-class-end:not([hidden])')) return { at: 'end' as const, n };
      if (document.querySelector('.vote')) return { at: 'vote' as const, n };
      document.querySelector<HTMLButtonElement>('.class-next')?.click();
      w.__check?.();
    }
    return { at: 'stuck' as const, n: 2000 };
  });
}

/** Walks the story to its end, showing the tally with the clicker key at each vote and taking `route`. */
async function walkToEnd(page: Page, route: string[]): Promise<number> {
  let steps = 0;
  for (const option of [...route, null]) {
    const reached = await stepTo(page);
    steps += reached.n;
    expect(reached.at, `reached ${reached.at} where the route expects ${option ?? 'the end'}`).toBe(
      option === null ? 'end' : 'vote',
    );
    if (option === null) break;
    await page.keyboard.press('PageDown'); // the clicker shows the tally at a vote
    await page.getByRole('button', { name: `Kies: ${option}`, exact: true }).click();
    steps++;
  }
  return steps;
}

/** Turns a PNG into RGBA pixels, or a smaller PNG, in a blank page (no game running beside it). */
async function withCanvas<T>(
  page: Page,
  png: Buffer,
  work: (image: HTMLImageElement) => T | Promise<T>,
): Promise<T> {
  const blank = await page.context().newPage();
  try {
    await blank.setContent('<!doctype html><title>canvas</title>');
    const handle = await blank.evaluateHandle(async (base64) => {
      const image = new Image();
      image.src = `data:image/png;base64,${base64}`;
      await image.decode();
      return image;
    }, png.toString('base64'));
    return await handle.evaluate(work);
  } finally {
    await blank.close();
  }
}

test.describe('presenter mode', () => {
  test.describe.configure({ timeout: 120_000 });

  test('the start screen and ?modus=klas open it; toolbar, quick exit and the way back keep working', async ({
    page,
  }) => {
    await page.goto('/');
    await page.getByRole('button', { name: 'Voor de klas (presentatie)' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Voor de klas' })).toBeVisible();
    await expect(page.getByRole('link', { name: /Snel weg/ })).toBeInViewport();
    await page.getByRole('button', { name: 'Hulp' }).click();
    await expect(page.getByRole('heading', { name: 'Direct gevaar? Bel 112' })).toBeVisible();
    await page.getByRole('button', { name: 'Terug' }).click();
    await page.getByRole('button', { name: 'Voorbereiding: lees dit eerst' }).click();
    const prep = page.locator('[data-kind="prep"]');
    await expect(prep.getByRole('heading', { name: 'Voorbereiding voor de les' })).toBeVisible();
    await expect(prep).toContainText('beloof geen geheimhouding');
    await expect(prep).toContainText('meldcode');
    await expect(prep).toContainText('vertrouwenspersoon');
    await prep.getByRole('button', { name: 'Terug' }).click();
    await page.getByRole('button', { name: 'Terug naar het spel' }).click();
    await expect(page.getByRole('button', { name: 'Begin' })).toBeVisible();
    await expect(page.locator('html')).not.toHaveClass(/presenter-mode/);

    await openPresenter(page);
    // The picker shows every scenario with its content note and length; the page of one adds the notes.
    const ids = await page
      .locator('[data-story]')
      .evaluateAll((cards) => cards.map((card) => card.getAttribute('data-story') ?? ''));
    expect(ids.sort()).toEqual(Object.keys(QUESTIONS.byStory).sort());
    const slaan = page.locator('[data-story="slaan"]');
    await expect(slaan).toContainText('Dit verhaal gaat over een vader die zijn kind slaat.');
    await expect(slaan).toContainText('ongeveer 8 minuten');
    await slaan.click();
    await expect(page.getByText('Als iemand heftig reageert')).toBeVisible();
  });

  // One test per scenario (they run in parallel); the first test above checks that the picker offers
  // exactly these scenarios.
  for (const id of Object.keys(QUESTIONS.byStory).sort()) {
    test(`never shows a personal question in "${id}": the class question takes its place`, async ({
      page,
    }) => {
      await withoutStage(page);
      await watchForPersonalQuestions(page, QUESTIONS.all);
      await openPresenter(page);
      await startStory(page, id);
      await walkToEnd(page, shortestRoute(id));
      await expect(page.getByRole('heading', { name: 'Einde van het verhaal' })).toBeVisible();
      const { seen, classQuestions } = await page.evaluate(() => {
        const w = window as unknown as { __seen: string[]; __classQuestions: string[] };
        return { seen: [...new Set(w.__seen)], classQuestions: w.__classQuestions };
      });
      expect(seen, 'a personal question or a private note was on screen').toEqual([]);
      // A scenario with a personal question asks the class instead (practice scenarios have none).
      const themes = [...new Set(classQuestions)];
      if ((QUESTIONS.byStory[id] ?? []).length > 0) expect(themes.length).toBeGreaterThan(0);
      else expect(themes).toEqual([]);
    });
  }

  test('clicker keys step forward and back, through a choice, and P pauses', async ({ page }) => {
    await withoutStage(page);
    await openPresenter(page);
    await startStory(page, 'ruzie');
    const line = page.locator('.class-line');
    const step = page.locator('.class-step');
    await expect(step).toHaveText('Stap 1');
    const first = await line.textContent();
    await page.keyboard.press('PageDown');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowDown');
    await expect(step).toHaveText('Stap 4');
    await page.locator('body').focus();
    await page.keyboard.press('Space');
    await expect(step).toHaveText('Stap 5');
    const fifth = await line.textContent();
    await page.keyboard.press('PageUp');
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('ArrowUp');
    await expect(step).toHaveText('Stap 2');
    await page.keyboard.press('PageUp');
    await expect(line).toHaveText(first ?? '');
    await expect(page.getByRole('button', { name: 'Vorige' })).toBeDisabled();
    for (let i = 0; i < 4; i++) await page.keyboard.press('PageDown');
    await expect(line).toHaveText(fifth ?? '');

    // On to the first choice, take it, and undo it with the clicker.
    while ((await page.locator('.vote').count()) === 0) await page.keyboard.press('PageDown');
    await expect(page.getByRole('heading', { name: 'Wat zou jij doen?' })).toBeVisible();
    await page.getByRole('button', { name: 'Toon de uitslag' }).click();
    await page.getByRole('button', { name: 'Kies: Het aan Marco vragen' }).click();
    await expect(line).toHaveText('Marco, mag het van jou?');
    await page.keyboard.press('PageUp');
    await expect(page.getByRole('heading', { name: 'Wat zou jij doen?' })).toBeVisible();

    // P: a calm, neutral pause screen over the scene; P again (or the clicker) goes on.
    await page.keyboard.press('p');
    await expect(page.getByRole('heading', { name: 'Even pauze' })).toBeVisible();
    await expect(page.locator('.screen-class')).toBeHidden();
    await page.keyboard.press('p');
    await expect(page.getByRole('heading', { name: 'Wat zou jij doen?' })).toBeVisible();
    await page.getByRole('button', { name: 'Pauze' }).click();
    await expect(page.getByRole('heading', { name: 'Even pauze' })).toBeVisible();
    await page.keyboard.press('PageDown');
    await expect(page.getByRole('heading', { name: 'Even pauze' })).toBeHidden();
  });

  test('the class vote counts hands, shows the tally as bars with text, and goes on with the pick', async ({
    page,
  }) => {
    await withoutStage(page);
    await openPresenter(page, 'ruzie');
    await page.getByRole('button', { name: 'Start in de klas' }).click();
    await expect(page.locator('.class-line')).toBeVisible();
    expect((await stepTo(page)).at).toBe('vote');
    const plus = (option: string) => page.getByRole('button', { name: `+1 voor: ${option}` });
    for (let i = 0; i < 4; i++) await plus('Het aan Marco vragen').click();
    await page.getByRole('button', { name: '-1 voor: Het aan Marco vragen' }).click();
    await plus('Boos worden en terugschreeuwen').click();
    await expect(page.getByRole('status', { name: '3 handen voor: Het aan Marco vragen' })).toHaveText('3');
    await page.getByRole('button', { name: 'Toon de uitslag' }).click();

    const tally = page.getByRole('figure', { name: 'Uitslag' });
    await expect(tally).toBeVisible();
    const rows = tally.getByRole('listitem');
    await expect(rows).toHaveCount(3);
    await expect(rows.nth(0)).toContainText('Boos worden en terugschreeuwen');
    await expect(rows.nth(0)).toContainText('1 stem (25%)');
    await expect(rows.nth(1)).toContainText('0 stemmen (0%)');
    await expect(rows.nth(2)).toContainText('3 stemmen (75%)');
    // The bars are drawn to scale (the text says the same for screen readers).
    const widths = await tally
      .locator('.tally-fill')
      .evaluateAll((bars) => bars.map((bar) => bar.getBoundingClientRect().width));
    expect(widths[2]).toBeGreaterThan(2.5 * (widths[0] ?? 0));
    await page.getByRole('button', { name: 'Kies: Het aan Marco vragen' }).click();
    await expect(page.locator('.class-line')).toHaveText('Marco, mag het van jou?');
  });

  test('the story map draws the walk and jumps back to a choice point to choose otherwise', async ({
    page,
  }) => {
    await withoutStage(page);
    await openPresenter(page, 'ruzie');
    await page.getByRole('button', { name: 'Start in de klas' }).click();
    await expect(page.locator('.class-line')).toBeVisible();
    const toVote = async () => {
      expect((await stepTo(page)).at).toBe('vote');
    };
    await toVote();
    await page.keyboard.press('PageDown');
    await page.getByRole('button', { name: 'Kies: Het aan Marco vragen' }).click();
    await toVote();
    await page.getByRole('button', { name: 'Verhaalkaart' }).click();
    const map = page.locator('[data-kind="story-map"]');
    await expect(map.getByRole('heading', { name: 'Verhaalkaart' })).toBeVisible();
    await expect(map.locator('.map-edge-taken')).toHaveCount(1);
    await expect(map.locator('.map-node-here')).toHaveCount(1);
    await expect(map.locator('.map-label-taken')).toHaveAttribute('aria-label', 'Het aan Marco vragen');
    await map
      .getByRole('button', { name: 'Ga terug naar keuze 1: Je gezicht wordt warm. Wat doe je?' })
      .click();

    await expect(map).toBeHidden();
    await expect(page.locator('.vote-prompt')).toHaveText('Je gezicht wordt warm. Wat doe je?');
    await page.keyboard.press('PageDown');
    await page.getByRole('button', { name: 'Kies: Niks zeggen en naar je kamer gaan' }).click();
    await expect(page.locator('.class-line')).toBeVisible();
    await page.getByRole('button', { name: 'Verhaalkaart' }).click();
    // Both branches are on the map now; only the second one is the class's path.
    await expect(map.locator('.map-edge-taken')).toHaveCount(1);
    await expect(map.locator('.map-edge-visited')).toHaveCount(1);
    await expect(map.locator('.map-label-taken')).toHaveAttribute(
      'aria-label',
      'Niks zeggen en naar je kamer gaan',
    );
    await expect(map.getByRole('button', { name: /^Ga terug naar keuze/ })).toHaveCount(2);
  });

  test('the hand-out: QR code to the game link, help numbers, and a printed page with only the hand-out', async ({
    page,
  }) => {
    await withoutStage(page);
    await openPresenter(page);
    await page.getByRole('button', { name: 'Hand-out voor de klas' }).click();
    const handout = page.locator('[data-kind="handout"]');
    const link = gameLink(page);
    const qr = handout.getByRole('img', { name: `QR-code met de link naar het spel: ${link}` });
    await expect(qr).toBeVisible();

    // Decode the pixels on screen, not the markup: screenshot → canvas → jsQR.
    const png = await qr.screenshot();
    const pixels = await withCanvas(page, png, (image) => {
      const canvas = document.createElement('canvas');
      canvas.width = image.naturalWidth;
      canvas.height = image.naturalHeight;
      const context = canvas.getContext('2d');
      if (!context) throw new Error('no 2d context');
      context.drawImage(image, 0, 0);
      const data = context.getImageData(0, 0, canvas.width, canvas.height);
      return { width: data.width, height: data.height, data: Array.from(data.data) };
    });
    const decoded = jsQR(Uint8ClampedArray.from(pixels.data), pixels.width, pixels.height);
    expect(decoded?.data).toBe(link);

    for (const number of ['112', '0800-0432', '0800-2000']) await expect(handout).toContainText(number);
    await expect(handout).toContainText('Het is nooit jouw schuld.');

    // Printed: only the hand-out, never the scene on the projector, and on one page.
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('#game')).toBeHidden();
    const printed = page.locator('.handout-print');
    await expect(printed).toBeVisible();
    for (const text of ['112', '0800-0432', '0800-2000', 'Het is nooit jouw schuld.', link])
      await expect(printed).toContainText(text);
    await expect(printed.locator('.qr-code')).toBeVisible();
    await page.emulateMedia({ media: 'screen' });
    const pdf = await page.pdf({ format: 'A4', printBackground: true });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    expect(pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g)?.length).toBe(1);
  });

  test('at 1920x1080 on a projector: large text, scene, prompt and controls in one 16:9 view', async ({
    page,
  }) => {
    test.setTimeout(180_000);
    await page.setViewportSize({ width: 1920, height: 1080 });
    await openPresenter(page, 'slaan');
    await page.getByRole('button', { name: 'Start in de klas' }).click();
    await expect(page.locator('.class-line')).toBeVisible();
    await expect(page.locator('#stage')).toHaveAttribute('data-render-type', '2');
    for (let i = 0; i < 4; i++) await page.keyboard.press('PageDown');
    await page.waitForTimeout(3000); // the stage fades in
    await page.screenshot({ path: '/tmp/presenter-1920x1080-line.png' });
    expect((await stepTo(page)).at).toBe('vote');
    for (const [option, hands] of [
      ['Sorry zeggen en de scherven oprapen', 4],
      ['Wegrennen naar je kamer', 7],
    ] as const) {
      for (let i = 0; i < hands; i++) await page.getByRole('button', { name: `+1 voor: ${option}` }).click();
    }
    await page.getByRole('button', { name: 'Toon de uitslag' }).click();
    await page.waitForTimeout(1200); // the bars grow; the stage settles
    const fontSize = await page
      .locator('.tally-label')
      .first()
      .evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
    expect(fontSize).toBeGreaterThanOrEqual(28);
    // Nothing overflows the 16:9 view: the page never scrolls and the controls are on screen.
    await expect(page.getByRole('navigation', { name: 'Bediening' })).toBeInViewport({ ratio: 1 });
    await page.screenshot({ path: test.info().outputPath('presenter-1920x1080-vote.png') });

    // The same view, at half size, as the picture in docs/classroom.md (under 300 KB).
    const png = await page.screenshot({ type: 'png', scale: 'css' });
    const small = await withCanvas(page, png, (image) => {
      const canvas = document.createElement('canvas');
      canvas.width = 960;
      canvas.height = 540;
      canvas.getContext('2d')?.drawImage(image, 0, 0, 960, 540);
      return canvas.toDataURL('image/png').replace(/^data:image\/png;base64,/, '');
    });
    // Written to the test output; copy it to docs/classroom-screenshot.png by hand when the view changes.
    const out = test.info().outputPath('classroom-screenshot.png');
    writeFileSync(out, Buffer.from(small, 'base64'));
    expect(statSync(out).size).toBeLessThan(300_000);
  });

  test('a story that fails to load late leaves the presenter where they went meanwhile', async ({ page }) => {
    await withoutStage(page);
    // The story file hangs until released, then fails (a dropped school Wi-Fi).
    let release = () => {};
    const released = new Promise<void>((resolve) => (release = resolve));
    await page.route(/\/assets\/nl-ruzie-[\w-]+\.json$/, async (route) => {
      await released;
      await route.abort();
    });
    await openPresenter(page);
    await page.locator('[data-story="ruzie"]').click();
    await page.getByRole('button', { name: 'Start in de klas' }).click();
    // Waiting, the presenter picks another story and opens its page.
    await page.getByRole('button', { name: 'Ander verhaal' }).click();
    await page.locator('[data-story="slaan"]').click();
    await expect(page.getByText('Als iemand heftig reageert')).toBeVisible();
    const failed = page.waitForEvent('requestfailed', (request) => /nl-ruzie-/.test(request.url()));
    release();
    await failed;
    await page.waitForTimeout(500);
    // Still on the page they chose, not thrown back to the list of stories.
    await expect(page.getByText('Als iemand heftig reageert')).toBeVisible();
    await expect(page.getByRole('heading', { level: 1, name: 'Voor de klas' })).toHaveCount(0);
    await expect(page.getByRole('heading', { name: 'Er ging iets mis' })).toHaveCount(0);
  });

  test('a story that cannot load says so, with the help numbers, and goes back to the list', async ({
    page,
  }) => {
    await withoutStage(page);
    await page.route(/\/assets\/nl-ruzie-[\w-]+\.json$/, (route) => route.abort());
    await openPresenter(page);
    await page.locator('[data-story="ruzie"]').click();
    await page.getByRole('button', { name: 'Start in de klas' }).click();
    const error = page.locator('section[aria-labelledby="error-title"]');
    await expect(error.getByRole('heading', { name: 'Er ging iets mis' })).toBeVisible();
    await expect(error.getByText('Dat ligt niet aan jou.')).toBeVisible();
    await expect(error.getByText('Direct gevaar? Bel 112')).toBeVisible();
    await expect(error.getByRole('link', { name: /Kindertelefoon/ })).toBeVisible();
    await page.getByRole('button', { name: 'Kies een ander verhaal' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Voor de klas' })).toBeVisible();
  });
});

test.describe('presenter mode, accessibility', () => {
  // axe is injected as an inline script: the game's CSP (script-src 'self') would block it.
  test.use({ bypassCSP: true });

  async function expectNoViolations(page: Page, screen: string): Promise<void> {
    if (!(await page.evaluate(() => 'axe' in window)))
      await page.addScriptTag({ path: resolve(ROOT, 'node_modules/axe-core/axe.min.js') });
    const violations = await page.evaluate(async () => {
      const { axe } = window as unknown as {
        axe: {
          run(
            context: Document,
            options: object,
          ): Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }>;
        };
      };
      const result = await axe.run(document, {
        runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'],
      });
      return result.violations.map(
        (violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(' | ')}`,
      );
    });
    expect(violations, `axe on the presenter's ${screen}`).toEqual([]);
  }

  test('axe finds nothing on the picker, a line, the vote, the tally, the map and the end', async ({
    page,
  }) => {
    test.setTimeout(180_000);
    await withoutStage(page);
    await openPresenter(page);
    await expectNoViolations(page, 'scenario picker');
    await page.locator('[data-story="sorry"]').click();
    await expectNoViolations(page, 'scenario page with notes');
    await page.getByRole('button', { name: 'Start in de klas' }).click();
    await expect(page.locator('.class-line')).toBeVisible();
    await expectNoViolations(page, 'story line');
    expect((await stepTo(page)).at).toBe('vote');
    await page
      .getByRole('button', { name: /^\+1 voor: / })
      .first()
      .click();
    await expectNoViolations(page, 'vote');
    await page.getByRole('button', { name: 'Toon de uitslag' }).click();
    await expectNoViolations(page, 'tally');
    await page
      .getByRole('button', { name: /^Kies: / })
      .first()
      .click();
    await page.getByRole('button', { name: 'Verhaalkaart' }).click();
    await expectNoViolations(page, 'story map');
    await page.getByRole('button', { name: 'Sluit de kaart' }).click();
    for (let reached = await stepTo(page); reached.at !== 'end'; reached = await stepTo(page)) {
      expect(reached.at).toBe('vote');
      await page.keyboard.press('PageDown');
      await page
        .getByRole('button', { name: /^Kies: / })
        .first()
        .click();
    }
    await expectNoViolations(page, 'end screen with the hand-out');
  });
});
