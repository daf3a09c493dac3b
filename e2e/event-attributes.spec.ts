/**
 * "Carts over 100 get a call" only means something in a generated population if generated
 * carts have a value: a strategist gives an event its attributes in the inspector, and they
 * travel with the journey file.
 */
import { expect, test, type Page } from '@playwright/test';
import { readFile, writeFile } from 'node:fs/promises';
import { allNodes, canvasOf, inspectorOf, nodeOn, openEditor, toolbarOf } from './helpers';

const attribute = (page: Page, name: string) => inspectorOf(page).getByRole('group', { name, exact: true });

test('set a value distribution on an event; it survives an export and an import', async ({ page, browser }) => {
  await openEditor(page);
  await toolbarOf(page).getByRole('button', { name: 'New journey' }).click();
  await toolbarOf(page).getByLabel('Journey name').fill('Cart values');
  await canvasOf(page).click({ position: { x: 400, y: 300 } });
  await page.keyboard.press('2');
  await expect(allNodes(page)).toHaveCount(1);
  await nodeOn(page, /^Event: /).click();

  const attributes = inspectorOf(page).getByRole('region', { name: 'Generated attributes' });
  // A name conditions could not read is refused, with the reason.
  await attributes.getByLabel('New generated attribute name').fill('channel');
  await attributes.getByRole('button', { name: 'Add' }).click();
  await expect(attributes.getByRole('alert')).toContainText('not key, event, channel, at or timer');
  await attributes.getByLabel('New generated attribute name').fill('value');
  await attributes.getByRole('button', { name: 'Add' }).click();
  await expect(attributes.getByRole('alert')).toHaveCount(0);

  const value = attribute(page, 'value');
  await value.getByLabel('Drawn as').selectOption({ label: 'Around an average' });
  await value.getByLabel('Average').fill('120');
  await value.getByLabel('Spread (sd)').fill('30');
  await value.getByLabel('At least').fill('0');
  // A bound that contradicts the other is refused and keeps the last good value.
  await value.getByLabel('At most').fill('-5');
  await expect(value.getByRole('alert')).toHaveText('At least 0.');
  await value.getByLabel('At most').fill('');
  await expect(toolbarOf(page).getByRole('status')).toHaveText('Saved');

  const download = page.waitForEvent('download');
  await toolbarOf(page).getByRole('button', { name: 'Export the journey as JSON' }).click();
  const text = await readFile(await (await download).path(), 'utf8');
  const exported = JSON.parse(text) as { journey: { nodes: { attributes?: unknown }[] } };
  expect(exported.journey.nodes[0]!.attributes).toEqual({ value: { kind: 'normal', mean: 120, sd: 30, min: 0, max: null, decimals: 2 } });

  const fresh = await browser.newContext();
  const other = await fresh.newPage();
  await other.goto('/');
  const file = test.info().outputPath('cart-values.journey.json');
  await writeFile(file, text);
  await other.getByLabel('Journey file to import').setInputFiles(file);
  await expect(other.getByRole('banner').getByLabel('Journey name')).toHaveValue('Cart values');
  await nodeOn(other, /^Event: /).click();
  const imported = attribute(other, 'value');
  await expect(imported.getByLabel('Drawn as')).toHaveValue('normal');
  await expect(imported.getByLabel('Average')).toHaveValue('120');
  await expect(imported.getByLabel('Spread (sd)')).toHaveValue('30');
  await expect(imported.getByLabel('At least')).toHaveValue('0');
  await expect(imported.getByLabel('At most')).toHaveValue('');
  await fresh.close();
});
