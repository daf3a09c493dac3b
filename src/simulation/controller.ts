/**
 * The simulator's gestures that reach beyond its store: runs in the worker, opening a
 * scenario's journey in the editor, importing a log file, downloading results. The store's
 * actions stay plain state changes; this module sequences them.
 */
import { useEditor } from '../store/editor';
import type { Journey } from '../model/journey';
import { SCENARIOS } from '../samples/scenarios';
import { parseLogCsv } from '../io/log-csv';
import { logToJson, parseLogJson } from '../io/log-json';
import { deleteLog, deleteResult, getLog, saveLog, saveResult } from '../db/logs';
import { keptResultOf } from './kept-results';
import { StorageError } from '../db/errors';
import { appDatabase } from '../app/app-database';
import { formatLogProblem, locatedProblems, type Locate } from '../io/log-normalise';
import type { InteractionLog, LogIssue } from '../sim';
import { downloadText, fileNameFor } from '../app/download';
import { resultsCsv, startWorkerRun } from '../workers/sim-client';
import type { ResultsCsvKind } from '../workers/reply';
import { openClosure } from './closures';
import { buildRequest } from './request';
import { timelinesFor } from './timeline';
import { useSimulation } from './store';
import type { RoadTarget, SourceChoice } from './types';

let current: AbortController | null = null;

/**
 * Where each imported log came from, so a problem only the replay finds (a persona the journey
 * does not have) still names the file, line and field. Keyed by the log: gone with it.
 */
const importedFrom = new WeakMap<InteractionLog, { name: string; locate: Locate }>();

/** The run's problems, located in the imported file when the engine tied them to one of its fields. */
function runProblems(reply: { problems: string[]; issues?: LogIssue[] }, source: SourceChoice): string[] {
  const from = source.kind === 'log' ? importedFrom.get(source.log) : undefined;
  if (!from) return reply.problems;
  // One for one: a problem that was located gets the file's name in front.
  return locatedProblems(reply, from.locate).map((p, i) => (p === reply.problems[i] ? p : `${from.name} ${p}`));
}

const scenarioLog = (id: string) => SCENARIOS.find((s) => s.id === id)?.log;

/**
 * Replays the chosen customers in the worker. `journey` defaults to the editor's; a
 * closure re-runs the journey on screen and keeps the playhead.
 */
export function startRun(options: { keepPlayhead?: boolean; journey?: Journey } = {}): void {
  const sim = useSimulation.getState();
  const journey = options.journey ?? useEditor.getState().journey;
  const built = buildRequest(sim.source, journey, sim.closures, scenarioLog);
  current?.abort();
  if (!built.ok) {
    sim.runStarted(0);
    useSimulation.getState().runFailed(0, [built.problem], false);
    return;
  }
  const controller = new AbortController();
  current = controller;
  const began = performance.now();
  const run = startWorkerRun(built.request, (p) => useSimulation.getState().runProgressed(run.runId, p), controller.signal);
  sim.runStarted(run.runId);
  run.reply.then(
    (reply) => {
      if (current === controller) current = null;
      const store = useSimulation.getState();
      if (!reply.ok) return store.runFailed(run.runId, runProblems(reply, sim.source), reply.cancelled);
      const durationMs = performance.now() - began;
      const log = reply.log ?? built.log;
      store.runFinished(run.runId, reply, { journey, log, timelines: timelinesFor(reply, journey, log) }, { durationMs, keepPlayhead: options.keepPlayhead ?? false });
    },
    (error: unknown) => useSimulation.getState().runFailed(run.runId, [`The simulation stopped: ${String(error)}`], false),
  );
}

/** Stops the run in progress. */
export function cancelRun(): void {
  current?.abort();
}

/** Replays other customers: a scenario opens its journey in the editor first (one Ctrl+Z brings the user's back). */
export function chooseSource(source: SourceChoice): void {
  if (source.kind === 'scenario') {
    const scenario = SCENARIOS.find((s) => s.id === source.scenarioId);
    if (!scenario) return;
    const editor = useEditor.getState();
    if (JSON.stringify(editor.journey) !== JSON.stringify(scenario.journey)) {
      editor.replaceJourney(structuredClone(scenario.journey));
      editor.notify(`Opened the journey of “${scenario.title}”. Your journey is one Ctrl+Z away.`);
    }
  }
  useSimulation.getState().chooseSource(source);
  if (source.kind !== 'population' && source.kind !== 'none') startRun();
}

