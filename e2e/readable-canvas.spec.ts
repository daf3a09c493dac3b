/**
 * The room can read the canvas: the first view and every Fit keep card titles at least
 * LEGIBLE_TITLE_PX (12 px, src/canvas/legibility.ts) on screen — measured here as the title's
 * font size × the zoom — showing the journey's start when the whole would be too small. The
 * sample is laid out in two dimensions, labels sit clear of the cards, playback marks never
 * overlap each other or a title, and following a customer keeps them in view.
 */
import { expect, test, type Locator, type Page } from '@playwright/test';
import { allNodes, canvasOf, fitView, openEditor, positionOf, toolbarOf, waitForStableViewport } from './helpers';

const LEGIBLE_TITLE_PX = 12;
const SCENARIOS = ['Retail: cart abandonment during an SMS gateway outage', 'Telecom: a network outage, and everybody calls', 'Bank: onboarding when the ID check fails'];

const bar = (page: Page) => page.getByRole('region', { name: 'Simulation', exact: true });

type Box = { x: number; y: number; width: number; height: number };
const overlap = (a: Box, b: Box) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

/** The smallest title on screen among the cards shown in `canvas` (font size × zoom), and how many cards are shown. */
async function smallestTitle(canvas: Locator): Promise<{ px: number; shown: number }> {
  return canvas.evaluate((root) => {
    const zoom = Number(/scale\(([-\d.e]+)\)/.exec((root.querySelector('.react-flow__viewport') as HTMLElement).style.transform)![1]);
    const frame = root.getBoundingClientRect();
    let px = Infinity;
    let shown = 0;
    for (const title of root.querySelectorAll<HTMLElement>('.react-flow__node [data-node-title]')) {
      const r = title.getBoundingClientRect();
      if (r.right <= frame.left || r.left >= frame.right || r.bottom <= frame.top || r.top >= frame.bottom) continue;
      shown++;
      px = Math.min(px, parseFloat(getComputedStyle(title).fontSize) * zoom);
    }
    return { px, shown };
  });
}

async function expectReadable(canvas: Locator, what: string): Promise<number> {
  const { px, shown } = await smallestTitle(canvas);
  expect(shown, `${what}: cards on screen`).toBeGreaterThanOrEqual(3);
  expect(px, `${what}: smallest title on screen, px`).toBeGreaterThanOrEqual(LEGIBLE_TITLE_PX);
  return px;
}

/** Boxes of the edge labels and of the cards' titles and nodes, in screen pixels. */
const boxes = (page: Page, selector: string) => page.locator(selector).evaluateAll((els) => els.map((e) => ({ text: e.textContent ?? '', ...e.getBoundingClientRect().toJSON() })));

async function expectLabelsClear(page: Page, what: string): Promise<void> {
  const labels = await boxes(page, '[data-edge-label]');
  const cards = await boxes(page, '.react-flow__node');
  expect(labels.length, `${what}: labels drawn`).toBeGreaterThan(10);
  for (const l of labels) for (const c of cards) expect(overlap(l, c), `${what}: label "${l.text}" under the card "${c.text.slice(0, 40)}"`).toBe(false);
}

test('the sample opens readable, laid out in two dimensions, with its labels clear of the cards', async ({ page }) => {
  await openEditor(page);
  await waitForStableViewport(page);
  await expectReadable(canvasOf(page), 'first view');
  // The rest of the journey is a glance away: the minimap.
  await expect(canvasOf(page).getByRole('img', { name: 'Minimap' })).toBeVisible();
  const spots = await Promise.all((await allNodes(page).all()).map(positionOf));
  const width = Math.max(...spots.map((p) => p.x)) - Math.min(...spots.map((p) => p.x));
  const height = Math.max(...spots.map((p) => p.y)) - Math.min(...spots.map((p) => p.y));
  expect(width / height, 'width to height of the sample').toBeLessThan(3);
  await expectLabelsClear(page, 'sample');

  // Auto-layout, then the fit that follows it: still readable, labels still clear.
  await toolbarOf(page).getByRole('button', { name: 'Auto-layout left to right' }).click();
  await expect.poll(async () => (await positionOf(page.getByRole('group', { name: 'Persona: Loyal regular' }))).x, { timeout: 20_000 }).toBe((await positionOf(page.getByRole('group', { name: 'Persona: Deal hunter' }))).x);
  await waitForStableViewport(page);
  await expectReadable(canvasOf(page), 'after layout');
  await expectLabelsClear(page, 'after layout');
});

