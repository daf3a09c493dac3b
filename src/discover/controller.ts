/**
 * The Discover workspace's gestures that reach beyond its store: the worker (reading, the map,
 * drafts, conformance, CSV), the editor (a draft journey becomes an undoable edit), storage
 * (remembered mappings, kept checks), the canvas's overlay slot and the simulator.
 */
import { proxy } from 'comlink';
import { useEditor } from '../store/editor';
import { layoutJourney } from '../model/layout';
import type { Journey } from '../model/journey';
import { appDatabase } from '../app/app-database';
import { downloadText, fileNameFor } from '../app/download';
import { getRememberedMapping, rememberMapping, saveConformance } from '../db/conformance';
import { StorageError } from '../db/errors';
import { formatLogProblem } from '../io/log-normalise';
import type { EventLogMapping } from '../io/event-log-mapping';
import { EDITOR_LAYER, useOverlaySlot } from '../canvas/overlay-slot';
import type { MiningCsvKind } from '../mining/exports';
import { mining, withRunId } from '../workers/mining-client';
import type { ConformReply, LoadProgress, LoadReply } from '../workers/mining-api';
import { useDiscoverOpen } from './open';
import { useDiscover } from './store';
import { keptFiguresOf, trafficLayer } from './figures';

const store = () => useDiscover.getState();
const notify = (text: string) => useEditor.getState().notify(text);
const storageWhy = (error: unknown) => (error instanceof StorageError ? error.userMessage : String(error));
let loading: AbortController | null = null;
let checking: AbortController | null = null;

/** A file was chosen or dropped: read its head and propose the mapping (the one used last time for these columns, if any). */
export async function chooseFile(blob: Blob, name: string): Promise<void> {
  store().set({ problems: null, message: null });
  const reply = await mining().preview(blob, name);
  if (!reply.ok) {
    store().set({ problems: { fileName: name, messages: reply.problems.map(formatLogProblem) } });
    return;
  }
  let mapping = reply.preview.suggestion;
  let remembered = false;
  const db = appDatabase();
  const saved = db ? ((await getRememberedMapping(db, reply.preview.signature).catch(() => null)) as EventLogMapping | null) : null;
  if (saved && [saved.caseId, saved.activity, saved.timestamp].every((c) => reply.preview.columns.includes(c))) {
    mapping = { ...saved, attributes: saved.attributes.filter((c) => reply.preview.columns.includes(c)) };
    remembered = true;
  }
  store().set({ stage: 'mapping', file: { name, blob, gzip: reply.gzip }, preview: reply.preview, mapping, remembered });
}

/** One of the sample logs shipped with the app (public/samples). */
export async function openSample(file: string): Promise<void> {
  const response = await fetch(`/samples/${file}`);
  if (!response.ok) {
    store().set({ problems: { fileName: file, messages: ['The sample could not be read from this installation.'] } });
    return;
  }
  await chooseFile(await response.blob(), file);
}

/** Reads the whole log in the worker with the confirmed mapping; progress and Cancel; nothing changes when it fails. */
export async function loadLog(): Promise<void> {
  const { file, preview, mapping } = store();
  if (!file || !preview || !mapping) return;
  loading?.abort();
  const controller = new AbortController();
  loading = controller;
  store().set({ stage: 'loading', progress: 0, problems: null });
  const reply = await withRunId<LoadReply>(controller.signal, (api, runId) =>
    api.load(runId, file.blob, file.name, preview, mapping, proxy((p: LoadProgress) => store().set({ progress: p.size ? p.bytesRead / p.size : null }))),
  );
  if (loading === controller) loading = null;
  if (!reply.ok) {
    const hadLog = store().summary !== null;
    store().set({
      stage: 'mapping',
      progress: null,
      problems: reply.cancelled ? null : { fileName: file.name, messages: reply.problems.map(formatLogProblem) },
      message: reply.cancelled ? `Reading ${file.name} was cancelled${hadLog ? '; the log loaded before is still there.' : '.'}` : null,
    });
    return;
  }
  const db = appDatabase();
  if (db) void rememberMapping(db, preview.signature, mapping).catch(() => undefined);
  const s = reply.summary;
  const attribute = s.caseAttributes.find((a) => a.values.length >= 2 && a.values.length <= 8)?.name ?? null;
  store().set({
    stage: 'ready',
    progress: null,
    summary: s,
    kinds: s.kinds,
    customerActors: s.actors.filter((a) => a.customer).map((a) => a.value),
    filter: { attribute: null, window: null, topVariants: null },
    sliders: null,
    map: null,
    goal: null,
    personaAttribute: attribute,
    conformance: null,
    conformancePersona: null,
    view: 'map',
  });
  await refreshMap();
}

export function cancelLoad(): void {
  loading?.abort();
}

/** Back to the file choice, keeping the loaded log until another one loads. */
export function chooseAnotherFile(): void {
  store().set({ stage: store().summary ? 'ready' : 'start', file: null, preview: null, mapping: null, problems: null });
}

let mapRequest = 0;
/** The map for the current filters and sliders (readable first positions when there are none). */
export async function refreshMap(): Promise<void> {
  const request = ++mapRequest;
  store().set({ mapBusy: true });
  try {
    const reply = await mining().map(store().filter, store().sliders);
    // A newer slider position has asked already: this answer is out of date.
    if (request !== mapRequest) return;
    const goal = store().goal;
    const top = reply.variants[0]?.activities;
    store().set({ map: reply, sliders: { activitiesPercent: reply.settings.activitiesPercent, pathsPercent: reply.settings.pathsPercent }, goal: goal !== null && reply.activities.some((a) => a.activity === goal) ? goal : (top?.[top.length - 1] ?? reply.activities[0]?.activity ?? null) });
  } catch (error) {
    if (request === mapRequest) store().set({ message: `The map could not be drawn: ${String(error)}` });
  } finally {
    if (request === mapRequest) store().set({ mapBusy: false });
  }
}

