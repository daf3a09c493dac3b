/**
 * A facilitator replays their own customers: an interaction log exported from a CRM, as CSV or
 * JSON, through the journey in the editor. A file with a bad row is refused whole, with the
 * line and the column of every problem, and nothing changes.
 */
import { expect, test, type Page } from '@playwright/test';
import { openEditor, toolbarOf } from './helpers';

const bar = (page: Page) => page.getByRole('region', { name: 'Simulation', exact: true });
const results = (page: Page) => page.getByRole('complementary', { name: 'Simulation results' });
const replay = (page: Page) => bar(page).getByLabel('Replay');

async function importLog(page: Page, file: string | { name: string; mimeType: string; buffer: Buffer }): Promise<void> {
  const chooser = page.waitForEvent('filechooser');
  await bar(page).getByRole('button', { name: 'Import log…' }).click();
  await (await chooser).setFiles(file);
}

test.beforeEach(async ({ page }) => {
  await openEditor(page);
  await toolbarOf(page).getByRole('button', { name: 'Simulate' }).click();
});

test('import a CSV log for the journey in the editor; a broken file is refused with its line, and nothing changes', async ({ page }) => {
  // The retail journey in the editor (from its scenario), then its log as a CRM would export it.
  await replay(page).selectOption({ label: 'Retail: cart abandonment during an SMS gateway outage' });
  await expect(results(page)).toContainText('13 → 30 goals');
  await importLog(page, 'public/samples/retail-log.csv');
  await expect(replay(page).locator('option:checked')).toHaveText(/^retail-log\.csv · /);
  await expect(results(page)).toContainText('13 → 30 goals');
  await expect(results(page)).toContainText('of 34 customers');

  const broken = ['customer_id,persona,at,event,channel', 'x01,Bargain hunter,0,cart_abandoned,web', 'x01,,yesterday,reminder_clicked,sms', ''].join('\n');
  await importLog(page, { name: 'broken-log.csv', mimeType: 'text/csv', buffer: Buffer.from(broken) });
  const alert = results(page).getByRole('alert');
  await expect(alert).toContainText('broken-log.csv was not loaded — nothing changed');
  await expect(alert).toContainText('line 3, column "at": "yesterday" is not a time');
  await expect(replay(page).locator('option:checked')).toHaveText(/^retail-log\.csv · /);
  await expect(results(page)).toContainText('of 34 customers');

  await alert.getByRole('button', { name: 'Dismiss the import problems' }).click();
  await expect(alert).toHaveCount(0);
});

test('import a JSON log; a field with a wrong value names its line and path', async ({ page }) => {
  await replay(page).selectOption({ label: 'Telecom: a network outage, and everybody calls' });
  await expect(results(page)).toContainText('15 → 30 goals');
  await importLog(page, 'public/samples/telecom-log.json');
  await expect(replay(page).locator('option:checked')).toHaveText(/^telecom-log\.json · /);
  await expect(results(page)).toContainText('15 → 30 goals');

  const broken = JSON.stringify({ customers: [{ id: 't99', persona: 'Home broadband', events: [{ at: 5, event: 'outage_detected', channel: 'fax' }] }] }, null, 2);
  await importLog(page, { name: 'broken-log.json', mimeType: 'application/json', buffer: Buffer.from(broken) });
  await expect(results(page).getByRole('alert')).toContainText(/line \d+, field "customers\[0\]\.events\[0\]\.channel"/);
  await expect(replay(page).locator('option:checked')).toHaveText(/^telecom-log\.json · /);
});

test('a log whose personas the journey does not have: the run names the file, line and column, and shows nothing wrong', async ({ page }) => {
  // The editor still has the first-run sample journey, whose personas are not the retail log's.
  await importLog(page, 'public/samples/retail-log.csv');
  await expect(bar(page).getByRole('alert')).toContainText('retail-log.csv line 2, column "persona": persona "Bargain hunter" of customer "r01" is not in the journey');
  await expect(results(page)).not.toContainText('goals');
});

test('an imported log is kept in the browser: after a reload it can be replayed again, or removed', async ({ page }) => {
  await replay(page).selectOption({ label: 'Retail: cart abandonment during an SMS gateway outage' });
  await importLog(page, 'public/samples/retail-log.csv');
  await expect(results(page)).toContainText('of 34 customers');

  await page.reload();
  await toolbarOf(page).getByRole('button', { name: 'Simulate' }).click();
  const kept = replay(page).locator('optgroup[label="Logs kept in this browser"] option');
  await expect(kept).toHaveCount(1);
  await replay(page).selectOption({ label: (await kept.textContent())! });
  await expect(bar(page).getByRole('status').filter({ hasText: '34 customers in' })).toBeVisible();
  await expect(results(page)).toContainText('13 → 30 goals');

  await bar(page).getByRole('button', { name: 'Remove retail-log.csv from this browser' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Removed retail-log.csv from this browser.' })).toBeVisible();
  await expect(replay(page).locator('optgroup[label="Logs kept in this browser"]')).toHaveCount(0);
  // The run on screen stays.
  await expect(results(page)).toContainText('of 34 customers');
});
