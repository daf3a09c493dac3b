/**
 * "Before and after": a facilitator keeps the figures of a run, closes a road and keeps those
 * too; both stay with the journey in the browser, newest first, after a reload.
 */
import { expect, test, type Page } from '@playwright/test';
import { openEditor, toolbarOf } from './helpers';

const bar = (page: Page) => page.getByRole('region', { name: 'Simulation', exact: true });
const results = (page: Page) => page.getByRole('complementary', { name: 'Simulation results' });
const kept = (page: Page) => results(page).getByRole('list', { name: 'Kept results' }).getByRole('listitem');
const SCENARIO = 'Retail: cart abandonment during an SMS gateway outage';

test('keep the results of two runs, see them after a reload, remove one', async ({ page }) => {
  await openEditor(page);
  await toolbarOf(page).getByRole('button', { name: 'Simulate' }).click();
  await bar(page).getByLabel('Replay').selectOption({ label: SCENARIO });
  await expect(results(page)).toContainText('13 → 30 goals');
  await expect(results(page)).toContainText('None yet for this journey');

  await results(page).getByRole('button', { name: 'Keep these results' }).click();
  await expect(kept(page)).toHaveCount(1);
  await expect(kept(page).first()).toContainText(SCENARIO);
  await expect(kept(page).first()).toContainText('Goal rate 38% → 88%');

  // Close email for everybody from the start, and keep that run too: dynamic has nowhere to re-route.
  await results(page).getByRole('button', { name: 'Close Email' }).click();
  await expect(results(page).getByRole('button', { name: 'Close Email' })).toHaveAttribute('aria-pressed', 'true');
  await expect(results(page)).not.toContainText('13 → 30 goals');
  await results(page).getByRole('button', { name: 'Keep these results' }).click();
  await expect(kept(page)).toHaveCount(2);
  await expect(kept(page).first()).toContainText('1 road closed');
  await expect(kept(page).nth(1)).not.toContainText('road closed');

  await page.reload();
  await toolbarOf(page).getByRole('button', { name: 'Simulate' }).click();
  await expect(kept(page)).toHaveCount(2);
  await kept(page).first().getByRole('button', { name: /^Remove the results of / }).click();
  await expect(kept(page)).toHaveCount(1);
  await expect(kept(page).first()).toContainText('Goal rate 38% → 88%');
});
