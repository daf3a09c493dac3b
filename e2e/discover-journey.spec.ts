/**
 * A strategist drops in a real export and sees the journey customers actually took: the CSV of a
 * contact centre (dates day first, which the importer asks about), the same log as XES, the
 * process map with its sliders, a journey made from the map, the designed telecom journey held
 * against the log (fitness, where customers leave the printed route), CSV export, the real traffic
 * on the canvas, and as-is beside to-be on one clock. A broken file is refused with its line.
 */
import AxeBuilder from '@axe-core/playwright';
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { canvasOf, nodeOn, openEditor, toolbarOf } from './helpers';

const workspace = (page: Page) => page.getByRole('dialog', { name: 'Discover the journey customers take' });
const sidebar = (page: Page) => workspace(page).getByRole('complementary', { name: 'Discover' });

async function openDiscover(page: Page) {
  await toolbarOf(page).getByRole('button', { name: 'Discover the journey customers take, from an event log' }).click();
  await expect(workspace(page).getByRole('heading', { name: 'Discover the journey customers take' })).toBeVisible();
}

async function chooseLog(page: Page, file: string | { name: string; mimeType: string; buffer: Buffer }) {
  const chooser = page.waitForEvent('filechooser');
  await workspace(page).getByRole('button', { name: 'Choose an event log…' }).click();
  await (await chooser).setFiles(file);
}

async function seriousViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).include('dialog[open]').analyze();
  return results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

test.beforeEach(async ({ page }) => {
  await openEditor(page);
});

test('import a contact-centre CSV, say the dates are day first, adjust the sliders, make a journey from the map', async ({ page }) => {
  await openDiscover(page);
  await chooseLog(page, 'public/samples/telecom-contact-centre.csv');
  const w = workspace(page);
  await expect(w.getByRole('heading', { name: 'Which column is what? — telecom-contact-centre.csv' })).toBeVisible();
  await expect(w.getByLabel('Case (customer, session, ticket)')).toHaveValue('Case ID');
  await expect(w.getByLabel('Who did it (resource, actor)')).toHaveValue('Resource');
  await expect(w.getByText('Day first and month first both read every date in these rows')).toBeVisible();
  await w.getByLabel('Timestamp format').selectOption({ label: 'Month first (03/07/2025 14:05)' });
  await expect(w.getByText('“07/03/2025 14:01” reads as Thu, 03 Jul 2025 14:01:00 UTC.')).toBeVisible();
  await w.getByLabel('Timestamp format').selectOption({ label: 'Day first (07/03/2025 14:05)' });
  await expect(w.getByText('“07/03/2025 14:01” reads as Fri, 07 Mar 2025 14:01:00 UTC.')).toBeVisible();
  await w.getByRole('button', { name: 'Load the log' }).click();

  await expect(sidebar(page)).toContainText('telecom-contact-centre.csv: 320 cases, 1,640 events, 19 activities');
  const counts = w.getByText(/of 19 activities · \d+ of \d+ paths · 320 cases/);
  await expect(counts).toContainText('19 of 19 activities');
  // The activities slider, from the keyboard: Home keeps the most frequent activity only.
  await sidebar(page).getByRole('slider', { name: /^Activities:/ }).press('Home');
  await expect(counts).toContainText('1 of 19 activities');
  await sidebar(page).getByRole('slider', { name: /^Activities:/ }).press('End');
  await expect(counts).toContainText('19 of 19 activities');
  await sidebar(page).getByRole('slider', { name: /^Paths:/ }).press('End');
  await expect(counts).toContainText(/19 of 19 activities · (\d+) of \1 paths/);
  await expect(w.getByRole('img', { name: /^Process map of telecom-contact-centre\.csv: 19 activities/ })).toBeVisible();
  await expect(sidebar(page).getByRole('list', { name: 'Variants, most frequent first' }).getByRole('listitem').first()).toContainText(/15%\s*\(49 cases\)/);

  await sidebar(page).getByLabel('Success is').selectOption({ label: 'Service restored' });
  await sidebar(page).getByLabel('Personas from', { exact: true }).selectOption({ label: 'Segment (3 values)' });
  await sidebar(page).getByRole('button', { name: 'Make a journey from this map' }).click();
  await expect(workspace(page)).toBeHidden();
  await expect(page.getByRole('status').filter({ hasText: 'Made “As-is: telecom-contact-centre” from the map' })).toBeVisible();
  await expect(nodeOn(page, 'Persona: Home broadband')).toBeVisible();
  await expect(nodeOn(page, 'Event: Called support')).toBeVisible();
  await expect(nodeOn(page, 'Action: Goal: service restored (goal)')).toBeVisible();
  await expect(toolbarOf(page).getByRole('button', { name: /problems? — show the list$/ })).toHaveAccessibleName('0 problems — show the list');
  // An ordinary edit: Ctrl+Z brings the sample back.
  await canvasOf(page).click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('Control+z');
  await expect(nodeOn(page, 'Persona: Deal hunter')).toBeVisible();
});

