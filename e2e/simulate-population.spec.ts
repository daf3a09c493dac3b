/**
 * "What if thousands of customers went through it?" — a generated population of the journey in
 * the editor, run in the background (the page stays responsive, the run can be cancelled),
 * shown as traffic on the canvas.
 */
import { expect, test, type Page } from '@playwright/test';
import { allNodes, openEditor, toolbarOf } from './helpers';

const bar = (page: Page) => page.getByRole('region', { name: 'Simulation', exact: true });
const results = (page: Page) => page.getByRole('complementary', { name: 'Simulation results' });

async function choosePopulation(page: Page, size: number): Promise<void> {
  await toolbarOf(page).getByRole('button', { name: 'Simulate' }).click();
  await bar(page).getByLabel('Replay').selectOption({ label: 'A generated population' });
  await bar(page).getByLabel('Customers', { exact: true }).fill(String(size));
}

test.beforeEach(async ({ page }) => {
  await openEditor(page);
});

test('a population too large to play back shows its results and its traffic on the canvas', async ({ page }) => {
  await choosePopulation(page, 5000);
  await bar(page).getByRole('radio', { name: 'Dynamic' }).check();
  await bar(page).getByRole('button', { name: 'Run', exact: true }).click();
  await expect(bar(page).getByRole('status').filter({ hasText: '5,000 customers in' })).toBeVisible();
  await expect(results(page)).toContainText('of 5,000 customers');
  await expect(results(page)).toContainText('too large to play back');
  await expect(bar(page).getByRole('button', { name: /^Customer: / })).toBeDisabled();
  // Counts on the nodes the customers went through.
  await expect(allNodes(page).filter({ hasText: /[\d,]+ visits/ }).first()).toBeVisible();
});

test('a small population plays back customer by customer', async ({ page }) => {
  await choosePopulation(page, 200);
  await bar(page).getByRole('button', { name: 'Run', exact: true }).click();
  await expect(results(page)).toContainText('of 200 customers');
  // Everybody and the 200 customers, by persona name.
  await bar(page).getByRole('button', { name: /^Customer: / }).click();
  const picker = bar(page).getByRole('dialog', { name: 'Follow a customer' });
  await expect(picker).toContainText('200 of 200 customers');
  await picker.getByRole('listbox', { name: 'Customers' }).getByRole('option').nth(1).click();
  await expect(bar(page).getByRole('button', { name: /^Customer: / })).toHaveText(/^(Deal hunter|Loyal regular|Busy professional) · c000001$/);
  await bar(page).getByRole('button', { name: 'Step forward' }).click();
  // The event log is that customer's: their steps, without an id on every line.
  const first = results(page).getByRole('list', { name: 'Event log' }).getByRole('listitem').first();
  await expect(first).toContainText(/(Static|Dynamic) · Event: /);
  await expect(first).not.toContainText(/c\d{6}/);
});

test('customers who drop off are counted in the results', async ({ page }) => {
  await choosePopulation(page, 400);
  await bar(page).getByLabel('Drop-off %').fill('30');
  await bar(page).getByRole('button', { name: 'Run', exact: true }).click();
  await expect(results(page)).toContainText('of 400 customers');
  // The same customers left in both modes: a count above zero on each side, no difference.
  const row = results(page).getByRole('row', { name: /^Dropped off/ });
  await expect(row.getByRole('cell').nth(0)).toHaveText(/^[1-9]\d*$/);
  await expect(row.getByRole('cell').nth(1)).toHaveText(await row.getByRole('cell').nth(0).innerText());
  await expect(row.getByRole('cell').nth(2)).toHaveText('±0');
});

test('a long run can be cancelled, and the page answers while it runs', async ({ page }) => {
  await choosePopulation(page, 1_000_000);
  await bar(page).getByRole('button', { name: 'Run', exact: true }).click();
  await expect(bar(page).getByRole('progressbar', { name: 'Simulation progress' })).toBeVisible();
  // The main thread is free: the results panel can be hidden and shown while the worker runs.
  await bar(page).getByRole('button', { name: 'Results' }).click();
  await expect(results(page)).toHaveCount(0);
  await bar(page).getByRole('button', { name: 'Results' }).click();
  await bar(page).getByRole('button', { name: 'Cancel' }).click();
  await expect(bar(page).getByRole('status').filter({ hasText: 'Cancelled.' })).toBeVisible();
  await expect(bar(page).getByRole('button', { name: 'Run', exact: true })).toBeEnabled();
});
