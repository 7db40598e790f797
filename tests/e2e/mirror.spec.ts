// The mirror (issue 3): kind, private reflections; normal themes reassure; "mijn spiegel" gathers all.
import { test, expect } from './fixtures';
import { openScenario, playToReflection } from './helpers';

test('a normal theme gets a reassuring card that still shows help, and "mijn spiegel" gathers two stories', async ({
  page,
}) => {
  test.setTimeout(300_000);
  await openScenario(page, 'ruzie');
  await page.getByRole('button', { name: 'Start het verhaal' }).click();
  await playToReflection(page, { mirror: /^Vaak$/ });
  const normal = page.locator('.reflection-card[data-theme="ruzie_goedkomen"]');
  await expect(normal).toHaveAttribute('data-verdict', 'normaal');
  await expect(normal).toContainText('hoort bij een gezin');
  await expect(normal).not.toContainText('niet jouw schuld');
  await expect(page.getByRole('heading', { name: 'Wie kan je helpen?' })).toBeVisible();
  await expect(page.getByText('Direct gevaar? Bel 112')).toBeVisible();
  // One story: no overview yet.
  await expect(page.getByRole('button', { name: 'Mijn spiegel' })).toHaveCount(0);

  await page.getByRole('button', { name: 'Nog een verhaal' }).click();
  await page.locator('[data-story="schelden"]').click();
  await page.getByRole('button', { name: 'Start het verhaal' }).click();
  await playToReflection(page, { mirror: /^Vaak$/ });
  const serious = page.locator('.reflection-card[data-theme="emotionele_mishandeling"]');
  await expect(serious).toHaveAttribute('data-verdict', 'niet_ok');
  await expect(serious).toContainText('Het is niet jouw schuld');
  await expect(serious).toContainText('Je bent niet de enige');
  // The reflection after a story is about that story only.
  await expect(page.locator('.reflection-card[data-theme="ruzie_goedkomen"]')).toHaveCount(0);

  await page.getByRole('button', { name: 'Mijn spiegel' }).click();
  const overview = page.locator('[data-kind="mirror"] .reflection-card');
  await expect(overview).toHaveCount(2);
  expect(await overview.evaluateAll((cards) => cards.map((card) => card.getAttribute('data-theme')))).toEqual(
    ['emotionele_mishandeling', 'ruzie_goedkomen'],
  );
  await page.getByRole('button', { name: 'Terug' }).click();
  await expect(page.getByRole('heading', { name: 'Jouw spiegel' })).toBeVisible();
});

test('"zeg ik liever niet" never produces a verdict and gets a respectful card', async ({ page }) => {
  test.setTimeout(240_000);
  await openScenario(page, 'schelden');
  await page.getByRole('button', { name: 'Start het verhaal' }).click();
  await playToReflection(page, { mirror: /liever niet/ });
  const card = page.locator('.reflection-card[data-theme="emotionele_mishandeling"]');
  await expect(card).toHaveAttribute('data-verdict', 'liever_niet');
  await expect(card).not.toContainText(/niet oké|klinkt als/);
});
