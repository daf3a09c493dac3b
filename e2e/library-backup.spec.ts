/**
 * Back up the whole library to one file and restore it — into another browser profile, or
 * over the same library, where nothing is overwritten and the report says what was skipped and
 * why. A broken backup is refused with every problem and where it is, and changes nothing.
 */
import { readFile } from 'node:fs/promises';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { allNodes, openEditor, paletteButton, toolbarOf } from './helpers';

const library = (page: Page) => page.getByRole('dialog', { name: 'Your journeys' });
const rows = (page: Page) => library(page).getByRole('list', { name: 'Journeys' }).getByRole('listitem');
const backup = (page: Page) => library(page).getByRole('region', { name: 'Back up and restore' });
const saved = (page: Page) => expect(toolbarOf(page).getByRole('status')).toHaveText('Saved');

async function openLibrary(page: Page): Promise<void> {
  await toolbarOf(page).getByRole('button', { name: 'Your journeys (library)' }).click();
  await expect(library(page)).toBeVisible();
}

/** Picks a backup in the file chooser that "Restore from a backup…" opens, as a user would. */
async function restoreFrom(page: Page, file: { name: string; buffer: Buffer }): Promise<void> {
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), backup(page).getByRole('button', { name: 'Restore from a backup…' }).click()]);
  await chooser.setFiles({ ...file, mimeType: 'application/json' });
}

async function expectNoSeriousViolations(page: Page): Promise<void> {
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    const axe = await new AxeBuilder({ page }).include('dialog[open]').analyze();
    const serious = axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    expect.soft(serious.map((v) => `${colorScheme} ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  }
  await page.emulateMedia({ colorScheme: 'light' });
}

test('back up the library, restore it into another browser profile, and over itself without overwriting', async ({ page, browser, baseURL }) => {
  await openEditor(page);
  await toolbarOf(page).getByRole('button', { name: 'New journey' }).click();
  await toolbarOf(page).getByLabel('Journey name').fill('Winter sale');
  await paletteButton(page, 'event').click();
  await expect(allNodes(page)).toHaveCount(1);
  await saved(page);
  await page.keyboard.press('Control+Shift+S');
  const snapshots = page.getByRole('dialog', { name: 'Snapshots' });
  await snapshots.getByLabel('Snapshot name').fill('First draft');
  await snapshots.getByRole('button', { name: 'Save snapshot' }).click();
  await expect(snapshots.getByRole('list', { name: 'Snapshots' }).getByRole('listitem')).toHaveCount(1);
  await page.keyboard.press('Escape');

  await openLibrary(page);
  const [download] = await Promise.all([page.waitForEvent('download'), backup(page).getByRole('button', { name: 'Back up the library' }).click()]);
  expect(download.suggestedFilename()).toMatch(/^journey-designer-library-\d{4}-\d\d-\d\d\.json$/);
  await expect(backup(page).getByRole('status')).toHaveText(`Backed up your library to ${download.suggestedFilename()}.`);
  const text = await readFile((await download.path())!, 'utf8');
  const file = JSON.parse(text) as { format: string; journeys: { journey: { name: string } }[]; snapshots: { name: string }[] };
  expect(file.format).toBe('journey-designer/library');
  expect(file.journeys.map((j) => j.journey.name).sort()).toEqual(['Retail cart abandonment', 'Winter sale']);
  expect(file.snapshots.map((s) => s.name)).toEqual(['First draft']);
  const backupFile = { name: download.suggestedFilename(), buffer: Buffer.from(text) };

  // Over the same library: everything is already here, so nothing changes and the report says why.
  await restoreFrom(page, backupFile);
  const report = backup(page).getByRole('status');
  await expect(report).toContainText(`Restored from ${backupFile.name}: 0 journeys added, 2 skipped · 0 snapshots added, 1 skipped.`);
  await expect(report.getByRole('list', { name: 'What the restore did' }).getByRole('listitem')).toContainText([
    'Skipped “Retail cart abandonment”: already in your library.',
    'Skipped “Winter sale”: already in your library.',
    'Skipped 1 snapshot',
  ]);
  await expect(rows(page)).toHaveCount(2);
  await expectNoSeriousViolations(page);

  // Asked to keep both, the journeys come in as copies, with their snapshot.
  await backup(page).getByRole('checkbox', { name: 'Restore journeys already here as copies' }).check();
  await restoreFrom(page, backupFile);
  await expect(report).toContainText('2 journeys added · 1 snapshot added');
  await expect(rows(page)).toHaveCount(4);
  await expect(library(page).getByRole('listitem', { name: 'Winter sale (restored copy)' })).toBeVisible();

  // Another browser profile (a colleague, a new laptop) starts with only the sample.
  const elsewhere = await browser.newContext({ baseURL });
  const other = await elsewhere.newPage();
  await openEditor(other);
  await openLibrary(other);
  await expect(rows(other)).toHaveCount(1);
  await restoreFrom(other, backupFile);
  await expect(backup(other).getByRole('status')).toContainText('1 journey added, 1 skipped · 1 snapshot added');
  await expect(backup(other).getByRole('status')).toContainText('Added “Winter sale”.');
  await expect(rows(other)).toHaveCount(2);
  await library(other).getByRole('button', { name: 'Open Winter sale' }).click();
  await expect(library(other)).toBeHidden();
  await expect(toolbarOf(other).getByLabel('Journey name')).toHaveValue('Winter sale');
  await other.keyboard.press('Control+Shift+S');
  await expect(other.getByRole('dialog', { name: 'Snapshots' }).getByRole('listitem', { name: 'First draft' })).toBeVisible();
  await elsewhere.close();
});

test('a broken backup is refused with every problem and where it is, and nothing changes', async ({ page }) => {
  await openEditor(page);
  await openLibrary(page);
  await expect(rows(page)).toHaveCount(1);

  const broken = {
    format: 'journey-designer/library',
    version: 1,
    journeys: [
      {
        journey: { id: 'journey-x', name: 'Broken', tags: [], nodes: [], edges: [{ id: 'e1', source: 'a', target: 'b' }], staticRoute: [] },
        createdAt: '2027-01-01T00:00:00.000Z',
        updatedAt: '2027-01-01T00:00:00.000Z',
      },
    ],
    snapshots: [],
  };
  await restoreFrom(page, { name: 'broken.json', buffer: Buffer.from(JSON.stringify(broken)) });
  const report = backup(page).getByRole('status');
  await expect(report).toContainText('Could not restore broken.json. Nothing was changed in your library.');
  const problems = report.getByRole('list', { name: 'Problems in the backup' }).getByRole('listitem');
  await expect(problems).toHaveCount(2);
  await expect(problems.first()).toContainText('journeys[0].journey.edges[0].source');
  await expect(problems.nth(1)).toContainText('journeys[0].journey.edges[0].target');
  await expect(rows(page)).toHaveCount(1);
  await expectNoSeriousViolations(page);

  // Not a backup at all: a journey file.
  await restoreFrom(page, { name: 'journey.json', buffer: Buffer.from(JSON.stringify({ format: 'journey-designer/journey', version: 1, journey: {} })) });
  await expect(report).toContainText('Could not restore journey.json. Nothing was changed in your library.');
  await expect(rows(page)).toHaveCount(1);
});
