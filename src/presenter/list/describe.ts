/** A stop in the facilitator's words, for the stops list: what it replays, and whether the room can read it. */
import { PRESENTER_TITLE_PX, READABLE_ZOOM, ROOM_TITLE_PX } from '../../model/camera';
import { CHANNEL_LABELS, type Journey, type Stop, type StopSimulation } from '../../model/journey';
import { SCENARIOS } from '../../samples/scenarios';
import { formatClock } from '../../simulation/format';

const MODE_WORDS = { static: 'static', dynamic: 'dynamic', compare: 'static and dynamic side by side' } as const;

/** "Retail scenario · customer r09 · static · Tue 4 Mar 09:10 · SMS closed". */
export function describeSimulation(sim: StopSimulation, journey: Journey): string {
  const scenario = sim.source.kind === 'scenario' ? SCENARIOS.find((s) => s.id === (sim.source as { scenarioId: string }).scenarioId) : undefined;
  const source =
    sim.source.kind === 'scenario'
      ? scenario
        ? `${scenario.title.split(':')[0]} scenario`
        : `unknown scenario “${sim.source.scenarioId}”`
      : `${sim.source.size.toLocaleString('en-US')} generated customers`;
  const parts = [source, sim.customer === null ? 'everybody' : `customer ${sim.customer}`, MODE_WORDS[sim.mode]];
  if (sim.playhead !== null) parts.push(scenario ? formatClock(sim.playhead, scenario.log.start) : formatClock(sim.playhead, undefined));
  for (const c of sim.closures) {
    const what = 'channel' in c.target ? CHANNEL_LABELS[c.target.channel] : (journey.nodes.find((n) => n.id === (c.target as { actionId: string }).actionId) as { name?: string } | undefined)?.name;
    parts.push(`${what ?? 'a road'} closed`);
  }
  if (sim.figures) parts.push('the figures');
  return parts.join(' · ');
}

/** The size titles are drawn at on screen at this stop's zoom, in CSS pixels. */
export const titlePx = (stop: Stop) => PRESENTER_TITLE_PX * stop.camera.zoom;

/** A warning when the back row cannot read the titles at this stop, or null. */
export function readabilityWarning(stop: Stop): string | null {
  if (stop.camera.zoom >= READABLE_ZOOM - 1e-9) return null;
  return `Titles are ${Math.round(titlePx(stop))} px here on a projector; the back row needs ${ROOM_TITLE_PX} px.`;
}
