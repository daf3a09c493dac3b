/**
 * Event logs as CSV, the process-mining convention: one row per event with a case, an activity
 * and a timestamp column (plus whatever else the export has). Read as a stream of text pieces
 * with papaparse's own parser, so a 100 MB export never becomes one string; every row goes
 * straight into the columnar log. All or nothing: a bad row is reported with its line and
 * column, and no log comes back.
 */
import Papa from 'papaparse';
import { EventLogBuilder, type EventLog } from '../mining/event-log';
import type { LogProblem } from './log-normalise';
import { columnSignature, suggestMapping, type EventLogMapping } from './event-log-mapping';
import { parseTimestamp, TIMESTAMP_EXAMPLES, type TimestampDetection } from './event-log-time';
import { profileColumns } from './event-log-mapping';

export type EventLogImport = { ok: true; log: EventLog } | { ok: false; cancelled: boolean; problems: LogProblem[] };

export interface ReadOptions {
  /** Called between pieces of the file. */
  onProgress?: () => void;
  signal?: AbortSignal;
}

export interface CsvPreview {
  format: 'csv';
  delimiter: string;
  newline: '\n' | '\r\n' | '\r';
  columns: string[];
  /** The first data rows, as text. */
  rows: string[][];
  timestamps: Record<string, TimestampDetection>;
  suggestion: EventLogMapping;
  signature: string;
}

const PREVIEW_ROWS = 200;
const MAX_PROBLEMS = 50;

function guessNewline(text: string): '\n' | '\r\n' | '\r' {
  const n = text.indexOf('\n');
  if (n > 0 && text[n - 1] === '\r') return '\r\n';
  if (n >= 0) return '\n';
  return text.includes('\r') ? '\r' : '\n';
}

/** Reads the head of a file: its columns, the first rows and a guess of which column is what. */
export function previewEventCsv(head: string, complete: boolean): CsvPreview | { problems: LogProblem[] } {
  const newline = guessNewline(head);
  // Only whole rows: the head may end in the middle of one.
  const text = complete ? head : head.slice(0, Math.max(0, head.lastIndexOf(newline)));
  const guess = Papa.parse<string[]>(text, { preview: PREVIEW_ROWS + 1, newline, skipEmptyLines: true });
  const delimiter = guess.meta.delimiter || ',';
  const [header, ...rows] = guess.data;
  if (!header || header.every((c) => c.trim() === '')) return { problems: [{ line: 1, field: null, message: 'the file is empty: it needs a header row and one row per event' }] };
  const columns = header.map((c) => c.trim());
  const problems: LogProblem[] = [];
  columns.forEach((c, i) => {
    if (c === '') problems.push({ line: 1, field: `column ${i + 1}`, message: 'a column has no name' });
    else if (columns.indexOf(c) !== i) problems.push({ line: 1, field: `column "${c}"`, message: 'appears twice in the header' });
  });
  if (problems.length) return { problems };
  if (rows.length === 0) return { problems: [{ line: 2, field: null, message: 'the file has a header but no events' }] };
  const profiles = profileColumns(columns, rows);
  return {
    format: 'csv',
    delimiter,
    newline,
    columns,
    rows: rows.slice(0, 20),
    timestamps: Object.fromEntries(profiles.map((p) => [p.name, p.timestamp])),
    suggestion: suggestMapping(columns, rows),
    signature: columnSignature(columns),
  };
}

/**
 * Reads a whole CSV event log with a confirmed mapping. The file is read piece by piece; each
 * piece is parsed up to its last complete row and the rest carried into the next.
 */
export async function readEventCsv(
  chunks: AsyncIterable<string>,
  preview: Pick<CsvPreview, 'delimiter' | 'newline' | 'columns'>,
  mapping: EventLogMapping,
  name: string,
  options: ReadOptions = {},
): Promise<EventLogImport> {
  const parser = new Papa.Parser({ delimiter: preview.delimiter, newline: preview.newline, quoteChar: '"' });
  const builder = new EventLogBuilder(name);
  const problems: LogProblem[] = [];
  const col = (c: string | null) => (c === null ? -1 : preview.columns.indexOf(c));
  const iCase = col(mapping.caseId);
  const iAct = col(mapping.activity);
  const iTime = col(mapping.timestamp);
  const iChannel = col(mapping.channel);
  const iActor = col(mapping.actor);
  const attrs = mapping.attributes.map((a) => ({ index: col(a), slot: builder.attribute(a) })).filter((a) => a.index >= 0);
  const width = preview.columns.length;
  const format = mapping.timestampFormat;
  const hint = TIMESTAMP_EXAMPLES[format];
  let line = 1;
  let header = true;
  let carry = '';
  const add = (p: LogProblem) => {
    if (problems.length < MAX_PROBLEMS) problems.push(p);
    else if (problems.length === MAX_PROBLEMS) problems.push({ line: null, field: null, message: 'there are more problems: fix these first.' });
  };

  const rows = (data: string[][], quoted: boolean) => {
    for (const fields of data) {
      const at = line;
      line++;
      if (quoted) for (const f of fields) for (let k = f.indexOf('\n'); k >= 0; k = f.indexOf('\n', k + 1)) line++;
      if (header) {
        header = false;
        continue;
      }
      if (fields.length === 1 && fields[0]!.trim() === '') continue;
      if (fields.length !== width) {
        add({ line: at, field: null, message: `expected ${width} fields like the header, found ${fields.length}` });
        continue;
      }
      const caseId = fields[iCase]!.trim();
      const activity = fields[iAct]!.trim();
      const rawTime = fields[iTime]!;
      if (caseId === '') add({ line: at, field: `column "${mapping.caseId}"`, message: 'is empty: every event needs its case' });
      if (activity === '') add({ line: at, field: `column "${mapping.activity}"`, message: 'is empty: every event needs its activity' });
      const t = parseTimestamp(rawTime, format);
      if (t === null) {
        add({ line: at, field: `column "${mapping.timestamp}"`, message: rawTime.trim() === '' ? 'is empty: every event needs its time' : `"${rawTime.trim()}" is not a timestamp like ${hint}` });
      }
      if (problems.length > 0) continue;
      builder.add(caseId, activity, t!, iChannel >= 0 ? fields[iChannel]!.trim() : null, iActor >= 0 ? fields[iActor]!.trim() : null);
      for (const a of attrs) {
        const v = fields[a.index]!.trim();
        if (v !== '') builder.set(a.slot, v);
      }
    }
  };

  for await (const piece of chunks) {
    if (options.signal?.aborted) return { ok: false, cancelled: true, problems: [] };
    const text = carry + piece;
    const result = parser.parse(text, 0, true);
    carry = text.slice(result.meta.cursor);
    rows(result.data as string[][], text.includes('"'));
    for (const e of result.errors) add({ line, field: null, message: `the CSV cannot be read here: ${e.message.toLowerCase()}` });
    options.onProgress?.();
    if (problems.length > MAX_PROBLEMS) break;
  }
  if (options.signal?.aborted) return { ok: false, cancelled: true, problems: [] };
  if (carry !== '' && problems.length <= MAX_PROBLEMS) {
    const result = parser.parse(carry, 0, false);
    rows(result.data as string[][], carry.includes('"'));
    for (const e of result.errors) add({ line, field: null, message: `the CSV cannot be read here: ${e.message.toLowerCase()}` });
  }
  if (problems.length > 0) return { ok: false, cancelled: false, problems };
  if (builder.size === 0) return { ok: false, cancelled: false, problems: [{ line: null, field: null, message: 'the file has no events' }] };
  return { ok: true, log: builder.finish() };
}
