/**
 * One condition language, end to end: whatever the condition editor writes — typed text or the
 * visual builder — exports, imports again unchanged with no problem, and evaluates the same in
 * the simulator's compiled evaluator and in json-logic-js, the reference, which never meets an
 * operation it does not know. And files from older versions, holding react-querybuilder's
 * startsWith / endsWith, come in rewritten, with a warning that says where.
 */
import fc from 'fast-check';
import jsonLogic from 'json-logic-js';
import { describe, expect, it } from 'vitest';
import { BUILDER_OPERATORS } from '../model/condition-operators';
import { parseConditionText } from '../model/condition-parse';
import { queryToCondition, sameCondition } from '../model/condition-query';
import { conditionToText, evaluateCondition, type ConditionData } from '../model/conditions';
import { Journey, type JsonLogicRule } from '../model/journey';
import { validateJourney } from '../model/validation';
import { compileCondition } from '../sim/jsonlogic';
import { parseFragmentText } from './fragment';
import { exportLibraryFile, importLibraryFile } from './backup';
import { exportJourneyFile, importJourneyFile } from './journey-file';
import { sampleJourney } from './journey-file.fixtures';

/** The sample journey with branch "Gold" (edge x3) holding `condition`. */
function journeyWith(condition: unknown) {
  const doc = sampleJourney();
  doc.edges[2]!.branch!.condition = condition as JsonLogicRule;
  return doc;
}

function roundTrip(condition: JsonLogicRule) {
  const read = importJourneyFile(exportJourneyFile(journeyWith(condition)));
  if (!read.ok) throw new Error(read.problems.map((p) => `${p.path}: ${p.message}`).join('\n'));
  return read;
}

const conditionProblems = (journey: Journey) => validateJourney(journey).filter((p) => p.rule === 'condition');

describe('a startsWith condition typed in the editor', () => {
  const typed = parseConditionText('persona.name.startsWith("Gold")');
  if (!typed.ok) throw new Error(typed.message);

  it('exports, imports again unchanged, with no warning and no problem', () => {
    const read = roundTrip(typed.rule);
    expect(read.warnings).toEqual([]);
    expect(read.journey.edges[2]!.branch!.condition).toEqual(typed.rule);
    expect(conditionToText(read.journey.edges[2]!.branch!.condition!)).toBe('persona.name.startsWith("Gold")');
    expect(conditionProblems(read.journey)).toEqual([]);
  });

  it('runs in json-logic-js as it is, and agrees with the compiled evaluator', () => {
    const data = (name: string): ConditionData => ({ persona: { name }, event: {}, context: {} });
    for (const [name, expected] of [['Gold shopper', true], ['Golden', true], ['Old gold', false], ['', false]] as const) {
      expect(evaluateCondition(typed.rule, data(name)), name).toBe(expected);
      expect(compileCondition(typed.rule)(data(name)), name).toBe(expected);
    }
  });
});

