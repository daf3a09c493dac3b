/**
 * The library: every journey kept in this browser, searchable and sortable; open, rename,
 * duplicate, delete (with undo). The list is a live query, so edits in other tabs show up.
 */
import { useId, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { Copy, FolderOpen, Pencil, Trash2, X } from 'lucide-react';
import { useEditor } from '../store/editor';
import { deleteJourney, duplicateJourney, listJourneys, renameJourney, restoreDeletedJourney, type JourneySort } from '../db/journeys';
import type { JourneyMeta } from '../db/database';
import { StorageError } from '../db/errors';
import { appDatabase } from '../app/app-database';
import { currentPersistence } from '../app/persistence';
import { useModalDialog } from '../app/useModalDialog';
import { buttonClass, iconButtonClass } from '../panels/fields';

const input =
  'rounded-md border border-slate-400 bg-white px-2 py-1 text-sm text-slate-900 focus:outline-none focus-visible:ring-2 focus-visible:ring-blue-500 dark:border-slate-500 dark:bg-slate-900 dark:text-slate-50';

function describeError(error: unknown): string {
  return error instanceof StorageError ? error.userMessage : 'The library could not be changed. Nothing was lost.';
}

export function LibraryDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const ref = useModalDialog(open);
  const searchId = useId();
  const sortId = useId();
  const [search, setSearch] = useState('');
  const [sort, setSort] = useState<JourneySort>('updatedAt');
  const [message, setMessage] = useState<{ text: string; undoId?: string } | null>(null);
  const db = appDatabase();
  const openId = useEditor((s) => s.journey.id);
  const journeys = useLiveQuery(() => (db && open ? listJourneys(db, { sort, search }) : Promise.resolve([] as JourneyMeta[])), [db, open, sort, search]);

  const run = async (action: () => Promise<unknown>, text?: string, undoId?: string) => {
    try {
      await action();
      setMessage(text ? { text, undoId } : null);
    } catch (error) {
      setMessage({ text: describeError(error) });
    }
  };

  return (
    <dialog
      ref={ref}
      onClose={onClose}
      // Escape: say so at once (the close event comes a task later, when a key may already reopen it).
      onCancel={onClose}
      aria-labelledby="library-title"
      className="m-auto max-h-[85vh] w-[760px] max-w-[95vw] overflow-auto rounded-xl bg-white p-5 text-slate-900 shadow-2xl backdrop:bg-slate-900/50 dark:bg-slate-900 dark:text-slate-50"
    >
      <div className="mb-3 flex items-center">
        <h2 id="library-title" className="text-lg font-semibold">
          Your journeys
        </h2>
        <button type="button" className={`${iconButtonClass} ml-auto`} aria-label="Close the library" onClick={onClose}>
          <X aria-hidden className="h-5 w-5" />
        </button>
      </div>
      {!db ? (
        <p role="alert">This browser does not let the app store journeys, so there is no library. Export journeys to keep them.</p>
      ) : (
        <>
          <div className="mb-3 flex items-end gap-3">
            <div className="flex flex-1 flex-col gap-1">
              <label htmlFor={searchId} className="text-xs font-semibold">
                Search by name or tag
              </label>
              <input id={searchId} type="search" className={input} value={search} onChange={(e) => setSearch(e.target.value)} />
            </div>
            <div className="flex flex-col gap-1">
              <label htmlFor={sortId} className="text-xs font-semibold">
                Sort
              </label>
              <select id={sortId} className={input} value={sort} onChange={(e) => setSort(e.target.value as JourneySort)}>
                <option value="updatedAt">Recently edited</option>
                <option value="name">Name</option>
              </select>
            </div>
          </div>
          <div role="status" aria-live="polite" className="min-h-6 text-sm">
            {message && (
              <span className="flex items-center gap-2">
                {message.text}
                {message.undoId && (
                  <button type="button" className={buttonClass} onClick={() => void run(() => restoreDeletedJourney(db, message.undoId!), 'Restored.')}>
                    Undo
                  </button>
                )}
              </span>
            )}
          </div>
          {journeys && journeys.length === 0 && <p className="py-4 text-sm">{search ? 'No journey matches this search.' : 'No journeys yet.'}</p>}
          <ul className="divide-y divide-slate-200 dark:divide-slate-700" aria-label="Journeys">
            {journeys?.map((meta) => (
              <LibraryRow
                key={meta.id}
                meta={meta}
                isOpen={meta.id === openId}
                onOpen={() =>
                  void run(async () => {
                    await currentPersistence()?.flush();
                    await currentPersistence()?.open(meta.id);
                    onClose();
                  })
                }
                onRename={(name) =>
                  // The open journey is renamed through the editor, so its autosave stays the only writer.
                  meta.id === openId ? useEditor.getState().renameJourney(name) : void run(() => renameJourney(db, meta.id, name))
                }
                onDuplicate={() => void run(() => duplicateJourney(db, meta.id, `${meta.name} (copy)`), `Duplicated "${meta.name}".`)}
                onDelete={() => void run(() => deleteJourney(db, meta.id), `Deleted "${meta.name}".`, meta.id)}
              />
            ))}
          </ul>
        </>
      )}
    </dialog>
  );
}

function LibraryRow(props: { meta: JourneyMeta; isOpen: boolean; onOpen: () => void; onRename: (name: string) => void; onDuplicate: () => void; onDelete: () => void }) {
  const { meta, isOpen } = props;
  const [renaming, setRenaming] = useState(false);
  const [name, setName] = useState(meta.name);
  return (
    <li className="flex items-center gap-3 py-2" aria-label={meta.name}>
      <div className="min-w-0 flex-1">
        {renaming ? (
          <form
            onSubmit={(e) => {
              e.preventDefault();
              if (name.trim()) props.onRename(name.trim());
              setRenaming(false);
            }}
          >
            <input aria-label={`New name for ${meta.name}`} className={`${input} w-full`} value={name} autoFocus onChange={(e) => setName(e.target.value)} onBlur={() => setRenaming(false)} />
          </form>
        ) : (
          <p className="truncate font-semibold">
            {meta.name}
            {isOpen && <span className="ml-2 rounded bg-blue-700 px-1.5 py-0.5 text-xs font-semibold text-white">Open now</span>}
          </p>
        )}
        <p className="text-xs text-slate-700 dark:text-slate-300">
          Edited {new Date(meta.updatedAt).toLocaleString()} · {meta.nodeCount} nodes · {Math.max(1, Math.round(meta.size / 1024))} KB
          {meta.tags.length > 0 && ` · ${meta.tags.join(', ')}`}
        </p>
      </div>
      <button type="button" className={buttonClass} onClick={props.onOpen} disabled={isOpen} aria-label={`Open ${meta.name}`}>
        <FolderOpen aria-hidden className="h-4 w-4" /> Open
      </button>
      <button type="button" className={iconButtonClass} aria-label={`Rename ${meta.name}`} onClick={() => { setName(meta.name); setRenaming(true); }}>
        <Pencil aria-hidden className="h-4 w-4" />
      </button>
      <button type="button" className={iconButtonClass} aria-label={`Duplicate ${meta.name}`} onClick={props.onDuplicate}>
        <Copy aria-hidden className="h-4 w-4" />
      </button>
      <button
        type="button"
        className={iconButtonClass}
        aria-label={`Delete ${meta.name}`}
        title={isOpen ? 'Open another journey before deleting this one' : undefined}
        disabled={isOpen}
        onClick={props.onDelete}
      >
        <Trash2 aria-hidden className="h-4 w-4" />
      </button>
    </li>
  );
}
