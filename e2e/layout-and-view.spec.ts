/**
 * Arranging and viewing the journey: auto-layout puts it in left-to-right columns, fit view
 * brings back a readable view of it (all of it when that is readable, else its start), snap to
 * grid can be switched off, and the minimap and zoom controls are there for finding one's way
 * around a large journey.
 */
import { expect, test, type Page } from '@playwright/test';
import { allNodes, canvasOf, dragNodeTo, fitView, nodeOn, openEditor, positionOf, showNode, toolbarOf, waitForStableViewport, zoomOf, zoomOutUntilAllShown } from './helpers';

/** The sample's static route, from a persona to the goal: each step must sit right of the one before. */
const ROUTE = [
  'Persona: Deal hunter',
  'Event: Browses product',
  'Action: Show recommendations',
  'Event: Adds to cart',
  'Action: Save cart',
  'Event: Cart abandoned',
  'Decision: Reminder channel?',
  'Action: Send email reminder',
  'Event: No purchase within 2 h (timer)',
  'Decision: High-value cart?',
  'Action: Send 10% discount email',
  'Event: Purchases',
  'Action: Order confirmed (goal)',
];
const PERSONAS = ['Persona: Deal hunter', 'Persona: Loyal regular', 'Persona: Busy professional'];

async function xOf(page: Page, name: string): Promise<number> {
  return (await positionOf(nodeOn(page, name))).x;
}

/** The sample's start, which a readable fit always shows at 1280×720: the personas and the first event. */
const START = [...PERSONAS, 'Event: Browses product'];

/** Names of the nodes drawn outside the visible canvas, or not drawn at all. */
async function offScreen(page: Page, names = ROUTE.concat(PERSONAS.slice(1))): Promise<string[]> {
  const canvas = (await canvasOf(page).boundingBox())!;
  const off: string[] = [];
  for (const name of names) {
    const node = nodeOn(page, name);
    const box = (await node.count()) === 0 ? null : await node.boundingBox();
    const inside =
      box !== null &&
      box.x >= canvas.x - 1 &&
      box.y >= canvas.y - 1 &&
      box.x + box.width <= canvas.x + canvas.width + 1 &&
      box.y + box.height <= canvas.y + canvas.height + 1;
    if (!inside) off.push(name);
  }
  return off;
}

/** The journey's start lies inside the visible canvas, at a zoom where card titles are legible (12 px = 14 px × 6/7). */
async function expectStartOnScreen(page: Page): Promise<void> {
  await expect(allNodes(page)).toHaveCount(23);
  expect(await offScreen(page, START), 'start outside the visible canvas').toEqual([]);
  expect(await zoomOf(page)).toBeGreaterThanOrEqual(12 / 14 - 1e-6);
}

test('auto-layout arranges the journey in left-to-right columns', async ({ page }) => {
  await openEditor(page);
  const goal = nodeOn(page, 'Action: Order confirmed (goal)');
  const goalAtStart = await positionOf(goal);
  // Zoom out to see it all, and drag the goal to the far left, so the journey no longer reads left to right.
  await zoomOutUntilAllShown(page);
  await dragNodeTo(page, goal, { x: 20, y: 60 });
  const goalLeftOfPersonas = async () => (await xOf(page, 'Action: Order confirmed (goal)')) < (await xOf(page, 'Persona: Deal hunter'));
  await expect.poll(goalLeftOfPersonas).toBe(true);
  await waitForStableViewport(page);

  await toolbarOf(page).getByRole('button', { name: 'Auto-layout left to right' }).click();
  // ELK is loaded on first use; wait until the goal has been put back at the end.
  await expect
    .poll(async () => (await xOf(page, 'Action: Order confirmed (goal)')) - (await xOf(page, 'Event: Purchases')), { timeout: 20_000 })
    .toBeGreaterThan(0);
  await waitForStableViewport(page);

  // Personas share the first column, left of everything else.
  const personaX = await Promise.all(PERSONAS.map((p) => xOf(page, p)));
  expect(new Set(personaX).size, 'personas in one column').toBe(1);
  const names = await allNodes(page).evaluateAll((els) => els.map((e) => e.getAttribute('aria-label')!));
  expect(names).toHaveLength(23);
  for (const name of names.filter((n) => !n.startsWith('Persona'))) {
    expect(await xOf(page, name), `${name} right of the personas`).toBeGreaterThan(personaX[0]!);
  }
  // Along the route, every step is right of the one before.
  const routeX = [];
  for (const name of ROUTE) routeX.push(await xOf(page, name));
  for (let i = 1; i < ROUTE.length; i++) expect(routeX[i]!, `${ROUTE[i]} right of ${ROUTE[i - 1]}`).toBeGreaterThan(routeX[i - 1]!);
  // The branches of a decision share a column: the four reminders.
  const reminders = ['Action: Send SMS reminder', 'Action: Send push reminder', 'Action: Send email reminder', 'Action: Show cart on next visit'];
  expect(new Set(await Promise.all(reminders.map((r) => xOf(page, r)))).size, 'reminders in one column').toBe(1);
  // The view follows the new layout: its start, readable.
  await expectStartOnScreen(page);

  // The layout is one undo step, and so was the drag before it.
  await page.keyboard.press('Control+z');
  await expect.poll(goalLeftOfPersonas).toBe(true);
  await page.keyboard.press('Control+z');
  await expect.poll(() => positionOf(goal)).toEqual(goalAtStart);
});