async function telecomJourneyChecked(page: Page, log: () => Promise<void>) {
  const chooser = page.waitForEvent('filechooser');
  await toolbarOf(page).getByRole('button', { name: 'Import a journey file' }).click();
  await (await chooser).setFiles('public/samples/telecom.journey.json');
  await expect(nodeOn(page, 'Persona: Small business')).toBeVisible();
  await openDiscover(page);
  await log();
  await workspace(page).getByRole('button', { name: 'Load the log' }).click();
  await expect(sidebar(page)).toContainText('320 cases, 1,640 events');
  await sidebar(page).getByRole('button', { name: 'Check “Service outage”' }).click();
  await expect(sidebar(page).getByText('320 customers, 870 customer events replayed through “Service outage”')).toBeVisible();
}

test('check the telecom journey against the XES log: fitness, where customers leave the route, CSV, kept figures', async ({ page }) => {
  await telecomJourneyChecked(page, async () => {
    await chooseLog(page, 'public/samples/telecom-contact-centre.xes');
    await expect(workspace(page).getByLabel('Activity', { exact: true })).toHaveValue('concept:name');
  });
  const fitness = sidebar(page).getByRole('definition').filter({ hasText: '%' });
  await expect(fitness.first()).toHaveText('70%');
  await expect(fitness.nth(1)).toHaveText('92%');
  const deviations = sidebar(page).getByRole('list', { name: 'Deviation points, most customers first' }).getByRole('listitem');
  await expect(deviations.first()).toContainText('74 customers at “SMS: we know, ETA 4 h” (the route expects “Service restored”): did “Called support” instead');
  await expect(sidebar(page).getByRole('list', { name: 'Activities with no event' })).toContainText('Chat started — 44 events, 44 customers');
  expect(await seriousViolations(page)).toEqual([]);

  const download = page.waitForEvent('download');
  await sidebar(page).getByRole('button', { name: 'Export deviations as CSV' }).click();
  const csv = readFileSync(await (await download).path(), 'utf8');
  expect(csv.split('\r\n')[0]).toBe('\uFEFFleft_the_route_at,route_expected,customer_did_instead,customers,off_route_events');
  expect(csv).toContain('\r\n"SMS: we know, ETA 4 h",Service restored,called_support,74,104\r\n');

  await sidebar(page).getByRole('button', { name: 'Keep these figures' }).click();
  await expect(sidebar(page).getByText(/telecom-contact-centre\.xes: static 70%, dynamic 92% of 870 events/)).toBeVisible();
});

test('the real traffic of the log on the designed journey, and as-is beside to-be on one clock', async ({ page }) => {
  await telecomJourneyChecked(page, () => workspace(page).getByRole('button', { name: 'Telecom contact centre (CSV)' }).click());
  await sidebar(page).getByRole('button', { name: 'Show real traffic on the journey' }).click();
  const chip = page.getByRole('region', { name: 'Real traffic' });
  await expect(chip).toContainText('320 customers · static 70%, dynamic 92% placed');
  await expect(nodeOn(page, 'Event: Outage hits their area')).toContainText('320 visits');
  await expect(nodeOn(page, 'Action: SMS: we know, ETA 4 h')).toContainText('off-route');

  await chip.getByRole('button', { name: 'Back to Discover' }).click();
  await workspace(page).getByRole('button', { name: 'As-is vs to-be' }).click();
  await workspace(page).getByRole('button', { name: 'Replay the log through both' }).click();
  await expect(workspace(page).getByRole('region', { name: 'To-be journey' })).toContainText('92% of 870 events placed');
  await expect(workspace(page).getByRole('region', { name: 'As-is journey' })).toContainText('of 870 events placed');
  const clock = workspace(page).getByRole('timer', { name: 'Clock' });
  await workspace(page).getByRole('slider', { name: 'Timeline' }).press('Home');
  const atStart = await clock.textContent();
  await workspace(page).getByRole('button', { name: 'Play', exact: true }).click();
  await expect(clock).not.toHaveText(atStart!);
  await workspace(page).getByRole('button', { name: 'Pause', exact: true }).click();
});

test('a broken export is refused with its line and column; the log loaded before stays', async ({ page }) => {
  await openDiscover(page);
  await workspace(page).getByRole('button', { name: 'Retail web analytics (CSV)' }).click();
  await workspace(page).getByRole('button', { name: 'Load the log' }).click();
  await expect(sidebar(page)).toContainText('retail-web-analytics.csv: 240 cases, 1,263 events');

  await sidebar(page).getByRole('button', { name: 'Import another log…' }).click();
  const broken = ['session_id,event,timestamp', 's1,cart_abandoned,2025-03-04T08:00Z', 's1,order_placed,yesterday', ',order_placed,2025-03-04T09:00Z', ''].join('\n');
  await chooseLog(page, { name: 'broken.csv', mimeType: 'text/csv', buffer: Buffer.from(broken) });
  await workspace(page).getByRole('button', { name: 'Load the log' }).click();
  const alert = workspace(page).getByRole('alert');
  await expect(alert).toContainText('broken.csv was not loaded — nothing changed.');
  await expect(alert).toContainText('line 3, column "timestamp": "yesterday" is not a timestamp like 2025-03-07T14:05:00Z');
  await expect(alert).toContainText('line 4, column "session_id": is empty: every event needs its case');

  await workspace(page).getByRole('button', { name: 'Choose another file' }).click();
  await expect(sidebar(page)).toContainText('retail-web-analytics.csv: 240 cases, 1,263 events');
});
