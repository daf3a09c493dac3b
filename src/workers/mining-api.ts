/**
 * The mining worker's API: what `mining.worker.ts` exposes through comlink, written without
 * comlink so Node tests (and the benchmark) call it directly. The event log lives here — a
 * million events never cross to the page — and the page gets what it shows: the map (laid
 * out), the variants, a draft journey, a conformance report, CSV text.
 */
import type { Journey } from '../model/journey';
import { replayLog, type InteractionLog, type ModeSummary, type PathStep } from '../sim';
import { textSource, readHead } from '../io/text-chunks';
import { previewEventCsv, readEventCsv, type CsvPreview } from '../io/event-log-csv';
import { previewXes, readXes, type XesPreview } from '../io/event-log-xes';
import type { EventLogMapping } from '../io/event-log-mapping';
import type { LogProblem } from '../io/log-normalise';
import type { EventLog } from '../mining/event-log';
import { activitiesKept, caseMask, defaultSliders, directlyFollows, NO_FILTER, pathsKept, variantsOf, type Dfg, type DiscoveryFilter, type MapSettings, type ProcessMap, type Transition, type Variant } from '../mining/discover';
import { layoutMap, MAX_DRAWN, type MapLayout } from '../mining/map-layout';
import { customerActors, suggestKinds, type ActivityKind } from '../mining/classify';
import { journeyFromLog } from '../mining/journey-from-log';
import { checkConformance, type ConformanceReport, type CustomerConformance } from '../mining/conformance';
import { suggestPersonaAttribute, toInteractionLog } from '../mining/interaction-log';
import { conformanceCsv, mapCsv, MAP_CSV, type MiningCsvKind } from '../mining/exports';
import { toChannel } from '../mining/channels';
import { PLAYBACK_LIMIT } from './reply';

export type LogPreview = CsvPreview | XesPreview;
export type PreviewReply = { ok: true; preview: LogPreview; gzip: boolean } | { ok: false; problems: LogProblem[] };

export interface LoadProgress {
  bytesRead: number;
  size: number;
}

/** What the page needs to know about the loaded log. */
export interface LogSummary {
  name: string;
  events: number;
  cases: number;
  activities: string[];
  /** Epoch ms of the first and last event. */
  from: number;
  to: number;
  caseAttributes: { name: string; values: { value: string; cases: number }[] }[];
  actors: { value: string; events: number; customer: boolean }[];
  channels: { value: string; events: number; known: boolean }[];
  /** Suggested per activity: the customer's event or the brand's action. */
  kinds: ActivityKind[];
  skipped: number;
  loadMs: number;
}

export type LoadReply = { ok: true; summary: LogSummary } | { ok: false; cancelled: boolean; problems: LogProblem[] };

export interface MapReply {
  settings: MapSettings;
  cases: number;
  events: number;
  /** Every activity of the filtered log, most frequent first (the slider's ranking). */
  ranking: { activity: number; count: number }[];
  activities: ProcessMap['visible']['activities'];
  transitions: Transition[];
  /** Transitions before the paths slider (for the count shown beside it). */
  allTransitions: number;
  variants: ProcessMap['variants'];
  /** Null when the map is too big to draw readably (the tables still list it). */
  layout: MapLayout | null;
  discoverMs: number;
}

export interface PlaybackSide {
  summary: ModeSummary | null;
  paths: PathStep[][] | null;
  personaIds: string[];
  warnings: string[];
}

export type ConformReply = { ok: true; report: ConformanceReport; replayMs: number } | { ok: false; cancelled: boolean; problems: string[] };

export type PlaybackReply = { ok: true; log: InteractionLog | null; asIs: PlaybackSide; toBe: PlaybackSide } | { ok: false; problems: string[] };

const MAX_VARIANTS = 30;

