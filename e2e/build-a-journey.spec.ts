/**
 * A CX strategist builds a journey from a blank canvas: one node of each kind from the palette,
 * connected persona → event → decision → actions, each edited in the inspector, and a decision
 * with two conditional branches and an otherwise. The problem count follows along.
 */
import { expect, test } from '@playwright/test';
import {
  allConnections,
  allNodes,
  canvasOf,
  connectByDrag,
  connectionOn,
  connectWithPicker,
  dragNodeTo,
  dropOnCanvas,
  expectProblemCount,
  field,
  fitView,
  inspectorOf,
  nodeOn,
  paletteButton,
  problem,
  startNewJourney,
  toolbarOf,
  waitForStableViewport,
  zoomOf,
} from './helpers';

test('builds a journey from a blank canvas, editing every kind in the inspector', async ({ page, baseURL }) => {
  // The editor works offline in a workshop: nothing it loads or sends may leave its own origin
  // (data: and blob: URLs never leave the page).
  const foreign: string[] = [];
  page.on('request', (request) => {
    const url = request.url();
    if (!url.startsWith(baseURL!) && !url.startsWith('data:') && !url.startsWith('blob:')) foreign.push(url);
  });

  await page.goto('/');
  await expect(nodeOn(page, 'Persona: Deal hunter')).toBeVisible();

  // A blank journey says what to do first.
  await startNewJourney(page);
  const hint = page.getByRole('heading', { name: 'Start with a persona' });
  await expect(hint).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'New journey started' })).toBeVisible();
  await expectProblemCount(page, 0);

  // Persona, by clicking the palette. Fit it to the screen, then zoom out to make room.
  await paletteButton(page, 'persona').click();
  await expect(hint).toBeHidden();
  const newPersona = nodeOn(page, 'Persona: New persona');
  await expect(newPersona).toBeVisible();
  await expect(inspectorOf(page).getByRole('heading', { name: 'Edit persona' })).toBeVisible();
  // No goal, no static route, shares add up to 0 %.
  await expectProblemCount(page, 3);
  await fitView(page, 1);
  for (let i = 0; i < 3; i++) await canvasOf(page).getByRole('button', { name: 'Zoom Out' }).click();
  await waitForStableViewport(page);
  expect(await zoomOf(page)).toBeGreaterThan(0.45); // cards still show their details
  await dragNodeTo(page, newPersona, { x: 90, y: 336 });

  await field(page, 'Name').fill('Deal hunter');
  await field(page, 'Share of the population').fill('100');
  await field(page, 'Preferred channel').selectOption({ label: 'SMS' });
  const attributes = inspectorOf(page).getByRole('region', { name: 'Attributes' });
  await attributes.getByRole('textbox', { name: 'New attribute key' }).fill('tier');
  await attributes.getByRole('button', { name: 'Add' }).click();
  await attributes.getByRole('textbox', { name: 'Value of tier' }).fill('gold');
  const persona = nodeOn(page, 'Persona: Deal hunter');
  await expect(persona).toContainText('100% of customers');
  await expect(persona).toContainText('Prefers SMS');
  await expect(problem(page, 'Persona shares add up to')).toHaveCount(0);
  await expectProblemCount(page, 2);

  // Event, by dragging it from the palette onto the canvas: it lands where it is dropped.
  await dropOnCanvas(page, 'event', { x: 280, y: 336 });
  const newEvent = nodeOn(page, 'Event: New event');
  await expect(newEvent).toBeVisible();
  const canvasBox = (await canvasOf(page).boundingBox())!;
  const eventBox = (await newEvent.boundingBox())!;
  expect(eventBox.x).toBeLessThan(canvasBox.x + 280);
  expect(eventBox.x + eventBox.width).toBeGreaterThan(canvasBox.x + 280);
  expect(eventBox.y).toBeLessThan(canvasBox.y + 336);
  expect(eventBox.y + eventBox.height).toBeGreaterThan(canvasBox.y + 336);

  await field(page, 'Name').fill('No purchase in 3 h');
  await field(page, 'Event key').fill('no_purchase_3h');
  await inspectorOf(page).getByRole('checkbox', { name: /^Timer event/ }).check();
  await field(page, 'No response within').fill('3');
  await expect(field(page, 'Unit')).toHaveValue('h');
  const event = nodeOn(page, 'Event: No purchase in 3 h (timer)');
  await expect(event).toContainText('no_purchase_3h');
  await expect(event).toContainText('3 h');
  // A dead end, and no persona reaches it.
  await expect(problem(page, 'Nothing happens after "No purchase in 3 h"')).toBeVisible();
  await expectProblemCount(page, 4);

  // Persona → event, by dragging from the persona's handle to the event.
  await connectByDrag(page, persona, event);
  await expect(allConnections(page)).toHaveCount(1);
  await expect(problem(page, '"No purchase in 3 h" cannot be reached from any persona')).toHaveCount(0);
  await expectProblemCount(page, 3);

  // Decision, by clicking the palette with nothing selected (a click on the background), so it lands
  // on its own rather than connected to the right of a selected node; connect the event to it with
  // the inspector's picker.
  await canvasOf(page).click({ position: { x: 400, y: 40 } });
  await expect(inspectorOf(page).getByRole('heading', { name: 'Edit event' })).toHaveCount(0);
  await paletteButton(page, 'decision').click();
  await expect(allConnections(page)).toHaveCount(1);
  await dragNodeTo(page, nodeOn(page, 'Decision: New decision'), { x: 460, y: 336 });
  await field(page, 'Name').fill('Which offer?');
  const decision = nodeOn(page, 'Decision: Which offer?');
  await expect(decision).toContainText('Rules · 0 branches');
  await event.click();
  await expect(inspectorOf(page).getByRole('heading', { name: 'Edit event' })).toBeVisible();
  await connectWithPicker(page, 'Decision: Which offer?');
  await expect(allConnections(page)).toHaveCount(2);
  await expect(inspectorOf(page).getByRole('list', { name: 'Leads to' })).toContainText('Which offer?');
  await expect(problem(page, 'Nothing happens after')).toHaveCount(0);
  // Still: no goal, no static route, and the decision has no branches.
  await expect(problem(page, '"Which offer?" has no branches')).toBeVisible();
  await expectProblemCount(page, 3);

  // Three actions: channel, cost, and the last one is the goal.
  const actions = [
    { name: 'Send SMS coupon', channel: 'SMS', cost: '0.08', at: { x: 660, y: 170 } },
    { name: 'Agent call', channel: 'Phone', cost: '4.5', at: { x: 660, y: 336 } },
    { name: 'Order confirmed', channel: 'Web', cost: '0', at: { x: 660, y: 500 } },
  ];
  for (const a of actions) {
    // Nothing selected, so each lands on its own (a selected event would get it connected).
    await canvasOf(page).click({ position: { x: 400, y: 40 } });
    await paletteButton(page, 'action').click();
    await dragNodeTo(page, nodeOn(page, 'Action: New action'), a.at);
    await expect(problem(page, '"New action" has no channel')).toBeVisible();
    await field(page, 'Name').fill(a.name);
    await field(page, 'Channel').selectOption({ label: a.channel });
    await field(page, 'Cost per customer').fill(a.cost);
    await expect(nodeOn(page, `Action: ${a.name}`)).toContainText(`${a.channel} · cost ${a.cost}`);
    await expect(problem(page, `"${a.name}" has no channel`)).toHaveCount(0);
  }
  await field(page, 'Outcome').selectOption({ label: 'Goal — journey success' });
  const goal = nodeOn(page, 'Action: Order confirmed (goal)');
  await expect(goal).toContainText('Goal');
  await expect(problem(page, 'The journey has no goal')).toHaveCount(0);

  // The decision's branches: two by the picker, the third by dragging a handle.
  await decision.click();
  await expect(inspectorOf(page).getByRole('heading', { name: 'Edit decision' })).toBeVisible();
  await connectWithPicker(page, 'Action: Send SMS coupon');
  await connectWithPicker(page, 'Action: Agent call');
  await connectByDrag(page, decision, goal);
  await expect(allConnections(page)).toHaveCount(5);
  await expect(decision).toContainText('Rules · 3 branches');
  const branches = inspectorOf(page).getByRole('region', { name: 'Branches (3)' }).getByRole('listitem');
  const expectBranchOrder = async (labels: string[]) => {
    await expect(branches).toHaveCount(labels.length);
    for (const [i, label] of labels.entries()) await expect(branches.nth(i)).toHaveAccessibleName(`Branch ${i + 1}: ${label}`);
  };
  // The first connection became the otherwise branch; the others wait for a condition.
  await expectBranchOrder(['Otherwise', 'Branch 2', 'Branch 3']);

  // Two conditional branches, typed in the text view and applied with Enter.
  await branches.nth(1).getByLabel('Branch label').fill('Big carts');
  await branches.nth(1).getByLabel('Condition of Big carts').fill('event.value > 100');
  await branches.nth(1).getByLabel('Condition of Big carts').press('Enter');
  await branches.nth(2).getByLabel('Branch label').fill('Gold customers');
  await branches.nth(2).getByLabel('Condition of Gold customers').fill('persona.tier == "gold"');
  await branches.nth(2).getByLabel('Condition of Gold customers').press('Enter');
  // The connections say their conditions, to screen readers and on their labels.
  await expect(connectionOn(page, 'Connection (Big carts: event.value > 100)')).toHaveCount(1);
  await expect(connectionOn(page, 'Connection (Gold customers: persona.tier == "gold")')).toHaveCount(1);
  // On the canvas a branch is labelled by its name, short enough to sit between the cards.
  await expect(canvasOf(page).getByText('Big carts', { exact: true })).toBeVisible();
  await expect(canvasOf(page).getByText('Gold customers', { exact: true })).toBeVisible();
  // The persona has a tier, so a condition on persona.tier is no problem.
  await expect(problem(page, 'Branch "Gold customers"')).toHaveCount(0);

  // Reorder: gold customers are checked first, and otherwise goes last.
  await inspectorOf(page).getByRole('button', { name: 'Move Gold customers up' }).click();
  await expectBranchOrder(['Otherwise', 'Gold customers', 'Big carts']);
  await inspectorOf(page).getByRole('button', { name: 'Move Otherwise down' }).click();
  await inspectorOf(page).getByRole('button', { name: 'Move Otherwise down' }).click();
  await expectBranchOrder(['Gold customers', 'Big carts', 'Otherwise']);
  await expect(branches.nth(0)).toContainText('→ Order confirmed');
  await expect(branches.nth(1)).toContainText('→ Agent call');
  await expect(branches.nth(2)).toContainText('→ Send SMS coupon');
  await expect(inspectorOf(page).getByRole('button', { name: 'Move Gold customers up' })).toBeDisabled();
  await expect(inspectorOf(page).getByRole('button', { name: 'Move Otherwise down' })).toBeDisabled();

  // A note, for the workshop.
  await paletteButton(page, 'note').click();
  await dragNodeTo(page, nodeOn(page, 'Note: empty'), { x: 200, y: 560 });
  await inspectorOf(page).getByLabel('Note', { exact: true }).fill('Ask legal about SMS consent');
  await expect(nodeOn(page, 'Note: Ask legal about SMS consent')).toContainText('Ask legal about SMS consent');

  // All that is left is to mark the static route.
  await expect(allNodes(page)).toHaveCount(7);
  await expect(problem(page, 'No static route is marked yet')).toBeVisible();
  await expectProblemCount(page, 1);
  await expect(toolbarOf(page).getByRole('textbox', { name: 'Journey name' })).toHaveValue('Untitled journey');

  expect(foreign, 'requests outside the app’s own origin').toEqual([]);
});
