import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { log } from './builders';
import { cartJourney } from './cart-fixture';
import { exportJourneyFile } from '../io/journey-file';
import { formatMinutes, formatResultsJson, formatResultsTable, parseCliArgs, parsePath, readJourneyFile } from './cli';
import { replayLog } from './replay';

describe('simulate command line', () => {
  it('reads files, mode, seed and --json', () => {
    expect(parseCliArgs(['j.json', 'l.csv'])).toEqual({ ok: true, options: { journeyPath: 'j.json', logPath: 'l.csv', mode: 'compare', seed: 1, json: false } });
    expect(parseCliArgs(['--mode', 'static', 'j.json', '--seed=42', 'l.json', '--json'])).toEqual({ ok: true, options: { journeyPath: 'j.json', logPath: 'l.json', mode: 'static', seed: 42, json: true } });
  });

  it('explains bad arguments', () => {
    const message = (argv: string[]) => {
      const r = parseCliArgs(argv);
      return r.ok ? '' : r.message.split('\n')[0];
    };
    expect(message(['j.json'])).toBe('Give a journey file and a log file (got 1 file).');
    expect(message(['j.json', 'l.csv', '--mode', 'gps'])).toBe('--mode must be static, dynamic or compare, not "gps".');
    expect(message(['j.json', 'l.csv', '--seed', 'abc'])).toBe('--seed must be an integer, not "abc".');
    expect(message(['j.json', 'l.csv', '--fast'])).toBe('Unknown option --fast.');
  });

  it('reads a journey file (exported or bare) with the app importer, and names the line and field of a problem', () => {
    const journey = cartJourney();
    expect(readJourneyFile(exportJourneyFile(journey)).ok).toBe(true);
    expect(readJourneyFile(JSON.stringify(journey)).ok).toBe(true);
    const broken = JSON.stringify({ ...journey, nodes: [{ ...journey.nodes[0], share: 'lots' }, ...journey.nodes.slice(1)] }, null, 2);
    const result = readJourneyFile(broken);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems[0]).toMatch(/^line \d+, field "journey\.nodes\[0\]\.share": /);
    if (!result.ok) expect(result.problems[0]).toMatch(new RegExp(`^line ${broken.split('\n').findIndex((l) => l.includes('"share"')) + 1},`));
    const invalid = readJourneyFile('{\n  "id": 1,,\n}');
    expect(invalid.ok).toBe(false);
    if (!invalid.ok) expect(invalid.problems[0]).toMatch(/not valid JSON.*line 2/);
  });

  it('reads the importer\'s paths back into segments', () => {
    expect(parsePath('journey.nodes[2]["first name"].x')).toEqual(['journey', 'nodes', 2, 'first name', 'x']);
  });

  it('prints a table per mode with the difference, and JSON', () => {
    const out = replayLog(cartJourney(), log([['c1', 'Shopper', [[5, 'cart_abandoned'], [200, 'cart_returned']]]], [{ from: 0, until: 20, channel: 'sms', label: 'SMS down' }]), { mode: 'compare' });
    if (!out.ok) throw new Error(out.problems.join());
    const table = formatResultsTable(out.result, 'Cart');
    expect(table.split('\n').slice(0, 5)).toEqual([
      'Cart — 1 customer, seed 1',
      '',
      '                       Static   Dynamic   Difference',
      'Goal rate                0.0%    100.0%    +100.0 pp',
      'Median time to goal         —     3.3 h            —',
    ]);
    expect(table).toMatch(/Stalls\s+1\s+0\s+−1/);
    const json = JSON.parse(formatResultsJson(out.result));
    expect(json.customers.dynamic[0].path[2]).toEqual({ nodeId: 'email', edgeId: 'offer>email', at: 5, note: 're-route' });
    expect(json.difference.goalRate).toBe(1);
  });

  it('names the file, line and column of a persona the journey does not have, and exits with 1', () => {
    const dir = mkdtempSync(join(tmpdir(), 'simulate-'));
    const journeyPath = join(dir, 'cart.journey.json');
    const logPath = join(dir, 'crm.csv');
    writeFileSync(journeyPath, exportJourneyFile(cartJourney()));
    writeFileSync(logPath, 'customer_id,persona,at,event\nc1,Shopper,0,cart_abandoned\nc2,Pirate,5,cart_abandoned\n');
    const run = spawnSync(join('node_modules', '.bin', 'tsx'), ['scripts/simulate.ts', journeyPath, logPath], { encoding: 'utf8' });
    expect(run.stderr).toBe(`${logPath}: line 3, column "persona": persona "Pirate" of customer "c2" is not in the journey\n`);
    expect(run.status).toBe(1);
  }, 30_000);

  it('formats durations for people', () => {
    expect([formatMinutes(45), formatMinutes(330), formatMinutes(4320)]).toEqual(['45 min', '5.5 h', '3.0 d']);
  });
});
