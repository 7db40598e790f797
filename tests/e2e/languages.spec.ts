// Languages in the built game: Polish and Bulgarian help and danger screens with the right numbers, a
// Polish scenario from the selection screen to its reflection, Dutch stories marked for a Polish player,
// the language picker and ?taal=, and Arabic right-to-left with the quick exit and toolbar in view.
import { expect, test, type Page } from '@playwright/test';
import type { AxeResults } from 'axe-core';
import { mkdirSync } from 'node:fs';

const SHOTS = 'test-results/languages';
mkdirSync(SHOTS, { recursive: true });

interface Words {
  begin: string;
  understood: string;
  age: string;
  help: string;
  helpHeading: string;
  danger: string;
  dangerHeading: string;
  call: (phone: string) => string;
  callEmergency: string;
  notYourFault: string;
  back: string;
}

const WORDS: Record<'pl' | 'bg', Words> = {
  pl: {
    begin: 'Zacznij',
    understood: 'Rozumiem, dalej',
    age: '13–15 lat',
    help: 'Pomoc',
    helpHeading: 'Kto może ci pomóc?',
    danger: 'Teraz nie jest bezpiecznie',
    dangerHeading: 'Teraz nie jest bezpiecznie?',
    call: (phone) => `Zadzwoń: ${phone}`,
    callEmergency: 'Zadzwoń pod 112',
    notYourFault: 'to nie jest twoja wina',
    back: 'Wróć',
  },
  bg: {
    begin: 'Започни',
    understood: 'Разбирам, продължи',
    age: 'от 13 до 15 години',
    help: 'Помощ',
    helpHeading: 'Кой може да ти помогне?',
    danger: 'Сега не съм в безопасност',
    dangerHeading: 'Сега не си в безопасност?',
    call: (phone) => `Обади се: ${phone}`,
    callEmergency: 'Обади се на 112',
    notYourFault: 'вината не е твоя',
    back: 'Назад',
  },
};

const toolbar = (page: Page) => page.getByRole('navigation');

