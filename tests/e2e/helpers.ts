import { expect, type Page } from '@playwright/test';

/** From the start screen to the content note of a scenario, as a player clicks. */
export async function openScenario(page: Page, storyId: string, age = '13 tot 15 jaar'): Promise<void> {
  await page.goto('/');
  await page.getByRole('button', { name: 'Begin' }).click();
  await page.getByRole('button', { name: 'Ik snap het, verder' }).click();
  await page.getByRole('button', { name: age }).click();
  await page.locator(`[data-story="${storyId}"]`).click();
  await expect(page.getByText('Waar gaat dit verhaal over?')).toBeVisible();
}

export interface PlayOptions {
  /** Which choice to take at a personal (mirror) question, by its text. */
  mirror?: RegExp;
  /** Which choice to take elsewhere: index into the offered choices. */
  pick?: (texts: string[], step: number) => number;
  /** Stop (without choosing) when a personal question is on screen. */
  stopAtMirror?: boolean;
}

type StoryState = { kind: 'next' } | { kind: 'choices'; texts: string[]; mirror: boolean } | { kind: 'end' };

/** Waits until the story screen offers something to act on. */
async function storyState(page: Page): Promise<StoryState> {
  const handle = await page.waitForFunction(() => {
    if (document.querySelector('.reflection-card, #reflection-title')) return { kind: 'end' };
    const story = document.querySelector('.screen-story:not([hidden])');
    if (!story) return false;
    const next = story.querySelector<HTMLButtonElement>('.btn-next');
    if (next && !next.disabled) return { kind: 'next' };
    const choices = [...story.querySelectorAll<HTMLButtonElement>('.choice-list button')];
    if (choices.length > 0) {
      return {
        kind: 'choices',
        texts: choices.map((choice) => choice.textContent ?? ''),
        mirror: story.querySelector('.private-note') !== null,
      };
    }
    return false;
  });
  return (await handle.jsonValue()) as StoryState;
}

/** Clicks "Verder" and choices (real clicks, by role) until the reflection shows. Returns the choices taken. */
export async function playToReflection(page: Page, options: PlayOptions = {}): Promise<string[]> {
  const taken: string[] = [];
  const story = page.locator('.screen-story');
  for (let step = 0; step < 600; step++) {
    const state = await storyState(page);
    if (state.kind === 'end') {
      await expect(page.getByRole('heading', { name: /^(Jouw spiegel|Your mirror)$/ })).toBeVisible();
      return taken;
    }
    if (state.kind === 'next') {
      await story.getByRole('button', { name: /^(Verder|Next)$/ }).click();
      continue;
    }
    if (state.mirror && options.stopAtMirror) return taken;
    let index = 0;
    const mirror = options.mirror;
    if (state.mirror && mirror)
      index = Math.max(
        0,
        state.texts.findIndex((text) => mirror.test(text)),
      );
    else if (options.pick) index = options.pick(state.texts, step);
    const text = state.texts[index] ?? '';
    taken.push(text);
    await story.getByRole('button', { name: text, exact: true }).click();
  }
  throw new Error('the story did not reach the reflection');
}

/** Clicks "Verder" and the first choice until `done()` holds (at most 200 steps). */
export async function playUntil(page: Page, done: () => Promise<boolean>): Promise<void> {
  const story = page.locator('.screen-story');
  for (let step = 0; step < 200; step++) {
    if (await done()) return;
    const state = await storyState(page);
    if (state.kind === 'end') break;
    if (state.kind === 'next') await story.getByRole('button', { name: /^(Verder|Next)$/ }).click();
    else await story.getByRole('button', { name: state.texts[0] ?? '', exact: true }).click();
  }
  if (!(await done())) throw new Error('the story ended before the condition held');
}

/**
 * Holds back every request matching `pattern` (a file stuck on a slow link). The returned function lets
 * it through, waits for it to arrive, and gives the page half a second to act on it.
 */
export async function holdBack(page: Page, pattern: RegExp): Promise<() => Promise<void>> {
  let release = () => {};
  const released = new Promise<void>((resolve) => (release = resolve));
  await page.route(pattern, async (route) => {
    await released;
    await route.continue();
  });
  return async () => {
    const arrived = page.waitForResponse(pattern);
    release();
    await arrived;
    await page.waitForTimeout(500);
  };
}
