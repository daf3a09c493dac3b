import { describe, expect, it } from 'vitest';
import { exportJourneyFile, importJourneyFile, journeyFileMigrations, JOURNEY_FILE_VERSION, type ImportResult } from './journey-file';
import { sampleJourney, sampleModelJourney } from './journey-file.fixtures';

const problemsOf = (result: ImportResult) => (result.ok ? [] : result.problems);
const messagesOf = (result: ImportResult) => problemsOf(result).map((p) => `${p.path}: ${p.message}`);

/** The sample as a parsed file, to break in one place. */
function sampleFile(): { format: string; version: number; journey: Record<string, any> } {
  return JSON.parse(exportJourneyFile(sampleJourney()));
}

describe('exportJourneyFile', () => {
  it('writes the envelope and the journey with sorted keys', () => {
    const text = exportJourneyFile(sampleJourney(), { exportedAt: new Date('2025-03-01T10:00:00Z') });
    expect(text.startsWith('{\n  "exportedAt": "2025-03-01T10:00:00.000Z",\n  "format": "journey-designer/journey",\n  "journey": {\n    "description"')).toBe(true);
    expect(text.endsWith('"version": 1\n}\n')).toBe(true);
  });

  it('is deterministic: key order in memory does not matter, and there is no timestamp unless asked for', () => {
    const shuffled = JSON.parse(JSON.stringify(sampleJourney()), (_k, v) => (v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).reverse()) : v));
    expect(exportJourneyFile(shuffled)).toBe(exportJourneyFile(sampleJourney()));
    expect(exportJourneyFile(sampleJourney())).not.toContain('exportedAt');
  });

  it('writes every field, defaults included, and tags as [] for a model journey without tags', () => {
    const file = JSON.parse(exportJourneyFile(sampleModelJourney()));
    expect(file.journey.tags).toEqual([]);
    expect(Object.keys(file.journey.nodes[8]).sort()).toEqual(['color', 'id', 'kind', 'position', 'text']);
  });

  it('refuses to write a journey the importer would refuse to read', () => {
    expect(() => exportJourneyFile({ ...sampleModelJourney(), id: '' })).toThrow(/Cannot export an invalid journey: id/);
  });
});

