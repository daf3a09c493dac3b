/**
 * The open journey's snapshots: save the journey as it is now under a name, look at an older
 * snapshot, restore it (one undoable edit), rename or delete it (with undo). Live: snapshots
 * saved or deleted in another tab show up here.
 */
import { useCallback, useEffect, useId, useRef, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { Camera, X } from 'lucide-react';
import { useEditor } from '../store/editor';
import type { SnapshotRecord } from '../db/database';
import { deleteSnapshot, getSnapshot, listSnapshots, renameSnapshot, restoreDeletedSnapshot, type SnapshotSummary } from '../db/snapshots';
import { appDatabase } from '../app/app-database';
import { useModalDialog } from '../app/useModalDialog';
import { displayKeys } from '../app/commands';
import { buttonClass, iconButtonClass, primaryButtonClass } from '../panels/fields';
import { restoreSnapshotIntoEditor, saveSnapshotOfOpenJourney } from './snapshot-actions';
import { describeStorageError } from './storage-message';
import { SnapshotRow } from './SnapshotRow';
import { SnapshotPreview } from './SnapshotPreview';
import { dialogClass, formatTime, inputClass } from './ui';

const isMac = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);

export type SnapshotsIntent = 'save' | 'browse';

export function SnapshotsDialog({ intent, onClose }: { intent: SnapshotsIntent | null; onClose: () => void }) {
  const open = intent !== null;
  const ref = useModalDialog(open);
  const nameId = useId();
  const nameInput = useRef<HTMLInputElement>(null);
  const undoButton = useRef<HTMLButtonElement>(null);
  const title = useRef<HTMLHeadingElement>(null);
  const db = appDatabase();
  const journeyId = useEditor((s) => s.journey.id);
  const journeyName = useEditor((s) => s.journey.name);
  const [name, setName] = useState('');
  const [busy, setBusy] = useState(false);
  const [previewId, setPreviewId] = useState<string | null>(null);
  const [message, setMessage] = useState<{ text: string; undo?: SnapshotRecord } | null>(null);
  const snapshots = useLiveQuery(() => (db && open ? listSnapshots(db, journeyId).catch(() => [] as SnapshotSummary[]) : undefined), [db, open, journeyId]);

  // Each time the dialog opens: a fresh suggested name, no leftovers from last time.
  useEffect(() => {
    if (!open) return;
    setName(`Snapshot ${formatTime(Date.now())}`);
    setMessage(null);
    setPreviewId(null);
  }, [open, journeyId]);
  useEffect(() => {
    // After showModal (the hook above runs first): "Save a snapshot…" puts the cursor in the name.
    if (intent === 'save') nameInput.current?.select();
  }, [intent]);
  useEffect(() => {
    // A deleted row takes the focus with it: hand it to Undo, the likeliest next step.
    if (message?.undo) undoButton.current?.focus();
  }, [message]);

  const save = async () => {
    if (!db || !name.trim() || busy) return;
    setBusy(true);
    try {
      const record = await saveSnapshotOfOpenJourney(db, name.trim());
      setMessage({ text: `Saved the snapshot “${record.name}”.` });
      setName(`Snapshot ${formatTime(Date.now())}`);
    } catch (error) {
      setMessage({ text: describeStorageError(error) });
    } finally {
      setBusy(false);
    }
  };

  const onRestore = useCallback(
    async (s: SnapshotSummary) => {
      if (!db) return;
      try {
        await restoreSnapshotIntoEditor(db, s.id);
        onClose();
        useEditor
          .getState()
          .notify(`Restored the snapshot “${s.name}”. ${displayKeys('Mod+Z', isMac)} undoes it — what was there is also kept as a snapshot.`);
      } catch (error) {
        setMessage({ text: describeStorageError(error) });
      }
    },
    [db, onClose],
  );
  const onRename = useCallback(
    (s: SnapshotSummary, next: string) => {
      if (db) renameSnapshot(db, s.id, next).then(() => setMessage({ text: `Renamed to “${next}”.` }), (error: unknown) => setMessage({ text: describeStorageError(error) }));
    },
    [db],
  );
  const onDelete = useCallback(
    async (s: SnapshotSummary) => {
      if (!db) return;
      try {
        // Read it first: undo puts back exactly this record.
        const record = await getSnapshot(db, s.id);
        await deleteSnapshot(db, s.id);
        setPreviewId((id) => (id === s.id ? null : id));
        setMessage(record ? { text: `Deleted the snapshot “${s.name}”.`, undo: record } : null);
      } catch (error) {
        setMessage({ text: describeStorageError(error) });
      }
    },
    [db],
  );
  const onPreview = useCallback((id: string) => setPreviewId((current) => (current === id ? null : id)), []);
  const closePreview = () => {
    const id = previewId;
    setPreviewId(null);
    // The close button goes with the preview: give the focus back to the row's Preview button.
    if (id) ref.current?.querySelector<HTMLButtonElement>(`[data-preview-for="${CSS.escape(id)}"]`)?.focus();
  };
  const previewed = snapshots?.find((s) => s.id === previewId) ?? null;

  return (
    <dialog ref={ref} onClose={onClose} onCancel={onClose} aria-labelledby="snapshots-title" aria-describedby="snapshots-about" className={`${dialogClass} w-[720px]`}>
      <div className="mb-1 flex items-center">
        <h2 id="snapshots-title" ref={title} tabIndex={-1} className="text-lg font-semibold focus:outline-none">
          Snapshots
        </h2>
        <button type="button" className={`${iconButtonClass} ml-auto`} aria-label="Close the snapshots" onClick={onClose}>
          <X aria-hidden className="h-5 w-5" />
        </button>
      </div>
      <p id="snapshots-about" className="mb-3 text-sm">
        Named versions of “{journeyName}” to look back at or go back to. Restoring one is an edit like any other: undo takes it back.
      </p>
      {!db ? (
        <p role="alert">This browser does not let the app store anything, so snapshots cannot be kept. Export the journey to keep a copy.</p>
      ) : (
        <>
          <form
            className="mb-2 flex items-end gap-2"
            onSubmit={(e) => {
              e.preventDefault();
              void save();
            }}
          >
            <div className="flex flex-1 flex-col gap-1">
              <label htmlFor={nameId} className="text-xs font-semibold">
                Snapshot name
              </label>
              <input ref={nameInput} id={nameId} className={inputClass} value={name} maxLength={120} onChange={(e) => setName(e.target.value)} />
            </div>
            {/* Never disabled: a disabled button drops the focus it had onto the page, out of the dialog. */}
            <button type="submit" className={`${primaryButtonClass} aria-disabled:cursor-not-allowed aria-disabled:opacity-50`} aria-disabled={busy || !name.trim()}>
              <Camera aria-hidden className="h-4 w-4" /> Save snapshot
            </button>
          </form>
          <div role="status" aria-live="polite" className="min-h-7 text-sm">
            {message && (
              <span className="flex items-center gap-2">
                {message.text}
                {message.undo && (
                  <button
                    ref={undoButton}
                    type="button"
                    className={buttonClass}
                    onClick={() => {
                      const record = message.undo!;
                      // Undo goes with the message: keep the focus in the dialog, at its top.
                      title.current?.focus();
                      restoreDeletedSnapshot(db, record).then(
                        () => setMessage({ text: `Brought back “${record.name}”.` }),
                        (error: unknown) => setMessage({ text: describeStorageError(error) }),
                      );
                    }}
                  >
                    Undo
                  </button>
                )}
              </span>
            )}
          </div>
          {previewed && <SnapshotPreview db={db} snapshot={previewed} onClose={closePreview} />}
          {snapshots && snapshots.length === 0 && (
            <p className="py-4 text-sm">No snapshots of this journey yet. Save one before a big change — you can come back to it at any time.</p>
          )}
          <ul className="divide-y divide-slate-200 dark:divide-slate-700" aria-label="Snapshots">
            {snapshots?.map((s) => (
              <SnapshotRow
                key={s.id}
                db={db}
                snapshot={s}
                previewing={s.id === previewId}
                onPreview={onPreview}
                onRestore={onRestore}
                onRename={onRename}
                onDelete={onDelete}
              />
            ))}
          </ul>
        </>
      )}
    </dialog>
  );
}
