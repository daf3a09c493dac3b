/** After the workshop: the results go to a spreadsheet as CSV — the summary, every customer, the traffic. */
import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import { openEditor, toolbarOf } from './helpers';

const results = (page: Page) => page.getByRole('complementary', { name: 'Simulation results' });

async function download(page: Page, button: string): Promise<{ name: string; lines: string[] }> {
  const downloaded = page.waitForEvent('download');
  await results(page).getByRole('group', { name: 'Export results' }).getByRole('button', { name: button }).click();
  const file = await downloaded;
  const text = await readFile((await file.path())!, 'utf8');
  return { name: file.suggestedFilename(), lines: text.split('\n').filter((l) => l !== '') };
}

test('export the results of a scenario as CSV: summary, customers and traffic', async ({ page }) => {
  await openEditor(page);
  await toolbarOf(page).getByRole('button', { name: 'Simulate' }).click();
  await page.getByRole('region', { name: 'Simulation', exact: true }).getByLabel('Replay').selectOption({ label: 'Retail: cart abandonment during an SMS gateway outage' });
  await expect(results(page)).toContainText('13 → 30 goals');

  const customers = await download(page, 'Customers CSV');
  expect(customers.name).toBe('cart-abandonment-customers.csv');
  expect(customers.lines[0]).toBe(
    'mode,customer_id,persona,goal_reached,time_to_goal_minutes,steps_to_goal,steps,events,off_route,stalls,re_routes,timers,actions,cost,satisfaction,end,' +
      'actions_email,actions_sms,actions_push,actions_web,actions_app,actions_phone,actions_chat,actions_social,actions_in-store,actions_agent',
  );
  // One row per customer and mode: 34 customers, static and dynamic.
  expect(customers.lines).toHaveLength(1 + 2 * 34);
  expect(customers.lines.filter((l) => l.startsWith('dynamic,') && l.split(',')[3] === 'true')).toHaveLength(30);

  const summary = await download(page, 'Summary CSV');
  expect(summary.lines[0]).toBe('metric,static,dynamic,difference');
  expect(summary.lines).toHaveLength(1 + 13);
  expect(summary.lines).toContain('Goals reached,13,30,17');
  // Nobody in the scenario's log drops off; the measure is there for generated populations.
  expect(summary.lines).toContain('Dropped off,0,0,0');

  const traffic = await download(page, 'Traffic CSV');
  expect(traffic.lines[0]).toBe('kind,id,static,dynamic');
  expect(traffic.lines).toContain('edge,reach>email,0,16');
});