describe('importJourneyFile', () => {
  it('round-trips the sample: export → import gives the journey, export → import → export the same bytes', () => {
    const text = exportJourneyFile(sampleJourney(), { exportedAt: '2025-03-01T10:00:00.000Z' });
    const result = importJourneyFile(text);
    expect(result).toEqual({ ok: true, journey: sampleJourney(), exportedAt: '2025-03-01T10:00:00.000Z', warnings: [] });
    if (result.ok) expect(exportJourneyFile(result.journey, { exportedAt: result.exportedAt })).toBe(text);
  });

  it('keeps labels with HTML and script as plain text', () => {
    const file = sampleFile();
    file.journey.nodes[3].name = '<img src=x onerror=alert(1)>';
    const result = importJourneyFile(JSON.stringify(file));
    expect(result.ok && result.journey.name).toBe('Abandoned cart <script>alert("x")</script>');
    expect(result.ok && result.journey.nodes[3]).toMatchObject({ name: '<img src=x onerror=alert(1)>' });
  });

  it('fills defaults for fields a file leaves out', () => {
    const file = { format: 'journey-designer/journey', version: 1, journey: { id: 'j', name: 'Short', nodes: [{ id: 'a', kind: 'action', position: { x: 0, y: 0 }, name: 'Call' }], edges: [] } };
    const result = importJourneyFile(JSON.stringify(file));
    expect(result.ok && result.journey).toEqual({
      id: 'j',
      name: 'Short',
      description: '',
      tags: [],
      staticRoute: [],
      stops: [],
      edges: [],
      nodes: [{ id: 'a', kind: 'action', position: { x: 0, y: 0 }, name: 'Call', description: '', channel: null, cost: 0, satisfactionEffect: 0, outcome: 'none' }],
    });
  });

  it('says "not a Journey Designer journey" for other JSON, and where another of our formats belongs', () => {
    expect(messagesOf(importJourneyFile('{"format": "excalidraw", "version": 2}'))).toEqual(['format: This is not a Journey Designer journey (its format is "excalidraw").']);
    expect(messagesOf(importJourneyFile('{"nodes": [], "edges": [], "viewport": {}}'))).toEqual(['format: This is not a Journey Designer journey: the file has no "format" header.']);
    expect(messagesOf(importJourneyFile('[1, 2]'))).toEqual([': This is not a Journey Designer journey: the file holds a list, not an object with a "format" header.']);
    expect(messagesOf(importJourneyFile('{"format": "journey-designer/library", "version": 1}'))[0]).toMatch(/it is a library backup — restore it from the library/);
  });

  it('refuses a file from a newer version clearly', () => {
    expect(messagesOf(importJourneyFile('{"format": "journey-designer/journey", "version": 2, "journey": {}}'))).toEqual([
      'version: This file was made by a newer version of Journey Designer (v2); this app reads up to v1. Update the app to open it.',
    ]);
    expect(messagesOf(importJourneyFile('{"format": "journey-designer/journey", "version": "1"}'))).toEqual(['version: expected a whole number, got "1"']);
    expect(messagesOf(importJourneyFile('{"format": "journey-designer/journey"}'))).toEqual(['version: is missing']);
  });

  it('migrates a version 0 file (a bare journey) to the current version, and says so', () => {
    const result = importJourneyFile(JSON.stringify(sampleModelJourney()));
    expect(result.ok && result.journey).toEqual({ ...sampleModelJourney(), tags: [] });
    expect(result.ok && result.warnings).toEqual([{ path: '', message: 'This file was written in an older format (v0) and was upgraded to v1.' }]);
  });

  it('has an ordered, gapless migration list ending at the current version', () => {
    journeyFileMigrations.forEach((step, i) => {
      expect(step.to).toBe(step.from + 1);
      if (i > 0) expect(step.from).toBe(journeyFileMigrations[i - 1]!.to);
    });
    expect(journeyFileMigrations.at(-1)?.to).toBe(JOURNEY_FILE_VERSION);
  });

  it('reports every schema problem with its path, in the user’s terms', () => {
    const file = sampleFile();
    file.journey.nodes[1].channel = 'fax';
    file.journey.nodes[0].share = 140;
    file.journey.nodes[0].attributes.tier = { level: 1 };
    file.journey.nodes[2].kind = 'gateway';
    delete file.journey.nodes[3].name;
    file.journey.nodes[4].position.y = '100';
    file.journey.edges[4].likelihood = 2;
    file.journey.name = 7;
    const messages = messagesOf(importJourneyFile(JSON.stringify(file)));
    expect(messages).toEqual(
      expect.arrayContaining([
        'journey.nodes[1].channel: expected one of email, sms, push, web, app, phone, chat, social, in-store, agent, any, got "fax"',
        'journey.nodes[0].share: must be 100 or less, got 140',
        'journey.nodes[0].attributes.tier: expected one of text, a number, true or false, got an object',
        'journey.nodes[2].kind: expected one of persona, event, decision, action, note, got "gateway"',
        'journey.nodes[3].name: is missing',
        'journey.nodes[4].position.y: expected a number, got "100"',
        'journey.edges[4].likelihood: must be 1 or less, got 2',
        'journey.name: expected text, got 7',
      ]),
    );
    expect(messages).toHaveLength(8);
  });

  it('checks references: edges to missing nodes, duplicate ids, static route edges, branch conditions', () => {
    const file = sampleFile();
    file.journey.edges[3].target = 'n9';
    file.journey.nodes[5].id = 'e1';
    file.journey.edges[6].id = 'x1';
    file.journey.staticRoute.push('x99');
    file.journey.edges[2].branch.condition = { and: [{ '==': [1, 1] }, { frobnicate: [1] }] };
    expect(messagesOf(importJourneyFile(JSON.stringify(file)))).toEqual([
      'journey.nodes[5].id: another node already has the id "e1" (journey.nodes[1])',
      'journey.edges[2].branch.condition.and[1]: unknown operator "frobnicate"',
      'journey.edges[3].target: node "n9" does not exist',
      'journey.edges[4].target: node "e2" does not exist',
      'journey.edges[6].id: another edge already has the id "x1" (journey.edges[0])',
      'journey.edges[6].source: node "e2" does not exist',
      'journey.staticRoute[4]: edge "x7" does not exist',
      'journey.staticRoute[5]: edge "x99" does not exist',
    ]);
  });

  it('ignores unknown fields and prototype keys, with a warning for each', () => {
    const text = exportJourneyFile(sampleJourney())
      .replace('"format"', '"generator": "other-tool",\n  "format"')
      .replace('"id": "p1"', '"id": "p1", "colour": "red", "__proto__": {"polluted": true}');
    const result = importJourneyFile(text);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.journey).toEqual(sampleJourney());
    expect(result.warnings).toEqual([
      { path: 'journey.nodes[0].__proto__', message: 'the key "__proto__" is not allowed in a journey file and was ignored' },
      { path: 'generator', message: 'unknown field, ignored' },
      { path: 'journey.nodes[0].colour', message: 'unknown field, ignored' },
    ]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('refuses an oversize file before parsing it, and honours a smaller limit', () => {
    expect(messagesOf(importJourneyFile(exportJourneyFile(sampleJourney()), { maxBytes: 1000 }))[0]).toMatch(/^: This file is too large \(\d+ KB\); files up to 1000 bytes can be opened\.$/);
  });

  it('caps a flood of problems at a hundred messages', () => {
    const file = sampleFile();
    file.journey.nodes = Array.from({ length: 500 }, (_, i) => ({ id: `n${i}`, kind: 'note', position: { x: 'a', y: 0 } }));
    const problems = problemsOf(importJourneyFile(JSON.stringify(file)));
    expect(problems).toHaveLength(100);
    expect(problems.at(-1)).toEqual({ path: '', message: '…and 401 more problems' });
  });

  it('refuses a journey over the supported size before checking its contents, and names what is too many', () => {
    const file = sampleFile();
    // Broken nodes too: the size is what the user must fix first, and checking 5,001 of them would take long.
    file.journey.nodes = Array.from({ length: 5001 }, (_, i) => ({ id: `n${i}`, kind: 'note', position: { x: 'a', y: 0 } }));
    expect(messagesOf(importJourneyFile(JSON.stringify(file)))).toEqual([
      'journey.nodes: This journey has 5,001 nodes; Journey Designer works with journeys of up to 5,000 nodes. Split it into smaller journeys.',
    ]);
    const wired = sampleFile();
    wired.journey.edges = Array.from({ length: 10_001 }, (_, i) => ({ id: `x${i}`, source: 'p1', target: 'e1' }));
    expect(messagesOf(importJourneyFile(JSON.stringify(wired)))[0]).toMatch(/^journey\.edges: This journey has 10,001 connections; .* up to 10,000 connections/);
    const atLimit = sampleFile();
    atLimit.journey.nodes = Array.from({ length: 5000 }, (_, i) => ({ id: `n${i}`, kind: 'note', position: { x: i, y: 0 } }));
    atLimit.journey.edges = [];
    atLimit.journey.staticRoute = [];
    expect(importJourneyFile(JSON.stringify(atLimit)).ok).toBe(true);
  });
});
