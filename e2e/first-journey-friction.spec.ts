/**
 * A strategist builds a telecom "bill shock" journey from scratch on a 1280×720 projector, and
 * the editor does not fight them: new nodes land apart (the next step to the right, connected),
 * the timer keeps the number as typed, a connection dropped anywhere on a card connects (or is
 * refused with the reason), notices stay at the edge and go away on request, and the journey's
 * whole name shows in the toolbar.
 */
import { expect, test, type Locator, type Page } from '@playwright/test';
import { allConnections, allNodes, canvasOf, field, handleOf, inspectorOf, nodeOn, openEditor, paletteButton, startNewJourney, toolbarOf, waitForStableViewport } from './helpers';

const nameField = (page: Page) => toolbarOf(page).getByRole('textbox', { name: 'Journey name' });

async function boxOf(locator: Locator) {
  const box = await locator.boundingBox();
  if (!box) throw new Error('not on screen');
  return box;
}

type Box = Awaited<ReturnType<typeof boxOf>>;
const overlap = (a: Box, b: Box) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

/** Every node's box on screen, and no two overlapping. */
async function expectNodesApart(page: Page): Promise<void> {
  const boxes = await allNodes(page).evaluateAll((els) => els.map((e) => ({ name: e.getAttribute('aria-label')!, ...e.getBoundingClientRect().toJSON() })));
  for (let i = 0; i < boxes.length; i++)
    for (let j = i + 1; j < boxes.length; j++) expect(overlap(boxes[i]!, boxes[j]!), `${boxes[i]!.name} on ${boxes[j]!.name}`).toBe(false);
}

test.beforeEach(async ({ page }) => {
  await openEditor(page);
});

test('building a bill-shock journey: nodes land apart, the next step to the right and connected', async ({ page }) => {
  await startNewJourney(page);
  // The "new journey" notice sits at the canvas's bottom edge, away from its centre, and Escape dismisses it.
  const notice = page.getByRole('status').filter({ hasText: 'New journey started' });
  await expect(notice).toBeVisible();
  const canvas = await boxOf(canvasOf(page));
  const toast = await boxOf(notice.locator('div').first());
  const centre = { x: canvas.x + canvas.width / 2, y: canvas.y + canvas.height / 2 };
  expect(centre.x >= toast.x && centre.x <= toast.x + toast.width && centre.y >= toast.y && centre.y <= toast.y + toast.height, 'notice over the canvas centre').toBe(false);
  expect(canvas.y + canvas.height - (toast.y + toast.height), 'notice at the bottom edge').toBeLessThan(24);
  await page.keyboard.press('Escape');
  await expect(notice.getByRole('button', { name: 'Dismiss' })).toHaveCount(0);

  // Key 1, then the palette's Persona with it selected: a second persona beside the first, not on it and not connected.
  await page.keyboard.press('1');
  await field(page, 'Name').fill('Bill-shocked family');
  await paletteButton(page, 'persona').click();
  await field(page, 'Name').fill('Roaming business traveller');
  await expect(allConnections(page)).toHaveCount(0);

  // With the first persona selected, Add Event puts the event to its right, connected.
  const family = nodeOn(page, 'Persona: Bill-shocked family');
  await family.click();
  await paletteButton(page, 'event').click();
  await field(page, 'Name').fill('Bill arrives, 3× the usual');
  const event = nodeOn(page, 'Event: Bill arrives, 3× the usual');
  await expect(allConnections(page)).toHaveCount(1);
  // And key 4 (outside the field: the event selected on the canvas) puts an action to the event's right, connected again.
  await event.click();
  await page.keyboard.press('4');
  await expect(allConnections(page)).toHaveCount(2);
  // The action and its connection are one step: one undo takes both, one redo brings both back.
  await page.keyboard.press('Control+z');
  await expect(allNodes(page)).toHaveCount(3);
  await expect(allConnections(page)).toHaveCount(1);
  await page.keyboard.press('Control+Shift+z');
  await expect(allConnections(page)).toHaveCount(2);
  await nodeOn(page, 'Action: New action').click();
  await field(page, 'Name').fill('Explain the bill by SMS');
  const action = nodeOn(page, 'Action: Explain the bill by SMS');
  await expect(allConnections(page)).toHaveCount(2);
  await waitForStableViewport(page);
  const [f, e, a] = [await boxOf(family), await boxOf(event), await boxOf(action)];
  expect(e.x).toBeGreaterThan(f.x + f.width);
  expect(a.x).toBeGreaterThan(e.x + e.width);
  expect(Math.round(a.y)).toBe(Math.round(e.y));
  // A note added with nothing selected lands near the centre, on nothing.
  await action.click();
  await page.keyboard.press('Escape');
  await page.keyboard.press('5');
  await expect(allNodes(page)).toHaveCount(5);
  await expectNodesApart(page);
  // The journey's whole name shows in the toolbar — a realistic one, not a short test word.
  await nameField(page).fill('Telecom bill shock — winback 2027');
  await expect(nameField(page)).toHaveValue('Telecom bill shock — winback 2027');
  expect(await nameField(page).evaluate((el: HTMLInputElement) => el.scrollWidth <= el.clientWidth), 'name cut in its field').toBe(true);
  // And the wider field pushes nothing of the toolbar off the screen.
  await expect(toolbarOf(page).getByRole('button').last()).toBeInViewport({ ratio: 1 });
  expect(await page.evaluate(() => document.scrollingElement!.scrollWidth <= innerWidth), 'page scrolls sideways').toBe(true);
});

