// Each test proves one line of SAFETY.md in real Chromium; the name starts with the line's number.
import type { Page } from '@playwright/test';
import {
  test,
  expect,
  stubExitSite,
  deviceTraces,
  NOTHING_STORED,
  watchPage,
  cspViolations,
  windowOpenCalls,
  soundPlaying,
  EXIT_URL,
  GAME_ORIGIN,
  GAME_PORT,
} from './fixtures';
import { openScenario, playToReflection } from './helpers';
import { HOST_URL, startHost } from './host-server';

test.describe('A. Quick exit', () => {
  test('A1 the quick exit is a real link that works without JavaScript', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    await stubExitSite(context);
    const page = await context.newPage();
    await page.goto('/');
    const link = page.getByRole('link', { name: /Snel weg/ });
    await expect(link).toHaveAttribute('href', EXIT_URL);
    await link.click();
    await expect(page).toHaveURL(EXIT_URL);
    await context.close();
  });

  test('A2 the quick exit is named for exiting and visible on every screen', async ({ page, context }) => {
    await stubExitSite(context);
    const link = page.getByRole('link', { name: 'Snel weg' });
    await page.goto('/');
    await expect(link).toBeVisible();
    for (const step of ['Begin', 'Ik snap het, verder', '10 tot 12 jaar']) {
      await page.getByRole('button', { name: step }).click();
      await expect(link).toBeInViewport();
    }
    for (const tool of ['Hulp', 'Even rust', 'Menu', 'Ik ben nu niet veilig']) {
      await page.getByRole('button', { name: tool, exact: true }).click();
      await expect(link).toBeInViewport();
    }
  });

  test('A3 Shift pressed three times leaves the game', async ({ page, context }) => {
    await stubExitSite(context);
    await page.goto('/');
    await page.getByRole('button', { name: 'Begin' }).click();
    await page.keyboard.press('Shift');
    await expect(page.getByRole('status').first()).toHaveText('Nog 2 keer Shift voor Snel weg');
    await page.keyboard.press('Shift');
    await page.keyboard.press('Shift');
    await expect(page).toHaveURL(EXIT_URL);
  });

  test('A3 Shift+A, Shift, Shift does not leave the game', async ({ page, context }) => {
    let exits = 0;
    await stubExitSite(context, () => exits++);
    await page.goto('/');
    await page.keyboard.press('Shift+A');
    await page.keyboard.press('Shift');
    await page.keyboard.press('Shift');
    await expect(page.getByRole('status').first()).toHaveText('Nog 1 keer Shift voor Snel weg');
    // Give a wrong exit every chance to happen before checking that it did not.
    await page.waitForTimeout(1000);
    expect(exits).toBe(0);
    await expect(page.getByRole('heading', { name: 'Spiegel' })).toBeVisible();
  });

  test('A4 nothing of the game is visible and no sound plays after activation', async ({ page, context }) => {
    // The exit site answers "204 No Content": the browser stays on the page as the game left it.
    await context.route(`${EXIT_URL}**`, (route) => route.fulfill({ status: 204 }));
    await openScenario(page, 'slaan');
    await page.getByRole('button', { name: 'Start het verhaal' }).click();
    await page.getByRole('button', { name: 'Verder' }).click();
    await expect.poll(() => soundPlaying(page)).toBe(true);
    await page.getByRole('link', { name: 'Snel weg' }).click();
    for (const part of ['.topbar', '#ui', '#stage']) await expect(page.locator(part)).toBeHidden();
    expect(await soundPlaying(page)).toBe(false);
  });

  test('A5 back after the exit lands on the page before the game', async ({ page, context }) => {
    await stubExitSite(context);
    await page.goto('/robots.txt');
    await openScenario(page, 'ruzie');
    await page.getByRole('button', { name: 'Start het verhaal' }).click();
    await page.getByRole('button', { name: 'Verder' }).click();
    await page.getByRole('button', { name: 'Hulp' }).click();
    await page.getByRole('button', { name: 'Terug' }).click();
    await page.getByRole('button', { name: 'Menu' }).click();
    await page.getByRole('link', { name: 'Snel weg' }).click();
    await expect(page).toHaveURL(EXIT_URL);
    await page.goBack();
    await expect(page).toHaveURL(/\/robots\.txt$/);
  });

  test('A6 a page restored from the back/forward cache shows the start screen, not the last scene', async ({
    playwright,
  }) => {
    // Playwright turns the back/forward cache off by default; this test needs the real thing.
    const launchOptions = test.info().project.use.launchOptions ?? {};
    const browser = await playwright.chromium.launch({
      ...launchOptions,
      ignoreDefaultArgs: ['--disable-back-forward-cache'],
    });
    const page = await browser.newPage({ baseURL: GAME_ORIGIN });
    await page.addInitScript(() => {
      window.addEventListener('pageshow', (event) => {
        (window as unknown as { restored: boolean }).restored = event.persisted;
      });
    });
    await openScenario(page, 'slaan');
    await page.getByRole('button', { name: 'Start het verhaal' }).click();
    await expect(page.locator('.screen-story .line')).not.toBeEmpty();
    await page.goto('/robots.txt');
    // A page restored from the cache fires no load event: wait only for the navigation to commit.
    await page.goBack({ waitUntil: 'commit' });
    await expect
      .poll(() => page.evaluate(() => (window as unknown as { restored?: boolean }).restored))
      .toBe(true);
    await expect(page.getByRole('button', { name: 'Begin' })).toBeVisible();
    await expect(page.locator('.screen-story')).toHaveCount(0);
    await browser.close();
  });

  test('A7 the exit sends no referrer', async ({ page, context }) => {
    const referers: (string | undefined)[] = [];
    await stubExitSite(context, (referer) => referers.push(referer));
    await page.goto('/');
    await expect(page.getByRole('link', { name: 'Snel weg' })).toHaveAttribute('rel', /noreferrer/);
    await expect(page.locator('meta[name="referrer"]')).toHaveAttribute('content', 'no-referrer');
    await page.getByRole('link', { name: 'Snel weg' }).click();
    await expect(page).toHaveURL(EXIT_URL);
    expect(referers).toEqual([undefined]);
  });

  test('A9 the game never calls window.open', async ({ page, context }) => {
    test.setTimeout(240_000);
    await stubExitSite(context);
    await watchPage(page);
    await openScenario(page, 'ruzie');
    await page.getByRole('button', { name: 'Start het verhaal' }).click();
    await playToReflection(page, { mirror: /Soms/ });
    await page.getByRole('button', { name: 'Hulp' }).click();
    expect(await windowOpenCalls(page)).toBe(0);
  });

  test('A10 the exit inside an iframe on another origin leaves the whole host page', async ({
    page,
    context,
  }) => {
    await stubExitSite(context);
    const host = await startHost(`http://localhost:${GAME_PORT}/`);
    try {
      await page.goto(HOST_URL);
      const game = page.frameLocator('iframe');
      await game.getByRole('button', { name: 'Begin' }).click();
      await game.getByRole('link', { name: 'Snel weg' }).click();
      await expect(page).toHaveURL(EXIT_URL);
    } finally {
      host.close();
    }
  });

  test('A11 a first-run screen explains the exit and what the game cannot hide', async ({ page }) => {
    await page.goto('/');
    await page.getByRole('button', { name: 'Begin' }).click();
    await expect(page.getByRole('heading', { name: 'Veilig spelen' })).toBeVisible();
    await expect(page.getByText('Of druk 3 keer op Shift')).toBeVisible();
    await expect(page.getByText(/browsergeschiedenis/)).toBeVisible();
    await expect(page.getByText(/privévenster/)).toBeVisible();
    // Shown once, and again from the menu.
    await page.getByRole('button', { name: 'Ik snap het, verder' }).click();
    await page.getByRole('button', { name: 'Menu' }).click();
    await page.getByRole('button', { name: 'Hoe blijf ik veilig?' }).click();
    await expect(page.getByRole('heading', { name: 'Veilig spelen' })).toBeVisible();
  });
});

