// Accessibility (issue 9): axe finds nothing on any screen in Dutch and English, focus always lands on
// what the player acts on next, the story's accessibility tree, read-aloud with local voices only,
// each setting doing what it says (in memory until the opt-in), and screenshots at 200% and in high
// contrast.
import type { AxeResults } from 'axe-core';
import { test, expect, deviceTraces, NOTHING_STORED, EXIT_URL } from './fixtures';
import type { Page, TestInfo } from '@playwright/test';
import { nl } from '../../src/i18n/nl';
import { en } from '../../src/i18n/en';

type Texts = typeof nl | typeof en;
const LANGS = [
  { lang: 'nl', query: '', t: nl as Texts },
  { lang: 'en', query: 'taal=en', t: en as Texts },
] as const;

const AXE_PATH = 'node_modules/axe-core/axe.min.js';
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

// axe is injected as an inline script: the game's CSP (script-src 'self') would block it.
test.use({ bypassCSP: true });
// WebGL in software rendering makes every frame slow on a busy machine: these tests take their time.
test.describe.configure({ timeout: 180_000 });

/** Runs axe on the whole page and expects zero WCAG 2.2 AA violations. */
async function expectNoViolations(page: Page, screen: string): Promise<void> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ path: AXE_PATH });
  const violations = await page.evaluate(async (tags) => {
    const { axe } = window as unknown as {
      axe: { run(context: Document, options: object): Promise<AxeResults> };
    };
    const result = await axe.run(document, { runOnly: tags });
    return result.violations.map(
      (violation) =>
        `${violation.id} (${violation.impact ?? ''}): ${violation.nodes
          .map((node) => `${node.target.join(' ')} ${node.failureSummary ?? ''}`)
          .join(' | ')}`,
    );
  }, AXE_TAGS);
  expect(violations, `axe on the ${screen} screen`).toEqual([]);
}

const url = (query: string, more = '') => `/?${[query, more].filter(Boolean).join('&')}`;

/** The story screen shows a line (the first line arrives a moment after the screen). */
async function lineShown(page: Page): Promise<void> {
  await expect(page.locator('.screen-story .line')).not.toBeEmpty();
}

/** Presses Enter on "Verder" (where focus already is) until the story offers choices. */
async function toChoices(page: Page, t: Texts): Promise<void> {
  const story = page.locator('.screen-story');
  const next = story.getByRole('button', { name: t['story.next'], exact: true });
  for (let step = 0; step < 120; step++) {
    if ((await story.locator('.choice-list button').count()) > 0) return;
    if ((await next.count()) > 0 && (await next.isEnabled())) {
      await next.focus();
      await page.keyboard.press('Enter');
    } else await page.waitForTimeout(100);
  }
  throw new Error('no choices within 120 steps');
}

/** Plays to the reflection quickly (clicks from inside the page): for checks of the screen, not of input. */
async function playQuickly(page: Page, mirror: RegExp): Promise<void> {
  await page.waitForFunction(
    (source) => {
      if (document.querySelector('#reflection-title')) return true;
      const story = document.querySelector('.screen-story:not([hidden])');
      if (!story) return false;
      const next = story.querySelector<HTMLButtonElement>('.btn-next');
      if (next && !next.disabled) {
        next.click();
        return false;
      }
      const choices = [...story.querySelectorAll<HTMLButtonElement>('.choice-list button')];
      const pattern = new RegExp(source);
      (choices.find((choice) => pattern.test(choice.textContent ?? '')) ?? choices[0])?.click();
      return false;
    },
    mirror.source,
    { polling: 50, timeout: 240_000 },
  );
}

async function openSettings(page: Page, t: Texts): Promise<void> {
  await page.getByRole('button', { name: t['toolbar.menu'], exact: true }).click();
  await page.getByRole('button', { name: t['menu.settings'], exact: true }).click();
  await expect(page.getByRole('heading', { name: t['settings.title'] })).toBeFocused();
}

async function closeSettings(page: Page, t: Texts): Promise<void> {
  await page.getByRole('button', { name: t['settings.back'], exact: true }).click();
  await page.getByRole('button', { name: t['menu.close'], exact: true }).click();
}

