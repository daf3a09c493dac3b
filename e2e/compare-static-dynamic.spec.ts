/**
 * The heart of the product: a facilitator opens a workshop scenario, plays it in compare mode,
 * and the room sees the printed route stall where the dynamic journey re-routes — and the
 * figures that prove it. Then a road is closed mid-run, and the dynamic journey stalls too.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { nodeOn, openEditor, toolbarOf } from './helpers';

const SCENARIOS = [
  { title: 'Retail: cart abandonment during an SMS gateway outage', goals: '13 → 30 goals', stall: 'Action: SMS with a 10% code', reroute: 'Action: Email reminder' },
  { title: 'Telecom: a network outage, and everybody calls', goals: '15 → 30 goals', stall: 'Action: SMS: we know, ETA 4 h', reroute: 'Action: Email: outage status' },
  { title: 'Bank: onboarding when the ID check fails', goals: '16 → 29 goals', stall: 'Action: Instant ID check (vendor)', reroute: 'Action: Back-office review (2 days)' },
];

const bar = (page: Page) => page.getByRole('region', { name: 'Simulation', exact: true });
const results = (page: Page) => page.getByRole('complementary', { name: 'Simulation results' });
const pane = (page: Page, side: 'Static' | 'Dynamic') => page.getByRole('region', { name: `${side} journey` });
/** An action node on one side's canvas that shows a mark ("Stall", "Re-route") above its card. */
const marked = (page: Page, side: 'Static' | 'Dynamic', name: string | RegExp, mark: string): Locator =>
  pane(page, side)
    .getByRole('application', { name: `${side} journey canvas` })
    .getByRole('group', { name })
    .filter({ hasText: mark });

/** A figure in the results table: the measure's row, the mode's column. */
const figure = (page: Page, measure: string, mode: 'static' | 'dynamic'): Locator =>
  results(page).getByRole('row', { name: new RegExp(`^${measure}`) }).getByRole('cell').nth(mode === 'static' ? 0 : 1);

async function openScenario(page: Page, title: string): Promise<void> {
  await toolbarOf(page).getByRole('button', { name: 'Simulate' }).click();
  await bar(page).getByLabel('Replay').selectOption({ label: title });
  await expect(bar(page).getByRole('status').filter({ hasText: /\d+ customers in/ })).toBeVisible();
}

test.beforeEach(async ({ page }) => {
  await openEditor(page);
});

for (const scenario of SCENARIOS) {
  test(`${scenario.title}: played in compare mode, static stalls where dynamic re-routes`, async ({ page }) => {
    await toolbarOf(page).getByRole('button', { name: 'Simulate' }).click();
    await bar(page).getByLabel('Replay').selectOption({ label: scenario.title });
    // Said when the scenario's journey opens — and gone after a few seconds, so looked for before the run ends.
    await expect(page.getByRole('status').filter({ hasText: 'Your journey is one Ctrl+Z away' })).toBeVisible();
    await expect(bar(page).getByRole('status').filter({ hasText: /\d+ customers in/ })).toBeVisible();
    await expect(results(page)).toContainText(scenario.goals);
    await expect(bar(page).getByRole('radio', { name: 'Compare' })).toBeChecked();

    await bar(page).getByLabel('Speed').selectOption('8');
    await bar(page).getByRole('button', { name: 'Play' }).click();
    await expect(marked(page, 'Static', scenario.stall, 'Stall')).toBeVisible();
    await expect(marked(page, 'Dynamic', scenario.reroute, 'Re-route')).toBeVisible();
    // The event log follows the playhead and says why.
    await expect(results(page).getByRole('list', { name: 'Event log' })).toContainText(/Static · Stall at .* is closed/);
    await expect(results(page).getByRole('list', { name: 'Event log' })).toContainText(/Dynamic · Re-route to .* was closed/);
    // Playback ends by itself: the button offers to play again.
    await expect(bar(page).getByRole('button', { name: 'Play' })).toBeVisible();
    await expect(pane(page, 'Dynamic').getByText('Customer here')).toBeVisible();
  });
}

test('the user’s journey is one Ctrl+Z away after opening a scenario', async ({ page }) => {
  await openScenario(page, SCENARIOS[0]!.title);
  await bar(page).getByRole('button', { name: 'Close the simulator' }).click();
  await expect(nodeOn(page, 'Persona: Bargain hunter')).toBeVisible();
  await page.keyboard.press('ControlOrMeta+z');
  await expect(nodeOn(page, 'Persona: Deal hunter')).toBeVisible();
});

