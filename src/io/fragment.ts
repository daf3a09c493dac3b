/** Reading a copied fragment back from the clipboard text: validated, never trusted. */
import { JourneyFragment } from '../model/fragment';

/** The fragment in clipboard text, or null when the text is not a Journey Designer fragment. */
export function parseFragmentText(text: string): JourneyFragment | null {
  if (!text.includes('journey-designer/fragment') || text.length > 10_000_000) return null;
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return null;
  }
  const parsed = JourneyFragment.safeParse(raw);
  return parsed.success ? parsed.data : null;
}

/** The clipboard text for a fragment. */
export function fragmentToText(fragment: JourneyFragment): string {
  return JSON.stringify(fragment);
}