test('fit view brings back a readable view of the journey: its start, when the whole would be too small to read', async ({ page }) => {
  await openEditor(page);
  const zoomIn = canvasOf(page).getByRole('button', { name: 'Zoom In' });
  const zoomOut = canvasOf(page).getByRole('button', { name: 'Zoom Out' });
  await expect(zoomOut).toBeVisible();
  await expect(canvasOf(page).getByRole('button', { name: 'Fit View' })).toBeVisible();
  // The rest of the journey is found with the minimap.
  await expect(canvasOf(page).getByRole('img', { name: 'Minimap' })).toBeVisible();

  // The first view is the readable one a fit gives.
  await waitForStableViewport(page);
  const fitted = await zoomOf(page);
  await expectStartOnScreen(page);
  expect(await offScreen(page, ['Action: Order confirmed (goal)']), 'the goal is further on').toHaveLength(1);
  for (let i = 0; i < 6; i++) await zoomIn.click();
  await expect.poll(() => zoomOf(page)).toBeGreaterThan(fitted * 2);
  // Zoomed in, part of the start is off screen.
  await expect.poll(async () => (await offScreen(page, START)).length).toBeGreaterThan(0);

  await fitView(page);
  expect(await zoomOf(page)).toBeCloseTo(fitted, 2);
  await expectStartOnScreen(page);

  // Shift+1 does the same, and so does the zoom controls' Fit View.
  for (let i = 0; i < 3; i++) await zoomOut.click();
  await page.keyboard.press('Shift+!');
  await waitForStableViewport(page);
  expect(await zoomOf(page)).toBeCloseTo(fitted, 2);
  await expectStartOnScreen(page);
  for (let i = 0; i < 3; i++) await zoomIn.click();
  await canvasOf(page).getByRole('button', { name: 'Fit View' }).click();
  await waitForStableViewport(page);
  expect(await zoomOf(page)).toBeCloseTo(fitted, 2);

  // Zooming out further is still the user's choice.
  await zoomOut.click();
  await expect.poll(() => zoomOf(page)).toBeLessThan(fitted);
});

test('snap to grid can be switched off, and then nodes move in small steps', async ({ page }) => {
  await openEditor(page);
  const snap = toolbarOf(page).getByRole('button', { name: 'Snap to grid on/off' });
  await expect(snap).toHaveAttribute('aria-pressed', 'true');

  const node = nodeOn(page, 'Event: Purchases');
  await showNode(page, node);
  const start = await positionOf(node);
  await node.click();
  await page.keyboard.press('ArrowRight');
  await expect.poll(() => positionOf(node)).toEqual({ x: start.x + 20, y: start.y });

  await snap.click();
  await expect(snap).toHaveAttribute('aria-pressed', 'false');
  await node.click();
  await page.keyboard.press('ArrowRight');
  await expect.poll(() => positionOf(node)).toEqual({ x: start.x + 25, y: start.y });

  // Shift+G switches it back on.
  await page.keyboard.press('Shift+G');
  await expect(snap).toHaveAttribute('aria-pressed', 'true');
});
