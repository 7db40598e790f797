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
}

/** Clicks "Verder" and choices until the reflection shows. Returns the choices taken. */
export async function playToReflection(page: Page, options: PlayOptions = {}): Promise<string[]> {
  const taken: string[] = [];
  const story = page.locator('.screen-story');
  for (let step = 0; step < 400; step++) {
    const reflection = page.getByRole('heading', { name: /^(Jouw spiegel|Your mirror)$/ });
    if (await reflection.isVisible()) return taken;
    const next = story.getByRole('button', { name: /^(Verder|Next)$/ });
    const choices = story.locator('.choice-list button');
    await expect(next.or(choices.first()).or(reflection)).toBeVisible();
    if (await next.isVisible()) {
      if (await next.isEnabled()) await next.click();
      continue;
    }
    if (!(await choices.first().isVisible())) continue;
    const texts = await choices.allInnerTexts();
    const isMirror = await story.locator('.private-note').isVisible();
    let index = 0;
    if (isMirror && options.mirror) index = Math.max(0, texts.findIndex((text) => options.mirror!.test(text)));
    else if (options.pick) index = options.pick(texts, step);
    taken.push(texts[index]!);
    await choices.nth(index).click();
  }
  throw new Error('the story did not reach the reflection');
}
