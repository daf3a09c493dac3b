/**
 * A facilitator at a lectern runs the whole simulation from the keyboard: every control of the
 * simulator is reached with Tab and has an accessible name, and the keys do what the mouse does.
 */
import { expect, test, type Locator, type Page } from '@playwright/test';
import { openEditor, toolbarOf } from './helpers';

const bar = (page: Page) => page.getByRole('region', { name: 'Simulation', exact: true });
const results = (page: Page) => page.getByRole('complementary', { name: 'Simulation results' });

/** Presses Tab until `target` has focus (at most `limit` times). */
async function tabTo(page: Page, target: Locator, limit = 80): Promise<void> {
  for (let i = 0; i < limit; i++) {
    if (await target.evaluate((el) => el === document.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  await expect(target).toBeFocused();
}

test('choose a scenario, step, play and close a road without the mouse', async ({ page }) => {
  // Dozens of Tab presses, each checked: slow on a loaded 2-core machine, not a slow app.
  test.slow();
  await openEditor(page);
  const simulate = toolbarOf(page).getByRole('button', { name: 'Simulate' });
  await simulate.focus();
  await page.keyboard.press('Enter');
  await expect(simulate).toHaveAttribute('aria-pressed', 'true');

  // The first scenario is the first choice after the prompt.
  const replay = bar(page).getByRole('combobox', { name: 'Replay' });
  await tabTo(page, replay);
  await page.keyboard.press('ArrowDown');
  await expect(results(page)).toContainText('13 → 30 goals');

  const mode = bar(page).getByRole('radio', { name: 'Compare' });
  await tabTo(page, mode);
  await page.keyboard.press('ArrowLeft');
  await expect(bar(page).getByRole('radio', { name: 'Dynamic' })).toBeChecked();

  const stepForward = bar(page).getByRole('button', { name: 'Step forward' });
  await tabTo(page, stepForward);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('application', { name: 'Journey canvas' }).getByRole('group', { name: 'Action: Email reminder' })).toContainText('Re-route');

  const timeline = bar(page).getByRole('slider', { name: 'Timeline' });
  await tabTo(page, timeline);
  const before = Number(await timeline.inputValue());
  await page.keyboard.press('End');
  expect(Number(await timeline.inputValue())).toBeGreaterThan(before);

  const closeSms = results(page).getByRole('button', { name: 'Close SMS' });
  await tabTo(page, closeSms);
  await page.keyboard.press('Space');
  await expect(closeSms).toHaveAttribute('aria-pressed', 'true');

  for (const control of [
    bar(page).getByRole('button', { name: 'Import log…' }),
    bar(page).getByRole('button', { name: 'Results' }),
    bar(page).getByRole('button', { name: 'Close the simulator' }),
    bar(page).getByRole('button', { name: 'Run again' }),
    bar(page).getByRole('button', { name: /^Customer: / }),
    bar(page).getByRole('button', { name: 'Step back' }),
    bar(page).getByRole('button', { name: 'Play' }),
    bar(page).getByRole('combobox', { name: 'Speed' }),
    results(page).getByRole('button', { name: 'Customers CSV' }),
    results(page).getByRole('combobox', { name: 'Action to close' }),
  ]) {
    await tabTo(page, control);
  }
});
