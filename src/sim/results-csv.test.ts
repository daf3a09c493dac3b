import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { log } from './builders';
import { cartJourney } from './cart-fixture';
import { replayLog } from './replay';
import { customersToCsv, summaryToCsv, trafficToCsv } from './results-csv';

const result = () => {
  const out = replayLog(
    cartJourney(),
    log(
      [
        ['c1', 'Shopper', [[5, 'cart_abandoned'], [30, 'cart_returned']]],
        ['c2', 'Browser', [[0, 'cart_abandoned'], [50, 'cart_returned']]],
      ],
      [{ from: 0, until: 20, channel: 'sms', label: 'SMS down' }],
      { horizon: 60 },
    ),
    { mode: 'compare' },
  );
  if (!out.ok) throw new Error(out.problems.join());
  return out.result;
};
const rows = (csv: string) => Papa.parse<Record<string, string>>(csv, { header: true }).data;

describe('results as CSV', () => {
  it('summarises each measure per mode with the difference', () => {
    const table = rows(summaryToCsv(result()));
    expect(table[0]).toEqual({ metric: 'Customers', static: '2', dynamic: '2', difference: '' });
    expect(table.find((r) => r.metric === 'Goal rate')).toEqual({ metric: 'Goal rate', static: '0', dynamic: '1', difference: '1' });
    expect(table.find((r) => r.metric === 'Re-routes')).toEqual({ metric: 'Re-routes', static: '0', dynamic: '1', difference: '1' });
  });

  it('lists every customer in each mode', () => {
    const table = rows(customersToCsv(result()));
    expect(table).toHaveLength(4);
    expect(table[0]).toMatchObject({ mode: 'static', customer_id: 'c1', persona: 'shopper', goal_reached: 'false', stalls: '1', off_route: '1', end: 'open', actions_sms: '0' });
    expect(table[2]).toMatchObject({ mode: 'dynamic', customer_id: 'c1', goal_reached: 'true', time_to_goal_minutes: '25', re_routes: '1', actions_email: '1' });
  });

  it('gives the traffic per node and edge', () => {
    const table = rows(trafficToCsv(result()));
    expect(table).toContainEqual({ kind: 'edge', id: 'offer>email', static: '0', dynamic: '2' });
    expect(table).toContainEqual({ kind: 'node', id: 'abandon', static: '2', dynamic: '2' });
  });
});
