/** Interaction logs as JSON files: import (all or nothing, problems with their line) and export. */
import { LOG_FORMAT, LOG_VERSION, type InteractionLog } from '../sim/log';
import { jsonSyntaxErrorOffset, lineAt, lineOfJsonPath, type JsonPath } from './log-json-location';
import { normaliseLog, type LogImport } from './log-normalise';
import { safeParseJson } from './safe-json';

/** Logs are bigger than journeys: a generated population of 100,000 customers is ~100 MB of JSON. */
export const MAX_LOG_BYTES = 256 * 1024 * 1024;

/**
 * Reads a JSON interaction log; either the whole log or every problem with its line and field.
 * Parsing goes through safeParseJson (size and depth limits, prototype keys dropped).
 */
export function parseLogJson(text: string): LogImport {
  const parsed = safeParseJson(text, { maxBytes: MAX_LOG_BYTES });
  if (!parsed.ok) {
    const offset = jsonSyntaxErrorOffset(text.replace(/^\uFEFF/, ''));
    const line = offset >= 0 ? lineAt(text, offset) : null;
    return { ok: false, problems: parsed.problems.map((p) => ({ line, field: null, message: p.message })) };
  }
  return normaliseLog(parsed.value, (path) => ({ line: lineOfJsonPath(text, path), field: path.length > 0 ? `field "${formatJsonPath(path)}"` : null }));
}

/** `customers[2].events[0].at` */
export function formatJsonPath(path: JsonPath): string {
  return path.map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? String(p) : `.${String(p)}`)).join('');
}

/** A log as a JSON file, with its format and version so a later version can migrate it. */
export function logToJson(log: InteractionLog): string {
  return JSON.stringify({ format: LOG_FORMAT, version: LOG_VERSION, ...log }, null, 2);
}
