/**
 * The room can read the canvas: the first view and every Fit keep card titles at least
 * LEGIBLE_TITLE_PX (12 px, src/canvas/legibility.ts) on screen — measured here as the title's
 * font size × the zoom — showing the journey's start when the whole would be too small. The
 * sample is laid out in two dimensions, labels sit clear of the cards, playback marks never
 * overlap each other or a title, and following a customer keeps them in view.
 */
import { expect, test, type Locator, type Page } from '@playwright/test';
import { allNodes, canvasOf, fitView, nodeOn, openEditor, positionOf, toolbarOf, waitForStableViewport } from './helpers';

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

/** Boxes of the elements matching `selector`, in screen pixels, with the canvas each is drawn on. */
const boxes = (page: Page, selector: string) =>
  page.locator(selector).evaluateAll((els) => els.map((e) => ({ text: e.textContent ?? '', canvas: e.closest('.react-flow')!.id, ...e.getBoundingClientRect().toJSON() })));

/**
 * Every connection label is clear of every card of its canvas, and nothing of the journey is drawn
 * over it — not a route's thick line or arrowhead, not playback's traffic — where it is on screen.
 */
async function expectLabelsClear(page: Page, what: string): Promise<void> {
  const labels = await boxes(page, '[data-edge-label]');
  const cards = await boxes(page, '.react-flow__node');
  expect(labels.length, `${what}: labels drawn`).toBeGreaterThan(10);
  const under = labels.flatMap((l) => cards.filter((c) => c.canvas === l.canvas && overlap(l, c)).map((c) => `"${l.text}" under "${c.text.slice(0, 40)}"`));
  expect(under, `${what}: labels under cards`).toEqual([]);
  // What is drawn on top at each label's centre (labels take no pointer events, so lend them some to ask).
  const covered = await page.evaluate(() => {
    const labels = [...document.querySelectorAll<HTMLElement>('[data-edge-label]')];
    for (const l of labels) l.style.pointerEvents = 'auto';
    const out = labels.flatMap((l) => {
      const frame = l.closest('.react-flow')!.getBoundingClientRect();
      const r = l.getBoundingClientRect();
      const [x, y] = [r.x + r.width / 2, r.y + r.height / 2];
      if (x <= frame.left || x >= frame.right || y <= frame.top || y >= frame.bottom) return [];
      const top = document.elementFromPoint(x, y);
      // The label itself, or the canvas's own chrome (minimap, zoom controls) that floats over the journey.
      return top && (l.contains(top) || !top.closest('.react-flow__viewport')) ? [] : [`"${l.textContent}" under ${top?.getAttribute('class') ?? top?.tagName}`];
    });
    for (const l of labels) l.style.pointerEvents = '';
    return out;
  });
  expect(covered, `${what}: labels drawn over`).toEqual([]);
}

/** Playback marks (visit counts, "here", off-route…) on screen, none over another or over a card's title. */
async function expectMarksClear(page: Page, what: string): Promise<void> {
  await expect(page.locator('[data-overlay] > span').first()).toBeVisible();
  const marks = await boxes(page, '[data-overlay] > span');
  const titles = await boxes(page, '.react-flow__node [data-node-title]');
  expect(marks.length, `${what}: marks drawn`).toBeGreaterThan(5);
  const clashes = marks.flatMap((m) => [
    ...marks.filter((o) => o !== m && o.canvas === m.canvas && overlap(m, o)).map((o) => `"${m.text}" over "${o.text}"`),
    ...titles.filter((t) => t.canvas === m.canvas && overlap(m, t)).map((t) => `"${m.text}" over the title "${t.text}"`),
  ]);
  expect(clashes, `${what}: marks over marks or titles`).toEqual([]);
}

/** The card wholly inside the canvas (the view moves there animated, so this is waited for). */
async function expectWhollyIn(canvas: Locator, card: Locator): Promise<void> {
  await expect
    .poll(async () => {
      const [c, h] = [await canvas.boundingBox(), await card.boundingBox()];
      return !!c && !!h && h.x >= c.x && h.y >= c.y && h.x + h.width <= c.x + c.width && h.y + h.height <= c.y + c.height;
    })
    .toBe(true);
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
  // The sample's personas already share a column, so wait for the layout itself (ELK loads on first
  // use): it is the first undoable step, and until then cards and labels would be read mid-change.
  const undo = toolbarOf(page).getByRole('button', { name: /^Undo/ });
  await expect(undo).toBeDisabled();
  await toolbarOf(page).getByRole('button', { name: 'Auto-layout left to right' }).click();
  await expect(undo).toBeEnabled({ timeout: 20_000 });
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
  await expectWhollyIn(canvasOf(page), here);
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
    await expectMarksClear(page, mode);
  }
});

test('on the sample, after a generated population’s run: counts clear of each other and of titles, labels on top, the followed customer’s next step in view', async ({ page }) => {
  await openEditor(page);
  await toolbarOf(page).getByRole('button', { name: 'Simulate' }).click();
  await bar(page).getByLabel('Replay').selectOption({ label: 'A generated population' });
  await bar(page).getByLabel('Customers', { exact: true }).fill('300');
  await page.keyboard.press('Escape');
  await bar(page).getByRole('button', { name: 'Run', exact: true }).click();
  await expect(bar(page).getByRole('status').filter({ hasText: /300 customers in/ })).toBeVisible();
  const timeline = bar(page).getByRole('slider', { name: 'Timeline' });
  await timeline.fill(await timeline.getAttribute('max') as string);
  for (const mode of ['Static', 'Compare'] as const) {
    await bar(page).getByRole('radio', { name: mode }).check();
    await waitForStableViewport(page);
    await expectMarksClear(page, `sample, ${mode}`);
    await expectLabelsClear(page, `sample, ${mode}`);
  }

  // One customer followed on the sample's 2D layout: where they are, and the step after it, on screen.
  await bar(page).getByRole('radio', { name: 'Static' }).check();
  await bar(page).getByRole('button', { name: /^Customer:/ }).click();
  await bar(page).getByRole('dialog', { name: 'Follow a customer' }).getByRole('listbox', { name: 'Customers' }).getByRole('option').nth(1).click();
  await timeline.fill('0');
  await bar(page).getByRole('button', { name: 'Step forward' }).click();
  // Every customer of the sample starts by browsing, which shows the recommendations; adding to the cart comes next.
  const here = nodeOn(page, 'Action: Show recommendations').filter({ hasText: 'Customer here' });
  await expectWhollyIn(canvasOf(page), here);
  await waitForStableViewport(page);
  await expectReadable(canvasOf(page), 'following on the sample');
  await expectWhollyIn(canvasOf(page), nodeOn(page, 'Event: Adds to cart'));
});
