/**
 * Results kept in the browser for later: the figures of a run, per mode, with what was replayed
 * and when — so a facilitator can put "before we changed the journey" beside "after". Stored in
 * the results table as plain data and checked again on the way back in (a damaged record is
 * shown as such, never half-read).
 */
import { z } from 'zod';
import { COMPARED_METRICS, type ComparedMetric, type ModeSummary } from '../sim';
import { SCENARIOS } from '../samples/scenarios';
import type { SourceChoice } from './types';

/** Measures added after results were first kept: older records read them as "no value". */
const ADDED_LATER: readonly ComparedMetric[] = ['droppedOff'];
const figure = (m: ComparedMetric) => (ADDED_LATER.includes(m) ? z.number().finite().nullable().default(null) : z.number().finite().nullable());
const Figures = z.object(Object.fromEntries(COMPARED_METRICS.map((m) => [m, figure(m)])) as Record<ComparedMetric, z.ZodNullable<z.ZodNumber>>);

export const KeptResultSchema = z.object({
  version: z.literal(1),
  /** What was replayed, in words: a scenario's title, a log's file name, a population. */
  source: z.string().max(300),
  journeyName: z.string().max(1000),
  customers: z.number().int().nonnegative(),
  seed: z.number().int(),
  closures: z.number().int().nonnegative(),
  static: Figures.nullable(),
  dynamic: Figures.nullable(),
});
export type KeptResult = z.infer<typeof KeptResultSchema>;
export type KeptFigures = z.infer<typeof Figures>;

/** "Retail: cart abandonment…", "crm-export.csv", "A population of 5,000 (5% deviate, 10% drop off)". */
export function sourceLabel(source: SourceChoice): string {
  switch (source.kind) {
    case 'scenario':
      return SCENARIOS.find((s) => s.id === source.scenarioId)?.title ?? source.scenarioId;
    case 'log':
      return source.name;
    case 'population': {
      const dropOff = source.dropOffRate > 0 ? `, ${Math.round(source.dropOffRate * 100)}% drop off` : '';
      return `A population of ${source.size.toLocaleString('en-US')} (${Math.round(source.deviationRate * 100)}% deviate${dropOff})`;
    }
    case 'none':
      return 'Nobody';
  }
}

const figuresOf = (summary: ModeSummary | null): KeptFigures | null =>
  summary ? (Object.fromEntries(COMPARED_METRICS.map((m) => [m, summary[m]])) as KeptFigures) : null;

/** The record kept for a run on screen. */
export function keptResultOf(run: {
  source: SourceChoice;
  journeyName: string;
  seed: number;
  closures: number;
  summary: { static: ModeSummary | null; dynamic: ModeSummary | null };
}): KeptResult {
  const { summary } = run;
  return {
    version: 1,
    source: sourceLabel(run.source),
    journeyName: run.journeyName,
    customers: summary.static?.customers ?? summary.dynamic?.customers ?? 0,
    seed: run.seed,
    closures: run.closures,
    static: figuresOf(summary.static),
    dynamic: figuresOf(summary.dynamic),
  };
}

/** A stored record's data as a kept result, or null when it cannot be read. */
export function readKeptResult(data: unknown): KeptResult | null {
  const parsed = KeptResultSchema.safeParse(data);
  return parsed.success ? parsed.data : null;
}