test('the timer keeps the number as typed and the unit as chosen; rounding happens on leaving, and says so', async ({ page }) => {
  await startNewJourney(page);
  await page.keyboard.press('2');
  await inspectorOf(page).getByRole('checkbox', { name: /^Timer event/ }).check();
  const number = field(page, 'No response within');
  const unit = field(page, 'Unit');
  const event = nodeOn(page, 'Event: New event (timer)');
  await expect(number).toHaveValue('2');
  await expect(unit).toHaveValue('h');

  // 2 4 5, key by key: nothing turns into days under the cursor.
  await number.fill('');
  for (const [key, shown] of [['2', '2'], ['4', '24'], ['5', '245']] as const) {
    await number.press(key);
    await expect(number).toHaveValue(shown);
    await expect(unit).toHaveValue('h');
  }
  await expect(event).toContainText('245 h');
  // Choosing another unit keeps the number: what you read is what the timer is.
  await unit.selectOption('d');
  await expect(number).toHaveValue('245');
  await expect(event).toContainText('245 d');
  await unit.selectOption('h');
  await expect(event).toContainText('245 h');
  // 24 hours is stored as is; the card may say it as a day, the field still says 24 hours.
  await number.fill('24');
  await expect(event).toContainText('1 d');
  await expect(number).toHaveValue('24');
  await expect(unit).toHaveValue('h');
  await expect(inspectorOf(page)).toContainText('On the card: 1 d');

  // A value finer than a minute is rounded when the user leaves the field — visibly.
  await number.fill('0.01');
  await expect(number).toHaveValue('0.01');
  await field(page, 'Name').focus();
  await expect(number).toHaveValue('1');
  await expect(unit).toHaveValue('min');
  await expect(inspectorOf(page)).toContainText('Rounded to 1 min');
  await expect(event).toContainText('1 min');
});

test('connecting: drop anywhere on the card; a forbidden drop is refused with the reason; handles are easy to hit', async ({ page }) => {
  await startNewJourney(page);
  for (const key of ['1', '2', '4']) {
    await page.keyboard.press(key);
    await page.keyboard.press('Escape');
  }
  const persona = nodeOn(page, 'Persona: New persona');
  const event = nodeOn(page, 'Event: New event');
  const action = nodeOn(page, 'Action: New action');
  await waitForStableViewport(page);

  // Touchpad-sized handles: at least 20 px to aim at on screen.
  for (const handle of [handleOf(persona, 'source'), handleOf(event, 'target'), handleOf(event, 'source')]) {
    const box = await boxOf(handle);
    expect(Math.min(box.width, box.height)).toBeGreaterThanOrEqual(20);
  }

  /** Drags from `from`'s output handle to a point on `to`'s card, away from its input handle. */
  const dragOnto = async (from: Locator, to: Locator) => {
    const start = await boxOf(handleOf(from, 'source'));
    const card = await boxOf(to);
    await page.mouse.move(start.x + start.width / 2, start.y + start.height / 2);
    await page.mouse.down();
    await page.mouse.move(card.x + card.width * 0.7, card.y + card.height * 0.6, { steps: 8 });
  };

  // Persona → action is not allowed: refused while dragging over the card, and after letting go.
  await dragOnto(persona, action);
  const hint = page.getByRole('status').filter({ hasText: 'Can’t connect' });
  await expect(hint).toContainText('A persona can only lead to the events its journeys start with.');
  await page.mouse.up();
  await expect(hint).toBeHidden();
  await expect(page.getByRole('status').filter({ hasText: 'Connection refused' })).toBeVisible();
  await expect(allConnections(page)).toHaveCount(0);

  // Persona → event, dropped in the middle of the event's card: connected.
  await dragOnto(persona, event);
  await page.mouse.up();
  await expect(allConnections(page)).toHaveCount(1);
  await persona.click();
  await expect(inspectorOf(page).getByRole('list', { name: 'Leads to' })).toContainText('→ New event');
});