test.describe('Polish and Bulgarian', () => {
  for (const lang of ['pl', 'bg'] as const) {
    const w = WORDS[lang];

    test(`${lang}: start, help and danger screens are translated, with the right numbers`, async ({
      page,
    }) => {
      await page.goto(`/?taal=${lang}`);
      await expect(page.locator('html')).toHaveAttribute('lang', lang);
      await expect(page.locator('html')).toHaveAttribute('dir', 'ltr');
      await expect(page.getByRole('button', { name: w.begin })).toBeVisible();
      // The picker names each language in itself, with its lang attribute; the current one is marked.
      const picker = page.locator('.language-picker');
      await expect(picker.locator('button[lang="pl"]')).toHaveText('Polski');
      await expect(picker.locator('button[lang="bg"]')).toHaveText('Български');
      await expect(picker.locator('button[lang="ar"]')).toHaveAttribute('dir', 'rtl');
      await expect(picker.locator(`button[lang="${lang}"]`)).toHaveAttribute('aria-current', 'true');
      await expect(page.locator('#quick-exit')).toContainText(lang === 'pl' ? 'Wyjdź szybko' : 'Бърз изход');
      await page.screenshot({ path: `${SHOTS}/${lang}-start.png` });

      await toolbar(page).getByRole('button', { name: w.help, exact: true }).click();
      const help = page.locator('[data-kind="help"]');
      await expect(help.getByRole('heading', { level: 2, name: w.helpHeading })).toBeVisible();
      await expect(help.getByRole('link', { name: w.callEmergency })).toHaveAttribute('href', 'tel:112');
      await expect(help.getByRole('link', { name: w.call('0800-0432') })).toHaveAttribute(
        'href',
        'tel:08000432',
      );
      await expect(help.getByRole('link', { name: w.call('0800-2000') })).toHaveAttribute(
        'href',
        'tel:08002000',
      );
      // Official names stay Dutch, explained in the language.
      await expect(help.locator('[data-help="kindertelefoon"] h3')).toHaveText('De Kindertelefoon');
      await expect(help.locator('[data-help="veilig_thuis"] p').first()).toContainText(
        lang === 'pl' ? 'Bezpieczny Dom' : 'Безопасен дом',
      );
      await expect(help).toContainText(w.notYourFault, { ignoreCase: true });
      await expect(help).not.toContainText('Bel ');
      await page.screenshot({ path: `${SHOTS}/${lang}-help.png`, fullPage: true });
      await help.getByRole('button', { name: w.back }).last().click();

      await toolbar(page).getByRole('button', { name: w.danger }).click();
      const danger = page.locator('[data-kind="danger"]');
      await expect(danger.getByRole('heading', { name: w.dangerHeading })).toBeVisible();
      await expect(danger.getByRole('link', { name: w.callEmergency })).toHaveAttribute('href', 'tel:112');
      await expect(danger.getByRole('link', { name: w.call('0800-2000') })).toHaveAttribute(
        'href',
        'tel:08002000',
      );
      await page.screenshot({ path: `${SHOTS}/${lang}-danger.png`, fullPage: true });
    });
  }

  test('pl: translated stories come first; the others are Dutch, marked and with lang="nl"', async ({
    page,
  }) => {
    await page.goto('/?taal=pl');
    await page.getByRole('button', { name: 'Zacznij' }).click();
    await page.getByRole('button', { name: 'Rozumiem, dalej' }).click();
    await page.getByRole('button', { name: '13–15 lat' }).click();
    await expect(page.getByRole('heading', { name: 'Wybierz historię' })).toBeVisible();
    const own = page.locator('.story-grid').first().locator('.story-card');
    await expect(own).toHaveCount(2);
    expect(await own.evaluateAll((cards) => cards.map((c) => c.getAttribute('data-story')))).toEqual([
      'slaan',
      'ruzie',
    ]);
    await expect(own.first()).not.toHaveAttribute('lang', /./);
    const dutch = page.locator('[data-group="other-language"] .story-card');
    expect(await dutch.count()).toBeGreaterThan(5);
    for (const card of await dutch.all()) {
      await expect(card).toHaveAttribute('lang', 'nl');
      await expect(card).toContainText('Po niderlandzku');
    }
    await page.screenshot({ path: `${SHOTS}/pl-select.png`, fullPage: true });
    // A Dutch story's content note says it is Dutch.
    await page.locator('[data-group="other-language"] [data-story="sorry"]').click();
    await expect(page.locator('#note-title')).toHaveAttribute('lang', 'nl');
    await expect(page.getByRole('button', { name: 'Zacznij historię' })).toBeVisible();
  });

  test('pl: a translated scenario plays from the selection screen to its reflection', async ({ page }) => {
    test.setTimeout(300_000);
    const started = Date.now();
    await page.goto('/?taal=pl');
    await page.getByRole('button', { name: 'Zacznij' }).click();
    await page.getByRole('button', { name: 'Rozumiem, dalej' }).click();
    await page.getByRole('button', { name: '13–15 lat' }).click();
    await page.locator('[data-story="slaan"]').click();
    await expect(page.getByRole('heading', { name: 'Uderzenie' })).toBeVisible();
    await page.getByRole('button', { name: 'Zacznij historię' }).click();
    const story = page.locator('.screen-story');
    await expect(story).not.toHaveAttribute('lang', /./);

    let mirrorSeen = false;
    for (let step = 0; step < 400; step++) {
      const state = await page.waitForFunction(() => {
        if (document.querySelector('#reflection-title')) return 'end';
        const screen = document.querySelector('.screen-story:not([hidden])');
        const next = screen?.querySelector<HTMLButtonElement>('.btn-next');
        if (next && !next.disabled) return 'next';
        if (screen?.querySelector('.choice-list button')) return 'choices';
        return false;
      });
      const kind = await state.jsonValue();
      if (kind === 'end') break;
      if (kind === 'next') {
        // Keyboard, as a player without a mouse: the stage's animations keep the button from being "stable"
        // for Playwright's click in software WebGL, and focus is on "Dalej" anyway.
        await story.getByRole('button', { name: 'Dalej' }).press('Enter');
        continue;
      }
      const often = story.getByRole('button', { name: 'Często', exact: true });
      if (await often.count()) {
        await expect(story.locator('.private-note')).toContainText('Nikt nie zobaczy twojej odpowiedzi');
        await expect(story.getByRole('button', { name: 'Wolę nie mówić' })).toBeVisible();
        mirrorSeen = true;
        await often.press('Enter');
      } else {
        await story.locator('.choice-list button').first().press('Enter');
      }
    }
    console.log(`played in ${Math.round((Date.now() - started) / 1000)} s`);
    expect(mirrorSeen).toBe(true);
    await expect(page.getByRole('heading', { name: 'Twoje lustro' })).toBeVisible();
    const card = page.locator('.reflection-card[data-theme="lichamelijke_mishandeling"]');
    await expect(card).toHaveAttribute('data-verdict', 'niet_ok');
    await expect(card).toContainText('To nie jest twoja wina');
    await expect(card).toContainText('brzmi jak przemoc fizyczna');
    await expect(page.getByRole('link', { name: 'Zadzwoń: 0800-0432' }).first()).toHaveAttribute(
      'href',
      'tel:08000432',
    );
    await page.screenshot({ path: `${SHOTS}/pl-reflection.png`, fullPage: true });
  });
});

