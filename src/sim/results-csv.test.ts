import { describe, expect, it } from 'vitest';
import { readCsvWithPython } from '../io/csv-testing';
import type { Journey } from '../model/journey';
import { log } from './builders';
import { cartJourney } from './cart-fixture';
import { replayLog } from './replay';
import { customersToCsv, summaryToCsv, trafficToCsv } from './results-csv';

/** What a log or a journey can hold that a spreadsheet would run (OWASP's list of leading characters). */
const HOSTILE = ['=HYPERLINK("http://x","click")', '@SUM(1+1)', '+1+2', '-2+3', '\t=1+1', '=1+1\n=2+2'];

function run(journey: Journey, ids: [string, string][]) {
  const out = replayLog(
    journey,
    log(
      ids.map(([id, persona], i) => [id, persona, i % 2 === 0 ? [[5, 'cart_abandoned'], [30, 'cart_returned']] : [[0, 'cart_abandoned'], [70, 'no_reply'], [90, 'cart_returned']]]),
      [{ from: 0, until: 20, channel: 'sms', label: 'SMS down' }],
      { horizon: 200 },
    ),
    { mode: 'compare' },
  );
  if (!out.ok) throw new Error(out.problems.join());
  return out.result;
}

/** Rows as objects keyed by the header, read by Python's csv module. */
function table(csv: string): Record<string, string>[] {
  const [header, ...rows] = readCsvWithPython(csv);
  return rows.map((r) => Object.fromEntries(header!.map((h, i) => [h, r[i]!])));
}

/** The cart journey with every name and branch label a formula. */
function hostileJourney(): Journey {
  const j = cartJourney();
  return {
    ...j,
    nodes: j.nodes.map((n, i) => (n.kind === 'note' ? n : { ...n, name: `${HOSTILE[i % HOSTILE.length]} ${n.id}` })),
    edges: j.edges.map((e, i) => (e.branch ? { ...e, branch: { ...e.branch, label: HOSTILE[i % HOSTILE.length]! } } : e)),
  };
}

const hostileIds = (): [string, string][] => HOSTILE.map((id, i) => [id, i % 2 === 0 ? 'shopper' : 'browser']);

/** A cell another program would evaluate: text starting with = + - @ tab CR that is not a plain number. */
const isFormula = (cell: string) => /^[=+\-@\t\r]/.test(cell) && !/^-\d+(\.\d+)?$/.test(cell);