/** The player's screens from the start to a story with choices, with the overlays on top. */
for (const { lang, query, t } of LANGS) {
  test(`axe: every screen of the game has no WCAG 2.2 AA violation (${lang})`, async ({ page }) => {
    test.setTimeout(240_000);
    await page.goto(url(query));
    await expect(page.getByRole('button', { name: t['start.begin'], exact: true })).toBeVisible();
    await expectNoViolations(page, 'start');
    await page.getByRole('button', { name: t['start.begin'], exact: true }).click();
    await expect(page.getByRole('heading', { name: t['safety.title'] })).toBeFocused();
    await expectNoViolations(page, 'safety');
    await page.getByRole('button', { name: t['safety.continue'] }).click();
    await expect(page.getByRole('heading', { name: t['age.title'] })).toBeFocused();
    await expectNoViolations(page, 'age');
    await page.getByRole('button', { name: t['age.13-15'] }).click();
    await expect(page.getByRole('heading', { name: t['select.title'] })).toBeFocused();
    await expectNoViolations(page, 'selection');
    await page.locator('[data-story="ruzie"]').click();
    await expect(page.getByText(t['note.heading'])).toBeVisible();
    await expectNoViolations(page, 'content note');
    await page.getByRole('button', { name: t['note.start'] }).click();
    await lineShown(page);
    await expectNoViolations(page, 'story with a line');
    await toChoices(page, t);
    await expectNoViolations(page, 'story with choices');

    const overlays = [
      ['toolbar.help', 'help', 'help.back'],
      ['toolbar.danger', 'danger', 'danger.back'],
      ['toolbar.calm', 'calm', 'calm.back'],
    ] as const;
    for (const [tool, kind, back] of overlays) {
      await page.getByRole('button', { name: t[tool], exact: true }).click();
      await expect(page.locator(`[data-kind="${kind}"]`)).toBeVisible();
      await expectNoViolations(page, kind);
      if (kind === 'calm') {
        await page.getByRole('button', { name: t['calm.start'] }).click();
        await expect(page.locator('.breath-label')).not.toBeEmpty();
        await expectNoViolations(page, 'calm (breathing)');
      }
      await page.locator(`[data-kind="${kind}"]`).getByRole('button', { name: t[back], exact: true }).click();
      // Back where the player was: the toolbar button that opened it.
      await expect(page.getByRole('button', { name: t[tool], exact: true })).toBeFocused();
    }

    await page.getByRole('button', { name: t['toolbar.menu'], exact: true }).click();
    await expectNoViolations(page, 'menu');
    await page.getByRole('button', { name: t['menu.settings'], exact: true }).click();
    await expectNoViolations(page, 'settings');
    await page.getByRole('button', { name: t['settings.back'], exact: true }).click();
    await expect(page.getByRole('button', { name: t['menu.settings'], exact: true })).toBeFocused();
    await page.getByRole('button', { name: t['menu.storage'], exact: true }).click();
    await expectNoViolations(page, 'storage');
    await page.getByRole('button', { name: t['storage.back'], exact: true }).click();
    await page.getByRole('button', { name: t['menu.close'], exact: true }).click();
    await expect(page.getByRole('button', { name: t['toolbar.menu'], exact: true })).toBeFocused();

    // The same screens with the reading settings at their strongest: contrast must still hold.
    await openSettings(page, t);
    await page.getByRole('radio', { name: t['settings.textSize.largest'] }).check();
    await page.getByRole('checkbox', { name: t['settings.highContrast'] }).check();
    await page.getByRole('radio', { name: t['settings.font.dyslexic'] }).check();
    // Every option's text turns white on black once the settings screen has settled after the changes.
    await expect
      .poll(() =>
        page
          .locator('.setting-option > span')
          .evaluateAll((spans) => [...new Set(spans.map((span) => getComputedStyle(span).color))]),
      )
      .toEqual(['rgb(255, 255, 255)']);
    await expectNoViolations(page, 'settings (high contrast, 200%)');
    await closeSettings(page, t);
    await expectNoViolations(page, 'story (high contrast, 200%)');
    await page.getByRole('button', { name: t['toolbar.help'], exact: true }).click();
    await expectNoViolations(page, 'help (high contrast, 200%)');
    await page.getByRole('button', { name: t['toolbar.danger'], exact: true }).click();
    await expectNoViolations(page, 'danger (high contrast, 200%)');
  });

  test(`axe: the reflection after a story has no WCAG 2.2 AA violation (${lang})`, async ({ page }) => {
    test.setTimeout(300_000);
    await page.goto(url(query, 's=vriend_vertelt'));
    await page.getByRole('button', { name: t['note.start'] }).click();
    await playQuickly(page, /^(Soms|Sometimes)$/);
    await expect(page.getByRole('heading', { name: t['reflection.title'] })).toBeFocused();
    await expectNoViolations(page, 'reflection');
    await openSettings(page, t);
    await page.getByRole('checkbox', { name: t['settings.highContrast'] }).check();
    await closeSettings(page, t);
    await expectNoViolations(page, 'reflection (high contrast)');
  });
}

