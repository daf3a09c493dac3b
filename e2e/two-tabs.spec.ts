/**
 * The same journey open in two tabs of one browser: what is saved in one appears in the other,
 * and neither tab's edits are silently overwritten by the other's.
 */
import { expect, test, type Page } from '@playwright/test';
import { canvasOf, nodeOn, openEditor, paletteButton, toolbarOf, allNodes } from './helpers';

const saved = (page: Page) => expect(toolbarOf(page).getByRole('status').filter({ hasText: /^Saved$/ })).toBeVisible();
const journeyName = (page: Page) => toolbarOf(page).getByLabel('Journey name');

test('an edit saved in one tab appears in the other, and the other can carry on editing', async ({ context }) => {
  const first = await context.newPage();
  await openEditor(first);
  await saved(first);
  const second = await context.newPage();
  await openEditor(second);
  await saved(second);

  // Rename and add a note in the second tab: the first shows both once the second has saved.
  const before = await allNodes(first).count();
  await journeyName(second).fill('Checkout rescue');
  await paletteButton(second, 'note').click();
  await expect(allNodes(second)).toHaveCount(before + 1);
  await saved(second);
  await expect(journeyName(first)).toHaveValue('Checkout rescue');
  await expect(allNodes(first)).toHaveCount(before + 1);
  await expect(first.getByRole('status').filter({ hasText: 'Updated with the changes saved in another tab.' })).toBeVisible();
  await expect(nodeOn(first, 'Persona: Deal hunter')).toBeVisible();

  // And back: an edit in the first tab saves (no conflict) and reaches the second.
  await journeyName(first).fill('Checkout rescue v2');
  await saved(first);
  await expect(journeyName(second)).toHaveValue('Checkout rescue v2');
  await expect(toolbarOf(first).getByRole('status')).toHaveText('Saved');
  await expect(first.getByRole('alert')).toHaveCount(0);
  await expect(canvasOf(second)).toBeVisible();
});