describe('results as CSV', () => {
  it('summarises each measure per mode with the difference, rounded for people', () => {
    const rows = table(summaryToCsv(run(cartJourney(), [['c1', 'Shopper'], ['c2', 'Browser'], ['c3', 'Shopper']])));
    expect(rows.map((r) => r.measure)).toEqual([
      'Customers',
      'Goals reached',
      'Goal rate (%)',
      'Median time to goal (minutes)',
      'Median steps to goal',
      'Off-route events',
      'Stalls',
      'Re-routes',
      'Actions taken',
      'Cost',
      'Cost per customer',
      'Satisfaction (mean)',
      'Dropped off',
    ]);
    const by = Object.fromEntries(rows.map((r) => [r.measure, [r.static, r.dynamic, r.difference]]));
    expect(by['Customers']).toEqual(['3', '3', '']);
    // Static: nobody reaches the goal through the closed SMS; dynamic: 2 of 3 → 66.7 %, +66.7 pp.
    expect(by['Goal rate (%)']).toEqual(['0', '100', '100']);
    // A log replay has no drop-off: the row is there, and nobody left.
    expect(by['Dropped off']).toEqual(['0', '0', '0']);
    for (const row of rows) for (const cell of [row.static, row.dynamic, row.difference]) expect(cell).toMatch(/^(-?\d+(\.\d{1,2})?)?$/);
  });

  it('leaves a mode that did not run empty', () => {
    const out = replayLog(cartJourney(), log([['c1', 'Shopper', [[5, 'cart_abandoned']]]]), { mode: 'dynamic' });
    if (!out.ok) throw new Error();
    const rows = table(summaryToCsv(out.result));
    expect(rows[0]).toEqual({ measure: 'Customers', static: '', dynamic: '1', difference: '' });
    expect(table(trafficToCsv(out.result, cartJourney())).find((r) => r.id === 'abandon')).toMatchObject({ static: '', dynamic: '1' });
  });

  it('lists every customer in each mode with the persona name beside its id, rounded for people', () => {
    const rows = table(customersToCsv(run(cartJourney(), [['c1', 'Shopper'], ['c2', 'Browser']]), cartJourney()));
    expect(rows).toHaveLength(4);
    expect(rows[0]).toMatchObject({ mode: 'static', customer_id: 'c1', persona_id: 'shopper', persona_name: 'Shopper', goal_reached: 'false', stalls: '1', off_route: '1', end: 'open', actions_sms: '0' });
    expect(rows[2]).toMatchObject({ mode: 'dynamic', customer_id: 'c1', goal_reached: 'true', time_to_goal_minutes: '25', re_routes: '1', actions_email: '1' });
    // c2 (static) takes the SMS route: sms 0.1 + push 0.02 is 0.12000000000000001 in binary.
    for (const r of rows) {
      expect(r.cost).toMatch(/^\d+(\.\d{1,2})?$/);
      expect(r.satisfaction).toMatch(/^-?\d+(\.\d{1,2})?$/);
      expect(r.time_to_goal_minutes).toMatch(/^(\d+(\.\d)?)?$/);
      expect(Number(r.events)).toBe(Number(r.steps) - Number(r.timers) + Number(r.off_route) + Number(r.ignored));
    }
  });

  it('gives the traffic of every node and edge of the journey, with names, 0 where nobody passed', () => {
    const journey = cartJourney();
    const rows = table(trafficToCsv(run(journey, [['c1', 'Shopper'], ['c2', 'Browser']]), journey));
    expect(rows.filter((r) => r.kind === 'node').map((r) => r.id)).toEqual(journey.nodes.map((n) => n.id));
    expect(rows.filter((r) => r.kind === 'edge').map((r) => r.id)).toEqual(journey.edges.map((e) => e.id));
    expect(rows).toContainEqual({ kind: 'node', id: 'abandon', node_kind: 'event', name: 'abandon', from: '', to: '', branch: '', static: '2', dynamic: '2' });
    expect(rows).toContainEqual({ kind: 'node', id: 'agent', node_kind: 'action', name: 'agent', from: '', to: '', branch: '', static: '0', dynamic: '0' });
    expect(rows).toContainEqual({ kind: 'edge', id: 'offer>sms', node_kind: '', name: 'offer → sms', from: 'offer', to: 'sms', branch: 'gold', static: '0', dynamic: '0' });
    expect(rows).toContainEqual({ kind: 'edge', id: 'offer>email', node_kind: '', name: 'offer → email', from: 'offer', to: 'email', branch: 'offer>email', static: '0', dynamic: '2' });
    expect(rows.find((r) => r.id === 'shopper')).toMatchObject({ node_kind: 'persona', name: 'Shopper' });
  });

  it('writes no cell another program would run as a formula, from hostile ids, names and labels', () => {
    const journey = hostileJourney();
    const result = run(journey, hostileIds());
    const files = { summary: summaryToCsv(result), customers: customersToCsv(result, journey), traffic: trafficToCsv(result, journey) };
    let escaped = 0;
    for (const [name, csv] of Object.entries(files)) {
      const cells = readCsvWithPython(csv).flat();
      expect(cells.filter(isFormula), name).toEqual([]);
      escaped += cells.filter((c) => c.startsWith("'")).length;
    }
    // Every hostile id arrives as text with a leading quote, the rest of it intact.
    const customers = table(files.customers);
    // (The log reader trims the tab off "\t=1+1": what it holds is "=1+1".)
    expect(customers.map((r) => r.customer_id)).toEqual([...result.static!.customerIds, ...result.dynamic!.customerIds].map((h) => `'${h}`));
    expect(customers[0]!.persona_name).toBe(`'${HOSTILE[0]} shopper`);
    const traffic = table(files.traffic);
    expect(traffic.find((r) => r.id === 'offer>sms')).toMatchObject({ branch: `'${HOSTILE[3]}`, from: `'${HOSTILE[3]} offer` });
    // 12 customer ids, 12 persona names; 11 node names; 14 edge names + 28 from/to + 2 branch labels.
    expect(escaped).toBeGreaterThanOrEqual(12 + 12 + 11);
  });

  it('writes sums of decimals without binary noise, and a negative number as a number', () => {
    const journey = cartJourney();
    const effects: Record<string, [number, number]> = { email: [0.1, 0.1], push: [0.2, -3.33], checkout: [0, 0] };
    for (const n of journey.nodes) if (n.kind === 'action' && effects[n.id]) [n.cost, n.satisfactionEffect] = effects[n.id]!;
    // c2 (dynamic): email, push, checkout — 0.1 + 0.2 + 0 is 0.30000000000000004, 0.1 − 3.33 + 0 is −3.2300000000000004.
    const rows = table(customersToCsv(run(journey, [['c1', 'Shopper'], ['c2', 'Browser']]), journey));
    expect(rows[3]).toMatchObject({ customer_id: 'c2', cost: '0.3', satisfaction: '-3.23' });
  });
});
