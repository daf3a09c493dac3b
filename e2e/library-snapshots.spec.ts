/**
 * Snapshots and tags: keep a named version of a journey, look at it, go back to it (and undo
 * that), rename and delete it; file journeys under tags and find them by tag; see each journey's
 * picture and how much the browser stores. Both dialogs pass axe in light and dark.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { allNodes, nodeOn, openEditor, toolbarOf } from './helpers';

const snapshotsDialog = (page: Page) => page.getByRole('dialog', { name: 'Snapshots' });
const snapshotRows = (page: Page) => snapshotsDialog(page).getByRole('list', { name: 'Snapshots' }).getByRole('listitem');
const library = (page: Page) => page.getByRole('dialog', { name: 'Your journeys' });
const rows = (page: Page) => library(page).getByRole('list', { name: 'Journeys' }).getByRole('listitem');
const saved = (page: Page) => expect(toolbarOf(page).getByRole('status')).toHaveText('Saved');
const notice = (page: Page) => page.getByRole('main', { name: 'Journey editor' }).getByRole('status');

async function expectNoSeriousViolations(page: Page, dialog: Locator): Promise<void> {
  await expect(dialog).toBeVisible();
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    const axe = await new AxeBuilder({ page }).include('dialog[open]').analyze();
    const serious = axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    expect.soft(serious.map((v) => `${colorScheme} ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  }
  await page.emulateMedia({ colorScheme: 'light' });
}

test('save a snapshot, preview it, restore it, undo the restore; rename and delete with undo', async ({ page }) => {
  await openEditor(page);
  await expect(allNodes(page)).toHaveCount(23);

  // Ctrl+Shift+S: the dialog opens with the cursor in a suggested name.
  await page.keyboard.press('Control+Shift+S');
  await expect(snapshotsDialog(page)).toBeVisible();
  const name = snapshotsDialog(page).getByLabel('Snapshot name');
  await expect(name).toBeFocused();
  await expect(name).toHaveValue(/^Snapshot /);
  await name.fill('Before the workshop');
  await page.keyboard.press('Enter');
  await expect(snapshotsDialog(page).getByRole('status')).toHaveText('Saved the snapshot “Before the workshop”.');
  await expect(snapshotRows(page)).toHaveCount(1);
  await expect(snapshotsDialog(page).getByRole('listitem', { name: 'Before the workshop' })).toContainText('23 nodes');
  await page.keyboard.press('Escape');
  await expect(snapshotsDialog(page)).toBeHidden();

  // Change the journey: delete a persona.
  await nodeOn(page, 'Persona: Deal hunter').click();
  await page.keyboard.press('Delete');
  await expect(allNodes(page)).toHaveCount(22);
  await saved(page);

  // The open journey's row in the library leads to its snapshots too.
  await toolbarOf(page).getByRole('button', { name: 'Your journeys (library)' }).click();
  await library(page).getByRole('button', { name: 'Snapshots of Retail cart abandonment' }).click();
  await expect(library(page)).toBeHidden();
  await expect(snapshotsDialog(page)).toBeVisible();
  await snapshotsDialog(page).getByRole('button', { name: 'Preview Before the workshop' }).click();
  const preview = snapshotsDialog(page).getByRole('region', { name: 'Preview of Before the workshop' });
  await expect(preview.getByRole('img', { name: 'The journey as saved in Before the workshop' })).toBeVisible();
  await expect(preview).toContainText('3 personas');
  await expectNoSeriousViolations(page, snapshotsDialog(page));

  await snapshotsDialog(page).getByRole('button', { name: 'Restore Before the workshop' }).click();
  await expect(snapshotsDialog(page)).toBeHidden();
  await expect(nodeOn(page, 'Persona: Deal hunter')).toBeVisible();
  await expect(allNodes(page)).toHaveCount(23);
  await expect(notice(page)).toContainText('Restored the snapshot “Before the workshop”. Ctrl+Z undoes it');

  // The restore is one edit: undo takes it back.
  await page.keyboard.press('Control+z');
  await expect(allNodes(page)).toHaveCount(22);
  await expect(nodeOn(page, 'Persona: Deal hunter')).toHaveCount(0);
  await saved(page);

  // What the restore replaced was kept as a snapshot too.
  await page.keyboard.press('Control+Shift+S');
  await expect(snapshotRows(page)).toHaveCount(2);
  await expect(snapshotRows(page).first()).toHaveAccessibleName('Before restoring “Before the workshop”');
  await expect(snapshotRows(page).first()).toContainText('22 nodes');

  await snapshotsDialog(page).getByRole('button', { name: 'Rename Before the workshop' }).click();
  await snapshotsDialog(page).getByLabel('New name for the snapshot Before the workshop').fill('Workshop start');
  await page.keyboard.press('Enter');
  await expect(snapshotsDialog(page).getByRole('listitem', { name: 'Workshop start' })).toBeVisible();

  await snapshotsDialog(page).getByRole('button', { name: 'Delete Workshop start' }).click();
  await expect(snapshotRows(page)).toHaveCount(1);
  // Focus lands on Undo, so the keyboard takes it back at once.
  await expect(snapshotsDialog(page).getByRole('button', { name: 'Undo' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(snapshotRows(page)).toHaveCount(2);
  await expect(snapshotsDialog(page).getByRole('listitem', { name: 'Workshop start' })).toBeVisible();

  // Kept in the browser across a reload.
  await page.keyboard.press('Escape');
  await page.reload();
  await expect(allNodes(page)).toHaveCount(22);
  await page.keyboard.press('Control+Shift+S');
  await expect(snapshotRows(page)).toHaveCount(2);
});

test('tags: add and remove them in the library, filter and search by them; the open journey keeps saving', async ({ page }) => {
  await openEditor(page);
  await toolbarOf(page).getByRole('button', { name: 'New journey' }).click();
  await toolbarOf(page).getByLabel('Journey name').fill('Winter sale');
  await saved(page);

  await toolbarOf(page).getByRole('button', { name: 'Your journeys (library)' }).click();
  await expect(rows(page)).toHaveCount(2);
  await expect(library(page).getByText(/^Using .+ of .+ · (kept until you clear it|may be cleared by the browser when space runs low)$/)).toBeVisible();

  // The open journey's tags.
  await library(page).getByRole('button', { name: 'Edit the tags of Winter sale' }).click();
  const winterTags = library(page).getByRole('group', { name: 'Tags of Winter sale' });
  await winterTags.getByLabel('New tag for Winter sale').fill('seasonal, Q4');
  await page.keyboard.press('Enter');
  await expect(winterTags.getByRole('button', { name: 'Remove the tag seasonal from Winter sale' })).toBeVisible();
  await expect(winterTags.getByRole('button', { name: 'Remove the tag Q4 from Winter sale' })).toBeVisible();
  await expectNoSeriousViolations(page, library(page));
  await winterTags.getByRole('button', { name: 'Done' }).click();
  await expect(library(page).getByRole('listitem', { name: 'Winter sale' })).toContainText('seasonal');

  await library(page).getByRole('button', { name: 'Edit the tags of Retail cart abandonment' }).click();
  const retailTags = library(page).getByRole('group', { name: 'Tags of Retail cart abandonment' });
  await retailTags.getByLabel('New tag for Retail cart abandonment').fill('retail');
  await retailTags.getByRole('button', { name: 'Add tag' }).click();
  await expect(retailTags.getByRole('button', { name: 'Remove the tag retail from Retail cart abandonment' })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(retailTags).toBeHidden();
  // Escape closed the tag editor, not the library.
  await expect(library(page)).toBeVisible();

  const tagFilter = library(page).getByRole('combobox', { name: 'Tag' });
  await expect(tagFilter.getByRole('option')).toHaveText(['All tags', 'Q4', 'retail', 'seasonal']);
  await tagFilter.selectOption('retail');
  await expect(rows(page)).toHaveCount(1);
  await expect(rows(page).first()).toHaveAccessibleName('Retail cart abandonment');
  await tagFilter.selectOption('All tags');
  await library(page).getByLabel('Search by name or tag').fill('seas');
  await expect(rows(page)).toHaveCount(1);
  await expect(rows(page).first()).toHaveAccessibleName('Winter sale');
  await library(page).getByLabel('Search by name or tag').fill('');

  await library(page).getByRole('button', { name: 'Edit the tags of Winter sale' }).click();
  await winterTags.getByRole('button', { name: 'Remove the tag Q4 from Winter sale' }).click();
  await expect(winterTags.getByRole('button', { name: 'Remove the tag Q4 from Winter sale' })).toBeHidden();
  await expect(tagFilter.getByRole('option')).toHaveText(['All tags', 'retail', 'seasonal']);

  // Each row has a picture of its journey. It is decoration (the row's text says what it holds),
  // so it has no role to find it by: it is the row's first SVG (the icons follow), one box per node.
  await expect(library(page).getByRole('listitem', { name: 'Retail cart abandonment' }).locator('svg').first().locator('rect')).toHaveCount(23);

  // Tagging did not make the open journey clash with its own library entry: edits still save.
  await library(page).getByRole('button', { name: 'Close the library' }).click();
  await expect(library(page)).toBeHidden();
  await toolbarOf(page).getByLabel('Journey name').fill('Winter sale 2027');
  await saved(page);
  await expect(page.getByRole('alert').filter({ hasText: 'another tab' })).toHaveCount(0);
  await page.reload();
  await toolbarOf(page).getByRole('button', { name: 'Your journeys (library)' }).click();
  await expect(library(page).getByRole('listitem', { name: 'Winter sale 2027' })).toContainText('seasonal');
});

/**
 * Tabs through a dialog from its start until focus leaves the last control (to the browser's
 * own controls), returning each control's role and accessible name. Focus must never land
 * outside the dialog on the page behind it.
 */