/** Who is the customer among the actor values: the activities' kinds follow. */
export async function setCustomerActors(values: string[]): Promise<void> {
  store().set({ customerActors: values, kinds: await mining().kindsFor(values) });
}

/** The map on screen becomes a journey in the editor: an ordinary edit (Ctrl+Z brings the previous journey back), a new library entry. */
export async function makeJourney(): Promise<void> {
  const { summary, kinds, goal, personaAttribute } = store();
  if (!summary || goal === null) return;
  const name = `As-is: ${summary.name.replace(/\.(csv|xes)(\.gz)?$/i, '')}`;
  const { journey, notes } = await mining().draft({ name, kinds, goal, personaAttribute });
  const positions = await layoutJourney(journey);
  const laidOut: Journey = { ...journey, nodes: journey.nodes.map((n) => ({ ...n, position: positions[n.id] ?? n.position })) };
  useEditor.getState().replaceJourney(laidOut);
  useDiscoverOpen.getState().closeDiscover();
  notify(`Made “${name}” from the map: ${journey.nodes.length} nodes, the most frequent path as the static route. Ctrl+Z brings your previous journey back.${notes.length ? ` ${notes[0]}` : ''}`);
}

/** The as-is journey of the map, laid out, without touching the editor (for the side-by-side view). */
export async function draftJourney(): Promise<Journey | null> {
  const { summary, kinds, goal, personaAttribute } = store();
  if (!summary || goal === null) return null;
  const { journey } = await mining().draft({ name: 'As-is', kinds, goal, personaAttribute });
  const positions = await layoutJourney(journey);
  return { ...journey, nodes: journey.nodes.map((n) => ({ ...n, position: positions[n.id] ?? n.position })) };
}

/** Replays the log (the cases the filters keep) through the open journey. */
export async function checkOpenJourney(): Promise<void> {
  const journey = useEditor.getState().journey;
  const { kinds } = store();
  checking?.abort();
  const controller = new AbortController();
  checking = controller;
  const personaAttribute = store().conformancePersona ?? (await mining().personaAttributeFor(journey));
  store().set({ conformanceBusy: 0, conformancePersona: personaAttribute, message: null });
  const reply = await withRunId<ConformReply>(controller.signal, (api, runId) => api.conform(runId, journey, { kinds, personaAttribute }, proxy((done: number, total: number) => store().set({ conformanceBusy: total ? done / total : 0 }))));
  if (checking === controller) checking = null;
  store().set({ conformanceBusy: null });
  if (!reply.ok) {
    store().set({ message: reply.cancelled ? 'The check was cancelled.' : `The open journey cannot replay this log: ${reply.problems.join(' ')}` });
    return;
  }
  store().set({ conformance: { report: reply.report, replayMs: reply.replayMs, journeyName: journey.name } });
}

export function cancelCheck(): void {
  checking?.abort();
}

/** Downloads a table as CSV (written in the worker, where the log is). */
export async function exportCsv(kind: MiningCsvKind): Promise<void> {
  const csv = await mining().csv(kind);
  const base = store().summary?.name.replace(/\.(csv|xes)(\.gz)?$/i, '') ?? 'event-log';
  if (csv === null) return notify('Nothing to export yet.');
  downloadText(fileNameFor(`${base} ${kind}`, 'csv'), csv, 'text/csv');
}

/** Keeps the check's figures with the journey it was run on. */
export async function keepConformance(): Promise<void> {
  const c = store().conformance;
  const db = appDatabase();
  if (!c) return;
  if (!db) return notify('The figures cannot be kept: storage is not available in this browser. Export them as CSV instead.');
  try {
    await saveConformance(db, c.report.journeyId, c.report.logName, keptFiguresOf(c.report));
    notify('Kept with the journey. They are listed under “Kept checks”.');
  } catch (error) {
    notify(`The figures could not be kept: ${storageWhy(error)} Export them as CSV instead.`);
  }
}

/** The real traffic on the editor's canvas, beside the designed route. */
export function showOnCanvas(): void {
  const c = store().conformance;
  if (!c) return;
  useOverlaySlot.getState().show(EDITOR_LAYER, trafficLayer(c.report, useEditor.getState().journey));
  useDiscoverOpen.getState().closeDiscover();
}

export function hideFromCanvas(): void {
  useOverlaySlot.getState().hide(EDITOR_LAYER);
}

/** Replays the log in the simulator, as any interaction log: the simulation bar opens with it chosen. */
export async function replayInSimulator(): Promise<void> {
  const { summary, kinds } = store();
  if (!summary) return;
  const journey = useEditor.getState().journey;
  const personaAttribute = store().conformancePersona ?? (await mining().personaAttributeFor(journey));
  const log = await mining().interactionLog(journey, { kinds, personaAttribute });
  const [{ useSimulation }, simulation] = await Promise.all([import('../simulation/store'), import('../simulation/controller')]);
  useDiscoverOpen.getState().closeDiscover();
  useSimulation.getState().openSimulator();
  simulation.chooseSource({ kind: 'log', name: summary.name, log });
}
