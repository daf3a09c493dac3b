/**
 * Nothing lost, nothing leaks: every edit is saved in the browser and survives a reload; a
 * journey exported from one browser imports into another unchanged; a broken file changes
 * nothing; hostile labels are shown as text.
 */
import { expect, test, type Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { readSvg, viewBoxOf } from '../src/io/picture.fixtures';
import { cardProbes, missedProbes } from '../src/io/picture-raster.fixtures';
import { nodeLabel } from '../src/model/journey';
import { retailJourney } from '../src/samples/retail';
import { allNodes, canvasOf, field, inspectorOf, nodeOn, openEditor, toolbarOf } from './helpers';
import { pngPixels, pngSize } from './picture';

const saved = (page: Page) => expect(toolbarOf(page).getByRole('status')).toHaveText('Saved');

async function exportJson(page: Page): Promise<Record<string, unknown>> {
  const download = page.waitForEvent('download');
  await toolbarOf(page).getByRole('button', { name: 'Export the journey as JSON' }).click();
  const file = await (await download).path();
  const parsed = JSON.parse(await readFile(file, 'utf8')) as Record<string, unknown>;
  // The export time is the only field that may differ between two exports of the same journey.
  delete parsed.exportedAt;
  return parsed;
}

test('edits survive a reload, also one right after the last edit', async ({ page }) => {
  await openEditor(page);
  await toolbarOf(page).getByLabel('Journey name').fill('Spring campaign');
  await saved(page);
  await page.reload();
  await expect(toolbarOf(page).getByLabel('Journey name')).toHaveValue('Spring campaign');

  // Add a note and reload at once, well within the autosave pause.
  await canvasOf(page).click({ position: { x: 400, y: 600 } });
  const before = await allNodes(page).count();
  await page.keyboard.press('5');
  await expect(allNodes(page)).toHaveCount(before + 1);
  await page.reload();
  await expect(nodeOn(page, 'Persona: Deal hunter')).toBeVisible();
  await expect(allNodes(page)).toHaveCount(before + 1);
});

test('a journey exported here imports unchanged in a fresh browser', async ({ page, browser }) => {
  await openEditor(page);
  // A journey of our own (the sample is in every fresh library already, so it would import as a copy).
  await toolbarOf(page).getByRole('button', { name: 'New journey' }).click();
  await toolbarOf(page).getByLabel('Journey name').fill('Winter sale');
  await canvasOf(page).click({ position: { x: 400, y: 600 } });
  await page.keyboard.press('1');
  await page.keyboard.press('2');
  await expect(allNodes(page)).toHaveCount(2);
  await saved(page);
  const exported = await exportJson(page);
  expect(exported.format).toBe('journey-designer/journey');

  const fresh = await browser.newContext();
  const other = await fresh.newPage();
  await other.goto('/');
  await other.getByRole('button', { name: 'New journey' }).click();
  await expect(allNodes(other)).toHaveCount(0);
  const file = test.info().outputPath('sample.journey.json');
  await (await import('node:fs/promises')).writeFile(file, JSON.stringify(exported));
  await other.getByLabel('Journey file to import').setInputFiles(file);
  await expect(other.getByRole('banner').getByLabel('Journey name')).toHaveValue('Winter sale');
  await expect(allNodes(other)).toHaveCount(2);
  expect(await exportJson(other)).toEqual(exported);
  await fresh.close();
});

test('a broken file says what is wrong and changes nothing', async ({ page }) => {
  await openEditor(page);
  const nodes = await allNodes(page).count();
  const input = page.getByLabel('Journey file to import');
  const cases: [string, string, RegExp][] = [
    ['not-json.json', '{ "format": "journey-designer/journey", ', /not valid JSON|JSON/i],
    ['other.json', JSON.stringify({ format: 'something-else', version: 1 }), /not a Journey Designer journey/i],
    ['newer.json', JSON.stringify({ format: 'journey-designer/journey', version: 99, journey: {} }), /newer version/i],
  ];
  for (const [name, text, message] of cases) {
    await input.setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(text) });
    const dialog = page.getByRole('dialog', { name: `Could not import ${name}` });
    await expect(dialog).toBeVisible();
    await expect(dialog.getByRole('list', { name: 'Problems in the file' })).toContainText(message);
    await dialog.getByRole('button', { name: 'Close' }).click();
    await expect(dialog).toBeHidden();
  }
  // An edge to a node that does not exist is named by its path.
  const exported = await exportJson(page);
  const journey = exported.journey as { edges: { target: string }[] };
  journey.edges[3]!.target = 'n9';
  await input.setInputFiles({ name: 'broken-edge.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(exported)) });
  const dialog = page.getByRole('dialog', { name: 'Could not import broken-edge.json' });
  await expect(dialog).toContainText('edges[3].target');
  await expect(dialog).toContainText('"n9"');
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(allNodes(page)).toHaveCount(nodes);
  await expect(toolbarOf(page).getByLabel('Journey name')).toHaveValue('Retail cart abandonment');
});

test('a file with fields this app does not know imports, and the notice lists them with where they were', async ({ page }) => {
  await openEditor(page);
  const exported = await exportJson(page);
  const journey = exported.journey as Record<string, unknown> & { nodes: Record<string, unknown>[] };
  journey.futureField = 1;
  journey.nodes[0]!.mood = 'curious';
  await page.getByLabel('Journey file to import').setInputFiles({ name: 'from-the-future.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(exported)) });
  const notice = page.getByRole('status').filter({ hasText: 'Imported "Retail cart abandonment (copy)"' });
  await expect(notice).toContainText('2 things in the file were not taken as written: unknown field, ignored — journey.nodes[0].mood, journey.futureField.');
  await expect(toolbarOf(page).getByLabel('Journey name')).toHaveValue('Retail cart abandonment (copy)');
});

test('a label with HTML in it is shown as text and runs nothing', async ({ page }) => {
  let dialogs = 0;
  page.on('dialog', (d) => {
    dialogs += 1;
    void d.dismiss();
  });
  await openEditor(page);
  await nodeOn(page, 'Persona: Deal hunter').click();
  const hostile = '<img src=x onerror=alert(1)>';
  await field(page, 'Name').fill(hostile);
  await expect(nodeOn(page, `Persona: ${hostile}`)).toContainText(hostile);
  await expect(canvasOf(page).locator('img')).toHaveCount(0);
  await saved(page);
  await page.reload();
  await expect(nodeOn(page, `Persona: ${hostile}`)).toBeVisible();
  await expect(inspectorOf(page).locator('img')).toHaveCount(0);
  expect(dialogs).toBe(0);
});

test('the canvas exports as a PNG and an SVG picture of the whole journey', async ({ page }) => {
  await openEditor(page);
  const svg = page.waitForEvent('download');
  await toolbarOf(page).getByRole('button', { name: 'Export the canvas as an SVG picture' }).click();
  const svgFile = await svg;
  expect(svgFile.suggestedFilename()).toBe('retail-cart-abandonment.svg');
  const svgText = await readFile((await svgFile.path())!, 'utf8');
  // A real SVG drawn with shapes and text (not the page's HTML in a <foreignObject>, which
  // slide tools, rsvg and ImageMagick cannot show), under 200 KB.
  const reading = readSvg(svgText);
  expect(reading.elements.has('foreignObject')).toBe(false);
  expect(svgText.length).toBeLessThan(200 * 1024);
  expect(reading.titles[0]).toBe('Retail cart abandonment');
  // Every node is in the picture, also those off screen, with its name as searchable text.
  const words = reading.texts.map((t) => t.replace(/\s+/g, ''));
  for (const node of retailJourney.nodes) expect(words.some((w) => w.includes(nodeLabel(node).replace(/\s+/g, ''))), nodeLabel(node)).toBe(true);
  for (const name of ['Deal hunter', 'Order confirmed', 'Customer gives up']) expect(reading.texts).toContain(name);

  const png = page.waitForEvent('download');
  await toolbarOf(page).getByRole('button', { name: 'Export the canvas as a PNG picture' }).click();
  const pngFile = await png;
  expect(pngFile.suggestedFilename()).toBe('retail-cart-abandonment.png');
  const pngBytes = await readFile((await pngFile.path())!);
  // The same drawing at 2×, every card in place.
  expect(pngSize(pngBytes)).toEqual({ width: Number(reading.root.width) * 2, height: Number(reading.root.height) * 2 });
  const probes = cardProbes(retailJourney, viewBoxOf(reading), 2);
  const colours = await pngPixels(page, pngBytes, probes);
  expect(missedProbes(probes, (_, i) => colours[i])).toEqual([]);
});
