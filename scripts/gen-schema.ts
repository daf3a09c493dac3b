/** Writes the JSON Schemas of our file formats to public/schema/ (npm run schema). */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { publishedSchemas } from '../src/io/journey-file-schema';

const outDir = join(dirname(fileURLToPath(import.meta.url)), '..', 'public', 'schema');
mkdirSync(outDir, { recursive: true });
for (const { file, text } of publishedSchemas()) {
  writeFileSync(join(outDir, file), text);
  console.log(`wrote public/schema/${file}`);
}
