/**
 * On a 1280×720 projector (and a 1024×768 one) the simulation bar fits the screen whatever is
 * replayed: nothing scrolls sideways, every control is on screen. The results table fits its
 * panel, and the customer picker names customers by persona, finds them by name, outcome and
 * what dynamic changed, from the keyboard too.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { openEditor, toolbarOf } from './helpers';

const bar = (page: Page) => page.getByRole('region', { name: 'Simulation', exact: true });
const results = (page: Page) => page.getByRole('complementary', { name: 'Simulation results' });
const replay = (page: Page) => bar(page).getByLabel('Replay');
const done = (page: Page) => expect(bar(page).getByRole('status').filter({ hasText: /customers in/ })).toBeVisible();

/** Nothing scrolls sideways, and every control of the bar (and of an open bar popover) is wholly on screen. */
async function expectBarFits(page: Page, what: string): Promise<void> {
  const { scrollWidth, width, outside } = await page.evaluate(() => {
    const controls = document.querySelectorAll<HTMLElement>('section[aria-label="Simulation"] :is(button, select, input:not(.sr-only), [role="timer"], [role="status"])');
    const outside: string[] = [];
    for (const c of controls) {
      const r = c.getBoundingClientRect();
      if (r.width === 0 && r.height === 0) continue;
      if (r.left < 0 || r.top < 0 || r.right > innerWidth + 0.5 || r.bottom > innerHeight + 0.5) outside.push(c.getAttribute('aria-label') ?? c.textContent?.trim() ?? c.tagName);
    }
    return { scrollWidth: document.scrollingElement!.scrollWidth, width: window.innerWidth, outside };
  });
  expect(scrollWidth, `${what}: page width`).toBeLessThanOrEqual(width);
  expect(outside, `${what}: controls past the screen's edge`).toEqual([]);
}

/** No cell of the results table cuts its text. */
async function expectTableFits(page: Page, what: string): Promise<void> {
  const table = results(page).getByRole('table');
  await expect(table).toBeVisible();
  const cut = await table.evaluate((t) => [...t.querySelectorAll('th, td')].filter((c) => c.scrollWidth > c.clientWidth).map((c) => c.textContent));
  expect(cut, `${what}: cut cells`).toEqual([]);
  expect(await table.evaluate((t) => t.getBoundingClientRect().right <= t.closest('aside')!.getBoundingClientRect().right), `${what}: table inside the panel`).toBe(true);
}

for (const size of [
  { width: 1280, height: 720 },
  { width: 1024, height: 768 },
]) {
  test(`the bar fits at ${size.width}×${size.height} for every Replay choice, and so does the results table`, async ({ page }) => {
    await page.setViewportSize(size);
    await openEditor(page);
    await toolbarOf(page).getByRole('button', { name: 'Simulate' }).click();
    await expectBarFits(page, 'nothing chosen');
    // The bar's controls load on first use: wait for the scenarios before reading them.
    await expect(replay(page).locator('optgroup[label="Workshop scenarios"] option')).toHaveCount(3);
    const scenarios = (await replay(page).locator('optgroup[label="Workshop scenarios"] option').allTextContents()).map((t) => t.trim());
    for (const title of scenarios) {
      await replay(page).selectOption({ label: title });
      await done(page);
      await expectBarFits(page, title);
      await expectTableFits(page, title);
    }
    // An imported log — of the retail scenario's customers, so onto its journey (the last scenario opened the bank's).
    await replay(page).selectOption({ label: scenarios[0]! });
    await done(page);
    await bar(page).getByLabel('Interaction log file (CSV or JSON)').setInputFiles('public/samples/retail-log.csv');
    await expect(replay(page)).toHaveValue(/^(log|saved:)/);
    await done(page);
    await expectBarFits(page, 'imported log');
    // A generated population: its options open above the bar, and fit too.
    await replay(page).selectOption({ label: 'A generated population' });
    await expect(bar(page).getByRole('dialog', { name: 'Generated population' })).toBeVisible();
    await expectBarFits(page, 'population, options open');
    await bar(page).getByLabel('Customers', { exact: true }).fill('2000');
    await page.keyboard.press('Escape');
    await expect(bar(page).getByRole('dialog', { name: 'Generated population' })).toHaveCount(0);
    await bar(page).getByRole('button', { name: /^Run( again)?$/ }).click();
    await expect(bar(page).getByRole('status').filter({ hasText: /2,000 customers/ })).toBeVisible();
    await expectBarFits(page, 'population');
    // Hours-long durations and four-figure costs: the widest figures the table gets.
    await expectTableFits(page, 'population');
  });
}

test('the customer picker: persona names, search, filters, the keyboard', async ({ page }) => {
  await openEditor(page);
  await toolbarOf(page).getByRole('button', { name: 'Simulate' }).click();
  await replay(page).selectOption({ label: 'Retail: cart abandonment during an SMS gateway outage' });
  await done(page);

  // The bar names the customer followed by persona, and the list does the same — never a persona id.
  const trigger = bar(page).getByRole('button', { name: /^Customer: / });
  await expect(trigger).toHaveText(/^(Bargain hunter|Loyal member|First-time visitor) · r\d+/);
  await trigger.click();
  const picker = bar(page).getByRole('dialog', { name: 'Follow a customer' });
  const search = picker.getByRole('combobox', { name: 'Search customers' });
  await expect(search).toBeFocused();
  const options = picker.getByRole('listbox', { name: 'Customers' }).getByRole('option');
  await expect(options).toHaveCount(35);
  await expect(options.nth(1)).toContainText(/^(Bargain hunter|Loyal member|First-time visitor)r\d+static: /);

  // Search by persona name; filter by what dynamic changed.
  await search.fill('loyal');
  await expect(picker).toContainText(/\d+ of 34 customers/);
  for (const text of await options.allTextContents()) if (!text.startsWith('Everybody')) expect(text).toContain('Loyal member');
  await search.fill('');
  await picker.getByLabel('Static vs dynamic').selectOption({ label: 'Static no, dynamic yes' });
  const rescued = await options.allTextContents();
  expect(rescued.length).toBeGreaterThan(1);
  for (const text of rescued.slice(1)) expect(text).toMatch(/static: (.*, )?no goal · dynamic: (.*, )?goal$/);
  await picker.getByLabel('Outcome').selectOption({ label: 'Re-routed' });
  for (const text of (await options.allTextContents()).slice(1)) expect(text).toContain('re-routed');

  // The keyboard: arrows move through the list, Enter follows, the bar says who.
  await search.focus();
  await page.keyboard.press('ArrowDown');
  const active = await search.getAttribute('aria-activedescendant');
  const chosen = (await page.locator(`[id="${active}"]`).textContent())!;
  const [, persona, id] = /^(.*?)(r\d+)static/.exec(chosen)!;
  await page.keyboard.press('Enter');
  await expect(picker).toHaveCount(0);
  await expect(trigger).toBeFocused();
  await expect(trigger).toHaveText(`${persona} · ${id}`);
  // Escape closes it without a choice.
  await trigger.click();
  await page.keyboard.press('Escape');
  await expect(picker).toHaveCount(0);
  await expect(trigger).toBeFocused();

  await trigger.click();
  const scan = await new AxeBuilder({ page }).include('section[aria-label="Simulation"]').analyze();
  expect(scan.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.help}`)).toEqual([]);
});
