/**
 * Every built-in story holds together: its stops frame nodes the journey has, readable on a
 * 1280×720 projector; follow customers the log has; and at each stop the replay really shows
 * what the caption promises (the stall, the re-route, the figures) — computed with the same
 * overlays the canvas draws.
 */
import { describe, expect, it } from 'vitest';
import { boundsOfIds, READABLE_ZOOM, shows } from '../../model/camera';
import { stopReferenceProblems } from '../../model/stops';
import { createWorkerApi } from '../../workers/sim-api';
import type { RunReplyOk } from '../../workers/reply';
import { timelinesFor } from '../../simulation/timeline';
import { EMPTY_VIEW, viewAt } from '../../simulation/overlays';
import { stopsFor } from '../../simulation/selection';
import { seek, STOPPED, withRange } from '../../simulation/clock';
import { SCENARIO_CATALOGUE } from './catalogue';
import { SCENARIOS } from './index';
import { storyScreen, storyStops } from './story';

async function replay(scenario: (typeof SCENARIOS)[number]): Promise<RunReplyOk> {
  const reply = await createWorkerApi().run(1, { journey: scenario.journey, log: scenario.log, mode: 'compare' });
  if (!reply.ok) throw new Error(reply.problems.join('\n'));
  return reply;
}

describe('the scenario catalogue', () => {
  it('names the scenarios, in order, with their titles', () => {
    expect(SCENARIO_CATALOGUE.map(({ id, title }) => ({ id, title }))).toEqual(SCENARIOS.map(({ id, title }) => ({ id, title })));
  });
});

describe.each(SCENARIOS.map((s) => [s.id, s] as const))('the %s story', (_id, scenario) => {
  const { journey, log, presentation } = scenario;

  it('has 5–8 stops, built from its story, with unique ids and no broken references', () => {
    expect(journey.stops.length).toBeGreaterThanOrEqual(5);
    expect(journey.stops.length).toBeLessThanOrEqual(8);
    expect(journey.stops).toEqual(storyStops({ ...journey, stops: [] }, scenario.id, log, presentation));
    expect(stopReferenceProblems(journey, 'journey')).toEqual([]);
    // A caption the room reads in one glance: two lines of the caption bar at most.
    for (const stop of journey.stops) expect(stop.caption.length, stop.name).toBeGreaterThan(10);
    for (const stop of journey.stops) expect(stop.caption.length, stop.name).toBeLessThanOrEqual(100);
  });

  it('frames every stop’s nodes whole on a 1280×720 projector, at a zoom the back row reads', () => {
    presentation.forEach((story, i) => {
      const stop = journey.stops[i]!;
      expect(stop.camera.zoom, stop.name).toBeGreaterThanOrEqual(READABLE_ZOOM - 1e-9);
      expect(shows(stop.camera, storyScreen(stop.simulation?.mode ?? null), boundsOfIds(journey, story.frame)!), stop.name).toBe(true);
    });
  });

  it('follows customers the log has, and shows at each stop what its caption says', async () => {
    const reply = await replay(scenario);
    const timelines = timelinesFor(reply, journey, log);
    for (const story of presentation) {
      const sim = story.simulation;
      if (!sim) continue;
      const customer = sim.customer === undefined ? null : reply.customers!.ids.indexOf(sim.customer);
      expect(customer, `${story.name}: customer ${sim.customer}`).not.toBe(-1);
      // The playhead as the simulator puts it: inside the followed customer's range.
      const range = stopsFor(reply, Object.values(timelines), customer).range;
      const t = seek(withRange(STOPPED, range, false), sim.playhead === 'end' ? Infinity : sim.playhead).t;
      for (const expected of sim.shows ?? []) {
        const overlay = viewAt(timelines[expected.side]!, t, customer, false, EMPTY_VIEW).nodes.get(expected.node);
        const seen = expected.mark === 'Customer here' ? (overlay?.here ?? 0) > 0 : overlay?.note?.kind === (expected.mark === 'Stall' ? 'stall' : 're-route');
        expect(seen, `${story.name}: ${expected.mark} at ${expected.node} (${expected.side})`).toBe(true);
      }
    }
  });

  it('quotes the run’s own figures on its figures stop', async () => {
    const { summary } = await replay(scenario);
    const figures = journey.stops.find((s) => s.simulation?.figures);
    expect(figures?.caption).toContain(`${summary.static!.customers} `);
    expect(figures?.caption).toContain(`${summary.static!.goalCount} `);
    expect(figures?.caption).toContain(`${summary.dynamic!.goalCount} `);
  });
});
