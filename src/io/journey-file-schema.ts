/**
 * The published JSON Schemas of our file formats, generated from the zod schemas — never
 * written by hand. scripts/gen-schema.ts writes them to public/schema/; a test fails when the
 * committed files differ from what this produces.
 */
import { z } from 'zod';
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
  [JsonLogicRule, 'JsonLogicRule'],
  [Viewport, 'Viewport'],
  [Stop, 'Stop'],
  [StopSimulation, 'StopSimulation'],
  [Camera, 'Camera'],
];
for (const [schema, id] of named) names.add(schema, { id });

function generate(schema: z.ZodType, file: string, title: string, description: string): PublishedSchema {
  // `input`: what the app accepts — fields with defaults may be left out, unknown fields are
  // allowed (the importer ignores them with a warning). The app itself always writes every field.
  const json = z.toJSONSchema(schema, { target: 'draft-2020-12', io: 'input', metadata: names });
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
