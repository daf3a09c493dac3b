/** One snapshot in the Snapshots dialog: its picture, name and time, and what can be done with it. */
import { memo, useRef, useState } from 'react';
import { Eye, History, Pencil, Trash2 } from 'lucide-react';
import type { JourneyDesignerDB } from '../db/database';
import type { SnapshotSummary } from '../db/snapshots';
import { buttonClass, iconButtonClass } from '../panels/fields';
import { JourneyThumbnail } from './JourneyThumbnail';
import { useSnapshotJourney } from './previews';
import { useVisible } from './useVisible';
import { formatTime, inputClass, quietTextClass } from './ui';

const plural = (n: number, noun: string) => `${n} ${noun}${n === 1 ? '' : 's'}`;

export const SnapshotRow = memo(function SnapshotRow(props: {
  db: JourneyDesignerDB;
  snapshot: SnapshotSummary;
  previewing: boolean;
  onPreview: (id: string) => void;
  onRestore: (snapshot: SnapshotSummary) => void;
  onRename: (snapshot: SnapshotSummary, name: string) => void;
  onDelete: (snapshot: SnapshotSummary) => void;
}) {
  const { snapshot: s } = props;
  const ref = useRef<HTMLLIElement>(null);
  const journey = useSnapshotJourney(props.db, s.id, useVisible(ref));
  const [renaming, setRenaming] = useState(false);
  const [name, setName] = useState(s.name);
  const renameButton = useRef<HTMLButtonElement>(null);
  // Back to the Rename button when the name field closes by Enter or Escape, so the focus stays in the dialog.
  const stopRenaming = () => {
    setRenaming(false);
    requestAnimationFrame(() => renameButton.current?.focus());
  };
  return (
    <li ref={ref} className="flex items-center gap-3 py-2" aria-label={s.name}>
      <JourneyThumbnail journey={journey} className="h-12 w-24 shrink-0 text-slate-600 dark:text-slate-300" />
      <div className="min-w-0 flex-1">
        {renaming ? (
          <form
            onSubmit={(e) => {
              e.preventDefault();
              if (name.trim() && name.trim() !== s.name) props.onRename(s, name.trim());
              stopRenaming();
            }}
          >
            <input
              aria-label={`New name for the snapshot ${s.name}`}
              className={`${inputClass} w-full`}
              value={name}
              autoFocus
              onChange={(e) => setName(e.target.value)}
              onBlur={() => setRenaming(false)}
              onKeyDown={(e) => {
                // Escape leaves the name as it was; the dialog stays open.
                if (e.key === 'Escape') {
                  e.preventDefault();
                  stopRenaming();
                }
              }}
            />
          </form>
        ) : (
          <p className="truncate font-semibold">{s.name}</p>
        )}
        <p className={quietTextClass}>
          Saved {formatTime(s.createdAt)} · {plural(s.nodeCount, 'node')} · {plural(s.edgeCount, 'connection')}
        </p>
      </div>
      <button type="button" data-preview-for={s.id} className={iconButtonClass} aria-label={`Preview ${s.name}`} aria-pressed={props.previewing} title="Preview" onClick={() => props.onPreview(s.id)}>
        <Eye aria-hidden className="h-4 w-4" />
      </button>
      <button type="button" className={buttonClass} aria-label={`Restore ${s.name}`} onClick={() => props.onRestore(s)}>
        <History aria-hidden className="h-4 w-4" /> Restore
      </button>
      <button
        ref={renameButton}
        type="button"
        className={iconButtonClass}
        aria-label={`Rename ${s.name}`}
        title="Rename"
        onClick={() => {
          setName(s.name);
          setRenaming(true);
        }}
      >
        <Pencil aria-hidden className="h-4 w-4" />
      </button>
      <button type="button" className={iconButtonClass} aria-label={`Delete ${s.name}`} title="Delete" onClick={() => props.onDelete(s)}>
        <Trash2 aria-hidden className="h-4 w-4" />
      </button>
    </li>
  );
});
