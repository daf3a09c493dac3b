/**
 * A strategist writes "starts with" conditions — as text and in the visual builder — sends the
 * journey file to a colleague, and it comes back in: accepted, the same conditions, no problems.
 * The file holds only standard JsonLogic, so any JsonLogic engine runs it.
 */
import { readFile, writeFile } from 'node:fs/promises';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { inspectorOf, nodeOn, openEditor, problemsOf, showNode, toolbarOf } from './helpers';

const branch = (page: Page, label: string) => inspectorOf(page).getByRole('listitem', { name: new RegExp(`^Branch \\d+: ${label}$`) });

async function openDecision(page: Page) {
  await showNode(page, nodeOn(page, 'Decision: Reminder channel?'));
  await nodeOn(page, 'Decision: Reminder channel?').click();
  await expect(inspectorOf(page).getByRole('heading', { name: 'Edit decision' })).toBeVisible();
}

test('starts-with conditions, typed and built visually, survive export and import with no problem', async ({ page }) => {
  await openEditor(page);
  await openDecision(page);

  // Typed in the text view.
  const sms = branch(page, 'SMS').getByLabel('Condition of SMS');
  await sms.fill('persona.name.startsWith("Deal")');
  await sms.press('Enter');
  await expect(sms).toHaveValue('persona.name.startsWith("Deal")');

  // Built in the visual builder: the Email branch's comparison becomes "ends with".
  const email = branch(page, 'Email');
  await email.getByRole('button', { name: 'Edit visually' }).click();
  const builder = email.locator('.journey-querybuilder');
  await builder.getByRole('combobox', { name: 'Operator' }).selectOption({ label: 'ends with' });
  await builder.getByRole('textbox', { name: 'Value' }).fill('ail');
  await expect(email.getByLabel('Condition of Email')).toHaveValue('persona.preferredChannel.endsWith("ail")');
  await expect(problemsOf(page)).toContainText('No problems');

  // Export: standard JsonLogic only.
  const download = page.waitForEvent('download');
  await toolbarOf(page).getByRole('button', { name: 'Export the journey as JSON' }).click();
  const text = await readFile((await (await download).path())!, 'utf8');
  expect(text).not.toMatch(/"(startsWith|endsWith)"/);
  const file = JSON.parse(text) as { journey: { name: string; edges: { id: string; branch: { condition: unknown } | null }[] } };
  const condition = (id: string) => file.journey.edges.find((e) => e.id === id)?.branch?.condition;
  expect(condition('edge-reminder-sms')).toEqual({ and: [{ '==': [{ substr: [{ var: 'persona.name' }, 0, 4] }, 'Deal'] }] });
  expect(condition('edge-reminder-email')).toEqual({ and: [{ '==': [{ substr: [{ var: 'persona.preferredChannel' }, -3] }, 'ail'] }] });

  // Import it back (the original is in the library, so it comes in as a copy and opens).
  const path = test.info().outputPath('starts-with.journey.json');
  await writeFile(path, text);
  await page.getByLabel('Journey file to import').setInputFiles(path);
  await expect(toolbarOf(page).getByLabel('Journey name')).toHaveValue(`${file.journey.name} (copy)`);
  await openDecision(page);
  await expect(branch(page, 'SMS').getByLabel('Condition of SMS')).toHaveValue('persona.name.startsWith("Deal")');
  await expect(branch(page, 'Email').getByLabel('Condition of Email')).toHaveValue('persona.preferredChannel.endsWith("ail")');
  await expect(problemsOf(page)).toContainText('No problems');

  // The visual builder opens it as the operator it was built with.
  await branch(page, 'SMS').getByRole('button', { name: 'Edit visually' }).click();
  await expect(branch(page, 'SMS').getByRole('combobox', { name: 'Operator' })).toHaveValue('beginsWith');
  await expect(branch(page, 'SMS').getByRole('textbox', { name: 'Value' })).toHaveValue('Deal');
  // Typed text replaces what the open builder shows.
  await branch(page, 'SMS').getByLabel('Condition of SMS').fill('persona.name.endsWith("hunter")');
  await branch(page, 'SMS').getByLabel('Condition of SMS').press('Enter');
  await expect(branch(page, 'SMS').getByRole('combobox', { name: 'Operator' })).toHaveValue('endsWith');
  await expect(branch(page, 'SMS').getByRole('textbox', { name: 'Value' })).toHaveValue('hunter');
  const axe = await new AxeBuilder({ page }).include('[aria-label="Inspector and problems"]').analyze();
  expect(axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.help}`)).toEqual([]);
});
