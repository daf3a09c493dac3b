/**
 * Canvas benchmark: the real editor (app.html) against a bare <ReactFlow> (bare.html) over the
 * same generated graph, under the same scripted input — pan and zoom, dragging one node,
 * selecting a node, typing its name in the inspector — and opening the app with the journey
 * stored (open.html). A benchmark, not a test: it prints figures and asserts nothing.
 *
 *   npm run bench:canvas                         both sizes, both pages
 *   BENCH_SIZES=1000x1500 npm run bench:canvas   only some sizes
 *   BENCH_BEFORE=main npm run bench:canvas       also the editor as built from another git ref,
 *                                                in the same run ("before" beside "app")
 *   BENCH_TRACE=0 npm run bench:canvas           without the Chrome trace of each step
 *   BENCH_PROFILE=1 npm run bench:canvas         the heaviest JS functions of the pan/zoom
 *                                                (or of named steps: BENCH_PROFILE=drag,type)
 *   BENCH_PAGES=app npm run bench:canvas         only some of app, before, bare
 *
 * Headless Chromium with --disable-gpu rasterises in software: absolute figures are
 * pessimistic, and on a shared machine noisy, but all pages run under the same conditions in
 * one run, so the ratios are what to read.
 */
import { freePort } from '../free-port.mjs';
import { readFileSync, existsSync, statSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { build, preview } from 'vite';
import { chromium } from '@playwright/test';
import { installRecorder } from './in-page.mjs';
import { KINDS, record } from './trace.mjs';
import { canvasFacts, drag, far, gesture, openStored, pickNodes, select, type } from './steps.mjs';
import { buildBefore } from './before.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const repo = join(here, '..', '..');
const benchConfig = join(here, 'vite.config.ts');

const SIZES = (process.env.BENCH_SIZES ?? '1000x1500,5000x7500').split(',').map((s) => {
  const [nodes, edges] = s.split('x').map(Number);
  return { nodes, edges: edges ?? Math.round(nodes * 1.5) };
});
const TRACE = process.env.BENCH_TRACE !== '0';
/** BENCH_PROFILE=1 profiles the pan/zoom; or name the steps: BENCH_PROFILE=drag,type. */
const PROFILE = new Set((process.env.BENCH_PROFILE === '1' ? 'gesture' : (process.env.BENCH_PROFILE ?? '')).split(',').filter(Boolean));
const BEFORE = process.env.BENCH_BEFORE ?? '';
const BUDGET_KB = 250;
const VIEWPORT = { width: 1280, height: 720 };
const CONTEXT = { viewport: VIEWPORT, colorScheme: 'light' };
const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
/** Where each page is served; "before" only with BENCH_BEFORE. */
const PAGES = { app: 'app.html', before: 'before/app.html', bare: 'bare.html' };
const OPEN_PAGES = { app: 'open.html', before: 'before/open.html' };

const log = (...args) => console.log(...args);

// ---------------------------------------------------------------------------
// Builds and the initial JS size of the app

async function mainBundleSize() {
  try {
    await build({ root: repo, configFile: join(repo, 'vite.config.ts'), logLevel: 'error', build: { reportCompressedSize: false } });
  } catch (error) {
    log(`! The app build failed (${String(error.message ?? error).split('\n')[0]}); reading the existing dist/ if there is one.`);
  }
  const html = join(repo, 'dist', 'index.html');
  if (!existsSync(html)) return null;
  const text = readFileSync(html, 'utf8');
  const entry = /<script[^>]+type="module"[^>]+src="([^"]+)"/.exec(text)?.[1];
  const preloads = [...text.matchAll(/<link[^>]+rel="modulepreload"[^>]+href="([^"]+)"/g)].map((m) => m[1]);
  if (!entry) return null;
  const gz = (src) => gzipSync(readFileSync(join(repo, 'dist', src.replace(/^\//, '')))).length;
  const entryBytes = gz(entry);
  const preloadBytes = preloads.reduce((sum, src) => sum + gz(src), 0);
  return { entry, entryBytes, preloads, total: entryBytes + preloadBytes, builtAt: statSync(html).mtime };
}


// ---------------------------------------------------------------------------
// One page: load it, wait for the canvas, then play each step while recording

async function openPage(browser, url) {
  const context = await browser.newContext(CONTEXT);
  const page = await context.newPage();
  await page.addInitScript(installRecorder);
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  const began = Date.now();
  await page.goto(url);
  await page.waitForSelector('.react-flow__node', { state: 'visible', timeout: 120_000 });
  const firstNodeMs = Date.now() - began;
  await page.evaluate(() => window.__settle());
  return { context, page, errors, firstNodeMs };
}

/** Runs `step` under a Chrome trace (and a CPU profile when asked): its figures plus where the time went. */
async function traced(cdp, step, profile = false) {
  const recording = TRACE ? await record(cdp, { profile }) : null;
  const figures = await step();
  return { ...figures, ...(recording ? await recording.stop() : {}) };
}

async function runOne(browser, baseUrl, pageName, size, shared) {
  const params = new URLSearchParams({ nodes: String(size.nodes), edges: String(size.edges) });
  if (shared.box) params.set('box', shared.box.join(','));
  if (shared.viewport) params.set('viewport', shared.viewport.join(','));
  const path = PAGES[pageName];
  const { context, page, errors, firstNodeMs } = await openPage(browser, `${baseUrl}/${path}?${params}`);
  try {
    const before = await canvasFacts(page);
    const centre = [before.box[0] + before.box[2] / 2, before.box[1] + before.box[3] / 2];
    const cdp = await context.newCDPSession(page);
    const nodes = shared.nodes ?? (await pickNodes(page, before.box));
    const result = { page: pageName, size, before, firstNodeMs, nodes, errors, steps: {} };
    result.steps.gesture = await traced(cdp, () => gesture(page, cdp, centre), PROFILE.has('gesture'));
    result.after = await canvasFacts(page);
    if (nodes.length === 2) {
      result.steps.drag = await traced(cdp, () => drag(page, cdp, nodes[0]), PROFILE.has('drag'));
      result.steps.select = await traced(cdp, () => select(page, cdp, nodes[1], pageName === 'bare' ? 'bare' : 'app'), PROFILE.has('select'));
      if (pageName !== 'bare') result.steps.type = await traced(cdp, () => type(page, cdp, nodes[1]), PROFILE.has('type'));
    }
    // Last: it leaves the view elsewhere. The mouse goes back to the canvas's middle (typing left it on a node).
    result.steps.far = await traced(cdp, () => far(page, cdp, centre), PROFILE.has('far'));
    return result;
  } finally {
    await context.close();
  }
}

// ---------------------------------------------------------------------------
// Report

const fmt = (n, digits = 1) => (Number.isFinite(n) ? n.toFixed(digits) : '—');
const pad = (s, n) => String(s).padStart(n);
const padEnd = (s, n) => String(s).padEnd(n);
const sizeOf = (r) => `${r.size.nodes}/${r.size.edges}`;

function table(rows, columns) {
  const widths = columns.map((c) => Math.max(c.title.length, ...rows.map((r) => String(c.value(r)).length)));
  const line = (cells) => cells.map((cell, i) => (columns[i].left ? padEnd(cell, widths[i]) : pad(cell, widths[i]))).join('  ');
  return [line(columns.map((c) => c.title)), line(widths.map((w) => '-'.repeat(w))), ...rows.map((r) => line(columns.map((c) => c.value(r))))].join('\n');
}

/** How slow each step was, as one number to rank them: frame p95 for continuous steps, else input-to-paint. */
const STEP_COST = { gesture: (s) => s.p95, far: (s) => s.p95, drag: (s) => s.p95, select: (s) => s.ms, type: (s) => s.p95 };

async function main() {
  const startedAt = Date.now();
  log('Canvas benchmark — Journey Designer editor vs bare React Flow\n');

  log('Building the app (for its initial JS size) and the benchmark pages…');
  const bundle = await mainBundleSize();
  await build({ configFile: benchConfig, logLevel: 'error' });
  const pages = ['app', 'bare'].filter((p) => !process.env.BENCH_PAGES || process.env.BENCH_PAGES.split(',').includes(p));
  if (BEFORE) {
    log(`Building the editor as of ${BEFORE} with this harness (dist/before)…`);
    await buildBefore(repo, here, BEFORE);
    pages.splice(1, 0, 'before');
  }

  const port = await freePort(4180);
  const server = await preview({ configFile: benchConfig, logLevel: 'error', preview: { host: '127.0.0.1', port, strictPort: true } });
  const baseUrl = `http://127.0.0.1:${port}`;
  const browser = await chromium.launch({ headless: true, executablePath: existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined, args: CHROMIUM_ARGS });
  const results = [];
  const opens = [];
  try {
    log(`Serving ${baseUrl}; Chromium ${browser.version()}, headless, software rendering, ${VIEWPORT.width}×${VIEWPORT.height}\n`);
    for (const size of SIZES) {
      // The editor runs first: its canvas box, fitted viewport and chosen nodes are replayed on the others.
      const app = await runOne(browser, baseUrl, 'app', size, {});
      report(app);
      results.push(app);
      for (const name of pages.slice(1)) {
        const shared = { nodes: app.nodes, ...(name === 'bare' ? { box: app.before.box, viewport: app.before.viewport } : {}) };
        const r = await runOne(browser, baseUrl, name, size, shared);
        report(r);
        results.push(r);
      }
      for (const name of pages.filter((p) => OPEN_PAGES[p])) {
        const o = await openStored(browser, `${baseUrl}/${OPEN_PAGES[name]}?nodes=${size.nodes}&edges=${size.edges}`, CONTEXT, installRecorder);
        log(`  ${padEnd(name, 6)} ${size.nodes}/${size.edges}: opened from storage, first node after ${o.firstNodeMs} ms`);
        opens.push({ page: name, size, ...o });
      }
    }
  } finally {
    await browser.close();
    await server.close();
  }

  const steps = (r) => r.steps;
  log('\nPan and zoom: frame times during the same gesture (requestAnimationFrame intervals)\n');
  log(
    table(results, [
      { title: 'page', value: (r) => r.page, left: true },
      { title: 'size', value: sizeOf, left: true },
      { title: 'frames', value: (r) => steps(r).gesture.frames },
      { title: 'median ms', value: (r) => fmt(steps(r).gesture.median) },
      { title: 'p95 ms', value: (r) => fmt(steps(r).gesture.p95) },
      { title: 'max ms', value: (r) => fmt(steps(r).gesture.max, 0) },
      { title: '> 34 ms', value: (r) => steps(r).gesture.slowFrames },
      { title: 'gesture s', value: (r) => fmt(steps(r).gesture.totalMs / 1000, 1) },
      { title: 'long tasks ms', value: (r) => fmt(steps(r).gesture.longTaskMs, 0) },
      { title: 'first node ms', value: (r) => r.firstNodeMs },
      { title: 'DOM nodes/edges at start → end', value: (r) => `${r.before.renderedNodes}/${r.before.renderedEdges} → ${r.after.renderedNodes}/${r.after.renderedEdges}`, left: true },
    ]),
  );

  log('\nZoomed far out and back: frame times while zooming out to the minimum, panning there and zooming back in\n');
  log(
    table(results, [
      { title: 'page', value: (r) => r.page, left: true },
      { title: 'size', value: sizeOf, left: true },
      { title: 'frames', value: (r) => steps(r).far.frames },
      { title: 'median ms', value: (r) => fmt(steps(r).far.median) },
      { title: 'p95 ms', value: (r) => fmt(steps(r).far.p95) },
      { title: 'max ms', value: (r) => fmt(steps(r).far.max, 0) },
      { title: '> 34 ms', value: (r) => steps(r).far.slowFrames },
      { title: 'long tasks ms', value: (r) => fmt(steps(r).far.longTaskMs, 0) },
      { title: 'zoom', value: (r) => `${fmt(steps(r).far.zoom[0], 3)}–${fmt(steps(r).far.zoom[1], 3)}`, left: true },
    ]),
  );

  log('\nInteractions (drag: frame times while one node is dragged; select: click to inspector shown (bare: to node drawn selected); type: key to paint of the card, 8 keys)\n');
  log(
    table(results, [
      { title: 'page', value: (r) => r.page, left: true },
      { title: 'size', value: sizeOf, left: true },
      { title: 'drag median ms', value: (r) => fmt(steps(r).drag?.median) },
      { title: 'drag p95 ms', value: (r) => fmt(steps(r).drag?.p95) },
      { title: 'drag long tasks ms', value: (r) => fmt(steps(r).drag?.longTaskMs, 0) },
      { title: 'select ms', value: (r) => fmt(steps(r).select?.ms, 0) },
      { title: 'type median ms', value: (r) => fmt(steps(r).type?.median, 0) },
      { title: 'type max ms', value: (r) => fmt(steps(r).type?.max, 0) },
    ]),
  );

  if (opens.length) {
    log('\nOpening the app with the journey stored in IndexedDB (navigation to first node drawn; bare: its in-memory first node, for reference)\n');
    log(
      table(opens, [
        { title: 'page', value: (o) => o.page, left: true },
        { title: 'size', value: sizeOf, left: true },
        { title: 'first node ms', value: (o) => o.firstNodeMs },
        { title: 'bare first node ms', value: (o) => results.find((r) => r.page === 'bare' && r.size === o.size)?.firstNodeMs ?? '—' },
        { title: 'nodes in DOM', value: (o) => o.nodes },
      ]),
    );
  }

  log('\nAgainst bare React Flow (page ÷ bare; lower is better)\n');
  const ratios = results
    .filter((r) => r.page !== 'bare')
    .map((r) => ({ r, bare: results.find((b) => b.page === 'bare' && b.size === r.size) }))
    .filter(({ bare }) => bare);
  const ratio = (a, b) => fmt(a / b, 2);
  log(
    table(ratios, [
      { title: 'page', value: ({ r }) => r.page, left: true },
      { title: 'size', value: ({ r }) => sizeOf(r), left: true },
      { title: 'pan/zoom median', value: ({ r, bare }) => ratio(r.steps.gesture.median, bare.steps.gesture.median) },
      { title: 'pan/zoom p95', value: ({ r, bare }) => ratio(r.steps.gesture.p95, bare.steps.gesture.p95) },
      { title: 'long tasks', value: ({ r, bare }) => ratio(r.steps.gesture.longTaskMs, bare.steps.gesture.longTaskMs) },
      { title: 'first node', value: ({ r, bare }) => ratio(r.firstNodeMs, bare.firstNodeMs) },
      { title: 'far p95', value: ({ r, bare }) => ratio(r.steps.far.p95, bare.steps.far.p95) },
      { title: 'far long tasks', value: ({ r, bare }) => ratio(r.steps.far.longTaskMs, bare.steps.far.longTaskMs) },
      { title: 'drag p95', value: ({ r, bare }) => ratio(r.steps.drag?.p95, bare.steps.drag?.p95) },
      { title: 'select', value: ({ r, bare }) => ratio(r.steps.select?.ms, bare.steps.select?.ms) },
    ]),
  );

  if (TRACE) {
    log('\nMain-thread time by kind of work, per step (ms, Chrome trace); * marks each page\'s slowest step\n');
    const rows = results.flatMap((r) => {
      const present = Object.keys(STEP_COST).filter((k) => r.steps[k]);
      const costs = present.map((k) => STEP_COST[k](r.steps[k]) ?? 0);
      const slowest = present[costs.indexOf(Math.max(...costs.filter(Number.isFinite)))];
      return present.map((k) => ({ r, step: k, cpu: r.steps[k].cpu, slowest: k === slowest }));
    });
    log(
      table(rows, [
        { title: 'page', value: (x) => x.r.page, left: true },
        { title: 'size', value: (x) => sizeOf(x.r), left: true },
        { title: 'step', value: (x) => `${x.step}${x.slowest ? ' *' : ''}`, left: true },
        ...KINDS.map((k) => ({ title: k, value: (x) => fmt(x.cpu?.[k], 0) })),
      ]),
    );
  }
  for (const r of results) {
    for (const [step, s] of Object.entries(r.steps)) {
      if (!s.functions) continue;
      log(`\nHeaviest functions by self time during ${step} — ${r.page} ${sizeOf(r)}\n`);
      for (const f of s.functions) log(`  ${pad(fmt(f.ms, 0), 6)} ms  ${pad(fmt(f.share * 100, 0), 3)}%  ${f.name}`);
    }
  }

  log('\nInitial JS of the app (gzip, what dist/index.html loads before anything else)\n');
  if (bundle) {
    const kb = bundle.total / 1024;
    log(`  ${bundle.entry}${bundle.preloads.length ? ` + ${bundle.preloads.length} preloaded` : ''}: ${fmt(kb, 1)} KB of ${BUDGET_KB} KB budget — ${kb <= BUDGET_KB ? 'within' : 'OVER'} (${fmt((kb / BUDGET_KB) * 100, 0)}%)`);
    log(`  (dist/ built ${bundle.builtAt.toISOString()})`);
  } else {
    log('  not available: the app build failed and there is no dist/index.html');
  }

  const errors = results.flatMap((r) => r.errors.map((e) => `${r.page} ${r.size.nodes}: ${e}`));
  if (errors.length) log(`\nPage errors:\n  ${errors.join('\n  ')}`);
  log(`\nTotal ${fmt((Date.now() - startedAt) / 1000, 0)} s`);
}

function report(r) {
  const g = r.steps.gesture;
  log(
    `  ${padEnd(r.page, 6)} ${sizeOf(r)}: first node ${r.firstNodeMs} ms, pan/zoom ${g.frames} frames, median ${fmt(g.median)} ms, p95 ${fmt(g.p95)} ms ` +
      `(zoom ${fmt(g.zoom[0], 3)}–${fmt(g.zoom[1], 3)}); drag p95 ${fmt(r.steps.drag?.p95)} ms; select ${fmt(r.steps.select?.ms, 0)} ms; type median ${fmt(r.steps.type?.median, 0)} ms`,
  );
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
