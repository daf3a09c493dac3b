/**
 * Canvas benchmark: frame times of the real editor (app.html) against a bare <ReactFlow>
 * (bare.html) over the same generated graph, under the same scripted pan and zoom.
 * A benchmark, not a test: it prints figures and asserts nothing.
 *
 *   npm run bench:canvas                       both sizes, both pages
 *   BENCH_SIZES=1000x1500 npm run bench:canvas only some sizes
 *   BENCH_TRACE=1 npm run bench:canvas         also a CPU breakdown per run (Chrome tracing)
 *
 * Headless Chromium with --disable-gpu rasterises in software: absolute figures are
 * pessimistic, but both pages run under the same conditions, so the ratio is what to read.
 */
import { freePort } from '../free-port.mjs';
import { readFileSync, existsSync, statSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { build, preview } from 'vite';
import { chromium } from '@playwright/test';

const here = dirname(fileURLToPath(import.meta.url));
const repo = join(here, '..', '..');
const benchConfig = join(here, 'vite.config.ts');

const SIZES = (process.env.BENCH_SIZES ?? '1000x1500,5000x7500').split(',').map((s) => {
  const [nodes, edges] = s.split('x').map(Number);
  return { nodes, edges: edges ?? Math.round(nodes * 1.5) };
});
const TRACE = process.env.BENCH_TRACE === '1';
const BUDGET_KB = 250;
const TARGET_P95_MS = 33;
const TARGET_RATIO = 1.0;
const VIEWPORT = { width: 1280, height: 720 };
const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

const log = (...args) => console.log(...args);
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/**
 * The scripted gesture, identical for both pages: a timeline of pointer events at the
 * centre of the canvas, sent at fixed wall-clock times whether or not the page keeps up —
 * as a user's hand would. Zoom in from the fitted overview to full detail, pan, zoom out
 * part-way, pan back, zoom out to the overview: about 4 s. Pans use the middle button,
 * which React Flow pans with even over a node or an edge, so the same events pan both pages.
 */
function gestureTimeline() {
  const events = [];
  let at = 0;
  const push = (params, gap) => {
    events.push({ at, params });
    at += gap;
  };
  const wheel = (deltaY, count) => {
    for (let i = 0; i < count; i++) push({ type: 'mouseWheel', deltaX: 0, deltaY }, 60);
  };
  const pan = (dx, dy, moves) => {
    push({ type: 'mousePressed', button: 'middle', buttons: 4, clickCount: 1 }, 16);
    for (let i = 1; i <= moves; i++) push({ type: 'mouseMoved', button: 'middle', buttons: 4, dx: (dx * i) / moves, dy: (dy * i) / moves }, 16);
    push({ type: 'mouseReleased', button: 'middle', buttons: 0, clickCount: 1, dx, dy }, 16);
    push({ type: 'mouseMoved', button: 'none', buttons: 0 }, 100);
  };
  push({ type: 'mouseMoved', button: 'none', buttons: 0 }, 100);
  wheel(-100, 18); // ×2^0.2 per notch: 18 notches ≈ ×12, overview → detail
  pan(-320, -180, 40);
  wheel(100, 8);
  pan(280, 200, 40);
  wheel(100, 10); // back to the overview
  return events;
}

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
// In the page

/** Installed before any page script: a requestAnimationFrame recorder and a long-task counter. */
function installRecorder() {
  const state = { frames: [], running: false, longTasks: [], zoom: [Infinity, 0] };
  new PerformanceObserver((list) => {
    if (state.running) for (const e of list.getEntries()) state.longTasks.push(e.duration);
  }).observe({ type: 'longtask', buffered: false });
  window.__recorder = {
    start() {
      state.frames = [];
      state.longTasks = [];
      state.zoom = [Infinity, 0];
      state.running = true;
      const viewport = document.querySelector('.react-flow__viewport');
      const loop = (t) => {
        if (!state.running) return;
        state.frames.push(t);
        // Reading the inline style is cheap (no layout) and tells how far the gesture zoomed.
        const zoom = Number(/scale\(([-\d.e]+)\)/.exec(viewport?.style.transform ?? '')?.[1]);
        if (zoom < state.zoom[0]) state.zoom[0] = zoom;
        if (zoom > state.zoom[1]) state.zoom[1] = zoom;
        requestAnimationFrame(loop);
      };
      requestAnimationFrame(loop);
    },
    stop() {
      state.running = false;
      return { frames: state.frames, longTasks: state.longTasks, zoom: state.zoom };
    },
  };
  /** Resolves once `count` frames in a row each took under `ms`, or after `timeout`. */
  window.__settle = (count = 10, ms = 50, timeout = 15000) =>
    new Promise((resolve) => {
      const began = performance.now();
      let last = began;
      let calm = 0;
      const loop = (t) => {
        calm = t - last < ms ? calm + 1 : 0;
        last = t;
        if (calm >= count || t - began > timeout) resolve(t - began);
        else requestAnimationFrame(loop);
      };
      requestAnimationFrame(loop);
    });
}

// ---------------------------------------------------------------------------
// One run: load a page, wait for the canvas, play the gesture while recording frames

async function openPage(browser, url) {
  const context = await browser.newContext({ viewport: VIEWPORT, colorScheme: 'light' });
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

async function canvasFacts(page) {
  return page.evaluate(() => {
    const rect = document.querySelector('.react-flow').getBoundingClientRect();
    const m = /translate\(([-\d.e]+)px,\s*([-\d.e]+)px\)\s*scale\(([-\d.e]+)\)/.exec(document.querySelector('.react-flow__viewport').style.transform);
    return {
      box: [rect.left, rect.top, rect.width, rect.height].map((v) => Math.round(v)),
      viewport: m ? [Number(m[1]), Number(m[2]), Number(m[3])] : null,
      renderedNodes: document.querySelectorAll('.react-flow__node').length,
      renderedEdges: document.querySelectorAll('.react-flow__edge').length,
    };
  });
}

/** Sends the timeline's events at their times without waiting for the page, then waits until all are handled. */
async function playGesture(cdp, centre) {
  const began = performance.now();
  const sent = [];
  for (const { at, params } of gestureTimeline()) {
    const wait = began + at - performance.now();
    if (wait > 0) await sleep(wait);
    const { dx = 0, dy = 0, ...rest } = params;
    sent.push(cdp.send('Input.dispatchMouseEvent', { ...rest, x: centre[0] + dx, y: centre[1] + dy }));
  }
  await Promise.all(sent);
}

const TRACE_CATEGORIES = ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'blink', 'cc', 'v8.execute'];

/** Main-thread time by kind of work, from a Chrome trace of the gesture. */
function summariseTrace(events) {
  const main = events.find((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain');
  if (!main) return null;
  const buckets = { script: 0, style: 0, layout: 0, prePaint: 0, paint: 0, gc: 0 };
  const names = {
    FunctionCall: 'script', EvaluateScript: 'script', FireAnimationFrame: 'script', EventDispatch: 'script', TimerFire: 'script', 'v8.callFunction': 'script',
    UpdateLayoutTree: 'style', RecalculateStyles: 'style', Layout: 'layout', PrePaint: 'prePaint', Paint: 'paint', 'MajorGC': 'gc', 'MinorGC': 'gc',
  };
  // Only top-level slices of each kind, so nested calls are not counted twice.
  const open = {};
  for (const e of events.filter((e) => e.pid === main.pid && e.tid === main.tid && e.ph === 'X' && names[e.name]).sort((a, b) => a.ts - b.ts)) {
    const kind = names[e.name];
    if (open[kind] && e.ts < open[kind]) continue;
    open[kind] = e.ts + e.dur;
    buckets[kind] += e.dur / 1000;
  }
  return buckets;
}

async function runOne(browser, baseUrl, pageName, size, shared) {
  const params = new URLSearchParams({ nodes: String(size.nodes), edges: String(size.edges) });
  if (shared.box) params.set('box', shared.box.join(','));
  if (shared.viewport) params.set('viewport', shared.viewport.join(','));
  const { context, page, errors, firstNodeMs } = await openPage(browser, `${baseUrl}/${pageName}.html?${params}`);
  try {
    const before = await canvasFacts(page);
    const centre = [before.box[0] + before.box[2] / 2, before.box[1] + before.box[3] / 2];
    const cdp = await context.newCDPSession(page);
    const traceEvents = [];
    if (TRACE) {
      cdp.on('Tracing.dataCollected', ({ value }) => traceEvents.push(...value));
      await cdp.send('Tracing.start', { categories: TRACE_CATEGORIES.join(','), transferMode: 'ReportEvents' });
    }
    await page.evaluate(() => window.__recorder.start());
    const began = Date.now();
    await playGesture(cdp, centre);
    const handledMs = Date.now() - began;
    // Until the last event's frame is drawn: two calm frames in a row, which are then left out.
    await page.evaluate(() => window.__settle(2, 20, 10000));
    const gestureMs = Date.now() - began;
    const { frames, longTasks, zoom } = await page.evaluate(() => window.__recorder.stop());
    let cpu = null;
    if (TRACE) {
      const done = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
      await cdp.send('Tracing.end');
      await done;
      cpu = summariseTrace(traceEvents);
    }
    const after = await canvasFacts(page);
    const deltas = frames.slice(1).map((t, i) => t - frames[i]).slice(0, -2);
    return {
      page: pageName,
      size,
      before,
      after,
      zoom,
      firstNodeMs,
      handledMs,
      gestureMs,
      frames: deltas.length,
      median: quantile(deltas, 0.5),
      p95: quantile(deltas, 0.95),
      max: deltas.length ? Math.max(...deltas) : NaN,
      slowFrames: deltas.filter((d) => d > 34).length,
      longTaskMs: longTasks.reduce((a, b) => a + b, 0),
      cpu,
      errors,
    };
  } finally {
    await context.close();
  }
}

function quantile(values, q) {
  if (!values.length) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const at = (sorted.length - 1) * q;
  const lo = Math.floor(at);
  const hi = Math.ceil(at);
  return sorted[lo] + (sorted[hi] - sorted[lo]) * (at - lo);
}

// ---------------------------------------------------------------------------
// Report

const fmt = (n, digits = 1) => (Number.isFinite(n) ? n.toFixed(digits) : '—');
const pad = (s, n) => String(s).padStart(n);
const padEnd = (s, n) => String(s).padEnd(n);

function table(rows, columns) {
  const widths = columns.map((c) => Math.max(c.title.length, ...rows.map((r) => String(c.value(r)).length)));
  const line = (cells) => cells.map((cell, i) => (columns[i].left ? padEnd(cell, widths[i]) : pad(cell, widths[i]))).join('  ');
  return [line(columns.map((c) => c.title)), line(widths.map((w) => '-'.repeat(w))), ...rows.map((r) => line(columns.map((c) => c.value(r))))].join('\n');
}

async function main() {
  const startedAt = Date.now();
  log('Canvas benchmark — Journey Designer editor vs bare React Flow\n');

  log('Building the app (for its initial JS size) and the benchmark pages…');
  const bundle = await mainBundleSize();
  await build({ configFile: benchConfig, logLevel: 'error' });

  const port = await freePort(4180);
  const server = await preview({ configFile: benchConfig, logLevel: 'error', preview: { host: '127.0.0.1', port, strictPort: true } });
  const baseUrl = `http://127.0.0.1:${port}`;
  const browser = await chromium.launch({ headless: true, executablePath: existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined, args: CHROMIUM_ARGS });
  const results = [];
  try {
    log(`Serving ${baseUrl}; Chromium ${browser.version()}, headless, software rendering, ${VIEWPORT.width}×${VIEWPORT.height}\n`);
    for (const size of SIZES) {
      // The editor runs first: its canvas box, fitted viewport and pane points are replayed on the bare page.
      const app = await runOne(browser, baseUrl, 'app', size, {});
      report(app);
      const bare = await runOne(browser, baseUrl, 'bare', size, { box: app.before.box, viewport: app.before.viewport });
      report(bare);
      results.push(app, bare);
    }
  } finally {
    await browser.close();
    await server.close();
  }

  log('\nFrame times during the same pan/zoom gesture (requestAnimationFrame intervals)\n');
  log(
    table(results, [
      { title: 'page', value: (r) => r.page, left: true },
      { title: 'size (nodes/edges)', value: (r) => `${r.size.nodes}/${r.size.edges}`, left: true },
      { title: 'frames', value: (r) => r.frames },
      { title: 'median ms', value: (r) => fmt(r.median) },
      { title: 'p95 ms', value: (r) => fmt(r.p95) },
      { title: 'max ms', value: (r) => fmt(r.max, 0) },
      { title: 'frames > 34 ms', value: (r) => r.slowFrames },
      { title: 'gesture s', value: (r) => fmt(r.gestureMs / 1000, 1) },
      { title: 'long tasks ms', value: (r) => fmt(r.longTaskMs, 0) },
      { title: 'first node ms', value: (r) => r.firstNodeMs },
      { title: 'DOM nodes/edges at start', value: (r) => `${r.before.renderedNodes}/${r.before.renderedEdges}`, left: true },
    ]),
  );

  log('\nEditor against bare React Flow (app ÷ bare; lower is better)\n');
  const pairs = SIZES.map((size) => {
    const app = results.find((r) => r.page === 'app' && r.size === size);
    const bare = results.find((r) => r.page === 'bare' && r.size === size);
    return { size, app, bare, medianRatio: app.median / bare.median, p95Ratio: app.p95 / bare.p95 };
  });
  log(
    table(pairs, [
      { title: 'size', value: (p) => `${p.size.nodes}/${p.size.edges}`, left: true },
      { title: 'median ratio', value: (p) => fmt(p.medianRatio, 2) },
      { title: 'p95 ratio', value: (p) => fmt(p.p95Ratio, 2) },
      { title: 'app p95 ms', value: (p) => fmt(p.app.p95) },
      { title: `target p95 ≤ ${TARGET_P95_MS} ms`, value: (p) => (p.size.nodes === 1000 ? (p.app.p95 <= TARGET_P95_MS ? 'met' : 'missed') : 'n/a'), left: true },
      { title: `target ratio ≤ ${fmt(TARGET_RATIO)}`, value: (p) => (p.size.nodes === 1000 ? (p.medianRatio <= TARGET_RATIO && p.p95Ratio <= TARGET_RATIO ? 'met' : 'missed') : 'n/a'), left: true },
    ]),
  );

  if (TRACE) {
    log('\nMain-thread time during the gesture, by kind of work (ms, Chrome trace)\n');
    log(
      table(results, [
        { title: 'page', value: (r) => r.page, left: true },
        { title: 'size', value: (r) => `${r.size.nodes}/${r.size.edges}`, left: true },
        ...['script', 'style', 'layout', 'prePaint', 'paint', 'gc'].map((k) => ({ title: k, value: (r) => fmt(r.cpu?.[k], 0) })),
      ]),
    );
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
  log(
    `  ${padEnd(r.page, 4)} ${r.size.nodes}/${r.size.edges}: first node ${r.firstNodeMs} ms, gesture ${fmt(r.gestureMs / 1000, 1)} s, ` +
      `${r.frames} frames, median ${fmt(r.median)} ms, p95 ${fmt(r.p95)} ms; zoom ${fmt(r.zoom[0], 3)}–${fmt(r.zoom[1], 3)}, ` +
      `inputs handled after ${fmt(r.handledMs / 1000, 1)} s`,
  );
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
