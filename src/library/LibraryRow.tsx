/** One journey in the library: its picture, name, facts and tags, and what can be done with it. */
import { memo, useRef, useState } from 'react';
import { Copy, FolderOpen, History, Pencil, Tag, Trash2 } from 'lucide-react';
import type { JourneyDesignerDB, JourneyMeta } from '../db/database';
import { buttonClass, iconButtonClass } from '../panels/fields';
import { JourneyThumbnail } from './JourneyThumbnail';
import { TagEditor } from './TagEditor';
import { useStoredJourney } from './previews';
import { useVisible } from './useVisible';
import { formatTime, inputClass, quietTextClass } from './ui';
import { journeySizeProblem } from '../model/limits';

export interface LibraryRowActions {
  onOpen: (meta: JourneyMeta) => void;
  onRename: (meta: JourneyMeta, name: string) => void;
  onDuplicate: (meta: JourneyMeta) => void;
  onDelete: (meta: JourneyMeta) => void;
  onAddTags: (meta: JourneyMeta, tags: string[]) => void;
  onRemoveTag: (meta: JourneyMeta, tag: string) => void;
  /** Shown on the open journey's row only: its snapshots are the editor's. */
  onOpenSnapshots?: () => void;
}

export const LibraryRow = memo(function LibraryRow(props: { db: JourneyDesignerDB; meta: JourneyMeta; isOpen: boolean; actions: LibraryRowActions }) {
  const { meta, isOpen, actions } = props;
  const ref = useRef<HTMLLIElement>(null);
  // A journey over the size limit is not read for its picture either: that alone would freeze the page.
  const tooLarge = journeySizeProblem(meta) !== null;
  const journey = useStoredJourney(props.db, meta.id, useVisible(ref) && !tooLarge);
  const [renaming, setRenaming] = useState(false);
  const [editingTags, setEditingTags] = useState(false);
  const [name, setName] = useState(meta.name);
  const tagsButton = useRef<HTMLButtonElement>(null);
  const renameButton = useRef<HTMLButtonElement>(null);
  // Back to the Rename button when the name field closes by Enter or Escape, so the focus stays in the dialog.
  const stopRenaming = () => {
    setRenaming(false);
    requestAnimationFrame(() => renameButton.current?.focus());
  };
  return (
    <li ref={ref} className="py-2" aria-label={meta.name}>
      <div className="flex items-center gap-3">
        <JourneyThumbnail journey={journey} className="h-12 w-24 shrink-0 text-slate-600 dark:text-slate-300" />
        <div className="min-w-0 flex-1">
          {renaming ? (
            <form
              onSubmit={(e) => {
                e.preventDefault();
                if (name.trim()) actions.onRename(meta, name.trim());
                stopRenaming();
              }}
            >
              <input
                aria-label={`New name for ${meta.name}`}
                className={`${inputClass} w-full`}
                value={name}
                autoFocus
                onChange={(e) => setName(e.target.value)}
                onBlur={() => setRenaming(false)}
                onKeyDown={(e) => {
                  // Escape leaves the name as it was; the library stays open.
                  if (e.key === 'Escape') {
                    e.preventDefault();
                    stopRenaming();
                  }
                }}
              />
            </form>
          ) : (
            <p className="truncate font-semibold">
              {meta.name}
              {isOpen && <span className="ml-2 rounded bg-blue-700 px-1.5 py-0.5 text-xs font-semibold text-white">Open now</span>}
            </p>
          )}
          <p className={quietTextClass}>
            Edited {formatTime(meta.updatedAt)} · {meta.nodeCount.toLocaleString('en-US')} nodes · {Math.max(1, Math.round(meta.size / 1024)).toLocaleString('en-US')} KB
            {tooLarge && <span className="font-semibold text-red-800 dark:text-red-300"> · too large to open</span>}
          </p>
          {meta.tags.length > 0 && !editingTags && (
            // Not a nested list: the rows are the dialog's list items, and tags are facts of a row.
            <p className="mt-1 flex flex-wrap gap-1">
              <span className="sr-only">Tags:</span>
              {meta.tags.map((tag, i) => (
                <span key={tag} className="rounded-full bg-slate-200 px-2 py-0.5 text-xs font-medium text-slate-900 dark:bg-slate-700 dark:text-slate-50">
                  {i > 0 && <span className="sr-only">, </span>}
                  {tag}
                </span>
              ))}
            </p>
          )}
        </div>
        <button type="button" className={buttonClass} onClick={() => actions.onOpen(meta)} disabled={isOpen} aria-label={`Open ${meta.name}`}>
          <FolderOpen aria-hidden className="h-4 w-4" /> Open
        </button>
        {isOpen && actions.onOpenSnapshots && (
          <button type="button" className={iconButtonClass} aria-label={`Snapshots of ${meta.name}`} title="Snapshots" onClick={actions.onOpenSnapshots}>
            <History aria-hidden className="h-4 w-4" />
          </button>
        )}
        <button
          ref={tagsButton}
          type="button"
          className={iconButtonClass}
          aria-label={`Edit the tags of ${meta.name}`}
          aria-expanded={editingTags}
          title="Tags"
          onClick={() => setEditingTags((on) => !on)}
        >
          <Tag aria-hidden className="h-4 w-4" />
        </button>
        <button
          ref={renameButton}
          type="button"
          className={iconButtonClass}
          aria-label={`Rename ${meta.name}`}
          title="Rename"
          onClick={() => {
            setName(meta.name);
            setRenaming(true);
          }}
        >
          <Pencil aria-hidden className="h-4 w-4" />
        </button>
        <button type="button" className={iconButtonClass} aria-label={`Duplicate ${meta.name}`} title="Duplicate" onClick={() => actions.onDuplicate(meta)}>
          <Copy aria-hidden className="h-4 w-4" />
        </button>
        <button
          type="button"
          className={iconButtonClass}
          aria-label={`Delete ${meta.name}`}
          title={isOpen ? 'Open another journey before deleting this one' : 'Delete'}
          disabled={isOpen}
          onClick={() => actions.onDelete(meta)}
        >
          <Trash2 aria-hidden className="h-4 w-4" />
        </button>
      </div>
      {editingTags && (
        <TagEditor
          journeyName={meta.name}
          tags={meta.tags}
          onAdd={(tags) => actions.onAddTags(meta, tags)}
          onRemove={(tag) => actions.onRemoveTag(meta, tag)}
          onDone={() => {
            setEditingTags(false);
            tagsButton.current?.focus();
          }}
        />
      )}
    </li>
  );
});
