/**
 * Every edit can be undone and redone — from the keyboard (Ctrl+Z, Ctrl+Shift+Z) and from the
 * toolbar — and nodes can be copied, pasted, duplicated and deleted with the usual keys.
 */
import { expect, test } from '@playwright/test';
import { allConnections, allNodes, expectProblemCount, field, inspectorOf, nodeOn, openEditor, paletteButton, positionOf, toolbarOf, showNode } from './helpers';

const SAMPLE_NODES = 23;
const SAMPLE_CONNECTIONS = 34;

test.beforeEach(async ({ page }) => {
  await openEditor(page);
});

test('adding a node is undone and redone with the keys and the toolbar', async ({ page }) => {
  const undo = toolbarOf(page).getByRole('button', { name: 'Undo' });
  const redo = toolbarOf(page).getByRole('button', { name: 'Redo' });
  // The sample is where history starts.
  await expect(undo).toBeDisabled();
  await expect(redo).toBeDisabled();

  await paletteButton(page, 'persona').click();
  const added = nodeOn(page, 'Persona: New persona');
  await expect(added).toHaveCount(1);
  await expect(undo).toBeEnabled();

  await page.keyboard.press('Control+z');
  await expect(added).toHaveCount(0);
  await expect(allNodes(page)).toHaveCount(SAMPLE_NODES);
  await expect(undo).toBeDisabled();
  await expect(redo).toBeEnabled();

  await page.keyboard.press('Control+Shift+z');
  await expect(added).toHaveCount(1);
  await expect(redo).toBeDisabled();

  await undo.click();
  await expect(added).toHaveCount(0);
  await redo.click();
  await expect(added).toHaveCount(1);

  // Even a new journey can be undone: the old one comes back whole.
  await toolbarOf(page).getByRole('button', { name: 'New journey' }).click();
  await expect(allNodes(page)).toHaveCount(0);
  await page.keyboard.press('Control+z');
  await expect(allNodes(page)).toHaveCount(SAMPLE_NODES + 1);
  await expect(allConnections(page)).toHaveCount(SAMPLE_CONNECTIONS);
  await expect(toolbarOf(page).getByRole('textbox', { name: 'Journey name' })).toHaveValue('Retail cart abandonment');
});

test('typing a name in the inspector is one undo step', async ({ page }) => {
  await nodeOn(page, 'Persona: Deal hunter').click();
  const name = field(page, 'Name');
  await name.press('End');
  await name.pressSequentially(' VIP');
  await expect(nodeOn(page, 'Persona: Deal hunter VIP')).toBeVisible();

  // One undo takes the whole word back, not one letter.
  await toolbarOf(page).getByRole('button', { name: 'Undo' }).click();
  await expect(nodeOn(page, 'Persona: Deal hunter')).toBeVisible();
  await expect(name).toHaveValue('Deal hunter');
  await expect(toolbarOf(page).getByRole('button', { name: 'Undo' })).toBeDisabled();

  await page.keyboard.press('Control+Shift+z');
  await expect(nodeOn(page, 'Persona: Deal hunter VIP')).toBeVisible();
  await expect(name).toHaveValue('Deal hunter VIP');
});

test('moving a node with the arrow keys is undone one step at a time', async ({ page }) => {
  const node = nodeOn(page, 'Persona: Deal hunter');
  const start = await positionOf(node);
  await node.click();
  await expect(node).toBeFocused();

  // Snap to grid is on: each press moves one 20-unit grid step.
  await page.keyboard.press('ArrowRight');
  await expect.poll(() => positionOf(node)).toEqual({ x: start.x + 20, y: start.y });
  await page.keyboard.press('ArrowDown');
  await expect.poll(() => positionOf(node)).toEqual({ x: start.x + 20, y: start.y + 20 });

  await page.keyboard.press('Control+z');
  await expect.poll(() => positionOf(node)).toEqual({ x: start.x + 20, y: start.y });
  await page.keyboard.press('Control+z');
  await expect.poll(() => positionOf(node)).toEqual(start);
  await page.keyboard.press('Control+Shift+z');
  await expect.poll(() => positionOf(node)).toEqual({ x: start.x + 20, y: start.y });
});

test('the Delete key removes a node with its connections; undo restores both', async ({ page }) => {
  // "Browses product" has three personas leading in and one action leading out.
  await nodeOn(page, 'Event: Browses product').click();
  await page.keyboard.press('Delete');
  await expect(nodeOn(page, 'Event: Browses product')).toHaveCount(0);
  await expect(allConnections(page)).toHaveCount(SAMPLE_CONNECTIONS - 4);
  await expect(inspectorOf(page)).toContainText('Select a node or a connection to edit it here.');

  await page.keyboard.press('Control+z');
  await expect(nodeOn(page, 'Event: Browses product')).toHaveCount(1);
  await expect(allConnections(page)).toHaveCount(SAMPLE_CONNECTIONS);
  await expectProblemCount(page, 0);
});