test('closing a road mid-run: the playhead stays, and the dynamic journey stalls where it re-routed', async ({ page }) => {
  await openScenario(page, SCENARIOS[0]!.title);
  const timeline = bar(page).getByRole('slider', { name: 'Timeline' });
  // Step to the customer's first moment: static stalls at the SMS, dynamic re-routes to email.
  await bar(page).getByRole('button', { name: 'Step forward' }).click();
  await expect(marked(page, 'Dynamic', 'Action: Email reminder', 'Re-route')).toBeVisible();
  const playhead = await timeline.inputValue();
  const clock = await bar(page).getByRole('timer', { name: 'Clock' }).textContent();
  await expect(figure(page, 'Stalls', 'static')).toHaveText('12');
  await expect(figure(page, 'Stalls', 'dynamic')).toHaveText('0');

  await results(page).getByRole('button', { name: 'Close Email' }).click();
  await expect(results(page).getByRole('button', { name: 'Close Email' })).toHaveAttribute('aria-pressed', 'true');
  await expect(results(page).getByRole('list', { name: 'Closed during playback' })).toContainText(`Email closed ${clock}`);
  // Re-run with the closure from the playhead on: the same moment, now with nowhere open to go.
  await expect(marked(page, 'Dynamic', 'Action: SMS with a 10% code', 'Stall')).toBeVisible();
  await expect(marked(page, 'Dynamic', 'Action: Email reminder', 'Re-route')).toHaveCount(0);
  expect(await timeline.inputValue()).toBe(playhead);
  await expect(figure(page, 'Stalls', 'dynamic')).not.toHaveText('0');

  // Play on with the road closed; reopening it brings the re-routes back.
  await bar(page).getByLabel('Speed').selectOption('8');
  await bar(page).getByRole('button', { name: 'Play' }).click();
  await expect(bar(page).getByRole('button', { name: 'Play' })).toBeVisible();
  await results(page).getByRole('button', { name: 'Reopen all' }).click();
  await expect(results(page).getByRole('button', { name: 'Close Email' })).toHaveAttribute('aria-pressed', 'false');
  await expect(figure(page, 'Stalls', 'dynamic')).toHaveText('0');
});

test('compare mode has no serious or critical accessibility violations, light and dark', async ({ page }) => {
  await openScenario(page, SCENARIOS[0]!.title);
  await bar(page).getByRole('button', { name: 'Step forward' }).click();
  await expect(marked(page, 'Static', 'Action: SMS with a 10% code', 'Stall')).toBeVisible();
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    const scan = await new AxeBuilder({ page }).analyze();
    const serious = scan.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `[${v.impact}] ${v.id}: ${v.help}\n${v.nodes.map((n) => `    at ${n.target.join(' ')}: ${(n.failureSummary ?? '').replace(/\n\s*/g, ' ')}`).join('\n')}`);
    expect.soft(serious, `axe violations in the ${colorScheme} colour scheme`).toEqual([]);
  }
});

test('following one customer, both canvases show where they are and what comes next, readable from the back of the room', async ({ page }) => {
  await openScenario(page, SCENARIOS[0]!.title);
  await bar(page).getByRole('button', { name: 'Step forward' }).click();
  await expect(marked(page, 'Static', 'Action: SMS with a 10% code', 'Stall')).toBeVisible();
  for (const side of ['Static', 'Dynamic'] as const) {
    const canvas = pane(page, side).getByRole('application', { name: `${side} journey canvas` });
    const here = canvas.getByRole('group').filter({ hasText: 'Customer here' });
    // The view moves there (animated): wait until the card is wholly inside this canvas.
    await expect
      .poll(async () => {
        const [c, h] = [await canvas.boundingBox(), await here.boundingBox()];
        return !!c && !!h && h.x >= c.x && h.y >= c.y && h.x + h.width <= c.x + c.width && h.y + h.height <= c.y + c.height;
      })
      .toBe(true);
    // The card's title and its marks are as large on screen as a readable view promises (canvas/legibility.ts).
    const zoom = Number(/scale\(([\d.]+)\)/.exec((await canvas.locator('.react-flow__viewport').getAttribute('style'))!)![1]);
    const px = (el: Locator) => el.evaluate((e) => parseFloat(getComputedStyle(e).fontSize));
    expect((await px(here.locator('[data-node-title]'))) * zoom, `${side} title on screen`).toBeGreaterThanOrEqual(12);
    const mark = canvas.getByText(side === 'Static' ? /^Stall: / : /^Re-route: /);
    expect((await px(mark)) * zoom, `${side} mark on screen`).toBeGreaterThanOrEqual(12);
  }
  // Static left the customer at the abandoned cart, dynamic took them on to the email: far apart, so each
  // canvas follows its own side — and shows what comes next there (the decision, coming into view).
  const staticCanvas = (await pane(page, 'Static').getByRole('application', { name: 'Static journey canvas' }).boundingBox())!;
  const next = (await pane(page, 'Static').getByRole('group', { name: 'Decision: How do we reach them?' }).boundingBox())!;
  expect(next.x, 'the next step starts inside the static canvas').toBeLessThan(staticCanvas.x + staticCanvas.width - 80);
});