test('axe: presenter mode (?modus=klas) has no WCAG 2.2 AA violation, in Dutch and English', async ({
  page,
}) => {
  test.setTimeout(240_000);
  for (const { query, t } of LANGS) {
    await page.goto(url(query, 'modus=klas'));
    await expect(page.getByRole('heading', { level: 1, name: t['presenter.title'] })).toBeVisible();
    await expectNoViolations(page, 'presenter home');
    await page.getByRole('button', { name: t['presenter.prepare'] }).click();
    await expectNoViolations(page, 'presenter preparation');
    await page.getByRole('button', { name: t['presenter.prep.back'], exact: true }).click();
    await page.getByRole('button', { name: t['presenter.handout'] }).click();
    await expectNoViolations(page, 'presenter hand-out');
    await page.goto(url(query, 'modus=klas'));
    await page.locator('[data-story="ruzie"]').click();
    await expectNoViolations(page, 'presenter scenario');
    await page.getByRole('button', { name: t['presenter.startStory'] }).click();
    await expect(page.locator('.class-line')).toBeVisible();
    await expectNoViolations(page, 'presenter class view');
    for (let step = 0; step < 80 && (await page.locator('.vote').count()) === 0; step++) {
      await page.keyboard.press('PageDown');
    }
    await expectNoViolations(page, 'presenter vote');
    await page.getByRole('button', { name: t['presenter.showTally'] }).click();
    await expectNoViolations(page, 'presenter tally');
    await page.getByRole('button', { name: t['presenter.map'], exact: true }).click();
    await expectNoViolations(page, 'presenter story map');
    await page.getByRole('button', { name: t['presenter.mapClose'] }).click();
    await page.getByRole('button', { name: t['presenter.pause'], exact: true }).click();
    await expectNoViolations(page, 'presenter pause');
  }
});

