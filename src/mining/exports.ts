/**
 * Every mined figure as a CSV table, through the one spreadsheet-safe writer (src/io/csv.ts:
 * formula cells neutralised, BOM, CRLF), with numbers rounded for people: shares and fitness in
 * percent to 0.1, durations in minutes to 0.1.
 */
import { END, START, type ProcessMap } from './discover';
import type { ConformanceReport, CustomerConformance } from './conformance';
import type { EventLog } from './event-log';
import { roundTo, writeCsv as toSafeCsv } from '../io/csv';

export const MAP_CSV = ['activities', 'transitions', 'variants'] as const;
export const CONFORMANCE_CSV = ['fitness', 'deviations', 'missing', 'unused', 'customers'] as const;
export type MiningCsvKind = (typeof MAP_CSV)[number] | (typeof CONFORMANCE_CSV)[number];

const minutes = (ms: number | null) => (ms === null ? null : roundTo(ms / 60_000, 1));
const percent = (share: number) => roundTo(share * 100, 1);

/** The map's activities, transitions (with durations in minutes) or variants. */
export function mapCsv(log: EventLog, map: ProcessMap, kind: (typeof MAP_CSV)[number]): string {
  const name = (a: number) => (a === START ? '(start)' : a === END ? '(end)' : log.activities[a]!);
  switch (kind) {
    case 'activities':
      return toSafeCsv(['activity', 'events', 'cases', 'starts', 'ends'], map.visible.activities.map((a) => [a.name, a.count, a.cases, a.starts, a.ends]));
    case 'transitions':
      return toSafeCsv(['from', 'to', 'count', 'mean_minutes', 'median_minutes'], map.paths.map((t) => [name(t.from), name(t.to), t.count, minutes(t.meanMs), minutes(t.medianMs)]));
    case 'variants':
      return toSafeCsv(['rank', 'activities', 'cases', 'share_percent'], map.variants.map((v, i) => [i + 1, v.activities.map(name).join(' → '), v.cases, percent(v.share)]));
  }
}

/** A conformance check's figures: fitness per mode, deviation points, missing activities, unused connections, or per customer. */
export function conformanceCsv(report: ConformanceReport, customers: CustomerConformance, kind: (typeof CONFORMANCE_CSV)[number]): string {
  switch (kind) {
    case 'fitness': {
      const rows: [string, number | null, number | null][] = [
        ['Customers', report.customers, report.customers],
        ['Customer events', report.events, report.events],
        ['Events placed', report.static.placed, report.dynamic.placed],
        ['Fitness (%)', percent(report.static.fitness), percent(report.dynamic.fitness)],
        ['Off-route events', report.static.offRoute, report.dynamic.offRoute],
        ['Events after the goal', report.static.afterEnd, report.dynamic.afterEnd],
        ['Customers fully placed', report.static.perfect, report.dynamic.perfect],
        ['Goals reached', report.static.goals, report.dynamic.goals],
      ];
      return toSafeCsv(['measure', 'static', 'dynamic'], rows);
    }
    case 'deviations':
      return toSafeCsv(['left_the_route_at', 'route_expected', 'customer_did_instead', 'customers', 'off_route_events'], report.deviations.map((d) => [d.atName, d.expected, d.instead ?? '(stopped)', d.customers, d.events]));
    case 'missing':
      return toSafeCsv(['activity', 'events', 'cases'], report.missing.map((m) => [m.activity, m.events, m.cases]));
    case 'unused':
      return toSafeCsv(['from', 'to', 'connection_id'], report.unusedEdges.map((e) => [e.from, e.to, e.edgeId]));
    case 'customers':
      return toSafeCsv(
        ['case_id', 'persona', 'events', 'static_placed', 'static_fitness_percent', 'dynamic_placed', 'dynamic_fitness_percent', 'left_the_route_at', 'did_instead'],
        customers.caseId.map((id, i) => {
          const n = customers.events[i]!;
          return [id, customers.persona[i]!, n, customers.staticPlaced[i]!, percent(n ? customers.staticPlaced[i]! / n : 1), customers.dynamicPlaced[i]!, percent(n ? customers.dynamicPlaced[i]! / n : 1), customers.leftAt[i]!, customers.instead[i]!];
        }),
      );
  }
}
