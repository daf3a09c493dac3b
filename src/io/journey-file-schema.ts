/**
 * The published JSON Schemas of our file formats, generated from the zod schemas — never
 * written by hand. scripts/gen-schema.ts writes them to public/schema/; a test fails when the
 * committed files differ from what this produces, and another compiles them in Ajv's strict
 * mode, so they work in strict validators too.
 */
import { z } from 'zod';
import { JSONLOGIC_OPERATORS } from '../model/condition-operators';
import { ActionNode, Branch, Camera, Channel, DecisionNode, EventNode, JourneyEdge, JsonLogicRule, NoteNode, PersonaNode, Position, Stop, StopSimulation } from '../model/journey';
import { LIBRARY_FILE_VERSION, LibraryFile, Viewport } from './backup';
import { JOURNEY_FILE_VERSION, JourneyFile } from './journey-file';
import { stringifyCanonical } from './safe-json';

export interface PublishedSchema {
  /** File name under public/schema/. */
  file: string;
  text: string;
}

/** Named definitions, so the schema reads `#/$defs/PersonaNode` rather than `__schema3`. */
const names = z.registry<{ id: string }>();
const named: [z.ZodType, string][] = [
  [PersonaNode, 'PersonaNode'],
  [EventNode, 'EventNode'],
  [DecisionNode, 'DecisionNode'],
  [ActionNode, 'ActionNode'],
  [NoteNode, 'NoteNode'],
  [JourneyEdge, 'JourneyEdge'],
  [Branch, 'Branch'],
  [Channel, 'Channel'],
  [Position, 'Position'],
  // The stored rule (the pipe's input side: the file holds JSON; the app standardises it on reading).
  [JsonLogicRule.in, 'JsonLogicRule'],
  [Viewport, 'Viewport'],
  [Stop, 'Stop'],
  [StopSimulation, 'StopSimulation'],
  [Camera, 'Camera'],
];
for (const [schema, id] of named) names.add(schema, { id });

type JsonSchema = Record<string, unknown>;

/**
 * A JsonLogic rule as JSON Schema can say it: a value, a list of rules, or an object with exactly
 * one key — an operation from the app's one list — whose arguments are rules. (That each
 * operation gets the right number and kind of arguments is for the app's importer to check.)
 */
const JSONLOGIC_RULE_SCHEMA: JsonSchema = {
  description: 'A JsonLogic rule (https://jsonlogic.com) using standard operations only. See docs/format.md, "Conditions".',
  anyOf: [
    { type: 'string' },
    { type: 'number' },
    { type: 'boolean' },
    { type: 'null' },
    { type: 'array', items: { $ref: '#/$defs/JsonLogicRule' } },
    {
      type: 'object',
      minProperties: 1,
      maxProperties: 1,
      propertyNames: { enum: [...JSONLOGIC_OPERATORS] },
      additionalProperties: { $ref: '#/$defs/JsonLogicRule' },
    },
  ],
};

/** Adjusts what zod emits, one schema at a time, before it is written. */
function override({ zodSchema, jsonSchema }: { zodSchema: unknown; jsonSchema: JsonSchema }): void {
  if (zodSchema === JsonLogicRule.in) {
    for (const key of Object.keys(jsonSchema)) delete jsonSchema[key];
    Object.assign(jsonSchema, JSONLOGIC_RULE_SCHEMA);
  }
  // In input mode zod drops the default of anything that transforms (the condition standardises
  // itself); a branch's condition still defaults to null.
  if (zodSchema instanceof z.ZodDefault && !('default' in jsonSchema)) jsonSchema.default = zodSchema.def.defaultValue;
}

/**
 * Strict validators (Ajv `strict: true`, `strictTypes`) refuse a type list such as
 * `"type": ["string", "number", "boolean"]`, which zod writes for a union of plain types
 * (persona attribute values): say the same with `anyOf`.
 */
function withoutTypeLists(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutTypeLists);
  if (value === null || typeof value !== 'object') return value;
  const out: JsonSchema = {};
  for (const [key, v] of Object.entries(value)) {
    if (key === 'type' && Array.isArray(v)) out.anyOf = v.map((type) => ({ type }));
    else out[key] = withoutTypeLists(v);
  }
  return out;
}

function generate(schema: z.ZodType, file: string, title: string, description: string): PublishedSchema {
  // `input`: what the app accepts — fields with defaults may be left out, unknown fields are
  // allowed (the importer ignores them with a warning). The app itself always writes every field.
  const json = withoutTypeLists(z.toJSONSchema(schema, { target: 'draft-2020-12', io: 'input', metadata: names, override })) as JsonSchema;
  return { file, text: stringifyCanonical({ ...json, $id: `https://journey-designer.app/schema/${file}`, title, description }) };
}

export function publishedSchemas(): PublishedSchema[] {
  return [
    generate(
      JourneyFile,
      `journey.v${JOURNEY_FILE_VERSION}.schema.json`,
      `Journey Designer journey file, version ${JOURNEY_FILE_VERSION}`,
      'One customer journey (personas, events, decisions, actions, notes, edges, static route). See docs/format.md.',
    ),
    generate(
      LibraryFile,
      `library.v${LIBRARY_FILE_VERSION}.schema.json`,
      `Journey Designer library backup, version ${LIBRARY_FILE_VERSION}`,
      'Every journey of a library with its snapshots. See docs/format.md.',
    ),
  ];
}
