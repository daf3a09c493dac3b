/**
 * A facilitator in front of a room: saves stops, orders and captions them, presents them with
 * the keys a clicker sends, and leaves to find the editor exactly as it was; runs each built-in
 * story end to end (every stop reached, its caption shown, its simulation on screen, its titles
 * large enough for the back row); drives it from a second window; and finds the stops again
 * after a reload and in an exported file.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { SCENARIOS } from '../src/samples/scenarios';
import { ROOM_TITLE_PX } from '../src/model/camera';
import { canvasOf, inspectorOf, nodeOn, openEditor, problemsOf, toolbarOf, waitForStableViewport } from './helpers';

const stage = (page: Page) => page.getByRole('region', { name: 'Presentation' });
const caption = (page: Page) => stage(page).locator('[data-presenter-text]');
const counter = (page: Page) => stage(page).getByLabel(/^Stop \d+ of \d+$/);
const stopsList = (page: Page) => page.getByRole('complementary', { name: /^Stops \(\d+\)$/ });
const listedStops = (page: Page) => stopsList(page).getByRole('list', { name: 'Stops, in the order they are presented' }).getByRole('button', { name: /^\d+\. / });
const viewportOf = (page: Page) => canvasOf(page).locator('.react-flow__viewport').getAttribute('style');

/** Opens stop `i` in the list (the stop shown last starts open). */
async function openStop(page: Page, i: number): Promise<void> {
  const title = listedStops(page).nth(i);
  if ((await title.getAttribute('aria-expanded')) !== 'true') await title.click();
  await expect(title).toHaveAttribute('aria-expanded', 'true');
}

/** The smallest node title on screen, in CSS pixels: computed font size × the zoom of its canvas. */
function smallestTitle(page: Page): Promise<number> {
  return page.evaluate(() => {
    let min = Infinity;
    for (const el of document.querySelectorAll<HTMLElement>('.react-flow__node [data-node-title]')) {
      const r = el.getBoundingClientRect();
      if (r.width === 0 || r.bottom <= 0 || r.top >= innerHeight || r.right <= 0 || r.left >= innerWidth) continue;
      const transform = el.closest<HTMLElement>('.react-flow__viewport')!.style.transform;
      const zoom = Number(/scale\(([-\d.e]+)\)/.exec(transform)![1]);
      min = Math.min(min, parseFloat(getComputedStyle(el).fontSize) * zoom);
    }
    return min;
  });
}

