/**
 * Shared steps for the editor's end-to-end tests. Elements are found by role and accessible
 * name, as a user (or a screen reader) finds them. The exceptions are documented where they
 * occur: React Flow's connection handles have no role or name, and a node's position and the
 * canvas's zoom are only readable from React Flow's CSS transforms.
 */
import { expect, type Locator, type Page } from '@playwright/test';

export type Kind = 'persona' | 'event' | 'decision' | 'action' | 'note';

export interface Point {
  x: number;
  y: number;
}

export const canvasOf = (page: Page): Locator => page.getByRole('application', { name: 'Journey canvas' });
export const toolbarOf = (page: Page): Locator => page.getByRole('banner');
export const paletteOf = (page: Page): Locator => page.getByRole('navigation', { name: 'Palette' });
export const inspectorOf = (page: Page): Locator => page.getByRole('region', { name: 'Inspector' });
export const problemsOf = (page: Page): Locator => page.getByRole('region', { name: 'Problems' });
/** The buttons of the Problems list, one per problem. */
export const problemItems = (page: Page): Locator => problemsOf(page).getByRole('list', { name: 'Problems' }).getByRole('button');
export const problem = (page: Page, text: string | RegExp): Locator => problemItems(page).filter({ hasText: text });

/** A node on the canvas by its accessible name, e.g. "Persona: Deal hunter" or "Action: Order confirmed (goal)". */
export const nodeOn = (page: Page, name: string | RegExp): Locator =>
  canvasOf(page).getByRole('group', { name, exact: typeof name === 'string' });
/** Every node on the canvas (connections are groups too, named "Connection …"). */
export const allNodes = (page: Page): Locator => canvasOf(page).getByRole('group', { name: /^(Persona|Event|Decision|Action|Note): / });
/** Every connection on the canvas. */
export const allConnections = (page: Page): Locator => canvasOf(page).getByRole('group', { name: /^Connection\b/ });
export const connectionOn = (page: Page, name: string | RegExp): Locator =>
  canvasOf(page).getByRole('group', { name, exact: typeof name === 'string' });

/** Opens the editor with the first-run sample journey on the canvas. */
export async function openEditor(page: Page): Promise<void> {
  await page.goto('/');
  await expect(canvasOf(page)).toBeVisible();
  await expect(nodeOn(page, 'Persona: Deal hunter')).toBeVisible();
}

/** Starts a blank journey from the toolbar. */
export async function startNewJourney(page: Page): Promise<void> {
  await toolbarOf(page).getByRole('button', { name: 'New journey' }).click();
  await expect(allNodes(page)).toHaveCount(0);
}

/** The palette button for a kind: its name is its visible label, "Add Persona". */
export const paletteButton = (page: Page, kind: Kind): Locator =>
  paletteOf(page).getByRole('button', { name: `Add ${kind[0]!.toUpperCase()}${kind.slice(1)}`, exact: true });

/** Drags a kind from the palette and drops it on the canvas, `at` relative to the canvas's top-left corner. */
export async function dropOnCanvas(page: Page, kind: Kind, at: Point): Promise<void> {
  await paletteButton(page, kind).dragTo(canvasOf(page), { targetPosition: at });
}

/** The canvas's zoom, read from React Flow's viewport transform. */
export async function zoomOf(page: Page): Promise<number> {
  const style = (await canvasOf(page).locator('.react-flow__viewport').getAttribute('style')) ?? '';
  const m = /scale\(([-\d.e]+)\)/.exec(style);
  if (!m) throw new Error(`No zoom in the viewport transform: ${style}`);
  return Number(m[1]);
}

/** Fits the journey to the screen from the toolbar and waits for the animation to settle at `zoom`. */
export async function fitView(page: Page, zoom?: number): Promise<void> {
  await toolbarOf(page).getByRole('button', { name: 'Fit the journey to the screen' }).click();
  if (zoom !== undefined) await expect.poll(() => zoomOf(page)).toBeCloseTo(zoom, 3);
  await waitForStableViewport(page);
}