/** Reads a CSV or JSON interaction log; a bad file changes nothing and says which line is wrong. */
export async function importLogFile(file: File): Promise<void> {
  const text = await file.text();
  const json = /\.json$/i.test(file.name) || (!/\.csv$/i.test(file.name) && text.trimStart().startsWith('{'));
  const parsed = json ? parseLogJson(text) : parseLogCsv(text);
  const sim = useSimulation.getState();
  if (!parsed.ok) {
    sim.showImportProblems(file.name, parsed.problems.map(formatLogProblem));
    return;
  }
  importedFrom.set(parsed.log, { name: file.name, locate: parsed.locate });
  // Kept in the browser too, so the log is still there next time; a failed write only loses that.
  let savedId: string | undefined;
  const db = appDatabase();
  if (db) {
    try {
      savedId = (await saveLog(db, file.name, logToJson(parsed.log))).id;
    } catch (error) {
      const why = error instanceof StorageError ? error.userMessage : String(error);
      useEditor.getState().notify(`${file.name} is loaded, but it could not be kept in this browser for next time: ${why}`);
    }
  }
  chooseSource({ kind: 'log', name: file.name, log: parsed.log, savedId });
}

/** Replays a log imported earlier and kept in the browser; it is read and checked again on the way in. */
export async function openSavedLog(id: string): Promise<void> {
  const db = appDatabase();
  const record = db ? await getLog(db, id).catch(() => null) : null;
  if (!record) {
    useSimulation.getState().showImportProblems('The saved log', ['It is no longer in this browser (removed in another tab?).']);
    return;
  }
  const parsed = typeof record.data === 'string' ? parseLogJson(record.data) : null;
  if (!parsed?.ok) {
    useSimulation.getState().showImportProblems(record.name, parsed ? parsed.problems.map(formatLogProblem) : ['The saved copy cannot be read; import the file again.']);
    return;
  }
  chooseSource({ kind: 'log', name: record.name, log: parsed.log, savedId: id });
}

/** Removes a saved log from the browser; a run already loaded from it stays on screen. */
export async function forgetSavedLog(id: string, name: string): Promise<void> {
  const db = appDatabase();
  if (!db) return;
  try {
    await deleteLog(db, id);
    useSimulation.getState().logForgotten(id);
    useEditor.getState().notify(`Removed ${name} from this browser.`);
  } catch (error) {
    useEditor.getState().notify(`${name} could not be removed: ${error instanceof StorageError ? error.userMessage : String(error)}`);
  }
}

/** Closes a channel or an action from the playhead on — or reopens it — and replays with the change. */
export function toggleRoad(target: RoadTarget): void {
  const sim = useSimulation.getState();
  if (openClosure(sim.closures, target)) sim.reopenRoad(target);
  else sim.closeRoad(target);
  startRun({ keepPlayhead: true, journey: sim.shown?.journey });
}

/** Reopens every road closed during playback. */
export function clearClosures(): void {
  const sim = useSimulation.getState();
  sim.clearClosures();
  startRun({ keepPlayhead: true, journey: sim.shown?.journey });
}

/** Downloads the run's results as CSV (written in the worker, where the per-customer columns are). */
export async function exportResults(kind: ResultsCsvKind): Promise<void> {
  const shown = useSimulation.getState().shown;
  if (!shown) return;
  const csv = await resultsCsv(shown.runId, kind);
  if (csv === null) {
    useEditor.getState().notify('These results were replaced by a newer run: export again.');
    return;
  }
  downloadText(fileNameFor(`${shown.journey.name} ${kind}`, 'csv'), csv, 'text/csv');
}

/** Keeps the figures of the run on screen in the browser, with the journey, to compare with later runs. */
export async function keepResults(): Promise<void> {
  const sim = useSimulation.getState();
  const shown = sim.shown;
  const db = appDatabase();
  if (!shown) return;
  if (!db) {
    useEditor.getState().notify('Results cannot be kept: storage is not available in this browser. Export them as CSV instead.');
    return;
  }
  const kept = keptResultOf({ source: sim.source, journeyName: shown.journey.name, seed: shown.reply.seed, closures: sim.closures.length, summary: shown.reply.summary });
  try {
    await saveResult(db, shown.journey.id, kept.source, kept);
    useEditor.getState().notify('Results kept. They are listed under “Kept results” with this journey.');
  } catch (error) {
    useEditor.getState().notify(`The results could not be kept: ${error instanceof StorageError ? error.userMessage : String(error)} Export them as CSV instead.`);
  }
}

/** Removes kept results from the browser. */
export async function forgetKeptResult(id: string): Promise<void> {
  const db = appDatabase();
  if (!db) return;
  await deleteResult(db, id).catch((error: unknown) =>
    useEditor.getState().notify(`Those results could not be removed: ${error instanceof StorageError ? error.userMessage : String(error)}`),
  );
}
