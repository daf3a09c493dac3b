/**
 * Where the main thread's time goes during one step of the benchmark: a Chrome trace bucketed
 * into scripting / style / layout / pre-paint / paint / GC, and (BENCH_PROFILE=1) a V8 CPU
 * profile's heaviest functions by self time, to name the code behind the scripting.
 */
const TRACE_CATEGORIES = ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'blink', 'cc', 'v8.execute'];
export const KINDS = ['script', 'style', 'layout', 'prePaint', 'paint', 'gc'];

const NAMES = {
  FunctionCall: 'script', EvaluateScript: 'script', FireAnimationFrame: 'script', EventDispatch: 'script', TimerFire: 'script', 'v8.callFunction': 'script',
  UpdateLayoutTree: 'style', RecalculateStyles: 'style', Layout: 'layout', PrePaint: 'prePaint', Paint: 'paint', MajorGC: 'gc', MinorGC: 'gc',
};

/** Main-thread time by kind of work, from a Chrome trace. */
function summarise(events) {
  const main = events.find((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain');
  if (!main) return null;
  const buckets = Object.fromEntries(KINDS.map((k) => [k, 0]));
  // Only top-level slices of each kind, so nested calls are not counted twice.
  const open = {};
  for (const e of events.filter((e) => e.pid === main.pid && e.tid === main.tid && e.ph === 'X' && NAMES[e.name]).sort((a, b) => a.ts - b.ts)) {
    const kind = NAMES[e.name];
    if (open[kind] && e.ts < open[kind]) continue;
    open[kind] = e.ts + e.dur;
    buckets[kind] += e.dur / 1000;
  }
  return buckets;
}

/** The functions with the most self time in a V8 CPU profile, with their share of the samples. */
function heaviest(profile, count = 12) {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const self = new Map();
  const dt = profile.timeDeltas ?? [];
  profile.samples.forEach((id, i) => {
    const { functionName, url, lineNumber } = byId.get(id).callFrame;
    const file = url ? url.split('/').pop() : '';
    const key = `${functionName || '(anonymous)'} ${file}${file ? `:${lineNumber + 1}` : ''}`;
    self.set(key, (self.get(key) ?? 0) + (dt[i] ?? 0) / 1000);
  });
  const total = [...self.values()].reduce((a, b) => a + b, 0);
  return [...self.entries()].sort((a, b) => b[1] - a[1]).slice(0, count).map(([name, ms]) => ({ name, ms, share: ms / total }));
}

/** Starts recording; `stop()` resolves to `{ cpu, functions }`. */
export async function record(cdp, { profile = false } = {}) {
  const events = [];
  const onData = ({ value }) => events.push(...value);
  cdp.on('Tracing.dataCollected', onData);
  await cdp.send('Tracing.start', { categories: TRACE_CATEGORIES.join(','), transferMode: 'ReportEvents' });
  if (profile) {
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
    await cdp.send('Profiler.start');
  }
  return {
    async stop() {
      const functions = profile ? heaviest((await cdp.send('Profiler.stop')).profile) : null;
      const done = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
      await cdp.send('Tracing.end');
      await done;
      cdp.off('Tracing.dataCollected', onData);
      return { cpu: summarise(events), functions };
    },
  };
}
