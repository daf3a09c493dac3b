/**
 * The library: every journey kept in this browser, with a picture of each, searchable by name
 * or tag, filterable by tag and sortable; open, rename, tag, duplicate, delete (with undo); back
 * up and restore the whole library; how much the browser stores. The list is a live query, so
 * edits in other tabs show up.
 */
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { X } from 'lucide-react';
import { useEditor } from '../store/editor';
import { addJourneyTag, deleteJourney, duplicateJourney, listJourneys, removeJourneyTag, renameJourney, restoreDeletedJourney, type JourneySort } from '../db/journeys';
import type { JourneyMeta } from '../db/database';
import { appDatabase } from '../app/app-database';
import { currentPersistence } from '../app/persistence';
import { useModalDialog } from '../app/useModalDialog';
import { buttonClass, iconButtonClass } from '../panels/fields';
import { LibraryRow, type LibraryRowActions } from './LibraryRow';
import { BackupSection } from './BackupSection';
import { StorageLine } from './StorageLine';
import { describeStorageError } from './storage-message';
import { libraryTags, withTag } from './tags';
import { dialogClass, inputClass } from './ui';
import { NotOpenedNotice } from './NotOpenedNotice';
import { journeySizeProblem } from '../model/limits';

const NO_JOURNEYS: { all: JourneyMeta[]; found: JourneyMeta[] } = { all: [], found: [] };

export function LibraryDialog({ open, onClose, onOpenSnapshots }: { open: boolean; onClose: () => void; onOpenSnapshots?: () => void }) {
  const ref = useModalDialog(open);
  const searchId = useId();
  const sortId = useId();
  const tagId = useId();
  const [search, setSearch] = useState('');
  const [sort, setSort] = useState<JourneySort>('updatedAt');
  const [tag, setTag] = useState('');
  const [message, setMessage] = useState<{ text: string; undoId?: string } | null>(null);
  // Bumped when the library's contents change here, so the storage figures are read again.
  const [changes, setChanges] = useState(0);
  const title = useRef<HTMLHeadingElement>(null);
  const undoButton = useRef<HTMLButtonElement>(null);
  const db = appDatabase();
  const openId = useEditor((s) => s.journey.id);
  // `all` feeds the tag filter (every tag, whatever the search); `found` is what the search matches.
  const journeys = useLiveQuery(
    async () => (db && open ? { all: await listJourneys(db, { sort }), found: await listJourneys(db, { sort, search }) } : NO_JOURNEYS),
    [db, open, sort, search],
  );
  const tags = useMemo(() => libraryTags(journeys?.all ?? []), [journeys]);
  // A chosen tag that no journey has any more (its last one was untagged) filters nothing.
  const activeTag = tags.some((t) => t.toLocaleLowerCase() === tag.toLocaleLowerCase()) ? tag : '';
  const shown = useMemo(() => (journeys ? withTag(journeys.found, activeTag || null) : undefined), [journeys, activeTag]);

  const actions = useMemo<LibraryRowActions | null>(() => {
    if (!db) return null;
    const run = async (action: () => Promise<unknown>, text?: string, undoId?: string) => {
      try {
        await action();
        setMessage(text ? { text, undoId } : null);
        setChanges((n) => n + 1);
      } catch (error) {
        setMessage({ text: describeStorageError(error) });
      }
    };
    return {
      onOpen: (meta) => {
        const tooLarge = journeySizeProblem(meta);
        if (tooLarge) {
          setMessage({ text: `“${meta.name}” cannot be opened. ${tooLarge}` });
          return;
        }
        void run(async () => {
          await currentPersistence()?.flush();
          await currentPersistence()?.open(meta.id);
          onClose();
        });
      },
      onRename: (meta, name) =>
        // The open journey is renamed through the editor, so its autosave stays the only writer.
        meta.id === useEditor.getState().journey.id ? useEditor.getState().renameJourney(name) : void run(() => renameJourney(db, meta.id, name)),
      onDuplicate: (meta) => void run(() => duplicateJourney(db, meta.id, `${meta.name} (copy)`), `Duplicated "${meta.name}".`),
      onDelete: (meta) => void run(() => deleteJourney(db, meta.id), `Deleted "${meta.name}".`, meta.id),
      onAddTags: (meta, added) =>
        void run(async () => {
          for (const t of added) await addJourneyTag(db, meta.id, t);
        }),
      onRemoveTag: (meta, removed) => void run(() => removeJourneyTag(db, meta.id, removed), `Removed the tag “${removed}” from "${meta.name}".`),
      onOpenSnapshots,
    };
  }, [db, onClose, onOpenSnapshots]);

  useEffect(() => {
    // A deleted row takes the focus with it: hand it to Undo, the likeliest next step.
    if (message?.undoId) undoButton.current?.focus();
  }, [message]);

  const filtering = search.trim() !== '' || activeTag !== '';
  return (
    <dialog ref={ref} onClose={onClose} onCancel={onClose} aria-labelledby="library-title" className={`${dialogClass} w-[820px]`}>
      <div className="mb-1 flex items-center">
        <h2 id="library-title" ref={title} tabIndex={-1} className="text-lg font-semibold focus:outline-none">
          Your journeys
        </h2>
        <button type="button" className={`${iconButtonClass} ml-auto`} aria-label="Close the library" onClick={onClose}>
          <X aria-hidden className="h-5 w-5" />
        </button>
      </div>
      {!db || !actions ? (
        <p role="alert">This browser does not let the app store journeys, so there is no library. Export journeys to keep them.</p>
      ) : (
        <>
          <NotOpenedNotice />
          {open && <StorageLine refresh={changes} />}
          <BackupSection db={db} onChanged={() => setChanges((n) => n + 1)} />
          <div className="mb-3 flex items-end gap-3">
            <div className="flex flex-1 flex-col gap-1">
              <label htmlFor={searchId} className="text-xs font-semibold">
                Search by name or tag
              </label>
              <input id={searchId} type="search" className={inputClass} value={search} onChange={(e) => setSearch(e.target.value)} />
            </div>
            <div className="flex flex-col gap-1">
              <label htmlFor={tagId} className="text-xs font-semibold">
                Tag
              </label>
              <select id={tagId} className={inputClass} value={activeTag} onChange={(e) => setTag(e.target.value)}>
                <option value="">All tags</option>
                {tags.map((t) => (
                  <option key={t} value={t}>
                    {t}
                  </option>
                ))}
              </select>
            </div>
            <div className="flex flex-col gap-1">
              <label htmlFor={sortId} className="text-xs font-semibold">
                Sort
              </label>
              <select id={sortId} className={inputClass} value={sort} onChange={(e) => setSort(e.target.value as JourneySort)}>
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
                  <button
                    ref={undoButton}
                    type="button"
                    className={buttonClass}
                    onClick={() => {
                      const id = message.undoId!;
                      // Undo goes with the message: keep the focus in the dialog, at its top.
                      title.current?.focus();
                      restoreDeletedJourney(db, id).then(
                        () => setMessage({ text: 'Restored.' }),
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
          {shown && shown.length === 0 && <p className="py-4 text-sm">{filtering ? 'No journey matches this search.' : 'No journeys yet.'}</p>}
          <ul className="divide-y divide-slate-200 dark:divide-slate-700" aria-label="Journeys">
            {shown?.map((meta) => (
              <LibraryRow key={meta.id} db={db} meta={meta} isOpen={meta.id === openId} actions={actions} />
            ))}
          </ul>
        </>
      )}
    </dialog>
  );
}