export function createMiningApi() {
  let log: EventLog | null = null;
  let map: ProcessMap | null = null;
  let filtered: { key: string; log: EventLog; mask: Uint8Array; full: Dfg; variants: Variant[] } | null = null;
  let conformance: { report: ConformanceReport; customers: CustomerConformance } | null = null;
  const running = new Map<number, AbortController>();
  const idle = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

  const requireLog = (): EventLog => {
    if (!log) throw new Error('No event log is loaded.');
    return log;
  };

  return {
    /** The head of a file: its columns and first rows, and a guess of which column is what. */
    async preview(file: Blob, name: string): Promise<PreviewReply> {
      const source = await textSource(file);
      let head: { text: string; complete: boolean };
      try {
        head = await readHead(source, 256 * 1024);
      } catch {
        return { ok: false, problems: [{ line: null, field: null, message: source.gzip ? 'the file is not a valid gzip file' : 'the file cannot be read' }] };
      }
      const xes = /\.xes(\.gz)?$/i.test(name) || /^\s*(<\?xml[^>]*>\s*)?(<!--[\s\S]*?-->\s*)*<log[\s>]/.test(head.text);
      const preview = xes ? previewXes(head.text) : previewEventCsv(head.text, head.complete);
      if ('problems' in preview) return { ok: false, problems: preview.problems };
      return { ok: true, preview, gzip: source.gzip };
    },

    /** Reads the whole file with a confirmed mapping; progress by bytes; all or nothing. */
    async load(runId: number, file: Blob, name: string, preview: LogPreview, mapping: EventLogMapping, onProgress?: (p: LoadProgress) => void): Promise<LoadReply> {
      const controller = new AbortController();
      running.set(runId, controller);
      const began = performance.now();
      try {
        const source = await textSource(file);
        let last = 0;
        let pieces = 0;
        const progress = () => {
          const now = performance.now();
          if (now - last > 100) {
            last = now;
            onProgress?.({ bytesRead: source.bytesRead(), size: source.size });
          }
        };
        // Let a cancel message in now and then: reading a file can go on without yielding.
        const chunks = (async function* () {
          for await (const piece of source.chunks) {
            yield piece;
            if (++pieces % 32 === 0) await idle();
          }
        })();
        const options = { onProgress: progress, signal: controller.signal };
        const out = preview.format === 'xes' ? await readXes(chunks, mapping, name, options) : await readEventCsv(chunks, preview, mapping, name, options);
        if (!out.ok) return out;
        log = out.log;
        map = null;
        conformance = null;
        onProgress?.({ bytesRead: source.size, size: source.size });
        return { ok: true, summary: summarise(out.log, performance.now() - began) };
      } catch (error) {
        return { ok: false, cancelled: false, problems: [{ line: null, field: null, message: `the file cannot be read: ${String(error instanceof Error ? error.message : error)}` }] };
      } finally {
        running.delete(runId);
      }
    },

    cancel(runId: number): void {
      running.get(runId)?.abort();
    },

    /** Whose events the actor values are, as the user set them: the kinds per activity again. */
    kindsFor(customerValues: string[]): ActivityKind[] {
      const l = requireLog();
      return suggestKinds(l, customerActors(l, customerValues));
    },

    /** The map for the filters and sliders (null sliders: readable first positions), laid out. */
    async map(filter: DiscoveryFilter, sliders: { activitiesPercent: number; pathsPercent: number } | null, options: { layout?: boolean } = {}): Promise<MapReply> {
      const l = requireLog();
      const began = performance.now();
      // The filtered log's full graph and variants change with the filters only: a slider move recounts the projection alone.
      const key = JSON.stringify(filter);
      if (!filtered || filtered.key !== key || filtered.log !== l) {
        const mask = caseMask(l, filter);
        filtered = { key, log: l, mask, full: directlyFollows(l, mask), variants: variantsOf(l, mask).variants.slice(0, MAX_VARIANTS) };
      }
      const { mask, full, variants } = filtered;
      const activitiesPercent = sliders?.activitiesPercent ?? defaultSliders(full).activitiesPercent;
      const kept = activitiesKept(full.activities.length, activitiesPercent);
      const visibleSet = new Uint8Array(l.activities.length);
      for (const a of full.activities.slice(0, kept)) visibleSet[a.activity] = 1;
      const visible = kept === full.activities.length ? full : directlyFollows(l, mask, visibleSet);
      // About one and a half paths per activity reads well; all of them when there are few.
      const pathsPercent = sliders?.pathsPercent ?? (visible.transitions.length <= kept * 1.6 ? 100 : Math.round(((kept * 1.5) / visible.transitions.length) * 100));
      const settings: MapSettings = { filter, activitiesPercent, pathsPercent };
      map = { full, visible, paths: pathsKept(visible, pathsPercent), variants, mask };
      const discoverMs = performance.now() - began;
      const drawable = map.visible.activities.length <= MAX_DRAWN.activities && map.paths.length <= MAX_DRAWN.paths;
      const layout = drawable && options.layout !== false ? await layoutMap(map.visible, map.paths) : null;
      return {
        settings,
        cases: map.full.cases,
        events: map.full.events,
        ranking: map.full.activities.map((a) => ({ activity: a.activity, count: a.count })),
        activities: map.visible.activities,
        transitions: map.paths,
        allTransitions: map.visible.transitions.length,
        variants: map.variants,
        layout,
        discoverMs,
      };
    },

    /** The map on screen as a draft journey. */
    draft(options: { name: string; kinds: ActivityKind[]; goal: number; personaAttribute: string | null }): { journey: Journey; notes: string[] } {
      const l = requireLog();
      if (!map) throw new Error('Discover the map first.');
      const visible = new Uint8Array(l.activities.length);
      for (const a of map.visible.activities) visible[a.activity] = 1;
      return journeyFromLog(l, { ...options, transitions: map.paths, visible, mask: map.mask });
    },

    /** The case attribute whose values name the journey's personas best. */
    personaAttributeFor(journey: Journey): string | null {
      return suggestPersonaAttribute(journey, requireLog());
    },

    /** Replays the (filtered) log through the journey: fitness, deviation points, missing activities, unused connections. */
    async conform(runId: number, journey: Journey, options: { kinds: ActivityKind[]; personaAttribute: string | null }, onProgress?: (done: number, total: number) => void): Promise<ConformReply> {
      const l = requireLog();
      const controller = new AbortController();
      running.set(runId, controller);
      try {
        const began = performance.now();
        const out = await checkConformance(l, journey, { ...options, mask: map?.mask ?? null, onProgress, signal: controller.signal });
        if (!out.ok) return out;
        conformance = out;
        return { ok: true as const, report: out.report, replayMs: performance.now() - began };
      } finally {
        running.delete(runId);
      }
    },

    /** Both journeys replayed (dynamic) through the log: paths to play back when the log is small enough, traffic always. */
    playback(asIs: Journey, toBe: Journey, options: { kinds: ActivityKind[]; personaAttribute: string | null; asIsPersonaAttribute: string | null }): PlaybackReply {
      const l = requireLog();
      const mask = map?.mask ?? null;
      const cases = mask ? mask.reduce((n, x) => n + x, 0) : l.caseCount;
      const recordPaths = cases <= PLAYBACK_LIMIT;
      const side = (journey: Journey, personaAttribute: string | null): PlaybackSide | { problems: string[] } => {
        const replayed = toInteractionLog(l, journey, { kinds: options.kinds, personaAttribute, mask });
        const out = replayLog(journey, replayed, { mode: 'dynamic', recordPaths });
        if (!out.ok) return { problems: out.problems };
        return { summary: out.result.summary.dynamic, paths: out.result.dynamic?.paths ?? null, personaIds: out.result.dynamic?.personaIds ?? [], warnings: out.result.warnings };
      };
      const a = side(asIs, options.asIsPersonaAttribute);
      const b = side(toBe, options.personaAttribute);
      if ('problems' in a) return { ok: false, problems: a.problems };
      if ('problems' in b) return { ok: false, problems: b.problems };
      return { ok: true, log: recordPaths ? toInteractionLog(l, toBe, { kinds: options.kinds, personaAttribute: options.personaAttribute, mask }) : null, asIs: a, toBe: b };
    },

    /** The (filtered) log as an interaction log the simulator replays. */
    interactionLog(journey: Journey, options: { kinds: ActivityKind[]; personaAttribute: string | null }): InteractionLog {
      return toInteractionLog(requireLog(), journey, { ...options, mask: map?.mask ?? null });
    },

    /** A table as CSV text; null when there is nothing to export yet. */
    csv(kind: MiningCsvKind): string | null {
      if ((MAP_CSV as readonly string[]).includes(kind)) return log && map ? mapCsv(log, map, kind as (typeof MAP_CSV)[number]) : null;
      return conformance ? conformanceCsv(conformance.report, conformance.customers, kind as Exclude<MiningCsvKind, (typeof MAP_CSV)[number]>) : null;
    },
  };
}

