/**
 * The pure half of `npm run simulate`: arguments in, text out. scripts/simulate.ts does
 * the file reading and printing, so everything here is testable without a terminal.
 */
import { importJourneyFile } from '../io/journey-file';
import { lineOfJsonPath } from '../io/log-json-location';
import type { Journey } from '../model/journey';
import { COMPARED_METRICS, METRIC_LABELS, type ComparedMetric, type ModeSummary } from './metrics';
import type { RunMode, SimulationResult } from './replay';
import { customerResults } from './results';

export const USAGE = `Usage: npm run simulate -- <journey.json> <log.csv|log.json> [--mode static|dynamic|compare] [--seed N] [--json]

  --mode    static, dynamic, or compare (both, and the difference). Default: compare.
  --seed    Seed for split decisions (an integer). Default: 1.
  --json    Print the results as JSON (summaries, difference, every customer's path).`;

export interface CliOptions {
  journeyPath: string;
  logPath: string;
  mode: RunMode;
  seed: number;
  json: boolean;
}

export type CliArgs = { ok: true; options: CliOptions } | { ok: false; message: string };

/** Reads the command line (without `node script`). */
export function parseCliArgs(argv: readonly string[]): CliArgs {
  const files: string[] = [];
  let mode: RunMode = 'compare';
  let seed = 1;
  let json = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const [flag, inline] = arg.startsWith('--') && arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    const value = (): string | undefined => inline ?? argv[++i];
    if (flag === '--help' || flag === '-h') return { ok: false, message: USAGE };
    if (flag === '--json') json = true;
    else if (flag === '--mode') {
      const m = value();
      if (m !== 'static' && m !== 'dynamic' && m !== 'compare') return { ok: false, message: `--mode must be static, dynamic or compare, not ${JSON.stringify(m ?? '')}.\n\n${USAGE}` };
      mode = m;
    } else if (flag === '--seed') {
      const s = value();
      if (s === undefined || !/^-?\d+$/.test(s) || !Number.isSafeInteger(Number(s))) return { ok: false, message: `--seed must be an integer, not ${JSON.stringify(s ?? '')}.\n\n${USAGE}` };
      seed = Number(s);
    } else if (flag.startsWith('-')) return { ok: false, message: `Unknown option ${flag}.\n\n${USAGE}` };
    else files.push(arg);
  }
  if (files.length !== 2) return { ok: false, message: `Give a journey file and a log file (got ${files.length} file${files.length === 1 ? '' : 's'}).\n\n${USAGE}` };
  return { ok: true, options: { journeyPath: files[0]!, logPath: files[1]!, mode, seed, json } };
}

export type JourneyFileRead = { ok: true; journey: Journey; warnings: string[] } | { ok: false; problems: string[] };

/**
 * A journey file through the app's one importer (io/journey-file: a `.journey.json` export,
 * or a bare journey), its problems located on a line of the text: `line 12, field "…": …`.
 */
export function readJourneyFile(text: string): JourneyFileRead {
  const result = importJourneyFile(text);
  // A bare journey is read as version 0 and wrapped: its paths say "journey." where the file does not.
  const bare = !/"format"\s*:/.test(text);
  const located = (p: { path: string; message: string }): string => {
    if (p.path === '') return p.message;
    const segments = parsePath(p.path);
    const inFile = bare && segments[0] === 'journey' ? segments.slice(1) : segments;
    return `line ${lineOfJsonPath(text, inFile)}, field "${p.path}": ${p.message}`;
  };
  if (!result.ok) return { ok: false, problems: result.problems.map(located) };
  return { ok: true, journey: result.journey, warnings: result.warnings.map(located) };
}

/** `journey.nodes[2]["first name"]` → ['journey', 'nodes', 2, 'first name'] (the importer's path format). */
export function parsePath(path: string): (string | number)[] {
  const segments: (string | number)[] = [];
  const token = /\.?([A-Za-z_$][\w$-]*)|\[(\d+)\]|\[("(?:[^"\\]|\\.)*")\]/g;
  for (let m = token.exec(path); m; m = token.exec(path)) {
    if (m[1] !== undefined) segments.push(m[1]);
    else if (m[2] !== undefined) segments.push(Number(m[2]));
    else segments.push(JSON.parse(m[3]!) as string);
  }
  return segments;
}

/** The results table: one column per mode, and the difference when both ran. */
export function formatResultsTable(result: SimulationResult, journeyName: string): string {
  const s = result.summary.static;
  const d = result.summary.dynamic;
  const modes = [s, d].filter((m): m is ModeSummary => m !== null);
  const customers = modes[0]?.customers ?? 0;
  const header = ['', ...modes.map((m) => (m.mode === 'static' ? 'Static' : 'Dynamic')), ...(result.comparison ? ['Difference'] : [])];
  const rows: string[][] = [header];
  for (const key of COMPARED_METRICS) {
    const row = [METRIC_LABELS[key], ...modes.map((m) => formatMetric(key, m[key]))];
    if (result.comparison) row.push(formatDifference(key, result.comparison.difference[key]));
    rows.push(row);
  }
  const widths = header.map((_, c) => Math.max(...rows.map((r) => r[c]!.length)));
  const lines = rows.map((r) => r.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]!) : cell.padStart(widths[c]!))).join('   ').trimEnd());
  return [`${journeyName} — ${customers} customer${customers === 1 ? '' : 's'}, seed ${result.seed}`, '', ...lines].join('\n');
}

/** Everything as JSON: summaries, the difference, and each customer's result and path. */
export function formatResultsJson(result: SimulationResult): string {
  return JSON.stringify(
    {
      journeyId: result.journeyId,
      seed: result.seed,
      warnings: result.warnings,
      summary: result.summary,
      difference: result.comparison?.difference ?? null,
      customers: {
        static: result.static ? customerResults(result.static) : null,
        dynamic: result.dynamic ? customerResults(result.dynamic) : null,
      },
    },
    (_key, value: unknown) => (typeof value === 'number' && !Number.isFinite(value) ? null : value),
    2,
  );
}

/** A measure for people: a rate in percent, times in minutes/hours/days, money with cents. */
export function formatMetric(key: ComparedMetric, value: number | null): string {
  if (value === null) return '—';
  switch (key) {
    case 'goalRate':
      return `${(value * 100).toFixed(1)}%`;
    case 'medianTimeToGoal':
      return formatMinutes(value);
    case 'cost':
    case 'costPerCustomer':
      return value.toFixed(2);
    case 'satisfaction':
    case 'medianStepsToGoal':
      return Number.isInteger(value) ? String(value) : value.toFixed(1);
    default:
      return String(value);
  }
}

function formatDifference(key: ComparedMetric, value: number | null): string {
  if (value === null) return '—';
  const sign = value > 0 ? '+' : value < 0 ? '−' : '';
  const abs = Math.abs(value);
  if (key === 'goalRate') return `${sign}${(abs * 100).toFixed(1)} pp`;
  return `${sign}${formatMetric(key, abs)}`;
}

/** 45 min, 5.5 h, 3.2 d. */
export function formatMinutes(minutes: number): string {
  if (minutes < 120) return `${Math.round(minutes)} min`;
  if (minutes < 48 * 60) return `${(minutes / 60).toFixed(1)} h`;
  return `${(minutes / 1440).toFixed(1)} d`;
}
