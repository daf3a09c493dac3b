import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { publishedSchemas } from './journey-file-schema';

const schemaDir = join(import.meta.dirname, '..', '..', 'public', 'schema');

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
});
