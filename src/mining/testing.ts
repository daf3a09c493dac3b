/** Test support: a text as the pieces a file stream would give, cut at awkward places. */
export async function* piecesOf(text: string, size = 7): AsyncGenerator<string> {
  for (let i = 0; i < text.length; i += size) yield text.slice(i, i + size);
}

import { EventLogBuilder, type EventLog } from './event-log';

/** A hand-made log: rows of [case, activity, minutes, channel?, actor?, attributes?]. */
export function logOf(rows: [string, string, number, string?, string?, Record<string, string>?][], name = 'test.csv'): EventLog {
  const b = new EventLogBuilder(name);
  const t0 = Date.UTC(2025, 2, 7, 9, 0);
  for (const [c, a, m, channel, actor, attrs] of rows) {
    b.add(c, a, t0 + m * 60_000, channel ?? null, actor ?? null);
    for (const [k, v] of Object.entries(attrs ?? {})) b.set(b.attribute(k), v);
  }
  return b.finish();
}
