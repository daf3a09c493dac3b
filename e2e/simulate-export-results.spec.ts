/** After the workshop: the results go to a spreadsheet as CSV — the summary, every customer, the traffic. */
import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import Papa from 'papaparse';
import { openEditor, toolbarOf } from './helpers';

const results = (page: Page) => page.getByRole('complementary', { name: 'Simulation results' });

async function download(page: Page, button: string): Promise<{ name: string; text: string; lines: string[] }> {
  const downloaded = page.waitForEvent('download');
  await results(page).getByRole('group', { name: 'Export results' }).getByRole('button', { name: button }).click();
  const file = await downloaded;
  const text = await readFile((await file.path())!, 'utf8');
  // A byte-order mark first (Excel reads UTF-8 then), CRLF after every row, the last one too.
  expect(text.startsWith('\uFEFF')).toBe(true);
  expect(text.endsWith('\r\n')).toBe(true);
  return { name: file.suggestedFilename(), text, lines: text.slice(1).split('\r\n').filter((l) => l !== '') };
}

async function selectScenario(page: Page) {
  await openEditor(page);
  await toolbarOf(page).getByRole('button', { name: 'Simulate' }).click();
  await page.getByRole('region', { name: 'Simulation', exact: true }).getByLabel('Replay').selectOption({ label: 'Retail: cart abandonment during an SMS gateway outage' });
  await expect(results(page)).toContainText('13 → 30 goals');
}

test('export the results of a scenario as CSV: summary, customers and traffic', async ({ page }) => {
  await selectScenario(page);

  const customers = await download(page, 'Customers CSV');
  expect(customers.name).toBe('cart-abandonment-customers.csv');
  expect(customers.lines[0]).toBe(
    'mode,customer_id,persona_id,persona_name,goal_reached,time_to_goal_minutes,steps_to_goal,steps,events,off_route,stalls,re_routes,ignored,timers,actions,cost,satisfaction,end,' +
      'actions_email,actions_sms,actions_push,actions_web,actions_app,actions_phone,actions_chat,actions_social,actions_in-store,actions_agent',
  );
  // One row per customer and mode: 34 customers, static and dynamic.
  expect(customers.lines).toHaveLength(1 + 2 * 34);
  expect(customers.lines.filter((l) => l.startsWith('dynamic,') && l.split(',')[4] === 'true')).toHaveLength(30);
  expect(customers.lines[1]).toMatch(/^static,r01,[\w-]+,Bargain hunter,/);

  const summary = await download(page, 'Summary CSV');
  expect(summary.lines[0]).toBe('measure,static,dynamic,difference');
  expect(summary.lines).toHaveLength(1 + 13);
  expect(summary.lines).toContain('Goals reached,13,30,17');
  // 13/34 and 30/34 in percent to a tenth, the difference in percentage points.
  expect(summary.lines).toContain('Goal rate (%),38.2,88.2,50');
  // Nobody in the scenario's log drops off; the measure is there for generated populations.
  expect(summary.lines).toContain('Dropped off,0,0,0');

  const traffic = await download(page, 'Traffic CSV');
  expect(traffic.lines[0]).toBe('kind,id,node_kind,name,from,to,branch,static,dynamic');
  expect(traffic.lines.find((l) => l.startsWith('edge,reach>email,'))).toMatch(/,0,16$/);
  // Every node (notes aside) and every edge of the journey, in the journey's order — the scenario's journey is the retail sample.
  const rows = Papa.parse<Record<string, string>>(traffic.text.slice(1), { header: true, skipEmptyLines: true }).data;
  const { journey } = JSON.parse(await readFile('public/samples/retail.journey.json', 'utf8')) as { journey: { nodes: { id: string; kind: string }[]; edges: { id: string }[] } };
  expect(rows.filter((r) => r.kind === 'node').map((r) => r.id)).toEqual(journey.nodes.filter((n) => n.kind !== 'note').map((n) => n.id));
  expect(rows.filter((r) => r.kind === 'edge').map((r) => r.id)).toEqual(journey.edges.map((e) => e.id));
});

test('a log whose customer ids are formulas exports as text a spreadsheet will not run', async ({ page }) => {
  await selectScenario(page);
  const hostile = ['=HYPERLINK("http://x","click")', '@SUM(1+1)', '+1+2', '-2+3'];
  const log = Papa.parse<string[]>(await readFile('public/samples/retail-log.csv', 'utf8'), { skipEmptyLines: true }).data;
  const renamed = log.map((row, i) => (i === 0 ? row : [{ r01: hostile[0], r02: hostile[1], r03: hostile[2], r04: hostile[3] }[row[0]!] ?? row[0]!, ...row.slice(1)]));
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('region', { name: 'Simulation', exact: true }).getByRole('button', { name: 'Import log…' }).click();
  await (await chooser).setFiles({ name: 'hostile-log.csv', mimeType: 'text/csv', buffer: Buffer.from(Papa.unparse(renamed)) });
  await expect(results(page)).toContainText('of 34 customers');

  const customers = await download(page, 'Customers CSV');
  const cells = Papa.parse<string[]>(customers.text.slice(1), { skipEmptyLines: true }).data;
  const ids = cells.slice(1).map((r) => r[1]);
  for (const h of hostile) expect(ids.filter((id) => id === `'${h}`)).toHaveLength(2);
  // No text cell starts a formula; numbers (a negative satisfaction too) stay numbers.
  expect(cells.flat().filter((c) => /^[=+@\t\r]/.test(c) || (/^-/.test(c) && !/^-\d+(\.\d+)?$/.test(c)))).toEqual([]);
});