test.describe('choosing a language', () => {
  test('the picker switches the whole game; nothing is stored', async ({ page }) => {
    await page.goto('/');
    await expect(page.locator('html')).toHaveAttribute('lang', 'nl');
    await page.locator('.language-picker button[lang="bg"]').click();
    await expect(page.locator('html')).toHaveAttribute('lang', 'bg');
    await expect(page.getByRole('button', { name: 'Започни' })).toBeVisible();
    await expect(toolbar(page).getByRole('button', { name: 'Помощ', exact: true })).toBeVisible();
    await expect(page.locator('#quick-exit')).toContainText('Бърз изход');
    // The Cyrillic fallback face is added only now.
    const faces = await page.evaluate(() => [...document.fonts].map((f) => f.unicodeRange).join(' '));
    expect(faces).toMatch(/U\+4[0-9A-F]{2}/i);
    await page.locator('.language-picker button[lang="nl"]').click();
    await expect(page.getByRole('button', { name: 'Begin' })).toBeVisible();
    const stored = await page.evaluate(async () => ({
      local: localStorage.length,
      session: sessionStorage.length,
      databases: (await indexedDB.databases()).length,
    }));
    expect(stored).toEqual({ local: 0, session: 0, databases: 0 });
  });

  test('an unknown ?taal= falls back silently to Dutch', async ({ page }) => {
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto('/?taal=xx');
    await expect(page.locator('html')).toHaveAttribute('lang', 'nl');
    await expect(page.getByRole('button', { name: 'Begin' })).toBeVisible();
    expect(errors).toEqual([]);
  });

  test('the Shift progress text of the quick exit is in the chosen language', async ({ page }) => {
    await page.goto('/?taal=pl');
    await expect(page.getByRole('button', { name: 'Zacznij' })).toBeVisible();
    await page.keyboard.press('Shift');
    await expect(page.locator('#quick-exit-status')).toHaveText('Jeszcze 2 razy Shift, aby szybko wyjść');
  });
});