test.describe('focus and the accessibility tree', () => {
  test('the story screen: landmarks, one live region with the speaker and the line, real buttons', async ({
    page,
  }) => {
    await page.goto('/?s=ruzie');
    await page.getByRole('button', { name: 'Start het verhaal' }).click();
    await lineShown(page);
    // On to a line somebody says, so the speaker shows.
    const story = page.locator('.screen-story');
    for (let i = 0; i < 20 && (await story.locator('.speaker').isHidden()); i++) {
      await page.keyboard.press('Enter');
      await expect(story.getByRole('button', { name: 'Verder' })).toBeEnabled();
    }
    await expect(story.getByRole('button', { name: 'Verder' })).toBeFocused();
    await expect(page.locator('#game')).toMatchAriaSnapshot(`
      - banner:
        - link "Snel weg"
        - status
        - navigation "Spelknoppen":
          - button "Ik ben nu niet veilig"
          - button "Hulp"
          - button "Even rust"
          - button "Geluid uit" [pressed=false]
          - button "Menu"
      - main:
        - region "Knallende ruzie":
          - heading "Knallende ruzie" [level=2]
          - status:
            - paragraph: /^\\S.*:$/
            - paragraph: /\\S+/
          - button "Verder"
    `);
    // Exactly one live region in the story, and it holds only the current line (never the whole log).
    await expect(story.locator('[aria-live]')).toHaveCount(1);
    await expect(story.locator('[aria-live]').getByRole('paragraph')).toHaveCount(2);

    await toChoices(page, nl);
    await expect(story.locator('.choice-list button').first()).toBeFocused();
    await expect(page.locator('#game')).toMatchAriaSnapshot(`
      - main:
        - region "Knallende ruzie":
          - heading "Knallende ruzie" [level=2]
          - status:
            - paragraph: /\\S+/
          - list "Kies wat je doet":
            - listitem:
              - button /\\S+/
    `);
  });

  test('focus lands on what the player acts on next, and comes back after every overlay', async ({
    page,
  }) => {
    await page.goto('/?s=ruzie');
    await page.getByRole('button', { name: 'Start het verhaal' }).click();
    const story = page.locator('.screen-story');
    const next = story.getByRole('button', { name: 'Verder' });
    await expect(next).toBeFocused();
    // A few steps with the keyboard only: focus is never lost to the page.
    for (let i = 0; i < 6; i++) {
      await page.keyboard.press('Enter');
      const focused = page.locator(':focus');
      await expect(focused).toHaveCount(1);
      await expect(story.locator('.controls').locator(':focus')).toHaveCount(1);
    }
    await toChoices(page, nl);
    const first = story.locator('.choice-list button').first();
    await expect(first).toBeFocused();
    // A choice taken: focus goes to the next control, never to <body>.
    await page.keyboard.press('Enter');
    await expect(story.locator('.controls :focus')).toHaveCount(1);

    // Help from the toolbar and back: focus returns to the button that opened it.
    await page.getByRole('button', { name: 'Hulp' }).click();
    // The help overlay starts at its (visually hidden) main heading, where screen readers start reading.
    await expect(page.getByRole('heading', { name: 'Wie kan je helpen?', level: 1 })).toBeFocused();
    await page.locator('[data-kind="help"]').getByRole('button', { name: 'Terug' }).click();
    await expect(page.getByRole('button', { name: 'Hulp' })).toBeFocused();

    // Calm-down by keyboard, then back to the toolbar button.
    await page.getByRole('button', { name: 'Even rust' }).focus();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { name: 'Even rust' })).toBeFocused();
    await page.getByRole('button', { name: 'Terug naar het verhaal' }).click();
    await expect(page.getByRole('button', { name: 'Even rust' })).toBeFocused();

    // Menu, settings, back, back.
    await openSettings(page, nl);
    await page.getByRole('button', { name: 'Klaar' }).click();
    await expect(page.getByRole('button', { name: 'Instellingen' })).toBeFocused();
    await page.getByRole('button', { name: 'Sluit menu' }).click();
    await expect(page.getByRole('button', { name: 'Menu' })).toBeFocused();
  });

  test('switch access and touch: Tab and Space alone, and taps, play and change settings', async ({
    browser,
  }) => {
    // Switch access sends Tab (next) and Space (select): no arrow keys, no typing, no dragging.
    const context = await browser.newContext({
      hasTouch: true,
      isMobile: true,
      viewport: { width: 390, height: 844 },
    });
    const page = await context.newPage();
    await page.goto('/?s=ruzie');
    const tabTo = async (name: string) => {
      for (let i = 0; i < 40; i++) {
        await page.keyboard.press('Tab');
        const label = await page.evaluate(
          () => document.activeElement?.getAttribute('aria-label') ?? document.activeElement?.textContent,
        );
        if (label === name) return;
      }
      throw new Error(`could not reach "${name}" with Tab`);
    };
    await tabTo('Start het verhaal');
    await page.keyboard.press('Space');
    await expect(page.getByRole('button', { name: 'Verder' })).toBeFocused();
    await page.keyboard.press('Space');
    await page.keyboard.press('Space');
    await expect(page.locator('.screen-story .controls :focus')).toHaveCount(1);
    // The settings by taps: radio buttons, checkboxes and sliders are all tappable.
    await page.getByRole('button', { name: 'Menu' }).tap();
    await page.getByRole('button', { name: 'Instellingen' }).tap();
    await page.getByText('Groter', { exact: true }).tap();
    await expect(page.locator('html')).toHaveCSS('--text-scale', '1.5');
    await page.getByText('Hoog contrast (zwart, wit en geel)').tap();
    await expect(page.locator('html')).toHaveClass(/high-contrast/);
    // A slider is never drag-only: the buttons beside it take one tap (or one switch press) per step.
    const master = page.getByRole('slider', { name: 'Alle geluid' });
    await page.getByRole('button', { name: 'Zachter: Alle geluid' }).tap();
    await expect(master).toHaveValue('90');
    await page.getByRole('button', { name: 'Zachter: Alle geluid' }).focus();
    await page.keyboard.press('Space');
    await expect(master).toHaveValue('80');
    await expect(master).toHaveAttribute('aria-valuetext', '80 procent');
    await page.getByRole('button', { name: 'Harder: Alle geluid' }).tap();
    await expect(master).toHaveValue('90');
    await page.getByRole('button', { name: 'Klaar' }).tap();
    await page.getByRole('button', { name: 'Sluit menu' }).tap();
    await page.getByRole('button', { name: 'Verder' }).tap();
    await expect(page.locator('.screen-story .line')).not.toBeEmpty();
    await context.close();
  });
});

