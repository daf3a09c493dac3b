/**
 * No file can lock a user out of their library: a 50,000-node journey (ten times what the app
 * supports) is read in the background while the page answers, can be cancelled, and is refused
 * with its size; a huge journey already in a library, or one whose opening never finished, is not
 * reopened at start — the app opens on the library and says why.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { writeFile } from 'node:fs/promises';
import { hugeJourneyFile } from '../bench/import/huge-file';
import { canvasOf, nodeOn, openEditor, toolbarOf } from './helpers';

const huge = hugeJourneyFile(50_000);
const file = { name: 'huge.journey.json' };

/** The file on disk, picked by its path like a user's file (a 10 MB buffer would be decoded in the page by Playwright). */
async function hugeFileOnDisk(): Promise<string> {
  const path = test.info().outputPath(file.name);
  await writeFile(path, huge.text);
  return path;
}

/** axe's serious and critical findings in one part of the page, in the light and the dark scheme. */
async function expectAccessible(page: Page, within: string): Promise<void> {
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    const { violations } = await new AxeBuilder({ page }).include(within).analyze();
    expect.soft(violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.help}`), colorScheme).toEqual([]);
  }
  await page.emulateMedia({ colorScheme: 'light' });
}

// Every test here moves a 10 MB, 50,000-node file through the app for real (read, parsed,
// checked, stored): seconds of work by design, not waiting for slowness.
test.describe.configure({ timeout: 180_000 });

const importBar = (page: Page) => page.getByRole('region', { name: `Importing ${file.name}` });

test('a 50,000-node file is read while the page answers, can be cancelled, and is refused with its size', async ({ page }) => {
  await openEditor(page);
  const path = await hugeFileOnDisk();
  const snap = toolbarOf(page).getByRole('button', { name: 'Snap to grid on/off' });
  const snapping = await snap.getAttribute('aria-pressed');

  // Cancel midway. The import's worker is held on its way (as on a slow machine), so the import
  // is surely still running when Cancel is pressed.
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/import.worker-*.js', async (route) => {
    await held;
    await route.continue().catch(() => undefined);
  });
  await page.getByLabel('Journey file to import').setInputFiles(path);
  await expect(importBar(page).getByRole('progressbar', { name: 'Import progress' })).toBeVisible();
  await expectAccessible(page, `section[aria-label="Importing ${file.name}"]`);
  // The page answers meanwhile.
  await snap.click();
  await expect(snap).not.toHaveAttribute('aria-pressed', snapping ?? '');
  await importBar(page).getByRole('button', { name: 'Cancel' }).click();
  await expect(importBar(page)).toBeHidden();
  await expect(page.getByRole('status').filter({ hasText: `Import of ${file.name} cancelled — nothing was changed` })).toBeVisible();
  release();
  await page.unroute('**/import.worker-*.js');

  // The whole way: the progress moves (reading the file, then checking it), then the size is refused.
  await page.evaluate(() => {
    const seen: string[] = ((window as unknown as { seenProgress: string[] }).seenProgress = []);
    new MutationObserver(() => {
      const text = document.querySelector('[role="progressbar"][aria-label="Import progress"]')?.getAttribute('aria-valuetext');
      if (text && seen.at(-1) !== text) seen.push(text);
    }).observe(document.body, { subtree: true, childList: true, attributes: true, attributeFilter: ['aria-valuetext'] });
  });
  await page.getByLabel('Journey file to import').setInputFiles(path);
  const dialog = page.getByRole('dialog', { name: `Could not import ${file.name}` });
  // Reading and parsing 10 MB in the worker.
  await expect(dialog).toBeVisible({ timeout: 60_000 });
  await expect(dialog.getByRole('list', { name: 'Problems in the file' })).toContainText('journey.nodes');
  await expect(dialog).toContainText('This journey has 50,000 nodes; Journey Designer works with journeys of up to 5,000 nodes');
  await expect(dialog).toContainText('Nothing was changed in your library');
  const seen = await page.evaluate(() => (window as unknown as { seenProgress: string[] }).seenProgress);
  expect(seen[0]).toMatch(/^Reading the file: /);
  expect(seen).toContain('Checking the journey');
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(nodeOn(page, 'Persona: Deal hunter')).toBeVisible();
  await expect(toolbarOf(page).getByLabel('Journey name')).toHaveValue('Retail cart abandonment');
});

/** Writes straight into the app's database, as an earlier version of the app or a crashed tab left it (docs/storage.md, version 2). */
async function seed(page: Page, seeded: { journeys?: unknown[]; journeyContents?: unknown[]; settings?: unknown[] }): Promise<void> {
  // As text: one string crosses to the page much faster than a 50,000-node object.
  await page.evaluate(async (text) => {
    const rows = JSON.parse(text) as Record<string, unknown[]>;
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const open = indexedDB.open('journey-designer');
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error);
    });
    const tx = db.transaction(Object.keys(rows), 'readwrite');
    for (const [store, items] of Object.entries(rows)) for (const item of items) tx.objectStore(store).put(item);
    await new Promise((resolve, reject) => {
      tx.oncomplete = resolve;
      tx.onerror = () => reject(tx.error);
    });
    db.close();
  }, JSON.stringify(seeded));
}

test('the app opens on the library when the last journey is too large, or did not finish opening last time', async ({ page }) => {
  await openEditor(page);
  const sampleId = await page.evaluate(
    () =>
      new Promise<string>((resolve) => {
        const open = indexedDB.open('journey-designer');
        open.onsuccess = () => {
          const get = open.result.transaction('settings').objectStore('settings').get('lastOpenedJourneyId');
          get.onsuccess = () => {
            resolve((get.result as { value: string }).value);
            open.result.close();
          };
        };
      }),
  );
  // A 50,000-node journey imported with an earlier version, and opened last.
  const { journey } = JSON.parse(huge.text) as { journey: { id: string; name: string } };
  const now = Date.now();
  await seed(page, {
    journeys: [{ id: journey.id, name: journey.name, description: '', tags: [], createdAt: now, updatedAt: now, nodeCount: huge.nodes, edgeCount: huge.edges, revision: 1, size: huge.text.length }],
    journeyContents: [{ id: journey.id, journey, viewport: { x: 0, y: 0, zoom: 1 } }],
    settings: [{ key: 'lastOpenedJourneyId', value: journey.id }],
  });
  await page.reload();
  const library = page.getByRole('dialog', { name: 'Your journeys' });
  await expect(library.getByRole('alert')).toContainText('This journey is too large to open');
  await expect(library.getByRole('alert')).toContainText(`“${journey.name}” (50,000 nodes) was not opened`);
  const row = library.getByRole('listitem', { name: journey.name });
  await expect(row).toContainText('too large to open');
  await expectAccessible(page, 'dialog[open]');
  await row.getByRole('button', { name: `Open ${journey.name}` }).click();
  await expect(library.getByRole('status').filter({ hasText: 'cannot be opened' })).toContainText(`“${journey.name}” cannot be opened. This journey has 50,000 nodes`);
  // The editor behind answers, with nothing heavy in it.
  await library.getByRole('button', { name: 'Close the library' }).click();
  await expect(canvasOf(page)).toBeVisible();
  await expect(toolbarOf(page).getByRole('status')).toHaveText('Saved');

  // The sample was being opened in a tab that then froze and was closed: its note is still there.
  await seed(page, { settings: [{ key: 'opening:tab-that-froze', value: sampleId }, { key: 'lastOpenedJourneyId', value: sampleId }] });
  await page.reload();
  await expect(library.getByRole('alert')).toContainText('This journey did not finish opening last time');
  await expect(library.getByRole('alert')).toContainText(/“Retail cart abandonment” \(\d+ nodes\) was being opened/);
  // Opening it on purpose, and it finishing, makes it the journey the app opens again.
  await library.getByRole('button', { name: 'Open Retail cart abandonment' }).click();
  await expect(nodeOn(page, 'Persona: Deal hunter')).toBeVisible();
  await expect
    .poll(() =>
      page.evaluate(
        () =>
          new Promise<number>((resolve) => {
            const open = indexedDB.open('journey-designer');
            open.onsuccess = () => {
              const count = open.result.transaction('settings').objectStore('settings').count(IDBKeyRange.bound('unfinished:', 'unfinished:\uffff'));
              count.onsuccess = () => {
                resolve(count.result);
                open.result.close();
              };
            };
          }),
      ),
    )
    .toBe(0);
  await page.reload();
  await expect(nodeOn(page, 'Persona: Deal hunter')).toBeVisible();
  await expect(library).toBeHidden();
});