test.describe('Arabic, right to left', () => {
  for (const viewport of [
    { width: 390, height: 844 },
    { width: 1280, height: 800 },
  ]) {
    test(`dir=rtl; quick exit and toolbar visible and apart at ${viewport.width}x${viewport.height}`, async ({
      page,
    }) => {
      await page.setViewportSize(viewport);
      await page.goto('/?taal=ar');
      await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
      await expect(page.locator('html')).toHaveAttribute('lang', 'ar');
      await expect(page.getByRole('button', { name: 'ابدأ' })).toBeVisible();

      const exit = page.locator('#quick-exit');
      await expect(exit).toBeVisible();
      await expect(exit).toContainText('خروج سريع');
      const exitBox = await exit.boundingBox();
      if (!exitBox) throw new Error('no quick exit box');
      expect(exitBox.y).toBeGreaterThanOrEqual(0);
      expect(exitBox.x).toBeGreaterThanOrEqual(0);
      expect(exitBox.x + exitBox.width).toBeLessThanOrEqual(viewport.width);
      expect(exitBox.y + exitBox.height).toBeLessThanOrEqual(viewport.height / 3);

      const buttons = toolbar(page).getByRole('button');
      expect(await buttons.count()).toBeGreaterThanOrEqual(4);
      for (const button of await buttons.all()) {
        await expect(button).toBeVisible();
        const box = await button.boundingBox();
        if (!box) throw new Error('no toolbar button box');
        expect(box.x).toBeGreaterThanOrEqual(0);
        expect(box.x + box.width).toBeLessThanOrEqual(viewport.width + 0.5);
        const overlaps =
          box.x < exitBox.x + exitBox.width &&
          exitBox.x < box.x + box.width &&
          box.y < exitBox.y + exitBox.height &&
          exitBox.y < box.y + box.height;
        expect(overlaps, 'a toolbar button overlaps the quick exit').toBe(false);
      }
      // Mirrored: the quick exit sits at the start edge of the row (the right in left-to-right, the left here)
      // when the top bar is one row; on a phone it gets a row of its own.
      if (viewport.width > 1000) expect(exitBox.x).toBeLessThan(viewport.width / 2);
      await page.screenshot({ path: `${SHOTS}/ar-start-${viewport.width}.png` });

      // The danger screen: 112 in Arabic, the help texts in English (lang="en", left to right) until translated.
      await toolbar(page).getByRole('button', { name: 'أنا لست في أمان الآن' }).click();
      const danger = page.locator('[data-kind="danger"]');
      await expect(danger.getByRole('link', { name: 'اتصل بـ 112' })).toHaveAttribute('href', 'tel:112');
      await expect(danger.locator('[data-help="veilig_thuis"] p').first()).toHaveAttribute('lang', 'en');
      await expect(danger.locator('[data-help="veilig_thuis"] p').first()).toHaveAttribute('dir', 'ltr');
      await expect(exit).toBeInViewport();
      await page.screenshot({ path: `${SHOTS}/ar-danger-${viewport.width}.png`, fullPage: false });
    });
  }

  test('the stories (Dutch for now) are marked and read left to right inside the Arabic page', async ({
    page,
  }) => {
    await page.goto('/?taal=ar');
    await page.getByRole('button', { name: 'ابدأ' }).click();
    await page.getByRole('button', { name: 'فهمت، تابع' }).click();
    await page.getByRole('button', { name: 'من 13 إلى 15 سنة' }).click();
    await expect(page.getByRole('heading', { name: 'اختر قصة' })).toBeVisible();
    await expect(page.locator('.story-group-title')).toHaveText(
      'هذه القصص متوفرة الآن باللغة الهولندية فقط:',
    );
    const cards = page.locator('.story-card');
    expect(await cards.count()).toBeGreaterThan(5);
    for (const card of await cards.all()) {
      await expect(card).toHaveAttribute('lang', 'nl');
      await expect(card).toHaveAttribute('dir', 'ltr');
    }
    await page.screenshot({ path: `${SHOTS}/ar-select-1280.png` });
    await page.locator('[data-story="ruzie"]').click();
    await expect(page.locator('#note-title')).toHaveAttribute('lang', 'nl');
    await page.getByRole('button', { name: 'ابدأ القصة' }).click();
    const story = page.locator('.screen-story');
    await expect(story.locator('.dialogue-lines')).toHaveAttribute('lang', 'nl');
    await expect(story.locator('.dialogue-lines')).toHaveAttribute('dir', 'ltr');
    await expect(story.locator('.dialogue-lines .line')).toContainText('Het is vrijdagmiddag in Heerlen.');
    await expect(story.locator('.btn-next')).not.toHaveAttribute('lang', /./);
    await expect(story.locator('.btn-next')).toHaveText('التالي');
    await page.screenshot({ path: `${SHOTS}/ar-story-1280.png` });
  });

  test('reflection card borders flip to the right; the Arabic face is loaded', async ({ page }) => {
    await page.goto('/?taal=ar');
    await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
    const borders = await page.evaluate(() => {
      const card = document.createElement('article');
      card.className = 'card reflection-card';
      card.dataset.verdict = 'niet_ok';
      document.getElementById('ui')?.append(card);
      const style = getComputedStyle(card);
      const result = { right: style.borderRightWidth, left: style.borderLeftWidth };
      card.remove();
      return result;
    });
    expect(borders).toEqual({ right: '8px', left: '0px' });
    const faces = await page.evaluate(() => [...document.fonts].map((f) => f.unicodeRange).join(' '));
    expect(faces).toMatch(/U\+6[0-9A-F]{2}/i);
  });
});