test('copy and paste, with the keys and the toolbar, make independent copies', async ({ page }) => {
  // Nothing copied yet: Paste says so rather than doing nothing.
  await toolbarOf(page).getByRole('button', { name: 'Paste' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Nothing to paste yet' })).toBeVisible();
  await expect(allNodes(page)).toHaveCount(SAMPLE_NODES);

  await nodeOn(page, 'Persona: Deal hunter').click();
  await page.keyboard.press('Control+c');
  await page.keyboard.press('Control+v');
  await expect(nodeOn(page, 'Persona: Deal hunter')).toHaveCount(2);
  await expect(allNodes(page)).toHaveCount(SAMPLE_NODES + 1);

  // The copy is selected; renaming it leaves the original alone.
  await field(page, 'Name').fill('Deal hunter (copy)');
  await expect(nodeOn(page, 'Persona: Deal hunter')).toHaveCount(1);
  await expect(nodeOn(page, 'Persona: Deal hunter (copy)')).toHaveCount(1);

  await toolbarOf(page).getByRole('button', { name: 'Copy' }).click();
  await toolbarOf(page).getByRole('button', { name: 'Paste' }).click();
  await expect(nodeOn(page, 'Persona: Deal hunter (copy)')).toHaveCount(2);

  // Two connected nodes copy with the connection between them.
  await nodeOn(page, 'Event: Browses product').click();
  await nodeOn(page, 'Action: Show recommendations').click({ modifiers: ['Control'] });
  await expect(inspectorOf(page).getByRole('heading', { name: '2 nodes and 0 connections selected' })).toBeVisible();
  await page.keyboard.press('Control+c');
  await page.keyboard.press('Control+v');
  await expect(nodeOn(page, 'Event: Browses product')).toHaveCount(2);
  await expect(nodeOn(page, 'Action: Show recommendations')).toHaveCount(2);
  await expect(allConnections(page)).toHaveCount(SAMPLE_CONNECTIONS + 1);

  // Undo takes the last paste away as one step.
  await page.keyboard.press('Control+z');
  await expect(nodeOn(page, 'Event: Browses product')).toHaveCount(1);
  await expect(allConnections(page)).toHaveCount(SAMPLE_CONNECTIONS);
  await expect(allNodes(page)).toHaveCount(SAMPLE_NODES + 2);

  // Cut removes the node and its connections; paste brings the node back as a copy.
  await nodeOn(page, 'Persona: Busy professional').click();
  await page.keyboard.press('Control+x');
  await expect(nodeOn(page, 'Persona: Busy professional')).toHaveCount(0);
  await expect(allConnections(page)).toHaveCount(SAMPLE_CONNECTIONS - 1);
  await page.keyboard.press('Control+v');
  await expect(nodeOn(page, 'Persona: Busy professional')).toHaveCount(1);
});

test('Ctrl+D duplicates the selection', async ({ page }) => {
  await showNode(page, nodeOn(page, 'Action: Agent chat'));
  await nodeOn(page, 'Action: Agent chat').click();
  await page.keyboard.press('Control+d');
  await expect(nodeOn(page, 'Action: Agent chat')).toHaveCount(2);
  await expect(allNodes(page)).toHaveCount(SAMPLE_NODES + 1);
  // The duplicate is what is selected now, and it is a separate node from the original.
  await field(page, 'Name').fill('Agent video call');
  await expect(nodeOn(page, 'Action: Agent chat')).toHaveCount(1);
  await expect(nodeOn(page, 'Action: Agent video call')).toHaveCount(1);
});

test('select all, then Delete, empties the canvas; undo brings everything back', async ({ page }) => {
  await page.keyboard.press('Control+a');
  await expect(inspectorOf(page).getByRole('heading', { name: `${SAMPLE_NODES} nodes and ${SAMPLE_CONNECTIONS} connections selected` })).toBeVisible();
  await page.keyboard.press('Delete');
  await expect(allNodes(page)).toHaveCount(0);
  await expect(allConnections(page)).toHaveCount(0);
  await expect(page.getByRole('heading', { name: 'Start with a persona' })).toBeVisible();
  await expectProblemCount(page, 0);

  await page.keyboard.press('Control+z');
  await expect(allNodes(page)).toHaveCount(SAMPLE_NODES);
  await expect(allConnections(page)).toHaveCount(SAMPLE_CONNECTIONS);
  await expect(page.getByRole('heading', { name: 'Start with a persona' })).toBeHidden();
  await expect(nodeOn(page, 'Action: Order confirmed (goal)')).toBeVisible();
  await expectProblemCount(page, 0);
});
