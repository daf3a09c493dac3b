/**
 * The editor passes axe-core with no serious or critical violations — on the sample, with the
 * inspector open, and with the shortcut help open — in the light and the dark colour scheme.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { inspectorOf, nodeOn, openEditor, showNode } from './helpers';

const SCHEMES = ['light', 'dark'] as const;

/**
 * Serious and critical violations, one readable paragraph each. `within` limits the scan to
 * the part of the page a step changed (a CSS selector, as axe takes it): the rest was scanned
 * in the first test, and a whole-page scan costs seconds on a shared machine.
 */
async function seriousViolations(page: Page, within?: string): Promise<string[]> {
  const builder = new AxeBuilder({ page });
  if (within) builder.include(within);
  const results = await builder.analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => {
      const where = v.nodes.map((n) => `    at ${n.target.join(' ')}\n      ${(n.failureSummary ?? '').replace(/\n\s*/g, ' ')}`).join('\n');
      return `[${v.impact}] ${v.id}: ${v.help} (${v.helpUrl})\n${where}`;
    });
}

/** Scans in each colour scheme; reports both before failing. */
async function expectNoSeriousViolations(page: Page, within?: string): Promise<void> {
  for (const colorScheme of SCHEMES) {
    await page.emulateMedia({ colorScheme });
    expect.soft(await seriousViolations(page, within), `axe violations in the ${colorScheme} colour scheme`).toEqual([]);
  }
}

test.beforeEach(async ({ page }) => {
  await openEditor(page);
});

test('the editor with the sample journey, light and dark', async ({ page }) => {
  await expectNoSeriousViolations(page);
});

test('the inspector with a decision selected, light and dark', async ({ page }) => {
  await showNode(page, nodeOn(page, 'Decision: Reminder channel?'));
  await nodeOn(page, 'Decision: Reminder channel?').click();
  await expect(inspectorOf(page).getByRole('heading', { name: 'Edit decision' })).toBeVisible();
  await expect(inspectorOf(page).getByRole('textbox', { name: 'Condition of SMS' })).toBeVisible();
  await expectNoSeriousViolations(page, '[aria-label="Inspector and problems"]');
});

test('the inspector with an event’s generated attributes, light and dark', async ({ page }) => {
  await showNode(page, nodeOn(page, 'Event: Cart abandoned'));
  await nodeOn(page, 'Event: Cart abandoned').click();
  const attributes = inspectorOf(page).getByRole('region', { name: 'Generated attributes' });
  await attributes.getByLabel('New generated attribute name').fill('newCustomer');
  await attributes.getByRole('button', { name: 'Add' }).click();
  await inspectorOf(page).getByRole('group', { name: 'newCustomer' }).getByLabel('Drawn as').selectOption({ label: 'One of a few values' });
  await expect(inspectorOf(page).getByRole('group', { name: 'value' }).getByLabel('Average')).toHaveValue('80');
  await expectNoSeriousViolations(page, '[aria-label="Inspector and problems"]');
});

test('the keyboard shortcuts dialog, light and dark', async ({ page }) => {
  await page.keyboard.press('?');
  await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toBeVisible();
  await expectNoSeriousViolations(page, 'dialog');
});