function summarise(log: EventLog, loadMs: number): LogSummary {
  let from = Infinity;
  let to = -Infinity;
  for (let c = 0; c < log.caseCount; c++) {
    from = Math.min(from, log.time[log.caseStart[c]!]!);
    to = Math.max(to, log.time[log.caseStart[c + 1]! - 1]!);
  }
  const caseAttributes = log.caseAttributes.map((a) => {
    const counts = new Int32Array(a.values.length);
    for (const v of a.of) if (v >= 0) counts[v]!++;
    const values = a.values.map((value, i) => ({ value, cases: counts[i]! })).sort((x, y) => y.cases - x.cases).slice(0, 100);
    return { name: a.name, values };
  });
  const isCustomer = customerActors(log);
  const count = (of: Int32Array, n: number) => {
    const c = new Int32Array(n);
    for (const v of of) if (v >= 0) c[v]!++;
    return c;
  };
  const actorCounts = count(log.actor.of, log.actor.values.length);
  const channelCounts = count(log.channel.of, log.channel.values.length);
  return {
    name: log.name,
    events: log.eventCount,
    cases: log.caseCount,
    activities: log.activities,
    from,
    to,
    caseAttributes,
    actors: log.actor.values.map((value, i) => ({ value, events: actorCounts[i]!, customer: isCustomer[i]! })).sort((a, b) => b.events - a.events).slice(0, 200),
    channels: log.channel.values.map((value, i) => ({ value, events: channelCounts[i]!, known: toChannel(value) !== null })).sort((a, b) => b.events - a.events),
    kinds: suggestKinds(log, isCustomer),
    skipped: log.skipped,
    loadMs,
  };
}

export type MiningApi = ReturnType<typeof createMiningApi>;

/** The instance the worker exposes. */
export const miningApi: MiningApi = createMiningApi();

export { NO_FILTER };
