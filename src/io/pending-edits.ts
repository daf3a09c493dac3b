/**
 * The unsaved-edits journal: when the page goes away with edits the database has not stored
 * yet, they are written synchronously to localStorage (IndexedDB writes started while a page
 * unloads are aborted) and replayed into the library at the next start.
 */
import { z } from 'zod';
import { Journey } from '../model/journey';

export const PendingEdits = z.object({
  /** The stored revision the edits were made on: replayed only onto that revision. */
  baseRevision: z.number().int().nonnegative(),
  journey: Journey,
  viewport: z.object({ x: z.number(), y: z.number(), zoom: z.number().positive() }),
  /** The tab that wrote it, and its last edit-journal entry this state includes (absent in copies from before the journal). */
  tabId: z.string().optional(),
  seq: z.number().optional(),
});
export type PendingEdits = z.infer<typeof PendingEdits>;

/** The journal's text. */
export function pendingEditsToText(pending: PendingEdits): string {
  return JSON.stringify(pending);
}

/** The journal read back, or null when it is missing, not JSON, or not a valid journey. */
export function parsePendingEdits(text: string | null): PendingEdits | null {
  if (!text) return null;
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return null;
  }
  const parsed = PendingEdits.safeParse(raw);
  return parsed.success ? parsed.data : null;
}
