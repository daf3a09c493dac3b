/**
 * Back up the whole library to one file, and restore a backup into it. Restoring merges: what
 * is already here is never overwritten, and the report says what was added and what was
 * skipped and why. A file with problems is refused whole, with every problem and where it is.
 */
import { useId, useRef, useState } from 'react';
import { ArchiveRestore, Download } from 'lucide-react';
import type { JourneyDesignerDB } from '../db/database';
import { exportLibrary, restoreLibrary } from '../db/library';
import type { RestoreReport } from '../io/backup';
import type { Problem } from '../io/safe-json';
import { currentPersistence } from '../app/persistence';
import { downloadText } from '../app/download';
import { buttonClass } from '../panels/fields';
import { backupFileName, restoreDetails, restoreHeadline } from './backup-text';
import { describeStorageError } from './storage-message';

/** Backups hold every journey and snapshot, so they may be much larger than one journey file. */
const MAX_BACKUP_BYTES = 100 * 1024 * 1024;

type Outcome =
  | { kind: 'backed-up'; fileName: string }
  | { kind: 'restored'; fileName: string; report: RestoreReport; warnings: Problem[] }
  | { kind: 'refused'; fileName: string; problems: Problem[] }
  | { kind: 'failed'; text: string };

export function BackupSection({ db, onChanged }: { db: JourneyDesignerDB; onChanged: () => void }) {
  const fileInput = useRef<HTMLInputElement>(null);
  const copiesId = useId();
  const [asCopies, setAsCopies] = useState(false);
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome | null>(null);

  const backUp = async () => {
    if (busy) return;
    setBusy(true);
    try {
      // The open journey's latest edits belong in the backup too.
      await currentPersistence()?.flush();
      const now = new Date();
      const fileName = backupFileName(now);
      downloadText(fileName, await exportLibrary(db, { exportedAt: now }));
      setOutcome({ kind: 'backed-up', fileName });
    } catch (error) {
      setOutcome({ kind: 'failed', text: `The library could not be backed up: ${describeStorageError(error)}` });
    } finally {
      setBusy(false);
    }
  };

  const restore = async (file: File) => {
    setBusy(true);
    try {
      if (file.size > MAX_BACKUP_BYTES) {
        setOutcome({ kind: 'refused', fileName: file.name, problems: [{ path: '', message: `The file is ${Math.round(file.size / 1024 / 1024)} MB; a backup can be at most 100 MB.` }] });
        return;
      }
      const result = await restoreLibrary(db, await file.text(), { onExisting: asCopies ? 'copy' : 'skip' });
      setOutcome(result.ok ? { kind: 'restored', fileName: file.name, report: result.report, warnings: result.warnings } : { kind: 'refused', fileName: file.name, problems: result.problems });
      if (result.ok) onChanged();
    } catch {
      setOutcome({ kind: 'refused', fileName: file.name, problems: [{ path: '', message: 'The file could not be read.' }] });
    } finally {
      setBusy(false);
    }
  };

  return (
    <section aria-labelledby="backup-title" className="mb-3 rounded-lg border border-slate-300 p-3 dark:border-slate-600">
      <h3 id="backup-title" className="text-sm font-semibold">
        Back up and restore
      </h3>
      <p className="mb-2 text-xs">One file with every journey and its snapshots. Restoring adds what is missing and never overwrites what is here.</p>
      <div className="flex flex-wrap items-center gap-2">
        {/* Not disabled while busy (the handlers wait instead): a disabled button drops its focus out of the dialog. */}
        <button type="button" className={`${buttonClass} aria-disabled:opacity-50`} aria-disabled={busy} onClick={() => void backUp()}>
          <Download aria-hidden className="h-4 w-4" /> Back up the library
        </button>
        <button type="button" className={`${buttonClass} aria-disabled:opacity-50`} aria-disabled={busy} onClick={() => !busy && fileInput.current?.click()}>
          <ArchiveRestore aria-hidden className="h-4 w-4" /> Restore from a backup…
        </button>
        <span className="flex items-center gap-1.5">
          <input id={copiesId} type="checkbox" className="h-4 w-4" checked={asCopies} onChange={(e) => setAsCopies(e.target.checked)} />
          <label htmlFor={copiesId} className="text-sm">
            Restore journeys already here as copies
          </label>
        </span>
        <input
          ref={fileInput}
          type="file"
          accept=".json,application/json"
          className="sr-only"
          tabIndex={-1}
          aria-label="Backup file to restore"
          onChange={(e) => {
            const file = e.target.files?.[0];
            e.target.value = '';
            if (file) void restore(file);
          }}
        />
      </div>
      <div role="status" aria-live="polite">
        {outcome && <OutcomeReport outcome={outcome} />}
      </div>
    </section>
  );
}

function OutcomeReport({ outcome }: { outcome: Outcome }) {
  if (outcome.kind === 'backed-up') return <p className="mt-2 text-sm">Backed up your library to {outcome.fileName}.</p>;
  if (outcome.kind === 'failed') return <p className="mt-2 text-sm font-semibold text-red-800 dark:text-red-300">{outcome.text}</p>;
  if (outcome.kind === 'refused') {
    return (
      <div className="mt-2 text-sm">
        <p className="font-semibold text-red-800 dark:text-red-300">Could not restore {outcome.fileName}. Nothing was changed in your library.</p>
        <ul className="mt-1 list-disc space-y-1 pl-5" aria-label="Problems in the backup">
          {outcome.problems.map((p, i) => (
            <li key={i}>
              {p.path && <code className="mr-1 rounded bg-slate-100 px-1 font-mono text-xs dark:bg-slate-800">{p.path}</code>}
              {p.message}
            </li>
          ))}
        </ul>
      </div>
    );
  }
  const details = restoreDetails(outcome.report);
  return (
    <div className="mt-2 text-sm">
      <p className="font-semibold">
        Restored from {outcome.fileName}: {restoreHeadline(outcome.report)}.
      </p>
      {details.length > 0 && (
        <ul className="mt-1 list-disc space-y-1 pl-5" aria-label="What the restore did">
          {details.map((line, i) => (
            <li key={i}>{line}</li>
          ))}
        </ul>
      )}
      {outcome.warnings.length > 0 && (
        <ul className="mt-1 list-disc space-y-1 pl-5" aria-label="Notes on the backup">
          {outcome.warnings.map((p, i) => (
            <li key={i}>
              {p.path && <code className="mr-1 rounded bg-slate-100 px-1 font-mono text-xs dark:bg-slate-800">{p.path}</code>}
              {p.message}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
