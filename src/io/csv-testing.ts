/**
 * Test support: reads CSV text with Python's `csv` module — a reader that is not ours and not
 * papaparse — so a test checks what another program gets out of a file, cell by cell.
 * Node only (child_process); never imported by the app.
 */
import { execFileSync } from 'node:child_process';

const READER = `
import csv, io, json, sys
text = sys.stdin.buffer.read().decode("utf-8-sig")
print(json.dumps(list(csv.reader(io.StringIO(text, newline="")))))
`;

/** Every row of `text` as Python's csv.reader sees it (strict RFC 4180 dialect: `excel`). */
export function readCsvWithPython(text: string): string[][] {
  const out = execFileSync('python3', ['-c', READER], { input: Buffer.from(text, 'utf8'), maxBuffer: 64 * 1024 * 1024 });
  return JSON.parse(out.toString('utf8')) as string[][];
}