test('Fit keeps every scenario’s journey readable, showing its start', async ({ page }) => {
  await openEditor(page);
  for (const title of SCENARIOS) {
    await toolbarOf(page).getByRole('button', { name: 'Simulate' }).click();
    await bar(page).getByLabel('Replay').selectOption({ label: title });
    await expect(bar(page).getByRole('status').filter({ hasText: /customers/ })).toBeVisible();
    await bar(page).getByRole('button', { name: 'Close the simulator' }).click();
    await fitView(page);
    await expectReadable(canvasOf(page), title);
    // The start: a persona is on screen.
    const personas = canvasOf(page).getByRole('group', { name: /^Persona: / });
    await expect(personas.first()).toBeInViewport();
  }
});

test('playback marks never overlap each other or a card’s title; following the customer keeps them in view', async ({ page }) => {
  await openEditor(page);
  await toolbarOf(page).getByRole('button', { name: 'Simulate' }).click();
  await bar(page).getByLabel('Replay').selectOption({ label: SCENARIOS[0]! });
  await expect(bar(page).getByRole('status').filter({ hasText: /customers/ })).toBeVisible();
  await bar(page).getByRole('radio', { name: 'Static' }).check();

  // Following the story customer on the editor's canvas: where they are, readable, with the next step beside it.
  await bar(page).getByRole('button', { name: 'Step forward' }).click();
  const here = canvasOf(page).getByRole('group').filter({ hasText: 'Customer here' });
  await expect(here).toHaveCount(1);
  await expect
    .poll(async () => {
      const [c, h] = [await canvasOf(page).boundingBox(), await here.boundingBox()];
      return !!c && !!h && h.x >= c.x && h.y >= c.y && h.x + h.width <= c.x + c.width && h.y + h.height <= c.y + c.height;
    })
    .toBe(true);
  await waitForStableViewport(page);
  await expectReadable(canvasOf(page), 'following the customer');

  // Everybody, at the end of the day: counts on many cards, none over another's or over a title.
  await bar(page).getByRole('button', { name: /^Customer:/ }).click();
  await page.getByRole('option', { name: /^Everybody/ }).click();
  const timeline = bar(page).getByRole('slider', { name: 'Timeline' });
  await timeline.fill(await timeline.getAttribute('max') as string);
  await expect(canvasOf(page).getByText(/\d+ visits?$/).first()).toBeVisible();
  await waitForStableViewport(page);
  for (const mode of ['Static', 'Compare'] as const) {
    await bar(page).getByRole('radio', { name: mode }).check();
    await expect(page.locator('[data-overlay] > span').first()).toBeVisible();
    const marks = await page.locator('[data-overlay] > span').evaluateAll((els) =>
      els.map((e) => ({ node: e.closest('.react-flow__node')!.getAttribute('data-id'), canvas: e.closest('.react-flow')!.id, text: e.textContent, ...e.getBoundingClientRect().toJSON() })),
    );
    const titles = await page.locator('.react-flow__node [data-node-title]').evaluateAll((els) =>
      els.map((e) => ({ node: e.closest('.react-flow__node')!.getAttribute('data-id'), canvas: e.closest('.react-flow')!.id, ...e.getBoundingClientRect().toJSON() })),
    );
    expect(marks.length, `${mode}: marks drawn`).toBeGreaterThan(5);
    for (const m of marks) {
      for (const o of marks) if (o !== m && o.canvas === m.canvas) expect(overlap(m, o), `${mode}: "${m.text}" over "${o.text}"`).toBe(false);
      for (const t of titles) if (t.canvas === m.canvas) expect(overlap(m, t), `${mode}: "${m.text}" over the title of ${t.node}`).toBe(false);
    }
  }
});