/** axe (WCAG 2.2 AA) on the screens of the new languages: lang attributes, contrast of the picker and badges. */
test.describe('axe in Polish, Bulgarian and Arabic', () => {
  // axe is injected as an inline script: the game's CSP (script-src 'self') would block it.
  test.use({ bypassCSP: true });

  async function expectNoViolations(page: Page, screen: string): Promise<void> {
    if (!(await page.evaluate(() => 'axe' in window))) {
      await page.addScriptTag({ path: 'node_modules/axe-core/axe.min.js' });
    }
    const violations = await page.evaluate(async () => {
      const { axe } = window as unknown as {
        axe: { run(context: Document, options: object): Promise<AxeResults> };
      };
      const result = await axe.run(document, {
        runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'],
      });
      return result.violations.map(
        (v) =>
          `${v.id}: ${v.nodes.map((node) => `${node.target.join(' ')} ${node.failureSummary ?? ''}`).join(' | ')}`,
      );
    });
    expect(violations, `axe on the ${screen} screen`).toEqual([]);
  }

  const FLOWS = {
    pl: { begin: 'Zacznij', understood: 'Rozumiem, dalej', age: '13–15 lat', help: 'Pomoc', back: 'Wróć' },
    bg: {
      begin: 'Започни',
      understood: 'Разбирам, продължи',
      age: 'от 13 до 15 години',
      help: 'Помощ',
      back: 'Назад',
    },
    ar: { begin: 'ابدأ', understood: 'فهمت، تابع', age: 'من 13 إلى 15 سنة', help: 'مساعدة', back: 'رجوع' },
  } as const;

  for (const [lang, w] of Object.entries(FLOWS)) {
    test(`${lang}: start, selection, note, story and help`, async ({ page }) => {
      test.setTimeout(180_000);
      await page.goto(`/?taal=${lang}`);
      await expect(page.getByRole('button', { name: w.begin, exact: true })).toBeVisible();
      await expectNoViolations(page, 'start');
      await page.getByRole('button', { name: w.begin, exact: true }).click();
      await page.getByRole('button', { name: w.understood }).click();
      await page.getByRole('button', { name: w.age }).click();
      await expect(page.locator('.story-card').first()).toBeVisible();
      await expectNoViolations(page, 'selection');
      await page.locator('[data-story="ruzie"]').click();
      await expect(page.locator('#note-title')).toBeVisible();
      await expectNoViolations(page, 'content note');
      await page.locator('.screen .btn-primary').first().click();
      await expect(page.locator('.screen-story .line')).not.toBeEmpty();
      await expectNoViolations(page, 'story');
      await toolbar(page).getByRole('button', { name: w.help, exact: true }).click();
      await expect(page.locator('[data-kind="help"]')).toBeVisible();
      await expectNoViolations(page, 'help');
    });
  }
});
