import { describe, expect, it } from 'vitest';
import { log } from '../sim/builders';
import { lineOfJsonPath } from './log-json-location';
import { logToJson, parseLogJson } from './log-json';
import { cartJourney } from '../sim/cart-fixture';
import { replayLog } from '../sim/replay';
import { formatLogProblem, locatedProblems } from './log-normalise';

const problems = (text: string): string[] => {
  const r = parseLogJson(text);
  return r.ok ? [] : r.problems.map(formatLogProblem);
};

describe('JSON interaction logs', () => {
  it('name the line and field of a persona the journey does not have, found when the log is replayed', () => {
    const text = JSON.stringify({ customers: [{ id: 'c1', persona: 'Shopper', events: [] }, { id: 'c2', persona: 'Pirate', events: [{ at: 0, event: 'cart_abandoned' }] }] }, null, 2);
    const r = parseLogJson(text);
    if (!r.ok) throw new Error(r.problems.map(formatLogProblem).join('\n'));
    const out = replayLog(cartJourney(), r.log, { mode: 'compare' });
    expect(out.ok).toBe(false);
    const line = text.split('\n').findIndex((l) => l.includes('"Pirate"')) + 1;
    if (!out.ok) expect(locatedProblems(out, r.locate)).toEqual([`line ${line}, field "customers[1].persona": persona "Pirate" of customer "c2" is not in the journey`]);
  });

  it('read minutes or date-times, sort each customer in time order, fill defaults', () => {
    const r = parseLogJson(
      JSON.stringify({
        start: '2025-03-03T09:00:00+01:00',
        customers: [{ id: 'c1', persona: 'Loyal', events: [{ at: '2025-03-03T09:30:00+01:00', event: 'buy' }, { at: 5, event: 'visit', channel: 'web', value: 2 }] }],
        disruptions: [{ from: 0, until: '2025-03-03T10:00+01:00', channel: 'sms' }],
      }),
    );
    if (!r.ok) throw new Error(r.problems.map(formatLogProblem).join('\n'));
    expect(r.log.customers[0]!.events).toEqual([{ at: 5, event: 'visit', channel: 'web', value: 2 }, { at: 30, event: 'buy' }]);
    expect(r.log.disruptions).toEqual([{ from: 0, until: 60, channel: 'sms', label: '' }]);
    expect(r.log.start).toBe('2025-03-03T08:00:00.000Z');
  });

  it('report every problem with its line and field, and load nothing', () => {
    const text = `{
  "customers": [
    {
      "id": "c1",
      "persona": "Loyal",
      "events": [
        { "at": 0, "event": "visit" },
        { "at": "yesterday", "event": "buy" },
        { "at": 9, "event": "", "channel": "fax", "mood": { "deep": true } }
      ]
    },
    { "id": "c1", "events": [] }
  ],
  "disruptions": [{ "from": 20, "until": 10, "channel": "sms" }]
}`;
    expect(problems(text)).toEqual([
      'line 8, field "customers[0].events[1].at": "yesterday" is not a time (write minutes, like 90, or a date-time, like 2025-03-01T09:30)',
      'line 9, field "customers[0].events[2].event": an event key is required',
      'line 9, field "customers[0].events[2].channel": "fax" is not one of: email, sms, push, web, app, phone, chat, social, in-store, agent',
      'line 9, field "customers[0].events[2].mood": {"deep":true} is not allowed here: an attribute is text, a number or true/false',
      'line 12, field "customers[1].persona": a customer needs a persona (a name or id from the journey) or attributes',
    ]);
  });

  it('check what only makes sense once times are known: order of from/until, duplicate ids', () => {
    const text = '{\n "customers": [\n  {"id": "c1", "persona": "A", "events": []},\n  {"id": "c1", "persona": "B", "events": []}\n ],\n "disruptions": [\n  {"from": 20, "until": 10, "channel": "sms"}\n ]\n}';
    expect(problems(text)).toEqual([
      'line 4, field "customers[1].id": customer id "c1" appears twice',
      'line 7, field "disruptions[0].until": "until" must be after "from"',
    ]);
  });

  it('refuse invalid JSON, other formats and newer versions clearly', () => {
    expect(problems('{\n  "customers": [\n    {"id": "c1",,}\n  ]\n}')[0]).toMatch(/^line 3: This file is not valid JSON: .*line 3/);
    expect(problems('{"format": "journey-designer/journey", "customers": []}')).toEqual([
      'line 1, field "format": this is not an interaction log (format "journey-designer/journey", expected "journey-designer/interaction-log")',
    ]);
    expect(problems('{"version": 2, "customers": []}')[0]).toContain('made by a newer version');
    expect(problems('[1, 2]')).toEqual(['line 1: An interaction log must be an object with "customers" (and optionally "disruptions").']);
  });

  it('drop keys that could reach an object prototype', () => {
    const r = parseLogJson('{"customers": [{"id": "c1", "persona": "P", "events": [{"at": 0, "event": "x", "__proto__": {"polluted": true}}]}]}');
    if (!r.ok) throw new Error(r.problems.map(formatLogProblem).join());
    expect(Object.getPrototypeOf(r.log.customers[0]!.events[0])).toBe(Object.prototype);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('write a log that reads back the same', () => {
    const l = log([['c1', { tier: 'gold' }, [[0, 'visit', 'web', { value: 3, vip: true }]]]], [{ from: 1, until: 2, channel: 'sms', label: 'down' }], { horizon: 100 });
    l.customers[0]!.droppedOffAt = 40;
    const back = parseLogJson(logToJson(l));
    expect(back.ok && back.log).toEqual({ format: 'journey-designer/interaction-log', version: 1, ...l });
  });

  it('finds the line of a path, or of its deepest existing parent', () => {
    const text = '{\n  "a": [\n    1,\n    { "b": "x\\n" }\n  ]\n}';
    expect(lineOfJsonPath(text, ['a', 1, 'b'])).toBe(4);
    expect(lineOfJsonPath(text, ['a', 0])).toBe(3);
    expect(lineOfJsonPath(text, ['a', 1, 'missing'])).toBe(4);
    expect(lineOfJsonPath(text, ['nothing'])).toBe(1);
  });
});
