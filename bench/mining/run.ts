/**
 * npm run bench:mining — journey mining on 1,000,000 events (~100 MB CSV, 300 activities): in Node
 * with the worker's own API (parse, discover, make a journey, conformance replay), beside a plain
 * papaparse pass over the same file (the floor); then the same file imported in Chromium through
 * the app (bench/mining/browser.mjs): times, peak memory and the longest main-thread task.
 * A benchmark, not a test: it prints figures and asserts nothing.
 *
 * Targets: parse ≤ 3× the floor; discovery ≤ 2 s; conformance ≤ 3 s; memory < 1 GB; no long
 * main-thread task (> 50 ms) while the worker reads.
 *
 *   npm run bench:mining
 *   BENCH_EVENTS=200000 BENCH_BROWSER=0 npm run bench:mining
 */
import { existsSync, mkdirSync, openAsBlob, statSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import Papa from 'papaparse';
import { textSource } from '../../src/io/text-chunks';
import { createMiningApi } from '../../src/workers/mining-api';
import { NO_FILTER } from '../../src/mining/discover';
import { generateLog } from './generate';

const EVENTS = Number(process.env.BENCH_EVENTS ?? 1_000_000);
const dir = join(import.meta.dirname, '..', 'results');
const file = join(dir, `mining-${EVENTS}.csv`);
const fmt = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
const mb = (b: number) => `${(b / 1024 / 1024).toFixed(0)} MB`;

let peakRss = 0;
let peakHeap = 0;
const sampler = setInterval(() => {
  const m = process.memoryUsage();
  peakRss = Math.max(peakRss, m.rss);
  peakHeap = Math.max(peakHeap, m.heapUsed + m.arrayBuffers);
}, 20);
const resetPeak = () => {
  global.gc?.();
  const m = process.memoryUsage();
  peakRss = m.rss;
  peakHeap = m.heapUsed + m.arrayBuffers;
};

async function floor(): Promise<number> {
  const began = performance.now();
  const source = await textSource(await openAsBlob(file));
  const parser = new Papa.Parser({ delimiter: ',', newline: '\n' });
  let carry = '';
  let rows = 0;
  for await (const piece of source.chunks) {
    const text = carry + piece;
    const result = parser.parse(text, 0, true);
    carry = text.slice(result.meta.cursor);
    rows += result.data.length;
  }
  rows += parser.parse(carry, 0, false).data.length;
  void rows;
  return performance.now() - began;
}

async function main() {
  mkdirSync(dir, { recursive: true });
  if (!existsSync(file)) {
    console.log(`Writing ${EVENTS.toLocaleString('en-US')} events to ${file}…`);
    await generateLog(file, EVENTS);
  }
  console.log(`Journey mining — ${EVENTS.toLocaleString('en-US')} events, ${mb(statSync(file).size)} CSV, Node ${process.version}\n`);

  const floorMs = await floor();
  console.log(`Floor: papaparse over the same file, rows discarded            ${fmt(floorMs)}`);

  const api = createMiningApi();
  const blob = await openAsBlob(file);
  const preview = await api.preview(blob, 'bench.csv');
  if (!preview.ok) throw new Error(JSON.stringify(preview.problems));
  resetPeak();
  let began = performance.now();
  const loaded = await api.load(1, blob, 'bench.csv', preview.preview, preview.preview.suggestion);
  const parseMs = performance.now() - began;
  if (!loaded.ok) throw new Error(JSON.stringify(loaded.problems));
  const s = loaded.summary;
  console.log(`Parse into the columnar log (${s.cases.toLocaleString('en-US')} cases, ${s.activities.length} activities) ${fmt(parseMs)}  = ${(parseMs / floorMs).toFixed(2)}× the floor (target ≤ 3×)`);
  console.log(`  peak memory while parsing: RSS ${mb(peakRss)}, JS heap + buffers ${mb(peakHeap)}`);

  resetPeak();
  began = performance.now();
  const map = await api.map(NO_FILTER, { activitiesPercent: 100, pathsPercent: 100 });
  const fullMs = performance.now() - began;
  console.log(`Discover, all ${map.activities.length} activities and ${map.transitions.length} paths (DFG, durations, variants): ${fmt(map.discoverMs)} — target ≤ 2 s${map.layout ? ` (+ layout ${fmt(fullMs - map.discoverMs)})` : ' (too big to draw: not laid out)'}`);
  began = performance.now();
  const readable = await api.map(NO_FILTER, null);
  console.log(`Discover at the first slider positions (${readable.activities.length} activities, ${readable.transitions.length} paths shown): ${fmt(readable.discoverMs)} (+ layout ${fmt(performance.now() - began - readable.discoverMs)})`);

  const goal = s.activities.indexOf('order_placed');
  const { journey } = api.draft({ name: 'As-is', kinds: s.kinds, goal, personaAttribute: 'segment' });
  resetPeak();
  began = performance.now();
  const checked = await api.conform(2, journey, { kinds: s.kinds, personaAttribute: 'segment' });
  const conformMs = performance.now() - began;
  if (!checked.ok) throw new Error(checked.problems.join('\n'));
  const r = checked.report;
  console.log(`Conformance replay of ${r.events.toLocaleString('en-US')} customer events through the as-is journey (${journey.nodes.length} nodes), both modes: ${fmt(conformMs)} — target ≤ 3 s`);
  console.log(`  fitness static ${(r.static.fitness * 100).toFixed(1)}%, dynamic ${(r.dynamic.fitness * 100).toFixed(1)}%; peak RSS ${mb(peakRss)}`);
  clearInterval(sampler);

  if (process.env.BENCH_BROWSER !== '0') {
    console.log('\nIn Chromium, through the app (bench/mining/browser.mjs)…');
    const out = spawnSync(process.execPath, [join(import.meta.dirname, 'browser.mjs'), file], { stdio: 'inherit' });
    process.exitCode = out.status ?? 1;
  }
}

main().catch((e) => {
  console.error(e);
  process.exitCode = 1;
});
