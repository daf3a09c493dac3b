/**
 * What the notice says after an import: what came in, and every warning the reader had — fields
 * it did not know and dropped, keys it refused, an older format it upgraded, and whatever kinds
 * of warning the reader gains later — each kind once, with the places in the file it concerns.
 */
import type { Problem } from '../io/safe-json';

/** Places named per kind of warning; the rest are counted. */
const PATHS_SHOWN = 6;

export function importNotice(name: string, copied: boolean, warnings: readonly Problem[]): string {
  const imported = copied ? `Imported "${name}" as a new entry — a journey with the same id is already in your library.` : `Imported "${name}".`;
  if (warnings.length === 0) return imported;
  return `${imported} ${warnings.length === 1 ? 'One thing' : `${warnings.length} things`} in the file ${warnings.length === 1 ? 'was' : 'were'} not taken as written: ${describeWarnings(warnings)}.`;
}

/** `unknown field, ignored: journey.futureField, journey.nodes[0].colour; …` — kinds in the order first met. */
export function describeWarnings(warnings: readonly Problem[]): string {
  const byMessage = new Map<string, string[]>();
  for (const { path, message } of warnings) {
    const paths = byMessage.get(message) ?? [];
    if (path) paths.push(path);
    byMessage.set(message, paths);
  }
  return [...byMessage]
    .map(([message, paths]) => {
      const text = message.replace(/\.$/, '');
      if (paths.length === 0) return text;
      const shown = paths.slice(0, PATHS_SHOWN).join(', ');
      const more = paths.length > PATHS_SHOWN ? ` and ${paths.length - PATHS_SHOWN} more` : '';
      return `${text} — ${shown}${more}`;
    })
    .join('; ');
}
