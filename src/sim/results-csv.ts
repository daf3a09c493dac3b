/**
 * Simulation results as CSV text, for spreadsheets after the workshop: figures rounded for
 * people, names beside ids, every cell through the app's one spreadsheet-safe writer
 * (io/csv.ts — a customer id like `=HYPERLINK(…)` arrives as text, not as a formula).
 * Pure: no files, no DOM. The simulation worker writes these from the run's columns.
 */
import { writeCsv, roundTo, type CsvCell } from '../io/csv';
import { CHANNELS, isElement, nodeLabel, type Journey, type JourneyEdge } from '../model/journey';
import { COMPARED_METRICS, METRIC_LABELS, type ComparedMetric, type ModeSummary } from './metrics';
import type { SimulationResult } from './replay';
import { customerResult, type ModeResult } from './results';

/** How each measure is written: its unit in the row label, and a value for people. */
interface MeasureFormat {
  unit: string;
  value: (x: number) => number | null;
}

const tenths = (x: number) => roundTo(x, 1);
const cents = (x: number) => roundTo(x, 2);
const MEASURE_FORMATS: Partial<Record<ComparedMetric, MeasureFormat>> = {
  // A share 0–1 is written in percent; the difference is then in percentage points.
  goalRate: { unit: ' (%)', value: (x) => roundTo(x * 100, 1) },
  medianTimeToGoal: { unit: ' (minutes)', value: tenths },
  medianStepsToGoal: { unit: '', value: tenths },
  cost: { unit: '', value: cents },
  costPerCustomer: { unit: '', value: cents },
  satisfaction: { unit: '', value: cents },
};
// Counts are whole already; a measure added later reads well at two decimals.
const DEFAULT_FORMAT: MeasureFormat = { unit: '', value: cents };

/** One row per measure: static, dynamic and the difference (dynamic − static); empty where a mode did not run. */
export function summaryToCsv(result: SimulationResult): string {
  const s = result.summary.static;
  const d = result.summary.dynamic;
  const rows: CsvCell[][] = [
    ['Customers', s?.customers, d?.customers, null],
    ['Goals reached', s?.goalCount, d?.goalCount, s && d ? d.goalCount - s.goalCount : null],
  ];
  for (const key of COMPARED_METRICS) {
    const format = MEASURE_FORMATS[key] ?? DEFAULT_FORMAT;
    const value = (m: ModeSummary | null) => (m && m[key] !== null ? format.value(m[key]) : null);
    const difference = result.comparison?.difference[key];
    rows.push([`${METRIC_LABELS[key]}${format.unit}`, value(s), value(d), difference === null || difference === undefined ? null : format.value(difference)]);
  }
  return writeCsv(['measure', 'static', 'dynamic', 'difference'], rows);
}

const CUSTOMER_COLUMNS = [
  'mode',
  'customer_id',
  'persona_id',
  'persona_name',
  'goal_reached',
  'time_to_goal_minutes',
  'steps_to_goal',
  'steps',
  'events',
  'off_route',
  'stalls',
  're_routes',
  'ignored',
  'timers',
  'actions',
  'cost',
  'satisfaction',
  'end',
  ...CHANNELS.map((c) => `actions_${c}`),
];

/** One row per customer and mode. Times are minutes from the customer's first event. */
export function customersToCsv(result: SimulationResult, journey: Journey): string {
  const personaNames = new Map<string, string>();
  for (const node of journey.nodes) if (node.kind === 'persona') personaNames.set(node.id, nodeLabel(node));
  const rows: CsvCell[][] = [];
  for (const r of [result.static, result.dynamic]) {
    if (!r) continue;
    for (let i = 0; i < r.done; i++) rows.push(customerRow(r, i, personaNames));
  }
  return writeCsv(CUSTOMER_COLUMNS, rows);
}

function customerRow(r: ModeResult, i: number, personaNames: ReadonlyMap<string, string>): CsvCell[] {
  const c = customerResult(r, i);
  return [
    c.mode,
    c.customerId,
    c.personaId,
    personaNames.get(c.personaId) ?? '',
    c.goalReached,
    roundTo(c.timeToGoal, 1),
    c.stepsToGoal,
    c.steps,
    c.events,
    c.offRoute,
    c.stalls,
    c.reroutes,
    c.ignored,
    c.timers,
    c.actions.count,
    roundTo(c.actions.cost, 2),
    roundTo(c.satisfaction, 2),
    c.end,
    ...CHANNELS.map((ch) => c.actions.channels[ch] ?? 0),
  ];
}

/**
 * Visits per node and per edge, per mode — the traffic overlay as a table. Every persona,
 * event, decision and action and every edge of the journey is listed, 0 where nobody passed
 * (notes are not part of the journey logic); a mode that did not run has empty cells.
 */
export function trafficToCsv(result: SimulationResult, journey: Journey): string {
  const s = result.summary.static;
  const d = result.summary.dynamic;
  const visits = (m: ModeSummary | null, key: 'nodeTraffic' | 'edgeTraffic', id: string) => (m ? (m[key][id] ?? 0) : null);
  const names = new Map(journey.nodes.map((n) => [n.id, nodeLabel(n)]));
  const rows: CsvCell[][] = [];
  for (const node of journey.nodes) {
    if (!isElement(node)) continue;
    rows.push(['node', node.id, node.kind, nodeLabel(node), null, null, null, visits(s, 'nodeTraffic', node.id), visits(d, 'nodeTraffic', node.id)]);
  }
  for (const edge of journey.edges) {
    const from = names.get(edge.source) ?? edge.source;
    const to = names.get(edge.target) ?? edge.target;
    rows.push(['edge', edge.id, null, `${from} → ${to}`, from, to, branchLabel(edge), visits(s, 'edgeTraffic', edge.id), visits(d, 'edgeTraffic', edge.id)]);
  }
  return writeCsv(['kind', 'id', 'node_kind', 'name', 'from', 'to', 'branch', 'static', 'dynamic'], rows);
}

/** What the canvas writes on a decision's edge: its label, else "Otherwise" or the split's share. */
function branchLabel(edge: JourneyEdge): string | null {
  const b = edge.branch;
  if (!b) return null;
  if (b.label !== '') return b.label;
  if (b.otherwise) return 'Otherwise';
  return b.percent !== null ? `${b.percent}%` : null;
}
