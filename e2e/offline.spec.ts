/**
 * A workshop without Wi-Fi: after one visit the app is stored in the browser and opens, edits,
 * saves, lays out and simulates with the network off. Nothing it loads — pages, the simulation
 * worker, the service worker — ever leaves its own origin. A new version is offered, not
 * forced: it waits for the user's "Reload", and that reload keeps every edit.
 */
import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import { createServer, type Server } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { allNodes, canvasOf, dragNodeTo, nodeOn, openEditor, positionOf, toolbarOf, zoomOutUntilAllShown } from './helpers';

const saved = (page: Page) => expect(toolbarOf(page).getByRole('status')).toHaveText('Saved');
const results = (page: Page) => page.getByRole('complementary', { name: 'Simulation results' });
const simulationBar = (page: Page) => page.getByRole('region', { name: 'Simulation', exact: true });
const updateOffer = (page: Page) => page.getByRole('status').filter({ hasText: 'A new version of Journey Designer is ready' });

// The rest of the suite blocks service workers (playwright.config.ts); these tests are about it.
test.use({ serviceWorkers: 'allow' });

let foreign: string[] = [];

/** Records every request of the context — its pages, their workers, the service worker — that leaves `origin`. */
function watchOrigin(context: BrowserContext, origin: string): void {
  context.on('request', (request) => {
    const url = request.url();
    // data: and blob: URLs never leave the page.
    if (new URL(url).origin !== origin && !url.startsWith('data:') && !url.startsWith('blob:')) foreign.push(url);
  });
}

test.beforeEach(({ context, baseURL }) => {
  foreign = [];
  watchOrigin(context, new URL(baseURL!).origin);
});
test.afterEach(() => {
  expect(foreign, 'requests outside the app’s own origin').toEqual([]);
});

/** The first visit: the service worker stores the whole app, then controls the page from its next load. */
async function firstVisit(page: Page): Promise<void> {
  await openEditor(page);
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  await expect(page.getByRole('status').filter({ hasText: 'Ready to work offline' })).toBeVisible();
  await page.reload();
  await expect(nodeOn(page, 'Persona: Deal hunter')).toBeVisible();
  await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
}

async function xOf(page: Page, name: string): Promise<number> {
  return (await positionOf(nodeOn(page, name))).x;
}

test('after the first visit the editor opens, saves, lays out and simulates with the network off', async ({ page, context }) => {
  await firstVisit(page);
  await context.setOffline(true);
  await page.reload();
  expect(await page.evaluate(() => navigator.onLine)).toBe(false);
  await expect(nodeOn(page, 'Persona: Deal hunter')).toBeVisible();

  // An edit is stored in the browser, offline as online, and is there after another reload.
  await canvasOf(page).click({ position: { x: 400, y: 600 } });
  const before = await allNodes(page).count();
  await page.keyboard.press('5');
  await expect(allNodes(page)).toHaveCount(before + 1);
  await saved(page);
  await page.reload();
  await expect(nodeOn(page, 'Persona: Deal hunter')).toBeVisible();
  await expect(allNodes(page)).toHaveCount(before + 1);

  // Auto-layout loads ELK on first use — from the stored app. Drag the goal to the far left;
  // the layout puts it back at the end of the journey.
  await zoomOutUntilAllShown(page);
  await dragNodeTo(page, nodeOn(page, 'Action: Order confirmed (goal)'), { x: 20, y: 60 });
  await expect.poll(async () => (await xOf(page, 'Action: Order confirmed (goal)')) < (await xOf(page, 'Persona: Deal hunter'))).toBe(true);
  await toolbarOf(page).getByRole('button', { name: 'Auto-layout left to right' }).click();
  await expect
    .poll(async () => (await xOf(page, 'Action: Order confirmed (goal)')) - (await xOf(page, 'Event: Purchases')), { timeout: 20_000 })
    .toBeGreaterThan(0);

  // The simulator (its panels and its worker) is loaded on first use too.
  await toolbarOf(page).getByRole('button', { name: 'Simulate' }).click();
  await simulationBar(page).getByLabel('Replay').selectOption({ label: 'Retail: cart abandonment during an SMS gateway outage' });
  await expect(results(page)).toContainText('13 → 30 goals');

  // Presenting needs no network either: the presenter view's window is the stored app too.
  const view = await context.newPage();
  await view.goto('/?view=presenter&session=offline');
  await expect(view.getByText('Waiting for the presentation…', { exact: false })).toBeVisible();
  await view.close();
});