test.describe('B and C. A full playthrough without opting in', () => {
  test('B12 B14 B15 C16 C20: no other origin, no CSP violation, no cookies, nothing stored, a title that never changes', async ({
    page,
    context,
  }) => {
    test.setTimeout(240_000);
    const foreign: string[] = [];
    const base = GAME_ORIGIN;
    page.on('request', (request) => {
      const url = request.url();
      if (!url.startsWith('data:') && !url.startsWith('blob:') && new URL(url).origin !== base)
        foreign.push(url);
    });
    await watchPage(page);
    const titles = new Set<string>();
    page.on('framenavigated', async () => titles.add(await page.title()));
    await openScenario(page, 'ruzie');
    titles.add(await page.title());
    await page.getByRole('button', { name: 'Start het verhaal' }).click();
    await playToReflection(page, { mirror: /Vaak/ });
    titles.add(await page.title());
    await page.getByRole('button', { name: 'Hulp' }).click();
    titles.add(await page.title());

    expect(foreign, 'B12 requests to another origin').toEqual([]);
    expect(await cspViolations(page), 'B14 CSP violations').toEqual([]);
    await expect(page.locator('meta[http-equiv="Content-Security-Policy"]')).toHaveAttribute(
      'content',
      /script-src 'self'/,
    );
    expect(await context.cookies(), 'B15 cookies').toEqual([]);
    expect(await deviceTraces(page), 'C16 storage').toEqual(NOTHING_STORED);
    expect([...titles], 'C20 title').toEqual(['Spiegel']);
    // Answers never leave memory: not in the URL either.
    expect(page.url()).not.toMatch(/vaak|ruzie_goedkomen/);
  });
});

