/** Backups in words: the file's name, and what restoring one did, in sentences for the library dialog. Pure. */
import type { RestoreReport } from '../io/backup';

const count = (n: number, noun: string) => `${n} ${noun}${n === 1 ? '' : 's'}`;

/** One line: "2 journeys added, 1 skipped · 3 snapshots added". */
export function restoreHeadline(report: RestoreReport): string {
  const journeys = [`${count(report.added.length + report.copied.length, 'journey')} added`];
  if (report.skipped.length > 0) journeys.push(`${report.skipped.length} skipped`);
  const snapshots = [`${count(report.snapshotsAdded, 'snapshot')} added`];
  if (report.snapshotsSkipped > 0) snapshots.push(`${report.snapshotsSkipped} skipped`);
  return `${journeys.join(', ')} · ${snapshots.join(', ')}`;
}

/** One sentence per journey — added, added as a copy, or skipped and why — then the snapshots. */
export function restoreDetails(report: RestoreReport): string[] {
  const lines = [
    ...report.added.map((j) => `Added “${j.name}”.`),
    ...report.copied.map((j) => `Added “${j.name}” as a copy: a journey with the same id is already in your library.`),
    ...report.skipped.map((j) => `Skipped “${j.name}”: ${j.reason}.`),
  ];
  if (report.snapshotsSkipped > 0) {
    lines.push(`Skipped ${count(report.snapshotsSkipped, 'snapshot')}: already in your library, or of a journey that is in neither the backup nor the library.`);
  }
  return lines;
}

/** "journey-designer-library-2027-05-12.json", dated in the user's time zone. */
export function backupFileName(now: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `journey-designer-library-${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}.json`;
}