/** Waits until two consecutive animation frames show the same viewport transform (fit-view and centring animate). */
export async function waitForStableViewport(page: Page): Promise<void> {
  await expect
    .poll(() =>
      page.evaluate(
        () =>
          new Promise<boolean>((resolve) => {
            const read = () => document.querySelector('.react-flow__viewport')?.getAttribute('style');
            const first = read();
            requestAnimationFrame(() => requestAnimationFrame(() => resolve(read() === first)));
          }),
      ),
    )
    .toBe(true);
}

/**
 * A node's position in journey (flow) coordinates. React Flow draws each node with
 * `transform: translate(xpx, ypx)`; there is no accessible way to read where a node is.
 */
export async function positionOf(node: Locator): Promise<Point> {
  const style = (await node.getAttribute('style')) ?? '';
  const m = /translate\(([-\d.e]+)px,\s*([-\d.e]+)px\)/.exec(style);
  if (!m) throw new Error(`No position in the node's transform: ${style}`);
  return { x: Number(m[1]), y: Number(m[2]) };
}

async function centre(locator: Locator): Promise<Point> {
  const box = await locator.boundingBox();
  if (!box) throw new Error('Element is not on screen');
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

/** Drags a node with the mouse so that its centre lands `at` (relative to the canvas's top-left corner). */
export async function dragNodeTo(page: Page, node: Locator, at: Point): Promise<void> {
  const from = await centre(node);
  const canvas = await canvasOf(page).boundingBox();
  if (!canvas) throw new Error('Canvas is not on screen');
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  // React Flow starts a drag on the first move past its threshold and measures from there, so nudge first.
  await page.mouse.move(from.x + 2, from.y + 2);
  await page.mouse.move(canvas.x + at.x + 2, canvas.y + at.y + 2, { steps: 4 });
  await page.mouse.up();
}

/**
 * React Flow's connection handles (the dots on a node's sides) have no role or accessible
 * name, so they are found by their class: `source` on the right, `target` on the left (the
 * dot; the card-sized drop target that only takes part while connecting is the other input).
 * Keyboard users connect through the inspector's "Connect to…" picker instead.
 */
export const handleOf = (node: Locator, type: 'source' | 'target'): Locator => node.locator(`.react-flow__handle.journey-handle.${type}`);

/**
 * Brings a node fully into view as a user does: by dragging the canvas's background. The first
 * view of a long journey shows its start at a readable zoom, not all of it.
 */
export async function showNode(page: Page, node: Locator): Promise<void> {
  for (let attempt = 0; attempt < 5; attempt++) {
    const canvas = (await canvasOf(page).boundingBox())!;
    const box = (await node.boundingBox())!;
    const margin = 16;
    if (box.x >= canvas.x + margin && box.y >= canvas.y + margin && box.x + box.width <= canvas.x + canvas.width - margin && box.y + box.height <= canvas.y + canvas.height - margin) return;
    const want = { x: canvas.x + canvas.width / 2 - (box.x + box.width / 2), y: canvas.y + canvas.height / 2 - (box.y + box.height / 2) };
    // A spot of bare background to grab, from which as much of the move as possible stays on the canvas.
    const grab = await page.evaluate(
      ({ c, want }) => {
        let best: { x: number; y: number; dx: number; dy: number; left: number } | null = null;
        for (let x = c.x + 20; x < c.x + c.width - 20; x += 24)
          for (let y = c.y + 20; y < c.y + c.height - 20; y += 24) {
            if (!document.elementFromPoint(x, y)?.classList.contains('react-flow__pane')) continue;
            const dx = Math.max(c.x + 8 - x, Math.min(c.x + c.width - 8 - x, want.x));
            const dy = Math.max(c.y + 8 - y, Math.min(c.y + c.height - 8 - y, want.y));
            const left = Math.abs(want.x - dx) + Math.abs(want.y - dy);
            if (!best || left < best.left) best = { x, y, dx, dy, left };
          }
        return best;
      },
      { c: canvas, want },
    );
    if (!grab) throw new Error('No bare background to drag the canvas by');
    await page.mouse.move(grab.x, grab.y);
    await page.mouse.down();
    await page.mouse.move(grab.x + grab.dx, grab.y + grab.dy, { steps: 6 });
    await page.mouse.up();
    await waitForStableViewport(page);
  }
}

/** Zooms out with the zoom controls until every node is inside the canvas (their titles may be too small to read). */
export async function zoomOutUntilAllShown(page: Page): Promise<void> {
  const zoomOut = canvasOf(page).getByRole('button', { name: 'Zoom Out' });
  for (let i = 0; i < 12; i++) {
    const canvas = (await canvasOf(page).boundingBox())!;
    const boxes = await allNodes(page).evaluateAll((els) => els.map((e) => e.getBoundingClientRect().toJSON() as { x: number; y: number; width: number; height: number }));
    if (boxes.every((b) => b.x >= canvas.x && b.y >= canvas.y && b.x + b.width <= canvas.x + canvas.width && b.y + b.height <= canvas.y + canvas.height)) return;
    await zoomOut.click();
    await waitForStableViewport(page);
  }
  throw new Error('The journey does not fit the canvas even zoomed out');
}

/** Presses the mouse on `source`'s output handle and moves it onto `target`'s input handle, without releasing. */
export async function startConnectionDrag(page: Page, source: Locator, target: Locator): Promise<void> {
  const from = await centre(handleOf(source, 'source'));
  const to = await centre(handleOf(target, 'target'));
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  await page.mouse.move(to.x, to.y, { steps: 5 });
}

/** Connects two nodes by dragging from `source`'s output handle to `target`'s input handle. */
export async function connectByDrag(page: Page, source: Locator, target: Locator): Promise<void> {
  await startConnectionDrag(page, source, target);
  await page.mouse.up();
}

/** Connects the selected node to another through the inspector's "Connect to…" picker. */
export async function connectWithPicker(page: Page, option: string): Promise<void> {
  const picker = inspectorOf(page).getByRole('region', { name: 'Connect to…' });
  await picker.getByRole('combobox').selectOption({ label: option });
  await picker.getByRole('button', { name: 'Connect' }).click();
}

/** The toolbar's problem count, as its accessible name says it — and the Problems panel agrees. */
export async function expectProblemCount(page: Page, count: number): Promise<void> {
  const name = `${count} problem${count === 1 ? '' : 's'} — show the list`;
  await expect(toolbarOf(page).getByRole('button', { name: /problems? — show the list$/ })).toHaveAccessibleName(name);
  await expect(problemsOf(page).getByRole('button', { name: `Problems (${count})` })).toBeVisible();
}

/** The inspector's form control (text box, number box or select) with exactly this label. */
export const field = (page: Page, label: string): Locator => inspectorOf(page).getByLabel(label, { exact: true });

/**
 * Clicks a connection with the mouse, halfway between `source`'s output handle and `target`'s
 * input handle: React Flow draws connections as symmetric curves, so that point is on the line.
 * (A straight connection has a zero-height box, which Playwright would call invisible.)
 */
export async function clickConnection(page: Page, source: Locator, target: Locator): Promise<void> {
  await showNode(page, target);
  // A connection runs from the outer edge of the source handle to the outer edge of the target handle.
  const from = await handleOf(source, 'source').boundingBox();
  const to = await handleOf(target, 'target').boundingBox();
  if (!from || !to) throw new Error('Connection handles are not on screen');
  await page.mouse.click((from.x + from.width + to.x) / 2, (from.y + from.height / 2 + to.y + to.height / 2) / 2);
}
