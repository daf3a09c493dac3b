/** Simulation results as CSV text, for spreadsheets after the workshop. Pure: no files, no DOM. */
import Papa from 'papaparse';
import { CHANNELS } from '../model/journey';
import { COMPARED_METRICS, METRIC_LABELS, type ModeSummary } from './metrics';
import type { SimulationResult } from './replay';
import { customerResult, type ModeResult } from './results';

/** One row per measure: static, dynamic and the difference (dynamic − static). */
export function summaryToCsv(result: SimulationResult): string {
  const s = result.summary.static;
  const d = result.summary.dynamic;
  const value = (m: ModeSummary | null, key: (typeof COMPARED_METRICS)[number]) => (m ? (m[key] ?? '') : '');
  const rows = COMPARED_METRICS.map((key) => ({
    metric: METRIC_LABELS[key],
    static: value(s, key),
    dynamic: value(d, key),
    difference: result.comparison ? (result.comparison.difference[key] ?? '') : '',
  }));
  rows.unshift(
    { metric: 'Customers', static: s?.customers ?? '', dynamic: d?.customers ?? '', difference: '' },
    { metric: 'Goals reached', static: s?.goalCount ?? '', dynamic: d?.goalCount ?? '', difference: s && d ? d.goalCount - s.goalCount : '' },
  );
  return Papa.unparse(rows, { newline: '\n' });
}

/** One row per customer and mode. Times are minutes from the customer's first event. */
export function customersToCsv(result: SimulationResult): string {
  const rows: Record<string, string | number | boolean>[] = [];
  for (const r of [result.static, result.dynamic]) {
    if (!r) continue;
    for (let i = 0; i < r.done; i++) rows.push(customerRow(r, i));
  }
  return Papa.unparse(rows, { newline: '\n', columns: CUSTOMER_COLUMNS });
}

const CUSTOMER_COLUMNS = [
  'mode',
  'customer_id',
  'persona',
  'goal_reached',
  'time_to_goal_minutes',
  'steps_to_goal',
  'steps',
  'events',
  'off_route',
  'stalls',
  're_routes',
  'timers',
  'actions',
  'cost',
  'satisfaction',
  'end',
  ...CHANNELS.map((c) => `actions_${c}`),
];

function customerRow(r: ModeResult, i: number): Record<string, string | number | boolean> {
  const c = customerResult(r, i);
  const row: Record<string, string | number | boolean> = {
    mode: c.mode,
    customer_id: c.customerId,
    persona: c.personaId,
    goal_reached: c.goalReached,
    time_to_goal_minutes: c.timeToGoal ?? '',
    steps_to_goal: c.stepsToGoal ?? '',
    steps: c.steps,
    events: c.events,
    off_route: c.offRoute,
    stalls: c.stalls,
    re_routes: c.reroutes,
    timers: c.timers,
    actions: c.actions.count,
    cost: c.actions.cost,
    satisfaction: c.satisfaction,
    end: c.end,
  };
  for (const ch of CHANNELS) row[`actions_${ch}`] = c.actions.channels[ch] ?? 0;
  return row;
}

/** Visits per node and per edge, per mode — the traffic overlay as a table. */
export function trafficToCsv(result: SimulationResult): string {
  const s = result.summary.static;
  const d = result.summary.dynamic;
  const rows: Record<string, string | number>[] = [];
  for (const kind of ['node', 'edge'] as const) {
    const key = kind === 'node' ? 'nodeTraffic' : 'edgeTraffic';
    const ids = new Set([...Object.keys(s?.[key] ?? {}), ...Object.keys(d?.[key] ?? {})]);
    for (const id of ids) rows.push({ kind, id, static: s?.[key][id] ?? 0, dynamic: d?.[key][id] ?? 0 });
  }
  return Papa.unparse(rows, { newline: '\n', columns: ['kind', 'id', 'static', 'dynamic'] });
}
