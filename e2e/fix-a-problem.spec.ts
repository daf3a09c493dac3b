/**
 * The Problems panel lists what is wrong with the journey. Choosing a problem selects its node
 * in the inspector (and brings it into view); fixing it removes the problem and the count drops.
 */
import { expect, test } from '@playwright/test';
import { canvasOf, connectWithPicker, expectProblemCount, field, fitView, inspectorOf, nodeOn, openEditor, paletteButton, problem, problemsOf, showNode, toolbarOf } from './helpers';

test('an action with no channel: choose the problem, fix it in the inspector', async ({ page }) => {
  await openEditor(page);
  await expectProblemCount(page, 0);
  await expect(problemsOf(page)).toContainText('No problems — this journey is ready to simulate.');

  // Create the problem: take the SMS reminder's channel away.
  await showNode(page, nodeOn(page, 'Action: Send SMS reminder'));
  await nodeOn(page, 'Action: Send SMS reminder').click();
  await field(page, 'Channel').selectOption({ label: 'Choose a channel…' });
  const noChannel = problem(page, '"Send SMS reminder" has no channel.');
  await expect(noChannel).toBeVisible();
  await expect(noChannel).toHaveAccessibleName('Error: "Send SMS reminder" has no channel.');
  await expectProblemCount(page, 1);

  // The toolbar count opens the list and puts focus on it, even when it was collapsed.
  const panelToggle = problemsOf(page).getByRole('button', { name: 'Problems (1)' });
  await panelToggle.click();
  await expect(panelToggle).toHaveAttribute('aria-expanded', 'false');
  await expect(noChannel).toHaveCount(0);
  await toolbarOf(page).getByRole('button', { name: '1 problem — show the list' }).click();
  await expect(panelToggle).toHaveAttribute('aria-expanded', 'true');
  await expect(problemsOf(page)).toBeFocused();

  // Select something else, then choose the problem: its node is selected and shown.
  await fitView(page);
  await nodeOn(page, 'Persona: Deal hunter').click();
  await expect(inspectorOf(page).getByRole('heading', { name: 'Edit persona' })).toBeVisible();
  await noChannel.click();
  await expect(inspectorOf(page).getByRole('heading', { name: 'Edit action' })).toBeVisible();
  await expect(field(page, 'Name')).toHaveValue('Send SMS reminder');
  await expect(inspectorOf(page).getByRole('list', { name: 'Problems here' })).toContainText('"Send SMS reminder" has no channel.');
  // The canvas centres on it, zoomed in far enough to read it.
  await expect(nodeOn(page, 'Action: Send SMS reminder')).toContainText('No channel · cost 0.08');
  await expect(nodeOn(page, 'Action: Send SMS reminder').getByTitle('1 problem')).toBeVisible();
  await expect(nodeOn(page, 'Action: Send SMS reminder')).toBeInViewport();

  // Fix it.
  await field(page, 'Channel').selectOption({ label: 'SMS' });
  await expect(noChannel).toHaveCount(0);
  await expectProblemCount(page, 0);
  await expect(inspectorOf(page).getByRole('list', { name: 'Problems here' })).toHaveCount(0);
  await expect(nodeOn(page, 'Action: Send SMS reminder')).toContainText('SMS · cost 0.08');
  await expect(nodeOn(page, 'Action: Send SMS reminder').getByTitle('1 problem')).toHaveCount(0);
});

test('an unconnected decision: its problems lead to it, and connecting it fixes them', async ({ page }) => {
  await openEditor(page);
  await paletteButton(page, 'decision').click();
  const noBranches = problem(page, '"New decision" has no branches. Connect it to what should happen next.');
  const unreachable = problem(page, '"New decision" cannot be reached from any persona.');
  await expect(noBranches).toBeVisible();
  await expect(unreachable).toHaveAccessibleName('Warning: "New decision" cannot be reached from any persona.');
  await expectProblemCount(page, 2);

  await canvasOf(page).getByRole('group', { name: 'Persona: Loyal regular' }).click();
  await noBranches.click();
  await expect(inspectorOf(page).getByRole('heading', { name: 'Edit decision' })).toBeVisible();
  await expect(field(page, 'Name')).toHaveValue('New decision');
  await expect(nodeOn(page, 'Decision: New decision')).toBeInViewport();

  // A branch to an action fixes the first problem.
  await connectWithPicker(page, 'Action: Agent chat');
  await expect(noBranches).toHaveCount(0);
  await expectProblemCount(page, 1);

  // Leading an event into it fixes the second.
  await unreachable.click();
  await expect(field(page, 'Name')).toHaveValue('New decision');
  await showNode(page, nodeOn(page, 'Event: Calls support'));
  await nodeOn(page, 'Event: Calls support').click();
  await connectWithPicker(page, 'Decision: New decision');
  await expect(unreachable).toHaveCount(0);
  await expectProblemCount(page, 0);
});
