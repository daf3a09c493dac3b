import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BUILDER_OPERATORS, JSONLOGIC_OPERATORS } from '../model/condition-operators';
import { queryToCondition } from '../model/condition-query';
import { SCENARIOS } from '../samples/scenarios';
import { exportLibraryFile } from './backup';
import { exportJourneyFile } from './journey-file';
import { journeyArb, sampleJourney } from './journey-file.fixtures';
import { publishedSchemas } from './journey-file-schema';

const root = join(import.meta.dirname, '..', '..');
const schemaDir = join(root, 'public', 'schema');

/** Both published schemas compiled the way a strict outside validator would: Ajv 2020-12, `strict: true`. */
function strictValidators() {
  const ajv = new Ajv2020({ strict: true, allErrors: true });
  addFormats(ajv);
  const [journey, library] = publishedSchemas().map((s) => ajv.compile(JSON.parse(s.text)));
  return { journey: journey!, library: library! };
}

const errorsOf = (validate: ReturnType<typeof strictValidators>['journey'], text: string) => (validate(JSON.parse(text)) ? [] : validate.errors);

/** A journey using every field and kind, and a condition of every operator the visual builder offers. */
function everythingJourney() {
  const doc = sampleJourney();
  const rules = BUILDER_OPERATORS.map((op) => {
    const value = op.name.includes('etween') ? [1, 5] : op.name.includes('In') || op.name === 'in' ? ['a', 'b'] : 'Deal';
    return queryToCondition({ combinator: 'and', rules: [{ field: 'persona.name', operator: op.name, value }] });
  });
  expect(rules.every((r) => r !== null)).toBe(true);
  doc.nodes.push({ id: 'd2', kind: 'decision', position: { x: 0, y: 600 }, name: 'Every operator', description: '', mode: 'rules' });
  doc.nodes.push({ id: 'd3', kind: 'decision', position: { x: 0, y: 800 }, name: 'A/B', description: '', mode: 'split' });
  rules.forEach((condition, i) => doc.edges.push({ id: `op${i}`, source: 'd2', target: 'a1', branch: { label: BUILDER_OPERATORS[i]!.label, otherwise: false, condition, percent: null }, likelihood: null }));
  doc.edges.push({ id: 'ab1', source: 'd3', target: 'a1', branch: { label: 'A', otherwise: false, condition: null, percent: 40 }, likelihood: null });
  doc.edges.push({ id: 'ab2', source: 'd3', target: 'a2', branch: { label: 'B', otherwise: false, condition: null, percent: 60 }, likelihood: null });
  return doc;
}

describe('published JSON Schemas', () => {
  it.each(publishedSchemas().map((s) => [s.file, s.text]))('public/schema/%s matches the zod model (run `npm run schema` after changing it)', (file, text) => {
    expect(readFileSync(join(schemaDir, file), 'utf8')).toBe(text);
  });

  it('describes the envelope and every node kind of the journey file', () => {
    const schema = JSON.parse(publishedSchemas()[0]!.text);
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schema.required).toEqual(['format', 'version', 'journey']);
    expect(schema.properties.format.const).toBe('journey-designer/journey');
    expect(Object.keys(schema.$defs)).toEqual(expect.arrayContaining(['PersonaNode', 'EventNode', 'DecisionNode', 'ActionNode', 'NoteNode', 'JourneyEdge', 'Branch', 'JsonLogicRule']));
  });

  it('names the one list of JsonLogic operations in the rule definition', () => {
    const rule = JSON.parse(publishedSchemas()[0]!.text).$defs.JsonLogicRule;
    const operation = rule.anyOf.find((s: { type?: string }) => s.type === 'object');
    expect(operation.propertyNames.enum).toEqual([...JSONLOGIC_OPERATORS]);
    expect([operation.minProperties, operation.maxProperties]).toEqual([1, 1]);
  });
});

describe('the published schemas in a strict outside validator (Ajv 2020-12, strict: true)', () => {
  it('compile', () => {
    expect(() => strictValidators()).not.toThrow();
  });

  it('accept every sample file in public/samples', () => {
    const { journey } = strictValidators();
    const samples = readdirSync(join(root, 'public', 'samples')).filter((f) => f.endsWith('.journey.json'));
    expect(samples.length).toBeGreaterThanOrEqual(3);
    for (const file of samples) expect(errorsOf(journey, readFileSync(join(root, 'public', 'samples', file), 'utf8')), file).toEqual([]);
  });

  it('accept every scenario journey, the fixture, and a journey with every field and builder operator, as exported', () => {
    const { journey } = strictValidators();
    for (const s of SCENARIOS) expect(errorsOf(journey, exportJourneyFile(s.journey, { exportedAt: new Date(0) })), s.id).toEqual([]);
    expect(errorsOf(journey, exportJourneyFile(sampleJourney()))).toEqual([]);
    expect(errorsOf(journey, exportJourneyFile(everythingJourney()))).toEqual([]);
  });

  it('accept any journey the app exports (generated)', () => {
    const { journey } = strictValidators();
    fc.assert(
      fc.property(journeyArb, (doc) => {
        expect(errorsOf(journey, exportJourneyFile(doc))).toEqual([]);
      }),
      { numRuns: 150 },
    );
  });

  it('accept a library backup as the app writes it', () => {
    const { library } = strictValidators();
    const when = '2025-03-01T09:30:00.000Z';
    const text = exportLibraryFile(
      {
        journeys: [...SCENARIOS.map((s) => ({ ...s.journey, tags: ['workshop'] })), everythingJourney()].map((journey) => ({ journey, viewport: { x: 10, y: -5, zoom: 1.5 }, createdAt: when, updatedAt: when })),
        snapshots: [{ id: 's1', journeyId: SCENARIOS[0]!.journey.id, name: 'Before the workshop', createdAt: when, journey: SCENARIOS[0]!.journey }],
      },
      { exportedAt: when },
    );
    expect(errorsOf(library, text)).toEqual([]);
  });

  it('refuse a rule with an unknown operation, or with two operations in one object', () => {
    const { journey } = strictValidators();
    const withCondition = (condition: unknown) => {
      const file = JSON.parse(exportJourneyFile(sampleJourney()));
      file.journey.edges[2].branch.condition = condition;
      return JSON.stringify(file);
    };
    expect(errorsOf(journey, withCondition({ and: [{ startsWith: [{ var: 'persona.name' }, 'Deal'] }] }))).not.toEqual([]);
    expect(errorsOf(journey, withCondition({ frobnicate: [1] }))).not.toEqual([]);
    expect(errorsOf(journey, withCondition({ '==': [1, 1], '!=': [1, 2] }))).not.toEqual([]);
    expect(errorsOf(journey, withCondition({}))).not.toEqual([]);
    expect(errorsOf(journey, withCondition({ and: [{ '==': [{ substr: [{ var: 'persona.name' }, 0, 4] }, 'Deal'] }] }))).toEqual([]);
  });

  it('refuse what the app refuses elsewhere in a file: a wrong kind, a bad channel, a text attribute list', () => {
    const { journey } = strictValidators();
    const file = JSON.parse(exportJourneyFile(sampleJourney()));
    file.journey.nodes[0].attributes.tier = ['gold'];
    expect(errorsOf(journey, JSON.stringify(file))).not.toEqual([]);
    const other = JSON.parse(exportJourneyFile(sampleJourney()));
    other.journey.nodes[1].channel = 'pigeon';
    expect(errorsOf(journey, JSON.stringify(other))).not.toEqual([]);
  });
});
