import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseLogCsv } from '../../io/log-csv';
import { parseLogJson } from '../../io/log-json';
import { orderRoute } from '../../model/route';
import { readJourneyFile } from '../../sim/cli';
import { compileJourney } from '../../sim/compile';
import { replayLog } from '../../sim/replay';
import { scenarioFiles } from './files';
import { SCENARIOS } from './index';

describe.each(SCENARIOS.map((s) => [s.id, s] as const))('scenario %s', (_id, scenario) => {
  const { journey, log } = scenario;

  it('is a journey with a valid static route ending at a goal, and a log of 30+ customers with a disruption', () => {
    expect(orderRoute(journey, journey.staticRoute)).toEqual({ ok: true, route: journey.staticRoute });
    const last = journey.edges.find((e) => e.id === journey.staticRoute.at(-1))!;
    expect(journey.nodes.find((n) => n.id === last.target)).toMatchObject({ kind: 'action', outcome: 'goal' });
    expect(compileJourney(journey).problems).toEqual([]);
    expect(log.customers.length).toBeGreaterThanOrEqual(30);
    expect(log.disruptions.length).toBeGreaterThanOrEqual(1);
    expect(scenario.story.split(/(?<=[.!?])\s+/).length).toBeLessThanOrEqual(3);
  });

  it('tells its story: dynamic beats static on goal rate, with re-routes, stalls and missed moments', () => {
    const out = replayLog(journey, log, { mode: 'compare' });
    if (!out.ok) throw new Error(out.problems.join('\n'));
    const { static: s, dynamic: d } = out.result.summary;
    expect(d!.goalRate).toBeGreaterThan(s!.goalRate);
    expect(d!.reroutes).toBeGreaterThanOrEqual(1);
    expect(s!.stalls).toBeGreaterThanOrEqual(1);
    expect(s!.offRoute).toBeGreaterThan(d!.offRoute);
    // The numbers the facilitator's notes quote (docs/simulation.md); change both together.
    expect([s!.goalCount, d!.goalCount]).toEqual(EXPECTED_GOALS[scenario.id]);
  });
});

const EXPECTED_GOALS: Record<string, [number, number]> = {
  'retail-sms-outage': [13, 30],
  'telecom-outage': [15, 30],
  'bank-onboarding': [16, 29],
};

describe('sample files in public/samples', () => {
  it('are the scenarios, byte for byte (regenerate with writeScenarioFiles, see files.ts)', () => {
    for (const f of scenarioFiles()) expect(readFileSync(f.path, 'utf8'), f.path).toBe(f.content);
  });

  it('import back to the scenarios', () => {
    const [retail, telecom, bank] = SCENARIOS;
    const read = (path: string) => readFileSync(`public/samples/${path}`, 'utf8');
    const csv = parseLogCsv(read('retail-log.csv'));
    expect(csv.ok && csv.log.customers).toEqual(retail!.log.customers);
    expect(csv.ok && csv.log.disruptions).toEqual(retail!.log.disruptions);
    const json = parseLogJson(read('telecom-log.json'));
    expect(json.ok && json.log.customers).toEqual(telecom!.log.customers);
    const bankCsv = parseLogCsv(read('bank-log.csv'));
    expect(bankCsv.ok && bankCsv.log.customers).toEqual(bank!.log.customers);
    for (const s of SCENARIOS) {
      const j = readJourneyFile(read(`${s.id.split('-')[0]}.journey.json`));
      expect(j).toEqual({ ok: true, journey: { ...s.journey, tags: [] }, warnings: [] });
    }
  });
});
