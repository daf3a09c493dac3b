/**
 * The mining worker's API on the shipped samples, called directly (as the worker runs it):
 * a CSV and an XES of the same contact-centre log give the same map; the draft journey from it
 * passes validation; the sample journeys are checked against their logs. Figures in docs/mining.md.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { validateJourney } from '../model/validation';
import { SCENARIOS } from '../samples/scenarios';
import { NO_FILTER } from '../mining/discover';
import { createMiningApi, type LogPreview } from './mining-api';

const sample = (file: string) => new Blob([readFileSync(`public/samples/${file}`)]);

async function load(api: ReturnType<typeof createMiningApi>, file: string, blob = sample(file), patch: Record<string, unknown> = {}) {
  const p = await api.preview(blob, file);
  if (!p.ok) throw new Error(JSON.stringify(p.problems));
  const preview: LogPreview = p.preview;
  const reply = await api.load(1, blob, file, preview, { ...preview.suggestion, ...patch });
  if (!reply.ok) throw new Error(JSON.stringify(reply.problems));
  return { preview, summary: reply.summary, gzip: p.gzip };
}

describe('the mining worker API on the samples', () => {
  it('reads the contact-centre CSV: day-first dates, the columns guessed', async () => {
    const api = createMiningApi();
    const csv = await load(api, 'telecom-contact-centre.csv', undefined, { timestampFormat: 'dmy' });
    expect(csv.preview.timestamps.Timestamp).toMatchObject({ ambiguous: true });
    expect(csv.preview.suggestion).toMatchObject({ caseId: 'Case ID', activity: 'Activity', timestamp: 'Timestamp', channel: 'Channel', actor: 'Resource', attributes: ['Segment', 'Plan'] });
    expect([csv.summary.cases, csv.summary.events, csv.summary.activities.length]).toEqual([320, 1640, 19]);
  });

  it('reads the same CSV gzipped', async () => {
    const api = createMiningApi();
    const gz = await load(api, 'telecom-contact-centre.csv.gz', new Blob([gzipSync(readFileSync('public/samples/telecom-contact-centre.csv'))]), { timestampFormat: 'dmy' });
    expect(gz.gzip).toBe(true);
    expect(gz.summary.events).toBe(1640);
  });

  it('reads the XES twin of the CSV into the same map', async () => {
    const api = createMiningApi();
    const csv = await load(api, 'telecom-contact-centre.csv', undefined, { timestampFormat: 'dmy' });
    const csvMap = await api.map(NO_FILTER, { activitiesPercent: 100, pathsPercent: 100 }, { layout: false });
    const xes = await load(api, 'telecom-contact-centre.xes');
    expect(xes.preview.format).toBe('xes');
    expect([xes.summary.cases, xes.summary.events]).toEqual([320, 1640]);
    const xesMap = await api.map(NO_FILTER, { activitiesPercent: 100, pathsPercent: 100 }, { layout: false });
    const names = (m: typeof csvMap, s: typeof csv.summary) => m.transitions.map((t) => `${s.activities[t.from] ?? t.from}>${s.activities[t.to] ?? t.to} ${t.count}`).sort();
    expect(names(xesMap, xes.summary)).toEqual(names(csvMap, csv.summary));
  });

  it('makes a valid journey from the map at its first slider positions', async () => {
    const api = createMiningApi();
    const { summary } = await load(api, 'telecom-contact-centre.csv', undefined, { timestampFormat: 'dmy' });
    const map = await api.map(NO_FILTER, null, { layout: false });
    const goal = summary.activities.indexOf('service_restored');
    const { journey } = api.draft({ name: 'As-is', kinds: summary.kinds, goal, personaAttribute: 'Segment' });
    expect(validateJourney(journey).filter((p) => p.severity === 'error')).toEqual([]);
    expect(journey.staticRoute.length).toBeGreaterThan(0);
    expect(map.activities.length).toBeLessThanOrEqual(25);
  });

  it.each([
    ['telecom-contact-centre.csv', 'telecom-outage', { timestampFormat: 'dmy' }],
    ['retail-web-analytics.csv', 'retail-sms-outage', {}],
  ] as const)('checks %s against the %s journey: both fitness figures, deviations, missing activities', async (file, scenarioId, patch) => {
    const api = createMiningApi();
    const { summary } = await load(api, file, undefined, patch);
    await api.map(NO_FILTER, { activitiesPercent: 100, pathsPercent: 100 }, { layout: false });
    const journey = SCENARIOS.find((s) => s.id === scenarioId)!.journey;
    const persona = api.personaAttributeFor(journey);
    expect(persona).toBe(file.startsWith('telecom') ? 'Segment' : 'segment');
    const out = await api.conform(1, journey, { kinds: summary.kinds, personaAttribute: persona });
    if (!out.ok) throw new Error(out.problems.join('\n'));
    const r = out.report;
    expect(r.dynamic.fitness).toBeGreaterThan(r.static.fitness);
    expect(r.deviations.length).toBeGreaterThan(0);
    expect(r.missing.length).toBeGreaterThan(0);
    console.log(file, { static: r.static.fitness, dynamic: r.dynamic.fitness, customers: r.customers, events: r.events, brand: r.brandActions, top: r.deviations.slice(0, 3), missing: r.missing.map((m) => m.activity), unused: r.unusedEdges.length });
    expect(api.csv('deviations')).toMatch(/^\uFEFFleft_the_route_at,route_expected,customer_did_instead,customers,off_route_events\r\n/);
  });

  // ELK's first layout loads its 1.5 MB compiled bundle: seconds before the first box is placed.
  it('lays the map out: start, every activity and end, each transition a line with its label', { timeout: 30_000 }, async () => {
    const api = createMiningApi();
    await load(api, 'telecom-contact-centre.xes');
    const map = await api.map(NO_FILTER, null);
    expect(map.layout?.boxes.map((b) => b.id)).toEqual(expect.arrayContaining(['start', 'end']));
    expect(map.layout?.boxes.length).toBe(map.activities.length + 2);
    expect(map.layout?.lines.length).toBe(map.transitions.length);
    expect(map.layout?.lines.every((l) => l.points.length >= 2 && l.label !== null)).toBe(true);
  });
});