describe('a file from an older version, with react-querybuilder\'s startsWith / endsWith', () => {
  const legacy = { and: [{ startsWith: [{ var: 'persona.name' }, 'Gold'] }, { '!': { endsWith: [{ var: 'persona.segment' }, 'new'] } }] };
  const standard = { and: [{ '==': [{ substr: [{ var: 'persona.name' }, 0, 4] }, 'Gold'] }, { '!': { '==': [{ substr: [{ var: 'persona.segment' }, -3] }, 'new'] } }] };
  const oldFile = () => {
    const file = JSON.parse(exportJourneyFile(sampleJourney()));
    file.journey.edges[2].branch.condition = legacy;
    return JSON.stringify(file);
  };

  it('is imported, rewritten in standard JsonLogic, with a warning that says where', () => {
    const read = importJourneyFile(oldFile());
    if (!read.ok) throw new Error(JSON.stringify(read.problems));
    expect(read.journey.edges[2]!.branch!.condition).toEqual(standard);
    expect(read.warnings).toEqual([
      {
        path: 'journey.edges[2].branch.condition',
        message: 'used "startsWith" and "endsWith", which only older versions of Journey Designer knew; rewritten in standard JsonLogic as persona.name.startsWith("Gold") && !(persona.segment.endsWith("new"))',
      },
    ]);
    expect(conditionProblems(read.journey)).toEqual([]);
    // Exported again, it is standard JsonLogic and imports with no warning.
    expect(importJourneyFile(exportJourneyFile(read.journey))).toMatchObject({ ok: true, warnings: [] });
  });

  it('is rewritten the same way from a backup, from the browser\'s storage and from the clipboard', () => {
    const backup = JSON.parse(exportLibraryFile({ journeys: [{ journey: sampleJourney(), viewport: { x: 0, y: 0, zoom: 1 }, createdAt: '2025-01-01T00:00:00.000Z', updatedAt: '2025-01-01T00:00:00.000Z' }], snapshots: [] }));
    backup.journeys[0].journey.edges[2].branch.condition = legacy;
    const restored = importLibraryFile(JSON.stringify(backup));
    if (!restored.ok) throw new Error(JSON.stringify(restored.problems));
    expect(restored.library.journeys[0]!.journey.edges[2]!.branch!.condition).toEqual(standard);
    expect(restored.warnings.map((w) => w.path)).toEqual(['journeys[0].journey.edges[2].branch.condition']);
    // IndexedDB hands back what an older version stored; db/journeys.ts reads it through the same schema.
    expect(Journey.parse(journeyWith(legacy)).edges[2]!.branch!.condition).toEqual(standard);
    const fragment = parseFragmentText(JSON.stringify({ format: 'journey-designer/fragment', nodes: [], edges: [journeyWith(legacy).edges[2]] }));
    expect(fragment?.edges[0]?.branch?.condition).toEqual(standard);
  });

  it('is refused, with its path, when the old operation compares with something a rewrite cannot keep', () => {
    const file = JSON.parse(exportJourneyFile(sampleJourney()));
    file.journey.edges[2].branch.condition = { startsWith: [{ var: 'persona.name' }, { var: 'persona.segment' }] };
    const read = importJourneyFile(JSON.stringify(file));
    expect(read.ok).toBe(false);
    expect(!read.ok && read.problems[0]).toEqual({ path: 'journey.edges[2].branch.condition', message: expect.stringContaining('"startsWith" is not standard JsonLogic') });
  });
});

// ---- Property: anything the editor can produce ----

const FIELDS = ['persona.name', 'persona.tier', 'persona.age', 'event.value', 'event.channel', 'context.contactCount'];
// Text the parser reads inside quotes (it takes no escapes); '' and look-alikes of numbers included.
const word = fc.string({ unit: fc.constantFrom('a', 'G', 'o', 'l', 'd', ' ', '1', '2', 'é', "'", '&', '|', '-'), maxLength: 5 });
const number = fc.oneof(fc.integer({ min: -3, max: 300 }), fc.constantFrom(1.5, 0, -2.25));
const quote = (s: string) => `"${s}"`;
const literalText = fc.oneof(word.map(quote), number.map(String), fc.constantFrom('true', 'false'));

const comparisonText = fc.oneof(
  fc.tuple(fc.constantFrom(...FIELDS), fc.constantFrom('==', '!=', '<', '>', '<=', '>='), literalText).map(([f, op, v]) => `${f} ${op} ${v}`),
  fc.tuple(fc.constantFrom(...FIELDS), fc.constantFrom('==', '!=')).map(([f, op]) => `${f} ${op} null`),
  fc.tuple(fc.constantFrom(...FIELDS), fc.constantFrom('startsWith', 'endsWith', 'contains'), word).map(([f, m, v]) => `${f}.${m}(${quote(v)})`),
  fc.tuple(fc.constantFrom(...FIELDS), fc.oneof(fc.array(word.map(quote), { minLength: 1, maxLength: 3 }), fc.array(number.map(String), { minLength: 1, maxLength: 3 }))).map(([f, vs]) => `${f} in [${vs.join(', ')}]`),
);

const conditionText: fc.Arbitrary<string> = fc.letrec<{ expr: string }>((tie) => ({
  expr: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    comparisonText,
    fc.tuple(tie('expr'), fc.constantFrom('&&', '||'), tie('expr')).map(([a, op, b]) => `${a} ${op} ${b}`),
    tie('expr').map((e) => `(${e})`),
    tie('expr').map((e) => `!(${e})`),
  ),
})).expr;