/** Stubs speechSynthesis: the given voices, and a record of every utterance instead of speech. */
async function stubSpeech(page: Page, voices: { name: string; lang: string; localService: boolean }[]) {
  await page.addInitScript((list) => {
    const w = window as unknown as {
      __spoken: { text: string; voice: string | null; local: boolean | null }[];
    };
    w.__spoken = [];
    const fake = list.map((voice) => ({ ...voice, default: false, voiceURI: voice.name }));
    speechSynthesis.getVoices = () => fake as unknown as SpeechSynthesisVoice[];
    speechSynthesis.cancel = () => {
      (window as unknown as { __cancelled: number }).__cancelled++;
    };
    (window as unknown as { __cancelled: number }).__cancelled = 0;
    speechSynthesis.speak = (utterance) => {
      const voice = utterance.voice as unknown as { name: string; localService: boolean } | null;
      w.__spoken.push({
        text: utterance.text,
        voice: voice?.name ?? null,
        local: voice?.localService ?? null,
      });
    };
    // The real setter only takes the browser's own voice objects; the stub's voices are plain objects.
    const voices = new WeakMap<SpeechSynthesisUtterance, unknown>();
    Object.defineProperty(SpeechSynthesisUtterance.prototype, 'voice', {
      configurable: true,
      get(this: SpeechSynthesisUtterance) {
        return voices.get(this) ?? null;
      },
      set(this: SpeechSynthesisUtterance, value: unknown) {
        voices.set(this, value);
      },
    });
  }, voices);
}

const spoken = (page: Page) =>
  page.evaluate(
    () =>
      (window as unknown as { __spoken: { text: string; voice: string | null; local: boolean | null }[] })
        .__spoken,
  );

test.describe('read-aloud', () => {
  test('uses only the local voice, never the network voice, for every line and the choices', async ({
    page,
  }) => {
    await stubSpeech(page, [
      { name: 'Netwerkstem', lang: 'nl-NL', localService: false },
      { name: 'Stem op dit apparaat', lang: 'nl-NL', localService: true },
      { name: 'English local', lang: 'en-GB', localService: true },
    ]);
    await page.goto('/?s=ruzie');
    await openSettings(page, nl);
    const option = page.getByRole('checkbox', { name: 'Lees het verhaal en de keuzes voor' });
    await expect(option).toBeEnabled();
    await option.check();
    await closeSettings(page, nl);
    await page.getByRole('button', { name: 'Start het verhaal' }).click();
    await lineShown(page);
    await toChoices(page, nl);
    const lines = await page.locator('.screen-story .line').textContent();
    const choices = await page.locator('.screen-story .choice-list button').allTextContents();

    const said = await spoken(page);
    expect(said.length).toBeGreaterThan(3);
    for (const utterance of said) {
      expect(utterance, `"${utterance.text}" was read with a local voice`).toMatchObject({
        voice: 'Stem op dit apparaat',
        local: true,
      });
    }
    const texts = said.map((utterance) => utterance.text);
    expect(texts.some((text) => text.endsWith(lines ?? '—'))).toBe(true);
    for (const choice of choices) expect(texts).toContain(choice);
    expect(texts).toContain('Kies wat je doet');

    // The quick exit silences the voice at once, like all other sound (SAFETY.md A4).
    await page.context().route(`${EXIT_URL}**`, (route) => route.fulfill({ status: 204 }));
    const cancelled = () => page.evaluate(() => (window as unknown as { __cancelled: number }).__cancelled);
    const before = await cancelled();
    await page.getByRole('link', { name: 'Snel weg' }).click();
    expect(await cancelled()).toBeGreaterThan(before);
  });

  test('with only a network voice the option is off, says why, and nothing is ever spoken', async ({
    page,
  }) => {
    await stubSpeech(page, [{ name: 'Netwerkstem', lang: 'nl-NL', localService: false }]);
    await page.goto('/?s=ruzie');
    await openSettings(page, nl);
    const option = page.getByRole('checkbox', { name: 'Lees het verhaal en de keuzes voor' });
    await expect(option).toBeDisabled();
    await expect(option).not.toBeChecked();
    await expect(option).toHaveAccessibleDescription('Voorlezen kan niet op dit apparaat in het Nederlands.');
    await expect(page.getByText('Voorlezen kan niet op dit apparaat in het Nederlands.')).toBeVisible();
    await closeSettings(page, nl);
    await page.getByRole('button', { name: 'Start het verhaal' }).click();
    await lineShown(page);
    await toChoices(page, nl);
    expect(await spoken(page)).toEqual([]);
  });

  test('a local voice for another language does not count: English says so in English', async ({ page }) => {
    await stubSpeech(page, [{ name: 'Stem op dit apparaat', lang: 'nl-NL', localService: true }]);
    await page.goto('/?taal=en&s=ruzie');
    await openSettings(page, en);
    const option = page.getByRole('checkbox', { name: 'Read the story and the choices aloud' });
    await expect(option).toBeDisabled();
    await expect(option).toHaveAccessibleDescription(
      'Reading aloud is not possible on this device in English.',
    );
  });
});

