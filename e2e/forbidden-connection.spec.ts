/**
 * The canvas refuses connections the journey grammar forbids, and says why — while the user
 * is still dragging, and again after they let go. An action may only lead to an event.
 */
import { expect, test } from '@playwright/test';
import {
  allConnections,
  dropOnCanvas,
  expectProblemCount,
  fitView,
  inspectorOf,
  nodeOn,
  startConnectionDrag,
  startNewJourney,
  openEditor,
} from './helpers';

const REASON = 'An action can only lead to an event — what the customer may do next. It cannot connect to a decision.';

test('dragging a connection from an action to a decision is refused, with the reason', async ({ page }) => {
  await openEditor(page);
  await startNewJourney(page);
  await dropOnCanvas(page, 'action', { x: 384, y: 336 });
  await fitView(page, 1);
  await dropOnCanvas(page, 'decision', { x: 660, y: 180 });
  const action = nodeOn(page, 'Action: New action');
  const decision = nodeOn(page, 'Decision: New decision');
  await expect(decision).toBeVisible();
  // No channel, no branches, neither reachable from a persona, no goal.
  await expectProblemCount(page, 5);

  // While hovering over the decision's input, the canvas says it cannot connect, and why.
  const hint = page.getByRole('status').filter({ hasText: 'Can’t connect' });
  await startConnectionDrag(page, action, decision);
  await expect(hint).toHaveText(`Can’t connect: ${REASON}`);

  // After release: no connection, the hint is gone, and a notice names the reason.
  await page.mouse.up();
  await expect(hint).toBeHidden();
  await expect(page.getByRole('status').filter({ hasText: 'Connection refused' })).toHaveText(`Connection refused: ${REASON}`);
  await expect(allConnections(page)).toHaveCount(0);
  await expect(decision).toContainText('0 branches');
  await expectProblemCount(page, 5);

  // The inspector's picker does not even offer the decision after the action.
  await action.click();
  const picker = inspectorOf(page).getByRole('combobox', { name: 'Connect New action to' });
  await expect(picker.getByRole('option')).toHaveText(['Nothing can follow yet — add a node first']);
});

test('an allowed drag from the same action to an event connects', async ({ page }) => {
  // The counterpart of the refusal: the same gesture onto an event is accepted, so the refusal above is the grammar, not the gesture.
  await openEditor(page);
  await startNewJourney(page);
  await dropOnCanvas(page, 'action', { x: 384, y: 336 });
  await fitView(page, 1);
  await dropOnCanvas(page, 'event', { x: 660, y: 180 });
  const event = nodeOn(page, 'Event: New event');
  await expect(event).toBeVisible();
  await startConnectionDrag(page, nodeOn(page, 'Action: New action'), event);
  await expect(page.getByRole('status').filter({ hasText: 'Can’t connect' })).toHaveCount(0);
  await page.mouse.up();
  await expect(allConnections(page)).toHaveCount(1);
  await expect(page.getByRole('status').filter({ hasText: 'Connection refused' })).toHaveCount(0);
  // A drawn connection is one undo step.
  await page.keyboard.press('Control+z');
  await expect(allConnections(page)).toHaveCount(0);
  await expect(event).toBeVisible();
});
