/**
 * The static route is the printed map a static journey follows: an ordered chain of connections
 * from a first event (or persona) to a goal. It is marked connection by connection in the inspector.
 */
import { expect, test } from '@playwright/test';
import {
  allConnections,
  canvasOf,
  clickConnection,
  connectionOn,
  connectWithPicker,
  dropOnCanvas,
  expectProblemCount,
  field,
  fitView,
  inspectorOf,
  nodeOn,
  openEditor,
  problem,
  startNewJourney,
} from './helpers';

test('on the sample, a route connection says its step; removing the last step breaks the route', async ({ page }) => {
  await openEditor(page);
  await expectProblemCount(page, 0);

  // Step 9 of the sample's route: "High-value cart?" → "Send 10% discount email" (the "Up to 100" branch).
  await clickConnection(page, nodeOn(page, 'Decision: High-value cart?'), nodeOn(page, 'Action: Send 10% discount email'));
  await expect(inspectorOf(page).getByRole('heading', { name: 'Edit connection' })).toBeVisible();
  await expect(inspectorOf(page)).toContainText('From High-value cart? to Send 10% discount email');
  const step9 = inspectorOf(page).getByRole('button', { name: 'Remove from static route (step 9)' });
  await expect(step9).toHaveAttribute('aria-pressed', 'true');

  // Taking a step out of the middle would leave a gap: refused, with the reason.
  await step9.click();
  await expect(page.getByRole('status').filter({ hasText: 'Static route not changed' })).toContainText('The route has gaps');
  await expect(step9).toBeVisible();
  await expectProblemCount(page, 0);

  // The last step, "Purchases" → "Order confirmed", can go — and the route then ends short of the goal.
  await clickConnection(page, nodeOn(page, 'Event: Purchases'), nodeOn(page, 'Action: Order confirmed (goal)'));
  await expect(inspectorOf(page)).toContainText('From Purchases to Order confirmed');
  await inspectorOf(page).getByRole('button', { name: 'Remove from static route (step 11)' }).click();
  const addBack = inspectorOf(page).getByRole('button', { name: 'Add to static route' });
  await expect(addBack).toHaveAttribute('aria-pressed', 'false');
  const broken = problem(page, 'The static route ends at "Purchases", which is not a goal action');
  await expect(broken).toBeVisible();
  await expectProblemCount(page, 1);

  // Putting it back repairs the route.
  await addBack.click();
  await expect(inspectorOf(page).getByRole('button', { name: 'Remove from static route (step 11)' })).toBeVisible();
  await expect(broken).toHaveCount(0);
  await expectProblemCount(page, 0);
});

test('a small route built with "Add to static route" shows numbered steps; a route that no longer reaches a goal is a problem', async ({ page }) => {
  await openEditor(page);
  await startNewJourney(page);
  // Three nodes side by side (a new journey starts at 100 %), with room between them to click a
  // connection clear of the handles' hit areas, then fit them to the screen.
  await dropOnCanvas(page, 'persona', { x: 120, y: 336 });
  await dropOnCanvas(page, 'event', { x: 390, y: 336 });
  await dropOnCanvas(page, 'action', { x: 660, y: 336 });
  await fitView(page);

  const persona = nodeOn(page, 'Persona: New persona');
  const event = nodeOn(page, 'Event: New event');
  await field(page, 'Name').fill('Buys');
  await field(page, 'Channel').selectOption({ label: 'Web' });
  await field(page, 'Outcome').selectOption({ label: 'Goal — journey success' });
  const action = nodeOn(page, 'Action: Buys (goal)');
  await persona.click();
  await field(page, 'Share of the population').fill('100');
  await connectWithPicker(page, 'Event: New event');
  await event.click();
  await connectWithPicker(page, 'Action: Buys');
  await expect(allConnections(page)).toHaveCount(2);
  await expect(problem(page, 'No static route is marked yet')).toBeVisible();
  await expectProblemCount(page, 1);

  const steps = canvasOf(page).getByTitle('Step on the static route');
  await expect(steps).toHaveCount(0);

  // The event → action connection first: it is step 1 for now.
  await clickConnection(page, event, action);
  await inspectorOf(page).getByRole('button', { name: 'Add to static route' }).click();
  await expect(inspectorOf(page).getByRole('button', { name: 'Remove from static route (step 1)' })).toBeVisible();
  await expect(steps).toHaveText(['1']);
  const stepNumbers = async () => (await steps.allTextContents()).sort();

  // Then persona → event: the route is put in order, so it becomes step 1 and the other step 2.
  await clickConnection(page, persona, event);
  await inspectorOf(page).getByRole('button', { name: 'Add to static route' }).click();
  await expect(inspectorOf(page).getByRole('button', { name: 'Remove from static route (step 1)' })).toBeVisible();
  await expect.poll(stepNumbers).toEqual(['1', '2']);
  await clickConnection(page, event, action);
  await expect(inspectorOf(page).getByRole('button', { name: 'Remove from static route (step 2)' })).toBeVisible();
  await expect(connectionOn(page, 'Connection on the static route')).toHaveCount(2);
  await expect(persona).toContainText('On the static route');
  await expect(action).toContainText('On the static route');
  await expectProblemCount(page, 0);

  // The action stops being the goal: the route now ends nowhere useful.
  await action.click();
  await field(page, 'Outcome').selectOption({ label: 'The journey goes on' });
  await expect(problem(page, 'The static route ends at "Buys", which is not a goal action; it should end at a goal.')).toBeVisible();
  await expect(problem(page, 'The journey has no goal')).toBeVisible();
  await expectProblemCount(page, 2);
});