test('it can be installed: Chromium finds the manifest, its icons and the offline service worker', async ({ playwright, launchOptions, headless, baseURL }) => {
  // Chromium never offers to install from an incognito profile, which is what a test's
  // context is; a profile on disk is what a user has.
  const context = await playwright.chromium.launchPersistentContext(test.info().outputPath('profile'), { ...launchOptions, headless, baseURL });
  watchOrigin(context, new URL(baseURL!).origin);
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    await firstVisit(page);
    const cdp = await context.newCDPSession(page);
    const { url, errors, data } = await cdp.send('Page.getAppManifest');
    expect(url).toBe(new URL('/manifest.webmanifest', baseURL).href);
    expect(errors).toEqual([]);
    const manifest = JSON.parse(data!) as { name: string; icons: { src: string; sizes: string; purpose: string }[] };
    expect(manifest.name).toBe('Journey Designer');
    expect(manifest.icons.map((i) => `${i.sizes} ${i.purpose}`)).toEqual(['192x192 any', '512x512 any', '512x512 maskable']);
    for (const icon of manifest.icons) {
      const response = await page.request.get(icon.src);
      expect(response.headers()['content-type'], icon.src).toBe('image/png');
    }
    // The browser's own verdict, the one behind its "Install" button.
    expect((await cdp.send('Page.getInstallabilityErrors')).installabilityErrors).toEqual([]);
  } finally {
    await context.close();
  }
});

const TYPES: Record<string, string> = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.csv': 'text/csv',
};

/**
 * The production build on a server of the test's own, which can publish a new version. The
 * browser checks for an update by fetching sw.js itself — past Playwright's request routing —
 * and compares it byte for byte; so a release here is the same build with a changed sw.js,
 * which to the browser is exactly what a new release of the app is.
 */
async function serveBuild(): Promise<{ url: string; release: () => void; close: () => Promise<void> }> {
  const root = join(process.cwd(), process.env.E2E_DIST ?? 'dist');
  let version = 1;
  const server: Server = createServer((request, response) => {
    const path = normalize(new URL(request.url!, 'http://localhost').pathname);
    const file = join(root, path === '/' ? 'index.html' : path);
    readFile(file)
      .then((body) => {
        const text = path === '/sw.js' && version > 1 ? Buffer.concat([body, Buffer.from(`\n// version ${version}\n`)]) : body;
        response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
        response.end(text);
      })
      .catch(() => {
        response.writeHead(404);
        response.end();
      });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('The test server has no port');
  return {
    url: `http://127.0.0.1:${address.port}`,
    release: () => void version++,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

test('a new version is offered, not forced: "Later" keeps working, "Reload" keeps every edit', async ({ browser }) => {
  const server = await serveBuild();
  const context = await browser.newContext({ baseURL: server.url });
  watchOrigin(context, server.url);
  try {
    const page = await context.newPage();
    await firstVisit(page);
    // A second tab, where someone is working when the first one updates.
    const other = await context.newPage();
    await other.goto('/');
    await expect(nodeOn(other, 'Persona: Deal hunter')).toBeVisible();
    await Promise.all([page, other].map((p) => p.evaluate(() => Object.assign(window, { notReloaded: true }))));

    // A release, found the way a browser finds it: the app's next load checks sw.js.
    server.release();
    await page.reload();
    await expect(nodeOn(page, 'Persona: Deal hunter')).toBeVisible();
    await page.evaluate(() => Object.assign(window, { notReloaded: true }));
    await expect(updateOffer(page)).toBeVisible();
    await expect(updateOffer(other)).toBeVisible();
    // Offered, not applied: both tabs still run the page they had.
    for (const p of [page, other]) expect(await p.evaluate(() => 'notReloaded' in window)).toBe(true);

    // "Later": the offer goes away and the tab carries on as it was.
    await updateOffer(other).getByRole('button', { name: 'Later' }).click();
    await expect(updateOffer(other)).toHaveCount(0);

    // An edit, then "Reload" at once: the edit is stored before the new version takes over.
    // (Clear of the notices at the canvas's bottom edge.)
    await canvasOf(page).click({ position: { x: 400, y: 440 } });
    const before = await allNodes(page).count();
    await page.keyboard.press('5');
    await expect(allNodes(page)).toHaveCount(before + 1);
    const reloaded = page.waitForEvent('load');
    await updateOffer(page).getByRole('button', { name: 'Reload' }).click();
    await reloaded;
    await expect(nodeOn(page, 'Persona: Deal hunter')).toBeVisible();
    await expect(allNodes(page)).toHaveCount(before + 1);
    expect(await page.evaluate(() => 'notReloaded' in window)).toBe(false);
    await expect.poll(() => page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.waiting === null)).toBe(true);

    // The other tab now runs under the new version, but is not reloaded under its user: it asks.
    const elsewhere = other.getByRole('status').filter({ hasText: 'Journey Designer was updated in another tab' });
    await expect(elsewhere).toBeVisible();
    expect(await other.evaluate(() => 'notReloaded' in window)).toBe(true);
    const otherReloaded = other.waitForEvent('load');
    await elsewhere.getByRole('button', { name: 'Reload' }).click();
    await otherReloaded;
    await expect(nodeOn(other, 'Persona: Deal hunter')).toBeVisible();
    await expect(allNodes(other)).toHaveCount(before + 1);
    expect(await other.evaluate(() => 'notReloaded' in window)).toBe(false);
  } finally {
    await context.close();
    await server.close();
  }
});
