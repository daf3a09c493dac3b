/**
 * The Discover workspace's state: the file being imported and its mapping, the loaded log's
 * summary, the map for the current filters and sliders, the draft settings, the conformance
 * report. Plain state changes only; controller.ts talks to the worker and sequences them.
 */
import { create } from 'zustand';
import type { EventLogMapping } from '../io/event-log-mapping';
import type { ActivityKind } from '../mining/classify';
import type { ConformanceReport } from '../mining/conformance';
import { NO_FILTER, type DiscoveryFilter } from '../mining/discover';
import type { LogPreview, LogSummary, MapReply } from '../workers/mining-api';

export type Stage = 'start' | 'mapping' | 'loading' | 'ready';
export type MainView = 'map' | 'compare';

export interface DiscoverState {
  stage: Stage;
  file: { name: string; blob: Blob; gzip: boolean } | null;
  preview: LogPreview | null;
  mapping: EventLogMapping | null;
  /** The mapping came from an earlier import of a file with these columns. */
  remembered: boolean;
  progress: number | null;
  problems: { fileName: string; messages: string[] } | null;
  summary: LogSummary | null;
  /** Actor values that mean "the customer". */
  customerActors: string[];
  kinds: ActivityKind[];
  filter: DiscoveryFilter;
  sliders: { activitiesPercent: number; pathsPercent: number } | null;
  map: MapReply | null;
  mapBusy: boolean;
  show: 'frequency' | 'duration';
  view: MainView;
  goal: number | null;
  personaAttribute: string | null;
  conformance: { report: ConformanceReport; replayMs: number; journeyName: string } | null;
  conformanceBusy: number | null;
  conformancePersona: string | null;
  message: string | null;

  set: (patch: Partial<Omit<DiscoverState, 'set' | 'reset'>>) => void;
  reset: () => void;
}

const INITIAL = {
  stage: 'start' as Stage,
  file: null,
  preview: null,
  mapping: null,
  remembered: false,
  progress: null,
  problems: null,
  summary: null,
  customerActors: [],
  kinds: [],
  filter: NO_FILTER,
  sliders: null,
  map: null,
  mapBusy: false,
  show: 'frequency' as const,
  view: 'map' as MainView,
  goal: null,
  personaAttribute: null,
  conformance: null,
  conformanceBusy: null,
  conformancePersona: null,
  message: null,
};

export const useDiscover = create<DiscoverState>()((set) => ({
  ...INITIAL,
  set: (patch) => set(patch),
  reset: () => set(INITIAL),
}));