async function tabThrough(page: Page, dialog: Locator, max = 80): Promise<string[]> {
  const seen: string[] = [];
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    const where = await page.evaluate(() => {
      const el = document.activeElement;
      if (!el || el === document.body) return 'none';
      return el.closest('dialog[open]') ? 'dialog' : 'page';
    });
    if (where === 'none') break;
    expect(where, 'Tab stays out of the page behind the dialog').toBe('dialog');
    const line = (await page.locator(':focus').ariaSnapshot()).split('\n')[0]!;
    const m = /^- ([\w-]+)(?: "((?:[^"\\]|\\.)*)")?/.exec(line);
    const control = `${m?.[1] ?? line} "${m?.[2] ?? ''}"`;
    if (seen.includes(control)) break;
    seen.push(control);
  }
  expect(seen.length).toBeGreaterThan(3);
  await expect(dialog).toBeVisible();
  return seen;
}

test('both dialogs work from the keyboard alone, every control named', async ({ page }) => {
  await openEditor(page);
  await page.keyboard.press('Control+Shift+O');
  await expect(library(page)).toBeVisible();
  const controls = await tabThrough(page, library(page));
  for (const c of controls) expect(c, 'every control Tab reaches has a name').not.toMatch(/""$/);
  expect(controls).toEqual(
    expect.arrayContaining([
      'button "Close the library"',
      'button "Back up the library"',
      'button "Restore from a backup…"',
      'checkbox "Restore journeys already here as copies"',
      'searchbox "Search by name or tag"',
      'combobox "Tag"',
      'combobox "Sort"',
      'button "Snapshots of Retail cart abandonment"',
      'button "Edit the tags of Retail cart abandonment"',
      'button "Rename Retail cart abandonment"',
      'button "Duplicate Retail cart abandonment"',
    ]),
  );

  // From the open journey's row to its snapshots, without the mouse.
  await library(page).getByRole('button', { name: 'Snapshots of Retail cart abandonment' }).focus();
  await page.keyboard.press('Enter');
  await expect(library(page)).toBeHidden();
  await expect(snapshotsDialog(page)).toBeVisible();
  await expect(snapshotsDialog(page).getByText('No snapshots of this journey yet.', { exact: false })).toBeVisible();
  await expectNoSeriousViolations(page, snapshotsDialog(page));
  await snapshotsDialog(page).getByLabel('Snapshot name').focus();
  await page.keyboard.press('Enter');
  await expect(snapshotRows(page)).toHaveCount(1);
  // From the top of the dialog (its title takes focus for that), as when it has just opened.
  await snapshotsDialog(page).getByRole('heading', { name: 'Snapshots' }).focus();
  const inSnapshots = await tabThrough(page, snapshotsDialog(page));
  for (const c of inSnapshots) expect(c).not.toMatch(/""$/);
  expect(inSnapshots).toEqual(
    expect.arrayContaining(['button "Close the snapshots"', 'textbox "Snapshot name"', 'button "Save snapshot"', expect.stringMatching(/^button "Preview Snapshot /), expect.stringMatching(/^button "Restore Snapshot /)]),
  );
  await snapshotsDialog(page).getByRole('button', { name: 'Close the snapshots' }).focus();
  await page.keyboard.press('Enter');
  await expect(snapshotsDialog(page)).toBeHidden();
});
