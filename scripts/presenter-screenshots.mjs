/**
 * The README's pictures of presenter mode, taken at 1280×720 in Chromium from a production
 * build, the way a facilitator gets there: P, Enter (the retail story), then the stops.
 *
 *   npm run docs:presenter          builds into dist-docs, writes docs/presenter-*.png
 *   DOCS_DIST=dist npm run docs:presenter   uses an existing build
 */
import { build, preview } from 'vite';
import { chromium } from '@playwright/test';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { freePort } from '../bench/free-port.mjs';

const repo = join(dirname(fileURLToPath(import.meta.url)), '..');
const outDir = process.env.DOCS_DIST ?? 'dist-docs';
const VIEWPORT = { width: 1280, height: 720 };
const executablePath = process.env.CHROMIUM_PATH ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);

if (!process.env.DOCS_DIST) await build({ root: repo, logLevel: 'warn', build: { outDir } });
const port = await freePort(4199);
const server = await preview({ root: repo, build: { outDir }, preview: { port, host: '127.0.0.1', strictPort: true }, logLevel: 'warn' });
const browser = await chromium.launch({ executablePath, args: ['--no-sandbox', '--disable-gpu'] });
try {
  const context = await browser.newContext({ viewport: VIEWPORT, serviceWorkers: 'block', colorScheme: 'light' });
  const page = await context.newPage();
  await page.goto(`http://127.0.0.1:${port}/`);
  await page.getByRole('group', { name: 'Persona: Deal hunter' }).waitFor();
  await page.keyboard.press('p');
  await page.getByRole('button', { name: /^Present the retail story/ }).waitFor();
  await page.keyboard.press('Enter');
  const caption = page.locator('[data-presenter-text]');
  /** Goes to stop `n` (1-based) and waits until its camera has settled. */
  const stop = async (n) => {
    await page.keyboard.press('Home');
    for (let i = 1; i < n; i++) await page.keyboard.press('PageDown');
    await page.getByLabel(`Stop ${n} of 7`).waitFor();
    await page.getByText('Replaying the customers of this stop…').waitFor({ state: 'hidden' });
    let last = '';
    for (;;) {
      await page.waitForTimeout(250);
      const now = await page.evaluate(() => [...document.querySelectorAll('.react-flow__viewport')].map((v) => v.getAttribute('style')).join());
      if (now === last) break;
      last = now;
    }
    return (await caption.textContent()) ?? '';
  };
  const shots = [
    ['presenter-stall.png', 3],
    ['presenter-compare.png', 5],
    ['presenter-figures.png', 7],
  ];
  for (const [file, n] of shots) {
    console.log(`${file}: stop ${n} — ${await stop(n)}`);
    await page.screenshot({ path: join(repo, 'docs', file) });
  }
  await page.keyboard.press('h');
  console.log(`presenter-high-contrast.png: stop 4 — ${await stop(4)}`);
  await page.screenshot({ path: join(repo, 'docs', 'presenter-high-contrast.png') });
  await page.keyboard.press('h');

  const popup = page.waitForEvent('popup');
  await page.keyboard.press('v');
  const view = await popup;
  await view.setViewportSize(VIEWPORT);
  await view.getByText('Speaker notes').waitFor();
  await page.keyboard.press('Home');
  await page.keyboard.press('PageDown');
  await page.keyboard.press('PageDown');
  await view.getByRole('heading', { name: 'Now · stop 3 of 7' }).waitFor();
  await view.getByText('Tue 4 Mar 09:10').waitFor();
  await view.screenshot({ path: join(repo, 'docs', 'presenter-view.png') });
  console.log('presenter-view.png');
} finally {
  await browser.close();
  await new Promise((resolve) => server.httpServer.close(resolve));
}
