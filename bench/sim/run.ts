/**
 * npm run bench:sim — replay throughput in Node, single thread.
 *
 * 100,000 generated customers × ~10 events through a 200-node journey, in static and in
 * dynamic mode, against a bare loop that only walks the same event arrays (the ceiling
 * for any replay of them). Target: ≥ 2,000,000 events/s in dynamic mode.
 */
import { cpus, loadavg } from 'node:os';
import { compileJourney } from '../../src/sim/compile';
import { generatePopulation } from '../../src/sim/population';
import { prepareLog, type PreparedLog } from '../../src/sim/prepare';
import { createSimulation } from '../../src/sim/replay';
import { benchJourney } from './journey';

const CUSTOMERS = Number(process.env.BENCH_CUSTOMERS ?? 100_000);
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const TARGET = 2_000_000;

const timed = <T>(f: () => T): [T, number] => {
  const t0 = performance.now();
  const r = f();
  return [r, performance.now() - t0];
};
const fmt = (n: number) => Math.round(n).toLocaleString('en-US');

const [journey, tJourney] = timed(benchJourney);
const [cj, tCompile] = timed(() => compileJourney(journey));
const [log, tGenerate] = timed(() =>
  generatePopulation(cj, {
    size: CUSTOMERS,
    seed: 42,
    deviationRate: 0.05,
    disruptions: [
      { from: 2 * 1440, until: 3 * 1440, channel: 'sms', label: 'SMS gateway outage' },
      { from: 4 * 1440, until: 4 * 1440 + 360, actionId: 'a5_email', label: 'Template broken' },
    ],
  }),
);
const [prepared, tPrepare] = timed(() => prepareLog(cj, log));
if (!prepared.ok) throw new Error(prepared.problems.join('\n'));
const pl = prepared.prepared;
const events = pl.totalEvents;

/** The ceiling: touch every event's key, channel and time, per customer, and nothing else. */
function bareLoop(p: PreparedLog): number {
  let acc = 0;
  for (let c = 0; c < p.customers; c++) {
    for (let k = p.eventStart[c]!, end = p.eventStart[c + 1]!; k < end; k++) acc += p.eventKey[k]! + p.eventChannel[k]! + p.eventAt[k]!;
  }
  return acc;
}

function best(run: () => unknown): number {
  let fastest = Infinity;
  for (let i = 0; i < RUNS; i++) fastest = Math.min(fastest, timed(run)[1]);
  return fastest;
}

let sink = 0;
const tBare = best(() => (sink += bareLoop(pl)));
const replay = (mode: 'static' | 'dynamic') => () => {
  const sim = createSimulation(cj, pl, { mode, seed: 42, recordPaths: false });
  sim.step(Infinity);
  return sim;
};
const tStatic = best(replay('static'));
const tDynamic = best(replay('dynamic'));
const summary = (mode: 'static' | 'dynamic') => replay(mode)().result().summary[mode]!;
const s = summary('static');
const d = summary('dynamic');

const rate = (ms: number) => events / (ms / 1000);
const lines = [
  `Journey: ${journey.nodes.length} nodes, ${journey.edges.length} edges — built in ${tJourney.toFixed(1)} ms, compiled in ${tCompile.toFixed(1)} ms`,
  `Population: ${fmt(CUSTOMERS)} customers, ${fmt(events)} events (${(events / CUSTOMERS).toFixed(1)} per customer) — generated in ${fmt(tGenerate)} ms, prepared in ${fmt(tPrepare)} ms`,
  `Replay (best of ${RUNS}, single thread, Node ${process.version}, ${cpus().length} cores, load average ${loadavg()[0]!.toFixed(1)}):`,
  `  bare loop   ${fmt(rate(tBare)).padStart(13)} events/s   ${tBare.toFixed(1).padStart(7)} ms   (the limit)`,
  `  static      ${fmt(rate(tStatic)).padStart(13)} events/s   ${tStatic.toFixed(1).padStart(7)} ms   ${(tBare / tStatic * 100).toFixed(1)}% of the limit`,
  `  dynamic     ${fmt(rate(tDynamic)).padStart(13)} events/s   ${tDynamic.toFixed(1).padStart(7)} ms   ${(tBare / tDynamic * 100).toFixed(1)}% of the limit`,
  `  ratio dynamic / bare loop: 1 : ${(tDynamic / tBare).toFixed(1)}`,
  `Dynamic target ${fmt(TARGET)} events/s: ${rate(tDynamic) >= TARGET ? 'met' : 'NOT met'}`,
  `Sanity: goal rate static ${(s.goalRate * 100).toFixed(1)}%, dynamic ${(d.goalRate * 100).toFixed(1)}%; re-routes ${fmt(d.reroutes)}, stalls static ${fmt(s.stalls)} / dynamic ${fmt(d.stalls)}, off-route static ${fmt(s.offRoute)} / dynamic ${fmt(d.offRoute)}`,
];
// Using the bare loop's sum keeps the optimiser from removing the loop.
if (!Number.isFinite(sink)) throw new Error('bare loop checksum is not a number');
console.log(lines.join('\n'));