test.describe('settings', () => {
  // The motion setting's default follows the device: here a device that does not ask for less motion.
  test.use({ reducedMotion: 'no-preference' });
  test('each setting changes what it should, and nothing is stored without the opt-in', async ({ page }) => {
    const fontRequests: string[] = [];
    page.on('request', (request) => {
      if (/opendyslexic/i.test(request.url())) fontRequests.push(request.url());
    });
    await page.goto('/?s=ruzie');
    await page.getByRole('button', { name: 'Start het verhaal' }).click();
    await lineShown(page);
    const html = page.locator('html');
    await openSettings(page, nl);

    // Text size: four steps on --text-scale; the root font grows with it.
    const rootSize = () =>
      page.evaluate(() => parseFloat(getComputedStyle(document.documentElement).fontSize));
    const normal = await rootSize();
    await expect(page.getByRole('radio', { name: 'Normaal', exact: true })).toBeChecked();
    for (const [label, scale] of [
      ['Groot', '1.25'],
      ['Groter', '1.5'],
      ['Heel groot (2 keer zo groot)', '2'],
    ] as const) {
      await page.getByRole('radio', { name: label, exact: true }).check();
      await expect(html).toHaveCSS('--text-scale', scale);
    }
    expect(await rootSize()).toBeCloseTo(normal * 2, 0);
    await page.getByRole('radio', { name: 'Normaal', exact: true }).check();
    await expect(html).toHaveCSS('--text-scale', '1');

    // Font: OpenDyslexic is fetched only when chosen, from this site.
    expect(fontRequests).toEqual([]);
    await page.getByRole('radio', { name: 'Letters voor dyslexie (OpenDyslexic)' }).check();
    await expect(html).toHaveClass(/font-dyslexic/);
    await expect(page.locator('body')).toHaveCSS('font-family', /^OpenDyslexic/);
    await expect.poll(() => page.evaluate(() => document.fonts.check('16px OpenDyslexic'))).toBe(true);
    await expect.poll(() => fontRequests.length).toBeGreaterThan(0);
    for (const request of fontRequests) expect(new URL(request).origin).toBe(new URL(page.url()).origin);
    await page.getByRole('radio', { name: 'Goed leesbare letters (gewoon)' }).check();
    await expect(html).not.toHaveClass(/font-dyslexic/);
    await expect(page.locator('body')).toHaveCSS('font-family', /^"Atkinson Hyperlegible"/);

    // High contrast.
    await page.getByRole('checkbox', { name: 'Hoog contrast (zwart, wit en geel)' }).check();
    await expect(html).toHaveClass(/high-contrast/);
    await expect(page.locator('.settings')).toHaveCSS('background-color', 'rgb(0, 0, 0)');
    await expect(page.locator('.settings')).toHaveCSS('color', 'rgb(255, 255, 255)');
    await page.getByRole('checkbox', { name: 'Hoog contrast (zwart, wit en geel)' }).uncheck();
    await expect(html).not.toHaveClass(/high-contrast/);

    // Reduced motion: off by default here (the device does not ask for it), then on: no transitions.
    const motion = page.getByRole('checkbox', { name: 'Minder beweging' });
    await expect(motion).not.toBeChecked();
    await motion.check();
    await expect(html).toHaveClass(/reduced-motion/);
    await expect(page.getByRole('button', { name: 'Klaar' })).toHaveCSS(
      'transition-duration',
      /^1e-05s|^0\.00001s|^0s/,
    );
    await motion.uncheck();
    await expect(html).not.toHaveClass(/reduced-motion/);

    // Sound: the sliders set howler's master volume and the music's gain; mute mutes.
    const howler = () =>
      page.evaluate(() => {
        const h = (
          window as unknown as {
            Howler?: {
              volume(): number;
              _muted: boolean;
              _howls: { loop(): boolean; playing(): boolean; volume(): number }[];
            };
          }
        ).Howler;
        if (!h) return null;
        return {
          master: h.volume(),
          muted: h._muted,
          loops: h._howls.filter((howl) => howl.loop() && howl.playing()).map((howl) => howl.volume()),
        };
      });
    await expect.poll(howler).not.toBeNull();
    await page.getByRole('slider', { name: 'Alle geluid' }).fill('50');
    await expect.poll(async () => (await howler())?.master).toBeCloseTo(0.5);
    await expect(page.getByRole('slider', { name: 'Alle geluid' })).toHaveAttribute(
      'aria-valuetext',
      '50 procent',
    );
    await page.getByRole('slider', { name: 'Muziek en achtergrond' }).fill('0');
    await expect.poll(async () => (await howler())?.loops.every((volume) => volume === 0)).toBe(true);
    await page.getByRole('slider', { name: 'Geluidjes in het verhaal' }).fill('30');
    await expect(page.getByRole('slider', { name: 'Geluidjes in het verhaal' })).toHaveValue('30');
    await page.getByRole('checkbox', { name: 'Geluid uit' }).check();
    await expect.poll(async () => (await howler())?.muted).toBe(true);
    await expect(page.getByRole('button', { name: 'Geluid uit' })).toHaveAttribute('aria-pressed', 'true');
    await page.getByRole('checkbox', { name: 'Geluid uit' }).uncheck();
    await expect.poll(async () => (await howler())?.muted).toBe(false);

    // Text speed: letter by letter.
    await page.getByRole('radio', { name: 'Letter voor letter' }).check();
    await page.getByRole('button', { name: 'Klaar' }).click();
    await page.getByRole('button', { name: 'Sluit menu' }).click();

    const story = page.locator('.screen-story');
    const typing = story.locator('.dialogue-typing');
    await expect(typing).toHaveAttribute('aria-hidden', 'true');
    // The moment a line is being typed, a key (or a click on "Verder") is given, in the page itself so
    // that a slow test machine cannot let the typing end first.
    const interrupt = (how: 'key' | 'click') =>
      page
        .waitForFunction(
          (action) => {
            const overlay = document.querySelector<HTMLElement>('.dialogue-typing');
            const line = document.querySelector('.dialogue-text .line');
            if (!overlay || overlay.hidden || !line) return false;
            const whole = line.textContent ?? '';
            const typed = overlay.querySelector('.line span')?.textContent ?? '';
            if (action === 'key')
              document.dispatchEvent(new KeyboardEvent('keydown', { key: 'a', bubbles: true }));
            else document.querySelector<HTMLButtonElement>('.screen-story .btn-next')?.click();
            return {
              typed: typed.length,
              whole: whole.length,
              finished: overlay.hidden,
              sameLine: line.textContent === whole,
            };
          },
          how,
          { polling: 5 },
        )
        .then((handle) => handle.jsonValue());
    for (const how of ['key', 'click'] as const) {
      await story.getByRole('button', { name: 'Verder' }).focus();
      await page.keyboard.press('Enter');
      const result = await interrupt(how);
      if (!result) throw new Error('no line was typed');
      // The live region had the whole line while fewer letters were shown; the line is now whole,
      // and it is still the same line (the click did not skip ahead).
      expect(result.typed).toBeLessThan(result.whole);
      expect(result).toMatchObject({ finished: true, sameLine: true });
      await expect(typing).toBeHidden();
      await expect(story.locator('[aria-live]')).toBeVisible();
    }

    expect(await deviceTraces(page)).toEqual(NOTHING_STORED);
  });

  test('the device asking for less motion turns "Minder beweging" on by default', async ({ page }) => {
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.goto('/?s=ruzie');
    await expect(page.locator('html')).toHaveClass(/reduced-motion/);
    await openSettings(page, nl);
    await expect(page.getByRole('checkbox', { name: 'Minder beweging' })).toBeChecked();
    // The player may still choose motion.
    await page.getByRole('checkbox', { name: 'Minder beweging' }).uncheck();
    await expect(page.locator('html')).toHaveClass(/motion-ok/);
    await expect(page.locator('html')).not.toHaveClass(/reduced-motion/);
  });

  test('after the opt-in the settings are saved and come back on the next visit', async ({ page }) => {
    await page.goto('/?s=ruzie');
    await page.getByRole('button', { name: 'Menu' }).click();
    await page.getByRole('button', { name: 'Bewaren op dit apparaat' }).click();
    await page.getByRole('button', { name: 'Bewaar waar ik ben' }).click();
    await page.getByRole('button', { name: 'Terug' }).click();
    await page.getByRole('button', { name: 'Instellingen' }).click();
    await expect(page.getByText('Je instellingen worden op dit apparaat bewaard.')).toBeVisible();
    await page.getByRole('radio', { name: 'Heel groot (2 keer zo groot)' }).check();
    await page.getByRole('checkbox', { name: 'Hoog contrast (zwart, wit en geel)' }).check();
    await page.getByRole('radio', { name: 'Letter voor letter' }).check();
    await page.getByRole('slider', { name: 'Muziek en achtergrond' }).fill('40');
    await expect
      .poll(() =>
        page.evaluate(
          () =>
            new Promise<unknown>((resolve) => {
              const open = indexedDB.open('app-state');
              open.onsuccess = () => {
                const get = open.result.transaction('kv').objectStore('kv').get('save');
                get.onsuccess = () => {
                  open.result.close();
                  resolve((get.result as { settings: unknown }).settings);
                };
              };
            }),
        ),
      )
      .toMatchObject({ textScale: 2, highContrast: true, textSpeed: 'typed', volume: { music: 0.4 } });
    await page.reload();
    await expect(page.locator('html')).toHaveCSS('--text-scale', '2');
    await expect(page.locator('html')).toHaveClass(/high-contrast/);
  });
});

