/**
 * Everything in the editor can be done without a mouse: adding nodes from the palette with
 * Tab and Enter or with the number keys, selecting and connecting them, and finding the
 * keyboard shortcuts with "?". Every control Tab reaches says what it is.
 */
import { expect, test, type Locator, type Page } from '@playwright/test';
import { allConnections, allNodes, inspectorOf, nodeOn, openEditor, paletteButton, toolbarOf } from './helpers';

/** Presses Tab until `target` has focus, as a keyboard user would; fails after `max` presses. */
async function tabTo(page: Page, target: Locator, max = 40): Promise<void> {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    if (await target.evaluate((el) => el === document.activeElement)) return;
  }
  throw new Error(`Tab never reached ${target}`);
}

/** The focused element's role and accessible name, as Playwright's ARIA snapshot states them. */
async function focusedControl(page: Page): Promise<{ role: string; name: string; inside: string | null }> {
  const focused = page.locator(':focus');
  const snapshot = (await focused.ariaSnapshot()).split('\n')[0]!;
  const m = /^- ([\w-]+)(?: "((?:[^"\\]|\\.)*)")?/.exec(snapshot);
  const inside = await focused.evaluate((el) => (el.closest('header') ? 'toolbar' : el.closest('nav') ? 'palette' : null));
  return { role: m?.[1] ?? snapshot, name: m?.[2] ?? '', inside };
}

test('Tab to a palette button and press Enter (or Space) to add a node', async ({ page }) => {
  await openEditor(page);
  await tabTo(page, paletteButton(page, 'persona'));
  await page.keyboard.press('Enter');
  await expect(nodeOn(page, 'Persona: New persona')).toHaveCount(1);
  await expect(inspectorOf(page).getByRole('heading', { name: 'Edit persona' })).toBeVisible();
  // Focus stays in the palette, so the next kind is one Tab away.
  await expect(paletteButton(page, 'persona')).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(paletteButton(page, 'event')).toBeFocused();
  await page.keyboard.press('Space');
  await expect(nodeOn(page, 'Event: New event')).toHaveCount(1);
  await expect(allNodes(page)).toHaveCount(25);
});

test('keys 1 to 5 add each kind; a node is selected and connected without the mouse', async ({ page }) => {
  await openEditor(page);
  await tabTo(page, toolbarOf(page).getByRole('button', { name: 'New journey' }));
  await page.keyboard.press('Enter');
  await expect(allNodes(page)).toHaveCount(0);

  // Escape between keys: with nothing selected each new node goes near the centre, unconnected
  // (with a node selected, the next one would become its next step).
  for (const key of ['1', '2', '3', '4', '5']) {
    await page.keyboard.press(key);
    if (key !== '5') await page.keyboard.press('Escape');
  }
  await expect(allConnections(page)).toHaveCount(0);
  for (const name of ['Persona: New persona', 'Event: New event', 'Decision: New decision', 'Action: New action', 'Note: empty']) {
    await expect(nodeOn(page, name)).toHaveCount(1);
  }
  await expect(allNodes(page)).toHaveCount(5);
  await expect(inspectorOf(page).getByRole('heading', { name: 'Edit note' })).toBeVisible();

  // Tab onto the persona on the canvas, select it with Enter, then connect it with the inspector's picker.
  const persona = nodeOn(page, 'Persona: New persona');
  await tabTo(page, persona);
  await page.keyboard.press('Enter');
  await expect(inspectorOf(page).getByRole('heading', { name: 'Edit persona' })).toBeVisible();
  const picker = inspectorOf(page).getByRole('combobox', { name: 'Connect New persona to' });
  await tabTo(page, picker);
  await page.keyboard.press('ArrowDown');
  await expect(picker).toHaveValue(/^event-/);
  await page.keyboard.press('Tab');
  await expect(inspectorOf(page).getByRole('button', { name: 'Connect' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(allConnections(page)).toHaveCount(1);
  await expect(inspectorOf(page).getByRole('list', { name: 'Leads to' })).toContainText('→ New event');

  // Escape (outside a field) clears the selection.
  await page.keyboard.press('Escape');
  await expect(inspectorOf(page)).toContainText('Select a node or a connection to edit it here.');
});

test('"?" opens the keyboard shortcuts and Escape closes them', async ({ page }) => {
  await openEditor(page);
  await tabTo(page, paletteButton(page, 'note'));
  await page.keyboard.press('?');
  const dialog = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect(dialog).toBeVisible();
  // The help is generated from the commands, keys included.
  await expect(dialog.getByRole('region', { name: 'Edit' })).toMatchAriaSnapshot(`
    - term: Undo
    - definition: Ctrl+Z
    - term: Redo
    - definition: Ctrl+Shift+Z
  `);
  await expect(dialog.getByRole('region', { name: 'Add' })).toMatchAriaSnapshot(`
    - term: Add persona
    - definition: "1"
  `);
  // Keys typed while the help is open do not edit the journey behind it.
  await page.keyboard.press('1');
  await expect(allNodes(page)).toHaveCount(23);

  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  // Focus goes back where it was, and the shortcuts work again.
  await expect(paletteButton(page, 'note')).toBeFocused();
  await page.keyboard.press('?');
  await expect(dialog).toBeVisible();
  await dialog.getByRole('button', { name: 'Close keyboard shortcuts' }).click();
  await expect(dialog).toBeHidden();
});

test('every toolbar and palette control that Tab reaches has an accessible name', async ({ page }) => {
  await openEditor(page);
  // Make an edit so Undo is enabled and reachable too; focus stays at the top of the page.
  await page.keyboard.press('5');
  await expect(toolbarOf(page).getByRole('button', { name: 'Undo' })).toBeEnabled();

  const seen: string[] = [];
  const unnamed: string[] = [];
  let leftPalette = false;
  for (let i = 0; i < 40 && !leftPalette; i++) {
    await page.keyboard.press('Tab');
    const control = await focusedControl(page);
    if (control.inside === null) {
      leftPalette = seen.length > 0;
      continue;
    }
    seen.push(`${control.inside}: ${control.role} "${control.name}"`);
    if (control.name.trim() === '') unnamed.push(`${control.inside}: ${control.role} #${seen.length}`);
  }
  expect(unnamed, `controls without a name, among:\n${seen.join('\n')}`).toEqual([]);
  // The walk really covered both bars.
  for (const name of ['Journey name', 'New journey', 'Undo', 'Copy', 'Paste', 'Auto-layout left to right', 'Snap to grid on/off', 'Keyboard shortcuts']) {
    expect(seen.some((s) => s.startsWith('toolbar') && s.includes(`"${name}"`)), `${name} in the Tab order`).toBe(true);
  }
  for (const kind of ['persona', 'event', 'decision', 'action', 'note']) {
    expect(seen, `Add ${kind} in the Tab order`).toContain(`palette: button "Add ${kind[0]!.toUpperCase()}${kind.slice(1)}"`);
  }
});