/** Values the builder's value editor can hold for each operator: text as typed, lists, pairs. */
function builderValue(op: string): fc.Arbitrary<unknown> {
  if (op === 'null' || op === 'notNull') return fc.constant(null);
  if (op === 'in' || op === 'notIn') return fc.oneof(fc.array(fc.string({ maxLength: 4 }), { minLength: 1, maxLength: 3 }), fc.array(number, { minLength: 1, maxLength: 3 }));
  if (op === 'between' || op === 'notBetween') return fc.tuple(number, number);
  // The value editor is a text box: anything at all, quotes and backslashes included.
  return fc.oneof(fc.string({ maxLength: 6 }), number.map(String));
}

const builderRule = fc
  .tuple(fc.constantFrom(...FIELDS), fc.constantFrom(...BUILDER_OPERATORS.map((o) => o.name)))
  .chain(([field, operator]) => builderValue(operator).map((value) => ({ field, operator, value })));
// Plain objects, as the builder makes them.
const plain = { noNullPrototype: true };

type Group = { combinator: string; not?: boolean; rules: (Group | { field: string; operator: string; value: unknown })[] };
const builderQuery: fc.Arbitrary<Group> = fc.letrec<{ group: Group }>((tie) => ({
  group: fc.record(
    {
      combinator: fc.constantFrom('and', 'or'),
      not: fc.boolean(),
      rules: fc.array(fc.oneof({ depthSize: 'small', withCrossShrink: true }, builderRule, tie('group')), { minLength: 1, maxLength: 3 }),
    },
    plain,
  ),
})).group;

const value = fc.oneof(fc.constantFrom<unknown>('Gold shopper', 'gold', 'Golden', '', '1', '12', 'a', 'é', 0, 1, 2, 1.5, -2.25, 300, true, false, null), fc.constant(undefined), word, number);
const dataArb = fc.record(
  {
    persona: fc.record({ name: value, tier: value, age: value }, plain),
    event: fc.record({ value, channel: value }, plain),
    context: fc.record({ contactCount: value }, plain),
  },
  plain,
);

/** The pipeline a condition goes through after the editor: a file, read again, run in both engines. */
function exportImportEvaluate(rule: JsonLogicRule, samples: ConditionData[]) {
  const read = roundTrip(rule);
  expect(read.warnings).toEqual([]);
  const imported = read.journey.edges[2]!.branch!.condition!;
  expect(imported).toEqual(rule);
  const compiled = compileCondition(imported);
  for (const d of samples) {
    // The reference must run it as written: no custom operation, nothing unknown, no throw.
    const reference = jsonLogic.truthy(jsonLogic.apply(imported as never, d));
    expect(compiled(d)).toBe(reference);
  }
}

describe('anything the condition editor produces', () => {
  it('typed as text: parses, exports, imports unchanged and evaluates the same in both engines', () => {
    fc.assert(
      fc.property(conditionText, fc.array(dataArb, { minLength: 3, maxLength: 3 }), (text, samples) => {
        const parsed = parseConditionText(text);
        if (!parsed.ok) throw new Error(`"${text}": ${parsed.message}`);
        exportImportEvaluate(parsed.rule, samples as ConditionData[]);
        // The text view shows it as text the parser reads back to the same condition: the same rule up
        // to {"and": [x]} wrappers, or one the parser simplified (`!(a == b)` → `a != b`) that decides alike.
        const shown = conditionToText(parsed.rule);
        const again = parseConditionText(shown);
        if (!again.ok) throw new Error(`"${shown}": ${again.message}`);
        if (!sameCondition(again.rule, parsed.rule)) {
          for (const d of samples) expect(evaluateCondition(again.rule, d as ConditionData), shown).toBe(evaluateCondition(parsed.rule, d as ConditionData));
        }
      }),
      { numRuns: 300 },
    );
  }, 30_000);

  it('built in the visual builder: exports, imports unchanged and evaluates the same in both engines', () => {
    fc.assert(
      fc.property(builderQuery, fc.array(dataArb, { minLength: 3, maxLength: 3 }), (query, samples) => {
        const rule = queryToCondition(query as never);
        if (rule === null) throw new Error(`nothing written for ${JSON.stringify(query)}`);
        exportImportEvaluate(rule, samples as ConditionData[]);
      }),
      { numRuns: 300 },
    );
  }, 30_000);
});
