/**
 * Showing a stop's simulation: the simulator is driven through its own verbs and controller
 * (open, choose the source and mode, close roads, run, follow a customer, seek) — nothing of
 * its logic is repeated here. A stop that needs no new run (same customers, same closures,
 * same journey) only moves the customer and the playhead, at once.
 */
import type { StopClosure, StopSimulation } from '../model/journey';
import { SCENARIOS } from '../samples/scenarios';
import { startRun } from '../simulation/controller';
import { simulatorSnapshot, useSimulation, type RunStatus } from '../simulation/store';
import { sameTarget } from '../simulation/closures';
import type { Closure, SourceChoice } from '../simulation/types';
import { useEditor } from '../store/editor';

/** The simulator's choice for a stop's source. */
export function sourceOf(sim: StopSimulation): SourceChoice {
  return sim.source.kind === 'scenario' ? { kind: 'scenario', scenarioId: sim.source.scenarioId } : { kind: 'population', size: sim.source.size, deviationRate: sim.source.deviationRate, dropOffRate: sim.source.dropOffRate };
}

function sameSource(a: SourceChoice, b: SourceChoice): boolean {
  if (a.kind === 'scenario' && b.kind === 'scenario') return a.scenarioId === b.scenarioId;
  if (a.kind === 'population' && b.kind === 'population') return a.size === b.size && a.deviationRate === b.deviationRate && a.dropOffRate === b.dropOffRate;
  return false;
}

function sameClosures(a: readonly Pick<Closure, 'target' | 'from' | 'until'>[], b: readonly StopClosure[]): boolean {
  return a.length === b.length && a.every((c, i) => sameTarget(c.target, b[i]!.target) && c.from === b[i]!.from && c.until === b[i]!.until);
}

/** Resolves with the run's status once it is no longer running. */
function settled(): Promise<RunStatus> {
  return new Promise((resolve) => {
    const check = () => {
      const { run } = useSimulation.getState();
      if (run.state === 'running') return false;
      resolve(run);
      return true;
    };
    if (check()) return;
    const unsubscribe = useSimulation.subscribe(() => {
      if (check()) unsubscribe();
    });
  });
}

/**
 * Puts the simulator in the stop's state. Resolves with a sentence for the facilitator when
 * the stop cannot be shown exactly as saved (an unknown scenario, a customer no longer
 * replayed, a run that failed), or null. `stale` says a newer stop was asked for meanwhile.
 */
export async function showSimulation(sim: StopSimulation, stale: () => boolean): Promise<string | null> {
  if (sim.source.kind === 'scenario') {
    const id = sim.source.scenarioId;
    if (!SCENARIOS.some((s) => s.id === id)) return `This stop replays the scenario “${id}”, which this version of Journey Designer does not have.`;
  }
  const source = sourceOf(sim);
  const store = useSimulation.getState;
  if (!store().open) store().openSimulator();
  if (store().mode !== sim.mode) store().chooseMode(sim.mode);
  const journey = useEditor.getState().journey;
  const s = store();
  const rerun = !sameSource(s.source, source) || !sameClosures(s.closures, sim.closures) || s.shown?.journey !== journey || s.run.state !== 'done';
  if (rerun) {
    // The store's verb, not the controller's: a scenario stop replays its customers through the
    // journey being presented, which must not be swapped for the scenario's own.
    store().chooseSource(source);
    store().setClosures(sim.closures.map((c) => ({ ...c, id: 0 })));
    startRun();
    const run = await settled();
    if (stale()) return null;
    if (run.state !== 'done') return run.problems[0] ?? 'The simulation of this stop did not finish.';
  }
  const shown = store().shown;
  if (!shown) return null;
  let problem: string | null = null;
  let customer: number | null = null;
  if (sim.customer !== null) {
    const index = shown.reply.customers?.ids.indexOf(sim.customer) ?? -1;
    if (index < 0) problem = `Customer ${sim.customer} is not among the customers replayed; the stop shows everybody.`;
    else customer = index;
  }
  store().pause();
  if (store().customer !== customer) store().pickCustomer(customer);
  store().seek(sim.playhead ?? store().clock.start);
  return problem;
}

/** The simulator's state as a stop keeps it, or a sentence saying why it cannot be kept. */
export function simulationOfSimulator(): { ok: true; simulation: StopSimulation } | { ok: false; reason: string } {
  const s = simulatorSnapshot(useSimulation.getState());
  if (s.source.kind === 'none') return { ok: false, reason: 'Choose whose interactions to replay first.' };
  if (s.source.kind === 'log') {
    return { ok: false, reason: 'an imported log is not part of the journey file, so a stop can replay only a built-in scenario or a generated population' };
  }
  const source = s.source.kind === 'scenario' ? ({ kind: 'scenario', scenarioId: s.source.scenarioId } as const) : ({ kind: 'population', size: s.source.size, deviationRate: s.source.deviationRate, dropOffRate: s.source.dropOffRate } as const);
  const ids = s.shown?.reply.customers?.ids;
  return {
    ok: true,
    simulation: {
      source,
      mode: s.mode,
      customer: s.customer !== null && ids ? (ids[s.customer] ?? null) : null,
      playhead: s.shown ? s.clock.t : null,
      closures: s.closures.map(({ target, from, until }) => ({ target, from, until })),
      figures: false,
    },
  };
}