/** From the editor: P, then the story (the first story takes Enter, as the screen offers it focused). */
async function presentStory(page: Page, short: string): Promise<void> {
  await page.keyboard.press('p');
  const button = stage(page).getByRole('button', { name: new RegExp(`^Present the ${short} story`) });
  if (short === 'retail') {
    await expect(button).toBeFocused();
    await page.keyboard.press('Enter');
  } else await button.click();
  await expect(counter(page)).toHaveText(/^1\//);
}

/** Waits until the stop's camera move is over. */
async function settled(page: Page): Promise<void> {
  await expect(stage(page).getByText('Replaying the customers of this stop…')).toBeHidden();
  await waitForStableViewport(page);
}

test('make stops, reorder and caption them, present them by keyboard, and leave to the editor as it was', async ({ page }) => {
  await openEditor(page);
  await page.keyboard.press('s');
  await expect(stopsList(page)).toBeVisible();
  await stopsList(page).getByRole('button', { name: 'Add stop' }).click();
  await canvasOf(page).getByRole('button', { name: 'Zoom in' }).click({ force: true });
  await waitForStableViewport(page);
  await stopsList(page).getByRole('button', { name: 'Add stop' }).click();
  await expect(listedStops(page)).toHaveText([/^1\. Stop 1/, /^2\. Stop 2/]);

  // Captions: open a stop, type.
  await openStop(page, 0);
  await stopsList(page).getByRole('group', { name: 'Stop 1' }).getByLabel('Caption').fill('The whole journey');
  await openStop(page, 1);
  await stopsList(page).getByRole('group', { name: 'Stop 2' }).getByLabel('Name').fill('Closer');
  await stopsList(page).getByRole('group', { name: 'Stop 2' }).getByLabel('Caption').fill('09:10 — the SMS gateway goes down');

  // Reorder with the buttons, then back with the keyboard.
  await stopsList(page).getByRole('button', { name: 'Move stop 2 up' }).click();
  await expect(listedStops(page)).toHaveText([/^1\. Closer/, /^2\. The whole journey/]);
  await listedStops(page).nth(0).focus();
  await page.keyboard.press('Alt+ArrowDown');
  await expect(listedStops(page)).toHaveText([/^1\. The whole journey/, /^2\. Closer/]);
  await expect(listedStops(page).nth(1)).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(stopsList(page)).toBeHidden();

  // The editor as the facilitator leaves it: a node selected, the problems folded, a view of their own.
  // (Selected from the keyboard: after the zoom the decision may be off screen, and focusing brings it into view.)
  await nodeOn(page, 'Decision: Reminder channel?').focus();
  await page.keyboard.press('Enter');
  await expect(inspectorOf(page).getByLabel('Name')).toHaveValue('Reminder channel?');
  await problemsOf(page).getByRole('button', { name: /^Problems/ }).click();
  await expect(problemsOf(page).getByRole('button', { name: /^Problems/ })).toHaveAttribute('aria-expanded', 'false');
  await waitForStableViewport(page);
  const before = await viewportOf(page);

  await page.keyboard.press('p');
  await expect(stage(page)).toBeVisible();
  await expect(toolbarOf(page)).toBeHidden();
  await expect(inspectorOf(page)).toBeHidden();
  await expect(caption(page)).toHaveText('The whole journey');
  await expect(counter(page)).toHaveText('1/2');
  for (const [key, text] of [
    ['PageDown', '09:10 — the SMS gateway goes down'],
    ['PageUp', 'The whole journey'],
    ['ArrowRight', '09:10 — the SMS gateway goes down'],
    ['ArrowLeft', 'The whole journey'],
    ['ArrowDown', '09:10 — the SMS gateway goes down'],
    ['ArrowUp', 'The whole journey'],
    // Space on a stop without a simulation moves on, as in slide software.
    [' ', '09:10 — the SMS gateway goes down'],
  ] as const) {
    await page.keyboard.press(key === ' ' ? 'Space' : key);
    await expect(caption(page)).toHaveText(text);
  }
  await expect(stage(page).getByRole('button', { name: /^Space Next/ })).toBeDisabled();
  // Keys of the editor do nothing to the journey while presenting.
  await page.keyboard.press('Delete');
  await page.keyboard.press('1');

  await page.keyboard.press('Escape');
  await expect(stage(page)).toBeHidden();
  await expect(toolbarOf(page)).toBeVisible();
  await expect(inspectorOf(page).getByRole('heading', { name: 'Edit decision' })).toBeVisible();
  await expect(nodeOn(page, 'Decision: Reminder channel?')).toBeVisible();
  await expect(problemsOf(page).getByRole('button', { name: /^Problems/ })).toHaveAttribute('aria-expanded', 'false');
  await waitForStableViewport(page);
  expect(await viewportOf(page)).toBe(before);
  await expect(canvasOf(page).getByRole('group', { name: /^Persona: New persona/ })).toHaveCount(0);
});

test('Esc gives the simulator back as it was: the scenario, the mode, the customer and the clock', async ({ page }) => {
  await openEditor(page);
  const bar = page.getByRole('region', { name: 'Simulation', exact: true });
  await toolbarOf(page).getByRole('button', { name: 'Simulate' }).click();
  await bar.getByLabel('Replay').selectOption({ label: SCENARIOS[1]!.title });
  await expect(bar.getByRole('status').filter({ hasText: /\d+ customers in/ })).toBeVisible();
  await bar.getByRole('radio', { name: 'Dynamic' }).click();
  await bar.getByRole('button', { name: 'Step forward' }).click();
  await bar.getByRole('button', { name: 'Step forward' }).click();
  const clock = await bar.getByRole('timer', { name: 'Clock' }).textContent();
  const customerButton = bar.getByRole('button', { name: /^Customer: / });
  const customer = (await customerButton.getAttribute('aria-label'))!;

  // The scenario's journey came with its story: present it, to a compare stop of another customer.
  await page.keyboard.press('p');
  await expect(counter(page)).toHaveText(`1/${SCENARIOS[1]!.journey.stops.length}`);
  await page.keyboard.press('End');
  await settled(page);
  await expect(page.getByRole('region', { name: 'Static journey' })).toBeVisible();
  await page.keyboard.press('Escape');

  await expect(bar).toBeVisible();
  await expect(bar.getByRole('radio', { name: 'Dynamic' })).toBeChecked();
  await expect(bar.getByRole('timer', { name: 'Clock' })).toHaveText(clock!);
  await expect(customerButton).toHaveAccessibleName(customer);
  await expect(page.getByRole('region', { name: 'Static journey' })).toBeHidden();
});

for (const scenario of SCENARIOS) {
  const short = scenario.id.split('-')[0]!;
  test(`the ${short} story runs end to end from the app’s first screen`, async ({ page }) => {
    await openEditor(page);
    await presentStory(page, short);
    const stops = scenario.journey.stops;
    let smallest = Infinity;
    for (const [i, stop] of stops.entries()) {
      await expect(counter(page)).toHaveText(`${i + 1}/${stops.length}`);
      await expect(caption(page)).toHaveText(stop.caption);
      await settled(page);
      const story = scenario.presentation[i]!;
      for (const shown of story.simulation?.shows ?? []) {
        const node = scenario.journey.nodes.find((n) => n.id === shown.node)!;
        const kind = node.kind[0]!.toUpperCase() + node.kind.slice(1);
        const canvas: Locator =
          story.simulation!.mode === 'compare'
            ? page.getByRole('application', { name: `${shown.side === 'static' ? 'Static' : 'Dynamic'} journey canvas` })
            : canvasOf(page);
        await expect(canvas.getByRole('group', { name: new RegExp(`^${kind}: ${(node as { name: string }).name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`) }).filter({ hasText: shown.mark })).toBeVisible();
      }
      if (story.simulation) await expect(stage(page).getByRole('timer', { name: 'Story clock' })).toBeVisible();
      if (story.simulation?.figures) await expect(stage(page).getByRole('region', { name: 'Figures' })).toContainText('Goal rate');
      const title = await smallestTitle(page);
      expect(title, `titles at stop ${i + 1}`).toBeGreaterThanOrEqual(ROOM_TITLE_PX - 0.01);
      smallest = Math.min(smallest, title);
      if (i < stops.length - 1) await page.keyboard.press('PageDown');
    }
    test.info().annotations.push({ type: 'smallest title', description: `${short}: ${smallest.toFixed(1)} px` });
    console.log(`[figure] ${short} story: smallest on-screen node title ${smallest.toFixed(2)} px`);
    // Space on a stop with a simulation plays it, and pauses it.
    await page.keyboard.press('Space');
    await expect(stage(page).getByRole('button', { name: /^Space Pause/ })).toBeVisible();
    await page.keyboard.press('Space');
    await expect(stage(page).getByRole('button', { name: /^Space Play/ })).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(toolbarOf(page).getByLabel('Journey name')).toHaveValue(scenario.journey.name);
    // The simulator was closed before the presentation; it is closed again.
    await expect(page.getByRole('region', { name: 'Simulation', exact: true })).toBeHidden();
  });
}

test('a number key closes a road on a story stop: the legend says so, and the replay stalls instead of re-routing', async ({ page }) => {
  await openEditor(page);
  await presentStory(page, 'retail');
  const retail = SCENARIOS[0]!;
  const reroute = retail.presentation.findIndex((s) => s.simulation?.shows?.some((m) => m.mark === 'Re-route'));
  for (let i = 0; i < reroute; i++) await page.keyboard.press('PageDown');
  await expect(caption(page)).toHaveText(retail.journey.stops[reroute]!.caption);
  await settled(page);
  const email = nodeOn(page, 'Action: Email reminder');
  await expect(email.filter({ hasText: 'Re-route' })).toBeVisible();
  const legend = stage(page).getByRole('group', { name: 'Close a channel from the playhead' });
  const key = (await legend.getByRole('button', { name: /^\d Email$/ }).textContent())!.trim()[0]!;
  await page.keyboard.press(key);
  await expect(legend.getByRole('button', { name: /^\d Email$/ })).toHaveAttribute('aria-pressed', 'true');
  // Replayed with email closed too: nowhere open to go, the GPS stalls at the SMS like the printed route.
  await expect(nodeOn(page, 'Action: SMS with a 10% code').filter({ hasText: 'Stall' })).toBeVisible();
  await expect(email.filter({ hasText: 'Re-route' })).toHaveCount(0);
  await page.keyboard.press(key);
  await expect(legend.getByRole('button', { name: /^\d Email$/ })).toHaveAttribute('aria-pressed', 'false');
  await expect(email.filter({ hasText: 'Re-route' })).toBeVisible();
});

test('the presenter view follows the room’s window, and moves it', async ({ page }) => {
  await openEditor(page);
  await presentStory(page, 'retail');
  const stops = SCENARIOS[0]!.journey.stops;
  await expect(caption(page)).toHaveText(stops[0]!.caption);
  const popup = page.waitForEvent('popup');
  await page.keyboard.press('v');
  const view = await popup;
  await expect(view.getByRole('heading', { name: `Now · stop 1 of ${stops.length}` })).toBeVisible();
  await expect(view.getByTestId('current-caption')).toHaveText(stops[0]!.caption);
  await expect(view.getByText(stops[0]!.notes)).toBeVisible();
  await expect(view.getByRole('region', { name: 'Next' })).toContainText(stops[1]!.caption);
  await expect(view.getByRole('timer', { name: 'Time presenting' })).toBeVisible();

  await page.keyboard.press('PageDown');
  await expect(view.getByTestId('current-caption')).toHaveText(stops[1]!.caption);
  await view.getByRole('button', { name: 'Next' }).click();
  await expect(caption(page)).toHaveText(stops[2]!.caption);
  await view.getByRole('navigation', { name: 'Stops' }).getByRole('button', { name: new RegExp(`^5\\. ${stops[4]!.name}`) }).click();
  await expect(caption(page)).toHaveText(stops[4]!.caption);
  await expect(view.getByRole('navigation', { name: 'Stops' }).getByRole('button', { name: /^5\. / })).toHaveAttribute('aria-current', 'step');
  await view.keyboard.press('PageUp');
  await expect(caption(page)).toHaveText(stops[3]!.caption);

  await page.keyboard.press('Escape');
  await expect(view.getByText('The presentation has ended.')).toBeVisible();
});

/** Serious and critical axe violations in `within`, one line each. */
async function serious(page: Page, within: string): Promise<string[]> {
  const results = await new AxeBuilder({ page }).include(within).analyze();
  return results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

test('presenter mode, the presenter view and the stops list pass axe (normal and high contrast)', async ({ page }) => {
  // Four full axe scans in two windows: each takes seconds on a loaded 2-core machine.
  test.slow();
  await openEditor(page);
  await presentStory(page, 'retail');
  await page.keyboard.press('End');
  await settled(page);
  // The chrome is hidden in presenter mode: what the room sees is all in <main>.
  expect.soft(await serious(page, 'main'), 'axe, presenter mode').toEqual([]);
  await page.keyboard.press('h');
  await expect(stage(page).getByRole('button', { name: /^H Contrast/ })).toHaveAttribute('aria-pressed', 'true');
  expect.soft(await serious(page, 'main'), 'axe, presenter mode, high contrast').toEqual([]);

  const popup = page.waitForEvent('popup');
  await page.keyboard.press('v');
  const view = await popup;
  await expect(view.getByRole('heading', { name: /^Now · stop 7 of 7/ })).toBeVisible();
  expect.soft(await serious(view, 'body'), 'axe, presenter view').toEqual([]);

  await page.keyboard.press('Escape');
  await page.keyboard.press('s');
  await openStop(page, 6);
  expect.soft(await serious(page, 'aside[aria-labelledby="stops-title"]'), 'axe, stops list').toEqual([]);
});

test('stops survive a reload and travel in the exported file', async ({ page, browser }) => {
  await openEditor(page);
  await page.keyboard.press('Shift+S');
  await page.keyboard.press('s');
  await openStop(page, 0);
  await stopsList(page).getByLabel('Caption').fill('Kept for the workshop');
  await expect(toolbarOf(page).getByRole('status')).toHaveText('Saved');
  await page.reload();
  await expect(nodeOn(page, 'Persona: Deal hunter')).toBeVisible();
  await page.getByRole('button', { name: 'Stops (1)' }).click();
  await expect(listedStops(page)).toHaveText([/^1\. Kept for the workshop/]);

  const download = page.waitForEvent('download');
  await page.keyboard.press('Escape');
  await toolbarOf(page).getByRole('button', { name: 'Export the journey as JSON' }).click();
  const text = await readFile(await (await download).path(), 'utf8');
  const file = JSON.parse(text) as { journey: { stops: { caption: string; camera: { zoom: number } }[] } };
  expect(file.journey.stops).toHaveLength(1);
  expect(file.journey.stops[0]!.caption).toBe('Kept for the workshop');

  const fresh = await browser.newContext();
  const other = await fresh.newPage();
  await other.goto('/');
  await expect(other.getByRole('application', { name: 'Journey canvas' })).toBeVisible();
  await other.getByLabel('Journey file to import').setInputFiles({ name: 'workshop.journey.json', mimeType: 'application/json', buffer: Buffer.from(text) });
  await expect(other.getByRole('button', { name: 'Stops (1)' })).toBeVisible();
  await other.keyboard.press('p');
  await expect(other.getByRole('region', { name: 'Presentation' }).locator('[data-presenter-text]')).toHaveText('Kept for the workshop');
  await fresh.close();
});
