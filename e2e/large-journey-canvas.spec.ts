/**
 * A large journey (1,000 nodes, 1,500 connections) on the canvas: it opens drawing only the
 * cards on screen, its lines are drawn to cards that were never on screen and stay put when those
 * cards arrive, and the inspector's Connect to… finds one of hundreds of candidates by name.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { writeFile } from 'node:fs/promises';
import { hugeJourneyFile } from '../bench/import/huge-file';
import { canvasOf, inspectorOf, openEditor, toolbarOf, waitForStableViewport } from './helpers';

const large = hugeJourneyFile(1_000, 1_500);
const { journey } = JSON.parse(large.text) as { journey: { nodes: { id: string; kind: string; name: string; outcome?: string; position: { x: number; y: number } }[]; edges: { id: string; source: string; target: string }[] } };

// Importing and opening 1,000 nodes is seconds of real work on a loaded machine.
test.describe.configure({ timeout: 120_000 });

async function openLargeJourney(page: Page): Promise<void> {
  await openEditor(page);
  const path = test.info().outputPath('large.journey.json');
  await writeFile(path, large.text);
  await page.getByLabel('Journey file to import').setInputFiles(path);
  await expect(toolbarOf(page).getByLabel('Journey name')).toHaveValue(large.name, { timeout: 60_000 });
  await waitForStableViewport(page);
}

/** Every drawn connection's line, by connection id: its end points in journey coordinates. */
async function lineEnds(page: Page): Promise<Map<string, number[]>> {
  const ends = await canvasOf(page)
    .locator('.react-flow__edge')
    .evaluateAll((edges) =>
      edges.map((g) => {
        const d = g.querySelector('path.react-flow__edge-path')?.getAttribute('d') ?? '';
        const n = (d.match(/-?[\d.]+(?:e[-+]?\d+)?/gi) ?? []).map(Number);
        return [g.getAttribute('data-id') ?? '', [n[0]!, n[1]!, n.at(-2)!, n.at(-1)!]] as [string, number[]];
      }),
    );
  return new Map(ends);
}

const drawnCards = (page: Page) => canvasOf(page).locator('.react-flow__node');

/**
 * For each drawn line from a drawn card, how far (screen px) it starts from where React Flow starts
 * lines at that card's output handle: the outer edge of its hit area, half-way down.
 */
async function lineStartsOffTheDot(page: Page): Promise<number[]> {
  const sourceOf = Object.fromEntries(journey.edges.map((e) => [e.id, e.source]));
  return canvasOf(page).evaluate((root, sourceOf) => {
    const viewport = root.querySelector<HTMLElement>('.react-flow__viewport')!;
    const [, tx, ty, zoom] = /translate\(([-\d.e]+)px,\s*([-\d.e]+)px\)\s*scale\(([-\d.e]+)\)/.exec(viewport.style.transform)!.map(Number);
    const box = root.getBoundingClientRect();
    const gaps: number[] = [];
    for (const edge of root.querySelectorAll<HTMLElement>('.react-flow__edge')) {
      const source = sourceOf[edge.dataset.id ?? ''];
      const dot = root.querySelector(`.react-flow__node[data-id="${CSS.escape(source ?? '')}"] .journey-handle.source`)?.getBoundingClientRect();
      if (!dot) continue;
      const [x, y] = (edge.querySelector('path.react-flow__edge-path')!.getAttribute('d')!.match(/-?[\d.]+(?:e[-+]?\d+)?/gi) ?? []).map(Number);
      gaps.push(Math.hypot(box.left + tx! + x! * zoom! - dot.right, box.top + ty! + y! * zoom! - (dot.top + dot.height / 2)));
    }
    return gaps;
  }, sourceOf);
}

test('a large journey opens with only the cards on screen drawn, and its lines stay put as cards come on screen', async ({ page }) => {
  await openLargeJourney(page);
  // The readable first view shows the journey's start; the other cards are not in the page yet…
  const drawnAtStart = await drawnCards(page).count();
  expect(drawnAtStart).toBeGreaterThan(0);
  expect(drawnAtStart).toBeLessThan(200);
  // …yet the lines from the cards on screen to those beyond its edge are drawn.
  const before = await lineEnds(page);
  const onScreen = new Set(await drawnCards(page).evaluateAll((els) => els.map((el) => el.getAttribute('data-id'))));
  const toCardsNotDrawn = journey.edges.filter((e) => before.has(e.id) && !(onScreen.has(e.source) && onScreen.has(e.target)));
  expect(toCardsNotDrawn.length).toBeGreaterThan(0);

  // Zoom out so that the cards beyond the edge come on screen and are measured, then come back.
  const zoomOut = canvasOf(page).getByRole('button', { name: 'Zoom Out' });
  for (let i = 0; i < 3; i++) await zoomOut.click();
  await waitForStableViewport(page);
  await expect.poll(() => drawnCards(page).count()).toBeGreaterThan(drawnAtStart);
  await toolbarOf(page).getByRole('button', { name: 'Fit the journey to the screen' }).click();
  await waitForStableViewport(page);

  // No line jumped: each ends where it was drawn before its far card had ever been on screen.
  const after = await lineEnds(page);
  let compared = 0;
  for (const [id, ends] of before) {
    const now = after.get(id);
    if (!now) continue;
    compared++;
    for (let i = 0; i < 4; i++) expect(Math.abs(now[i]! - ends[i]!), `${id}, coordinate ${i}`).toBeLessThan(0.5);
  }
  expect(compared).toBeGreaterThan(10);
  // Every line starts at its card's output handle (the declared handles are where the card draws them).
  const gaps = await lineStartsOffTheDot(page);
  expect(gaps.length).toBeGreaterThan(10);
  expect(Math.max(...gaps)).toBeLessThan(1);
  // Among the lines compared, some whose far card had not been drawn when they were first read.
  expect(toCardsNotDrawn.filter((e) => after.has(e.id)).length).toBeGreaterThan(0);
});