/** Saves a screenshot in the test's output folder, for a person to look at. */
async function shot(page: Page, testInfo: TestInfo, name: string): Promise<void> {
  await page.screenshot({ path: testInfo.outputPath(`${name}.png`) });
}

test.describe('screenshots', () => {
  for (const viewport of [
    { name: 'phone', width: 390, height: 844 },
    { name: 'desktop', width: 1920, height: 1080 },
  ]) {
    test(`200% text and high contrast, ${viewport.name} ${viewport.width}x${viewport.height}`, async ({
      page,
    }, testInfo) => {
      await page.setViewportSize(viewport);
      await page.goto('/?s=ruzie');
      await page.getByRole('button', { name: 'Start het verhaal' }).click();
      await lineShown(page);
      await openSettings(page, nl);
      await page.getByRole('radio', { name: 'Heel groot (2 keer zo groot)' }).check();
      await shot(page, testInfo, `settings-200-${viewport.name}`);
      await closeSettings(page, nl);
      await toChoices(page, nl);
      // Nothing sticks out sideways at 200%: the page never scrolls horizontally.
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
        viewport.width,
      );
      await expect(page.getByRole('link', { name: 'Snel weg' })).toBeInViewport();
      await shot(page, testInfo, `story-200-${viewport.name}`);

      await openSettings(page, nl);
      await page.getByRole('radio', { name: 'Normaal', exact: true }).check();
      await page.getByRole('checkbox', { name: 'Hoog contrast (zwart, wit en geel)' }).check();
      await shot(page, testInfo, `settings-contrast-${viewport.name}`);
      await closeSettings(page, nl);
      await shot(page, testInfo, `story-contrast-${viewport.name}`);
      await page.getByRole('button', { name: 'Hulp' }).click();
      await shot(page, testInfo, `help-contrast-${viewport.name}`);
    });
  }
});
