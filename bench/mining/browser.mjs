/**
 * bench:mining, the browser half: the app built into bench/mining/dist, the big CSV imported
 * through Discover in Chromium, the worker's read, discovery and a conformance check of the
 * sample journey timed from the app's own figures, long main-thread tasks recorded, and the
 * peak memory of all of Chromium's processes sampled from /proc while it works.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, preview } from 'vite';
import { chromium } from '@playwright/test';
import { freePort } from '../free-port.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const repo = join(here, '..', '..');
const file = process.argv[2];
const outDir = join(here, 'dist');
const fmt = (ms) => `${(ms / 1000).toFixed(2)} s`;

/** RSS of a process and all its descendants, from /proc (Linux). */
function treeRss(root) {
  const children = new Map();
  for (const pid of readdirSync('/proc').filter((d) => /^\d+$/.test(d))) {
    try {
      const ppid = Number(readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ')[1]);
      if (!children.has(ppid)) children.set(ppid, []);
      children.get(ppid).push(Number(pid));
    } catch {}
  }
  let total = 0;
  const stack = [root];
  while (stack.length) {
    const pid = stack.pop();
    try {
      const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
      if (m) total += Number(m[1]) * 1024;
    } catch {}
    stack.push(...(children.get(pid) ?? []));
  }
  return total;
}

function installLongTaskRecorder() {
  const tasks = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) tasks.push(e.duration);
  }).observe({ type: 'longtask', buffered: false });
  window.__longTasks = () => tasks.splice(0);
}

await build({ root: repo, configFile: join(repo, 'vite.config.ts'), logLevel: 'error', build: { outDir, emptyOutDir: true, reportCompressedSize: false } });
const port = await freePort(4199);
const server = await preview({ root: repo, configFile: join(repo, 'vite.config.ts'), logLevel: 'error', build: { outDir }, preview: { host: '127.0.0.1', port, strictPort: true } });
const browser = await chromium.launch({ executablePath: existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined, args: ['--no-sandbox', '--disable-gpu'] });
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
  await page.addInitScript(installLongTaskRecorder);
  await page.goto(`http://127.0.0.1:${port}/`);
  await page.getByRole('application', { name: 'Journey canvas' }).waitFor();
  const pid = browser.process()?.pid;
  const base = pid ? treeRss(pid) : 0;
  let peak = base;
  const sampler = setInterval(() => (peak = Math.max(peak, pid ? treeRss(pid) : 0)), 100);
  await page.getByRole('button', { name: 'Discover the journey customers take, from an event log' }).click();
  const dialog = page.getByRole('dialog', { name: 'Discover the journey customers take' });
  const chooser = page.waitForEvent('filechooser');
  await dialog.getByRole('button', { name: 'Choose an event log…' }).click();
  await (await chooser).setFiles(file);
  await dialog.getByRole('button', { name: 'Load the log' }).click();
  await page.evaluate(() => window.__longTasks());
  const loaded = dialog.locator('[data-load-ms]');
  await loaded.waitFor({ timeout: 600_000 });
  const readTasks = await page.evaluate(() => window.__longTasks());
  const mapShown = dialog.locator('[data-discover-ms]');
  await mapShown.waitFor({ timeout: 600_000 });
  const mapTasks = await page.evaluate(() => window.__longTasks());
  console.log(`  worker: read ${fmt(Number(await loaded.getAttribute('data-load-ms')))}, discovery at the first slider positions ${fmt(Number(await mapShown.getAttribute('data-discover-ms')))}`);
  const longest = (t) => (t.length ? `${Math.round(Math.max(...t))} ms (${t.length} over 50 ms)` : 'none over 50 ms');
  console.log(`  main thread while the worker read: longest task ${longest(readTasks)}; drawing the map: ${longest(mapTasks)}`);
  await dialog.getByRole('button', { name: /^Check “/ }).click();
  const replay = dialog.locator('[data-replay-ms]');
  await replay.waitFor({ timeout: 600_000 });
  const checkTasks = await page.evaluate(() => window.__longTasks());
  console.log(`  conformance of the open journey (the sample) in the worker: ${fmt(Number(await replay.getAttribute('data-replay-ms')))}; main thread longest task ${longest(checkTasks)}`);
  clearInterval(sampler);
  console.log(`  Chromium, all processes: ${(base / 2 ** 20).toFixed(0)} MB before, peak ${(peak / 2 ** 20).toFixed(0)} MB (target < 1 GB for the import)`);
} finally {
  await browser.close();
  await server.close();
}