/** "Bewaar waar ik ben" from the content note's menu, straight back to the note. */
async function optInFromTheNote(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Menu' }).click();
  await page.getByRole('button', { name: 'Bewaren op dit apparaat' }).click();
  await page.getByRole('button', { name: 'Bewaar waar ik ben' }).click();
  await page.getByRole('button', { name: 'Terug' }).click();
  await page.getByRole('button', { name: 'Sluit menu' }).click();
}

/** The saved game as it sits in IndexedDB (opened read-only, the way any other script could). */
function readSave(page: Page): Promise<unknown> {
  return page.evaluate(
    () =>
      new Promise<unknown>((resolve, reject) => {
        const open = indexedDB.open('app-state');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          // Not (yet) made by the game: nothing saved. (An exception here would leave the test waiting.)
          if (!db.objectStoreNames.contains('kv')) {
            db.close();
            resolve(undefined);
            return;
          }
          const get = db.transaction('kv').objectStore('kv').get('save');
          get.onsuccess = () => {
            db.close();
            resolve(get.result);
          };
          get.onerror = () => reject(get.error);
        };
      }),
  );
}

test.describe('C. Storage on the device', () => {
  test('C17 after opting in only the position and settings are saved, answers only when asked', async ({
    page,
  }) => {
    await openScenario(page, 'ruzie');
    await page.getByRole('button', { name: 'Start het verhaal' }).click();
    await page.getByRole('button', { name: 'Menu' }).click();
    await page.getByRole('button', { name: 'Bewaren op dit apparaat' }).click();
    await page.getByRole('button', { name: 'Bewaar waar ik ben' }).click();
    await expect(page.getByText('Aan: het spel bewaart waar je bent')).toBeVisible();
    await page.getByRole('button', { name: 'Terug' }).click();
    await page
      .getByRole('button', { name: 'Menu sluiten' })
      .or(page.getByRole('button', { name: 'Sluit menu' }))
      .click();
    await page.getByRole('button', { name: 'Verder' }).click();
    const saved = await readSave(page);
    expect(Object.keys(saved as object).sort()).toEqual([
      'lang',
      'lastLine',
      'runner',
      'settings',
      'storyId',
      'version',
    ]);
    expect(saved).toMatchObject({ storyId: 'ruzie', settings: { muted: false } });
    expect(JSON.stringify(saved)).not.toContain('answers');

    // A new visit offers to continue where the player was.
    await page.reload();
    await page.getByRole('button', { name: 'Ga verder waar je was' }).click();
    await expect(page.locator('.screen-story .line')).not.toBeEmpty();
  });

  test('C17 a save never reveals the answer to a personal question', async ({ page }) => {
    test.setTimeout(300_000);
    await openScenario(page, 'ruzie');
    await optInFromTheNote(page);
    await page.getByRole('button', { name: 'Start het verhaal' }).click();
    // Walk to the personal question.
    const story = page.locator('.screen-story');
    await playToReflection(page, { stopAtMirror: true });
    await expect(story.locator('.private-note')).toBeVisible();
    await expect
      .poll(() => readSave(page).then((save) => JSON.stringify(save)))
      .toContain('"storyId":"ruzie"');
    const atQuestion = JSON.stringify(await readSave(page));
    await story.getByRole('button', { name: 'Vaak', exact: true }).click();
    for (let i = 0; i < 3; i++) {
      const next = story.getByRole('button', { name: 'Verder' });
      if (await next.isVisible()) await next.click();
    }
    await page.waitForTimeout(300);
    expect(JSON.stringify(await readSave(page))).toBe(atQuestion);
  });

  test('C18 "Wis alles" removes every trace and leaves like the quick exit', async ({ page, context }) => {
    await stubExitSite(context);
    await page.goto('/');
    await page.getByRole('button', { name: 'Menu' }).click();
    await page.getByRole('button', { name: 'Bewaren op dit apparaat' }).click();
    await page.getByRole('button', { name: 'Bewaar waar ik ben' }).click();
    await expect(page.getByText('Aan: het spel bewaart waar je bent')).toBeVisible();
    expect((await deviceTraces(page)).databases).toEqual(['app-state']);
    // Traces an older version or the host might have left: "Wis alles" must remove them too.
    await page.evaluate(async () => {
      localStorage.setItem('oud', '1');
      sessionStorage.setItem('oud', '1');
      await (await caches.open('oud')).put('/oud', new Response('oud'));
    });
    expect(await deviceTraces(page)).toMatchObject({ localStorage: 1, sessionStorage: 1, caches: ['oud'] });
    await page.getByRole('button', { name: 'Wis alles en ga weg' }).click();
    await expect(page).toHaveURL(EXIT_URL);
    await page.goto('/');
    expect(await deviceTraces(page)).toEqual(NOTHING_STORED);
  });

  test('C17 on a slow device, going back before the storage answers keeps the screen closed and still saves', async ({
    page,
  }) => {
    // IndexedDB opens 1.5 s late, as on a busy device: the player is back at the note before it answers.
    await page.addInitScript(() => {
      const open = IDBFactory.prototype.open;
      IDBFactory.prototype.open = function (this: IDBFactory, ...args: Parameters<IDBFactory['open']>) {
        const request = open.apply(this, args);
        let onSuccess: IDBOpenDBRequest['onsuccess'] = null;
        Object.defineProperty(request, 'onsuccess', {
          configurable: true,
          get: () => onSuccess,
          set: (handler: IDBOpenDBRequest['onsuccess']) => {
            onSuccess = handler;
          },
        });
        request.addEventListener('success', (event) => {
          window.setTimeout(() => onSuccess?.call(request, event), 1500);
        });
        return request;
      };
    });
    await openScenario(page, 'ruzie');
    await optInFromTheNote(page);
    // The opt-in lands (a save with the settings) ...
    await expect.poll(() => readSave(page), { timeout: 15_000 }).toMatchObject({ storyId: null });
    // ... without the storage screen coming back over the note.
    await expect(page.getByRole('heading', { name: 'Bewaren op dit apparaat' })).toHaveCount(0);
    await page.getByRole('button', { name: 'Start het verhaal' }).click();
    await page.getByRole('button', { name: 'Verder' }).click();
    await expect.poll(() => readSave(page), { timeout: 15_000 }).toMatchObject({ storyId: 'ruzie' });
  });

  test('C19 the game is playable when indexedDB throws', async ({ page }) => {
    await page.addInitScript(() => {
      Object.defineProperty(window, 'indexedDB', {
        get() {
          throw new Error('storage is blocked');
        },
      });
    });
    await openScenario(page, 'ruzie');
    await page.getByRole('button', { name: 'Menu' }).click();
    await page.getByRole('button', { name: 'Bewaren op dit apparaat' }).click();
    await page.getByRole('button', { name: 'Bewaar waar ik ben' }).click();
    await expect(page.getByText('Bewaren lukt niet op dit apparaat')).toBeVisible();
    await page.getByRole('button', { name: 'Terug' }).click();
    await page.getByRole('button', { name: 'Sluit menu' }).click();
    await page.getByRole('button', { name: 'Start het verhaal' }).click();
    await page.getByRole('button', { name: 'Verder' }).click();
    await expect(page.locator('.screen-story .line')).not.toBeEmpty();
  });

  test('C19 corrupt or foreign saved data is discarded without a crash', async ({ page }) => {
    await page.goto('/');
    await page.evaluate(
      () =>
        new Promise<void>((resolve) => {
          const open = indexedDB.open('app-state');
          open.onupgradeneeded = () => open.result.createObjectStore('kv');
          open.onsuccess = () => {
            const tx = open.result.transaction('kv', 'readwrite');
            tx.objectStore('kv').put(
              { version: 1, lang: 'nl', storyId: 'slaan', secret: 'x', settings: 'kapot' },
              'save',
            );
            tx.oncomplete = () => {
              open.result.close();
              resolve();
            };
          };
        }),
    );
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.reload();
    await expect(page.getByRole('button', { name: 'Begin' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Ga verder waar je was' })).toHaveCount(0);
    await expect(page.getByText('kapot')).toHaveCount(0);
    await page.getByRole('button', { name: 'Begin' }).click();
    await expect(page.getByRole('heading', { name: 'Veilig spelen' })).toBeVisible();
    expect(errors).toEqual([]);
  });
});

test.describe('E. Trauma-informed rules', () => {
  test('E24 E28 "ik ben nu niet veilig" shows 112 at once from every screen, and the player can go back', async ({
    page,
  }) => {
    await page.goto('/');
    const screens: { name: string; reach: () => Promise<void> }[] = [
      { name: 'start', reach: async () => undefined },
      { name: 'safety', reach: () => page.getByRole('button', { name: 'Begin' }).click() },
      { name: 'age', reach: () => page.getByRole('button', { name: 'Ik snap het, verder' }).click() },
      { name: 'select', reach: () => page.getByRole('button', { name: '13 tot 15 jaar' }).click() },
      { name: 'note', reach: () => page.locator('[data-story="ruzie"]').click() },
      {
        name: 'story',
        reach: async () => {
          await page.getByRole('button', { name: 'Start het verhaal' }).click();
          await expect(page.locator('.screen-story .line')).not.toBeEmpty();
        },
      },
    ];
    for (const screen of screens) {
      await screen.reach();
      // Mark the screen the player is on; after going back, the very same screen must show again.
      await page
        .locator('#ui > section:not([hidden])')
        .first()
        .evaluate((el) => (el.dataset.was = 'here'));
      await page.getByRole('button', { name: 'Ik ben nu niet veilig' }).click();
      await expect(page.getByRole('heading', { name: 'Ben je nu niet veilig?' }), screen.name).toBeVisible();
      await expect(page.getByRole('link', { name: 'Bel 112' }).first()).toHaveAttribute('href', 'tel:112');
      const order = await page
        .locator('[data-kind="danger"] [data-help]')
        .evaluateAll((items) => items.map((i) => i.getAttribute('data-help')));
      expect(order).toEqual(['112', 'veilig_thuis', 'kindertelefoon']);
      await page.getByRole('button', { name: 'Terug naar waar ik was' }).click();
      await expect(page.locator('#ui > section:not([hidden])').first(), screen.name).toHaveAttribute(
        'data-was',
        'here',
      );
      await page.locator('[data-was]').evaluate((el) => delete el.dataset.was);
    }
    // The calm-down is one tap away too.
    await page.getByRole('button', { name: 'Even rust' }).click();
    await page.getByRole('button', { name: 'Start de ademoefening' }).click();
    await expect(page.getByText('Adem in', { exact: true })).toBeVisible();
    await page.getByRole('button', { name: 'Terug naar het verhaal' }).click();
    await expect(page.locator('.screen-story')).toBeVisible();
  });
});
