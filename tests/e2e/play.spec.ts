import { expect, test } from '@playwright/test';
import { openScenario, playToReflection } from './helpers';

test.describe('playing a scenario', () => {
  test('a deep link fetches its story while the game script is still coming in, and plays it', async ({
    page,
  }) => {
    // The game's entry script arrives late (a slow link); the boot script (src/boot.ts) must not wait.
    let entryServed = false;
    await page.route(/\/assets\/index-[\w-]+\.js$/, async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 1_500));
      entryServed = true;
      await route.continue();
    });
    const storyFetches: { url: string; entryServed: boolean }[] = [];
    page.on('request', (request) => {
      if (/\/assets\/nl-slaan-[\w-]+\.json$/.test(request.url()))
        storyFetches.push({ url: request.url(), entryServed });
    });
    await page.goto('/?s=slaan');
    await expect(page.getByRole('button', { name: 'Start het verhaal' })).toBeVisible();
    // Requested once, before the entry script was served; the game then takes that fetch over.
    expect(storyFetches).toHaveLength(1);
    expect(storyFetches[0]?.entryServed).toBe(false);
    await page.getByRole('button', { name: 'Start het verhaal' }).click();
    await expect(page.locator('.screen-story .line')).toContainText('dinsdagavond');
    expect(storyFetches).toHaveLength(1);
  });

  test('the content note shows before the story engine has arrived; the opening plays while it comes, and the engine goes on from the choice', async ({
    page,
  }) => {
    // The story engine (inkjs, src/app/story-engine.ts) is a chunk of its own; a slow link delays it.
    let engineServed = false;
    let releaseEngine = () => {};
    const engineHeld = new Promise<void>((resolve) => (releaseEngine = resolve));
    await page.route(/\/assets\/runner-[\w-]+\.js$/, async (route) => {
      await engineHeld;
      engineServed = true;
      await route.continue();
    });
    await page.goto('/?s=slaan');
    await expect(page.getByRole('heading', { level: 2 })).toHaveText('Een klap');
    const start = page.getByRole('button', { name: 'Start het verhaal' });
    await expect(start).toBeVisible();
    expect(engineServed).toBe(false);
    // The game's own font waits for the engine too: it would share the slow line with it.
    await expect(page.locator('html')).not.toHaveClass(/\bfonts\b/);
    await start.click();
    // The opening recorded at build time (src/story/opening.ts) plays without the engine, to the choice.
    const line = page.locator('.screen-story .line');
    await expect(line).toHaveText('Het is dinsdagavond in Sittard.');
    const sorry = page.getByRole('button', { name: 'Sorry zeggen en de scherven oprapen' });
    const next = page.getByRole('button', { name: 'Verder' });
    const lines: string[] = [];
    while (!(await sorry.isVisible())) {
      lines.push((await line.textContent()) ?? '');
      if (await next.isEnabled()) await next.click();
      await expect(sorry.or(line.filter({ hasNotText: lines.at(-1) ?? '' }))).toBeVisible();
    }
    expect(lines).toContain('Maar nu glijdt er één weg.');
    expect(lines).toHaveLength(25);
    expect(engineServed).toBe(false);
    // Choosing needs the engine: the choice waits for it, and is not lost.
    await sorry.click();
    await page.waitForTimeout(300);
    await expect(line).toHaveText('Je hart bonkt. Wat doe je?');
    releaseEngine();
    await expect(line).toHaveText('Sorry, papa. Het ging per ongeluk.');
    expect(engineServed).toBe(true);
    await expect(page.locator('html')).toHaveClass(/\bfonts\b/);
    // The engine took over where the player was: the story goes on to its reflection.
    await playToReflection(page);
  });

  test('a story engine that cannot load: the opening still plays, and the choice says so with the help numbers', async ({
    page,
  }) => {
    await page.route(/\/assets\/runner-[\w-]+\.js$/, (route) => route.abort('internetdisconnected'));
    await page.goto('/?s=slaan');
    await page.getByRole('button', { name: 'Start het verhaal' }).click();
    const line = page.locator('.screen-story .line');
    await expect(line).toHaveText('Het is dinsdagavond in Sittard.');
    const sorry = page.getByRole('button', { name: 'Sorry zeggen en de scherven oprapen' });
    const next = page.getByRole('button', { name: 'Verder' });
    while (!(await sorry.isVisible())) {
      if (await next.isEnabled()) await next.click();
      // No error screen over a line the player is reading.
      await expect(page.getByRole('heading', { name: 'Er ging iets mis' })).toBeHidden();
    }
    await sorry.click();
    const error = page.locator('section[aria-labelledby="error-title"]');
    await expect(error.getByRole('heading', { name: 'Er ging iets mis' })).toBeVisible();
    await expect(error.getByText('Dat ligt niet aan jou.')).toBeVisible();
    await expect(error.getByText('Direct gevaar? Bel 112')).toBeVisible();
    await expect(error.getByRole('link', { name: /Kindertelefoon/ })).toBeVisible();
  });

  test('a press on "Verder" before the first line is written shows that line, it never skips it', async ({
    page,
  }) => {
    await page.goto('/?s=slaan');
    await expect(page.getByRole('button', { name: 'Start het verhaal' })).toBeVisible();
    // A quick double press (Start, then at once the button that takes its place): the press lands in the
    // moment between "Verder" appearing and the first line being written into the live region.
    const pressedOnEmptyLine = page.evaluate(
      () =>
        new Promise<boolean>((resolve) => {
          const observer = new MutationObserver(() => {
            const next = document.querySelector<HTMLButtonElement>('.screen-story .btn-next');
            const line = document.querySelector('.screen-story .line');
            if (!next || next.disabled || !line) return;
            observer.disconnect();
            // Press once the step that showed the button is over, before any timer runs: a chain of
            // microtasks runs after the step's own (it awaits only microtasks) and before the next task.
            const pressSoon = async () => {
              for (let hop = 0; hop < 100; hop++) await Promise.resolve();
              const empty = line.textContent === '';
              next.click();
              resolve(empty);
            };
            void pressSoon();
          });
          observer.observe(document.body, { subtree: true, childList: true, attributes: true });
        }),
    );
    await page.getByRole('button', { name: 'Start het verhaal' }).click();
    // The race this test is about did happen (a line written at once would not test anything).
    expect(await pressedOnEmptyLine).toBe(true);
    await expect(page.locator('.screen-story .line')).toHaveText('Het is dinsdagavond in Sittard.');
    // The next press goes on to the second line.
    await page.getByRole('button', { name: 'Verder' }).click();
    await expect(page.locator('.screen-story .line')).toContainText('keukentafel');
  });

  test('with the mouse from the start screen to help, on a WebGL stage', async ({ page }) => {
    // The default player: a device that does not ask for less motion (the config asks for it).
    await page.emulateMedia({ reducedMotion: 'no-preference' });
    test.setTimeout(300_000);
    await openScenario(page, 'slaan');
    await expect(page.getByRole('heading', { level: 2 })).toHaveText('Een klap');
    await page.getByRole('button', { name: 'Start het verhaal' }).click();

    // The stage is real WebGL (Phaser renderType 2), never a silently failed canvas.
    await expect(page.locator('#stage')).toHaveAttribute('data-render-type', '2');
    await expect(page.locator('#stage canvas')).toHaveAttribute('aria-hidden', 'true');
    // The scene is drawn: the custom Phaser build (src/stage/phaser-custom.ts) has the loader, the SVG
    // file type, images and tweens it needs (the stage sets data-scene when a background fades in).
    await expect(page.locator('#stage')).toHaveAttribute('data-scene', 'keuken', { timeout: 30_000 });
    // The still pictures that showed the scene while Phaser loaded step aside once it is drawn.
    await expect(page.locator('#stage .stage-still')).toHaveCount(0);

    const taken = await playToReflection(page, { mirror: /^Vaak$/ });
    expect(taken).toContain('Vaak');

    await expect(page.getByRole('heading', { name: 'Jouw spiegel' })).toBeFocused();
    const card = page.locator('.reflection-card[data-theme="lichamelijke_mishandeling"]');
    await expect(card).toHaveAttribute('data-verdict', 'niet_ok');
    await expect(card).toContainText('niet jouw schuld');

    await page.getByRole('button', { name: 'Hulp' }).click();
    const help = page.locator('[data-kind="help"]');
    await expect(help.getByRole('heading', { name: 'Direct gevaar? Bel 112' })).toBeVisible();
    const order = await help
      .locator('[data-help]')
      .evaluateAll((items) => items.map((item) => item.getAttribute('data-help')));
    // 112 first; then De Kindertelefoon and Veilig Thuis. Which of the two comes first follows the
    // Kindertelefoon's opening hours (tested hour by hour in tests/unit/help-route.test.ts); a fake
    // clock in the page would also freeze Phaser's animation time.
    expect(order[0]).toBe('112');
    expect(order.slice(1, 3).sort()).toEqual(['kindertelefoon', 'veilig_thuis']);
    await expect(help.getByRole('link', { name: 'Bel 112' })).toHaveAttribute('href', 'tel:112');
    await expect(help.getByRole('link', { name: 'Bel 0800-0432' })).toHaveAttribute('href', 'tel:08000432');
  });

  test('with the keyboard only', async ({ page }) => {
    await page.goto('/');
    // Tab from the top of the page to "Begin": the quick exit and toolbar come first.
    for (let i = 0; i < 12; i++) {
      await page.keyboard.press('Tab');
      if ((await page.evaluate(() => document.activeElement?.textContent)) === 'Begin') break;
    }
    await expect(page.getByRole('button', { name: 'Begin' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { name: 'Veilig spelen' })).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(page.getByRole('button', { name: 'Ik snap het, verder' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { name: 'Hoe oud ben je?' })).toBeFocused();
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await expect(page.getByRole('button', { name: '13 tot 15 jaar' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { name: 'Kies een verhaal' })).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(page.locator('[data-story="slaan"]')).toBeFocused();
    await page.keyboard.press('Enter');
    await page.keyboard.press('Tab');
    await expect(page.getByRole('button', { name: 'Start het verhaal' })).toBeFocused();
    await page.keyboard.press('Enter');

    // From here focus always sits on what the player acts on next: Enter plays the story.
    for (let step = 0; step < 400; step++) {
      if (await page.getByRole('heading', { name: 'Jouw spiegel' }).isVisible()) break;
      const focused = page.locator(':focus');
      await expect(focused).toHaveCount(1);
      const label = (await focused.textContent()) ?? '';
      if (label === 'Vaak' || (await page.locator('.private-note').isVisible())) {
        // At the personal question, move down to "Zeg ik liever niet" with Tab.
        for (let i = 0; i < 6 && (await focused.textContent()) !== 'Zeg ik liever niet'; i++) {
          await page.keyboard.press('Tab');
        }
        await expect(page.locator(':focus')).toHaveText('Zeg ik liever niet');
      }
      await expect(page.locator(':focus')).toBeEnabled();
      await page.keyboard.press('Enter');
    }
    await expect(page.getByRole('heading', { name: 'Jouw spiegel' })).toBeFocused();
    const card = page.locator('.reflection-card[data-theme="lichamelijke_mishandeling"]');
    await expect(card).toHaveAttribute('data-verdict', 'liever_niet');
    await expect(card).not.toContainText('niet oké');

    // The help button in the toolbar, reached with Shift+Tab from the page.
    await page.getByRole('button', { name: 'Hulp' }).focus();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { name: 'Direct gevaar? Bel 112' })).toBeVisible();
  });
});