test('Connect to… in a large journey offers the nearest cards and finds any other by name', async ({ page }) => {
  await openLargeJourney(page);
  // An event near the start: hundreds of decisions and actions may follow it.
  const event = canvasOf(page).getByRole('group', { name: /^Event: / }).first();
  await event.click();
  const picker = inspectorOf(page).getByRole('region', { name: 'Connect to…' });
  const find = picker.getByRole('searchbox', { name: 'Find by name' });
  await expect(find).toBeVisible();
  await expect(picker).toContainText(/The nearest 100 of \d{3}: type a name to narrow\./);
  const list = picker.getByRole('combobox');
  expect(await list.locator('option').count()).toBe(101);

  // The last action of the journey is far from the start: found by name, it is the only match.
  const far = journey.nodes.filter((n) => n.kind === 'action' && !n.outcome).at(-1)!.name;
  await find.fill(far);
  await expect(picker).toContainText('1 matching, nearest first.');
  await list.selectOption({ label: `Action: ${far}` });
  await picker.getByRole('button', { name: 'Connect' }).click();
  await expect(picker.getByRole('list', { name: 'Leads to' })).toContainText(`→ ${far}`);
  // A name nothing has: said so, and nothing to connect.
  await find.fill('no such step');
  await expect(picker).toContainText('No node of that name can follow.');
  await expect(picker.getByRole('button', { name: 'Connect' })).toBeDisabled();
});

test('zoomed far out, a large journey is a map of coloured boxes: a click selects a box, zooming in brings the cards back', async ({ page }) => {
  await openLargeJourney(page);
  const status = canvasOf(page).getByRole('status').filter({ hasText: 'Map view' });
  const zoomOut = canvasOf(page).getByRole('button', { name: 'Zoom Out' });
  for (let i = 0; i < 20 && !(await status.isVisible()); i++) await zoomOut.click();
  await expect(status).toHaveText('Map view: zoom in to read and edit the cards. Click a box to select it.');
  await waitForStableViewport(page);
  await expect(drawnCards(page)).toHaveCount(0);
  const { violations } = await new AxeBuilder({ page }).include('[aria-label="Journey canvas"]').analyze();
  expect(violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.help}`)).toEqual([]);

  // The first event's box is drawn in the event colour where the event is.
  const event = journey.nodes.find((n) => n.kind === 'event')!;
  const at = await canvasOf(page).evaluate((root, { x, y }) => {
    const [, tx, ty, zoom] = /translate\(([-\d.e]+)px,\s*([-\d.e]+)px\)\s*scale\(([-\d.e]+)\)/.exec(root.querySelector<HTMLElement>('.react-flow__viewport')!.style.transform)!.map(Number);
    const map = root.querySelector<HTMLCanvasElement>('canvas[data-journey-map]')!;
    const ratio = map.width / map.clientWidth;
    // The middle of the card, in the canvas's CSS pixels.
    const px = tx! + (x + 112) * zoom!;
    const py = ty! + (y + 56) * zoom!;
    const [r, g, b] = map.getContext('2d')!.getImageData(Math.round(px * ratio), Math.round(py * ratio), 1, 1).data;
    const box = root.getBoundingClientRect();
    return { colour: [r, g, b], screen: { x: box.left + px, y: box.top + py } };
  }, event.position);
  expect(at.colour).toEqual([0x02, 0x84, 0xc7]);

  // A click on it selects that event.
  await page.mouse.click(at.screen.x, at.screen.y);
  await expect(inspectorOf(page).getByLabel('Name', { exact: true })).toHaveValue(event.name);

  // Zooming in again: cards, not boxes.
  const zoomIn = canvasOf(page).getByRole('button', { name: 'Zoom In' });
  await zoomIn.click();
  await zoomIn.click();
  await expect(status).toBeHidden();
  await expect.poll(() => drawnCards(page).count()).toBeGreaterThan(0);
  await expect(canvasOf(page).locator('canvas[data-journey-map]')).toHaveCount(0);
});
