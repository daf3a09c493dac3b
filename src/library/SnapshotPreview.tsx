/** A snapshot drawn large, with what it is made of — to check it is the one before restoring it. */
import { X } from 'lucide-react';
import type { JourneyDesignerDB } from '../db/database';
import type { SnapshotSummary } from '../db/snapshots';
import { nodeKindSummary } from '../model/preview';
import { iconButtonClass } from '../panels/fields';
import { JourneyThumbnail } from './JourneyThumbnail';
import { useSnapshotJourney } from './previews';
import { formatTime, quietTextClass } from './ui';

export function SnapshotPreview({ db, snapshot, onClose }: { db: JourneyDesignerDB; snapshot: SnapshotSummary; onClose: () => void }) {
  const journey = useSnapshotJourney(db, snapshot.id, true);
  return (
    <section aria-label={`Preview of ${snapshot.name}`} className="mb-3 rounded-lg border border-slate-300 p-3 dark:border-slate-600">
      <div className="mb-2 flex items-center gap-2">
        <h3 className="min-w-0 flex-1 truncate text-sm font-semibold">{snapshot.name}</h3>
        <button type="button" className={iconButtonClass} aria-label="Close the preview" onClick={onClose}>
          <X aria-hidden className="h-4 w-4" />
        </button>
      </div>
      <JourneyThumbnail
        journey={journey}
        label={`The journey as saved in ${snapshot.name}`}
        className="h-56 w-full text-slate-600 dark:text-slate-300"
      />
      <p className={`mt-2 ${quietTextClass}`}>
        Saved {formatTime(snapshot.createdAt)} · {journey ? nodeKindSummary(journey) : `${snapshot.nodeCount} nodes`} · {snapshot.edgeCount}{' '}
        {snapshot.edgeCount === 1 ? 'connection' : 'connections'}
      </p>
    </section>
  );
}
