/**
 * The library: every journey kept in this browser — open one, rename, duplicate, delete and
 * undo the delete. New journeys join it automatically.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { allNodes, nodeOn, openEditor, toolbarOf } from './helpers';

const library = (page: Page) => page.getByRole('dialog', { name: 'Your journeys' });
const rows = (page: Page) => library(page).getByRole('list', { name: 'Journeys' }).getByRole('listitem');

async function openLibrary(page: Page): Promise<void> {
  await toolbarOf(page).getByRole('button', { name: 'Your journeys (library)' }).click();
  await expect(library(page)).toBeVisible();
}

test('journeys are kept in the library: open, rename, duplicate, delete and undo', async ({ page }) => {
  await openEditor(page);
  await toolbarOf(page).getByRole('button', { name: 'New journey' }).click();
  await toolbarOf(page).getByLabel('Journey name').fill('Winter sale');
  await expect(toolbarOf(page).getByRole('status')).toHaveText('Saved');

  await openLibrary(page);
  await expect(rows(page)).toHaveCount(2);
  await expect(library(page).getByRole('listitem', { name: 'Winter sale' })).toContainText('Open now');

  // Open the sample again from the library.
  await library(page).getByRole('button', { name: 'Open Retail cart abandonment' }).click();
  await expect(library(page)).toBeHidden();
  await expect(nodeOn(page, 'Persona: Deal hunter')).toBeVisible();

  await openLibrary(page);
  await library(page).getByRole('button', { name: 'Rename Winter sale' }).click();
  await library(page).getByLabel('New name for Winter sale').fill('Winter sale 2027');
  await page.keyboard.press('Enter');
  await expect(library(page).getByRole('listitem', { name: 'Winter sale 2027' })).toBeVisible();

  await library(page).getByRole('button', { name: 'Duplicate Winter sale 2027' }).click();
  await expect(rows(page)).toHaveCount(3);
  await expect(library(page).getByRole('listitem', { name: 'Winter sale 2027 (copy)' })).toBeVisible();

  await library(page).getByRole('button', { name: 'Delete Winter sale 2027 (copy)' }).click();
  await expect(rows(page)).toHaveCount(2);
  await library(page).getByRole('button', { name: 'Undo' }).click();
  await expect(rows(page)).toHaveCount(3);

  // The open journey cannot be deleted from under the editor.
  await expect(library(page).getByRole('button', { name: 'Delete Retail cart abandonment' })).toBeDisabled();

  await library(page).getByLabel('Search by name or tag').fill('winter');
  await expect(rows(page)).toHaveCount(2);

  const axe = await new AxeBuilder({ page }).include('dialog[open]').analyze();
  const serious = axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);

  // Everything is still there after a reload.
  await page.keyboard.press('Escape');
  await page.reload();
  await expect(allNodes(page).first()).toBeVisible();
  await openLibrary(page);
  await expect(rows(page)).toHaveCount(3);
});
