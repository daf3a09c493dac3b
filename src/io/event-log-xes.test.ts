import { describe, expect, it } from 'vitest';
import { previewXes, readXes, type XesPreview } from './event-log-xes';
import { piecesOf } from '../mining/testing';
import { formatLogProblem } from './log-normalise';

const XES = `<?xml version="1.0" encoding="UTF-8"?>
<log xes.version="1.0" xmlns="http://www.xes-standard.org/">
  <extension name="Concept" prefix="concept" uri="http://www.xes-standard.org/concept.xesext"/>
  <global scope="event"><string key="concept:name" value="__INVALID__"/></global>
  <string key="concept:name" value="Contact centre"/>
  <trace>
    <string key="concept:name" value="t1"/>
    <string key="segment" value="Business"/>
    <event>
      <string key="concept:name" value="called_support"/>
      <date key="time:timestamp" value="2025-03-07T14:05:00.000+01:00"/>
      <string key="lifecycle:transition" value="start"/>
    </event>
    <event>
      <string key="concept:name" value="called_support"/>
      <date key="time:timestamp" value="2025-03-07T14:09:00.000+01:00"/>
      <string key="lifecycle:transition" value="complete"/>
      <string key="org:resource" value="Customer"/>
      <string key="channel" value="Phone"/>
      <float key="sentiment" value="-0.4"><string key="meta" value="ignored"/></float>
    </event>
    <event>
      <string key="concept:name" value="agent_callback"/>
      <date key="time:timestamp" value="2025-03-07T13:30:00Z"/>
      <string key="lifecycle:transition" value="complete"/>
      <string key="org:resource" value="Agent Ana"/>
      <string key="channel" value="Phone"/>
    </event>
  </trace>
  <trace>
    <string key="concept:name" value="t2"/>
    <string key="segment" value="Home"/>
    <event>
      <string key="concept:name" value="status_checked"/>
      <date key="time:timestamp" value="2025-03-07T15:00:00Z"/>
      <string key="lifecycle:transition" value="complete"/>
      <string key="org:resource" value="Customer"/>
      <string key="channel" value="App"/>
    </event>
  </trace>
</log>
`;

function preview(text: string): XesPreview {
  const p = previewXes(text);
  if (!('format' in p)) throw new Error(p.problems.map(formatLogProblem).join('\n'));
  return p;
}

describe('XES event logs', () => {
  it('reads the standard keys as the mapping and the other attributes as columns', () => {
    const p = preview(XES);
    expect(p.columns.slice(0, 5)).toEqual(['case:concept:name', 'concept:name', 'time:timestamp', 'lifecycle:transition', 'org:resource']);
    expect(p.suggestion).toMatchObject({ caseId: 'case:concept:name', activity: 'concept:name', timestamp: 'time:timestamp', actor: 'org:resource', channel: 'channel' });
    expect(p.suggestion.attributes).toEqual(['case:segment', 'sentiment']);
  });

  it('streams the log in pieces: complete transitions kept, time zones applied, trace attributes per case', async () => {
    const p = preview(XES);
    const out = await readXes(piecesOf(XES, 9), p.suggestion, 'cc.xes');
    if (!out.ok) throw new Error(out.problems.map(formatLogProblem).join('\n'));
    const log = out.log;
    expect(log.skipped).toBe(1);
    expect(log.caseIds).toEqual(['t1', 't2']);
    // 14:09+01:00 is 13:09Z, before the 13:30Z callback.
    expect(Array.from(log.activity, (a) => log.activities[a])).toEqual(['called_support', 'agent_callback', 'status_checked']);
    expect(log.time[0]).toBe(Date.UTC(2025, 2, 7, 13, 9));
    expect(log.caseAttributes.map((a) => [a.name, a.values])).toEqual([['case:segment', ['Business', 'Home']]]);
    expect(log.channel.values).toEqual(['Phone', 'App']);
    expect(log.actor.values).toEqual(['Customer', 'Agent Ana']);
  });

  it('refuses broken XML and events without a time, with the line', async () => {
    const broken = XES.replace('<event>\n      <string key="concept:name" value="agent_callback"/>', '<event>\n      <string key="concept:name" value="agent_callback">');
    const p = preview(XES);
    const out = await readXes(piecesOf(broken, 50), p.suggestion, 'broken.xes');
    expect(out.ok).toBe(false);
    if (!out.ok) expect(formatLogProblem(out.problems[0]!)).toMatch(/^line \d+, column \d+: the XML cannot be read here: /);
    const noTime = XES.replace('<date key="time:timestamp" value="2025-03-07T15:00:00Z"/>', '');
    const out2 = await readXes(piecesOf(noTime), p.suggestion, 'x.xes');
    expect(!out2.ok && out2.problems.map(formatLogProblem)).toEqual(['line 33, attribute "time:timestamp": is missing on this event: every event needs its time']);
    expect(previewXes('<html><body/></html>')).toEqual({ problems: [{ line: 1, field: null, message: 'this is not an XES log: it starts with <html>, not <log>' }] });
  });
});
