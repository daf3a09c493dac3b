/**
 * Why the app opened on the library rather than the last journey: that journey did not finish
 * opening last time (the page froze or crashed while opening it), or it is too large to open.
 * It goes once a journey is opened.
 */
import { AlertTriangle } from 'lucide-react';
import { usePersistence } from '../app/persistence';

export function NotOpenedNotice() {
  const notOpened = usePersistence((s) => s.notOpened);
  if (!notOpened) return null;
  const name = `“${notOpened.name}” (${notOpened.nodeCount.toLocaleString('en-US')} nodes)`;
  return (
    <div role="alert" className="mb-3 flex gap-2 rounded-md border border-amber-700 bg-amber-50 p-3 text-sm text-slate-900 dark:border-amber-400 dark:bg-amber-950 dark:text-slate-50">
      <AlertTriangle aria-hidden className="mt-0.5 h-5 w-5 shrink-0 text-amber-800 dark:text-amber-300" />
      {notOpened.reason === 'unfinished' ? (
        <p>
          <strong className="block">This journey did not finish opening last time</strong>{' '}
          {name} was being opened when the page stopped responding or closed, so it was not opened again.{' '}
          {notOpened.detail ?? 'Open it below when you are ready, or choose another journey.'}
        </p>
      ) : (
        <p>
          <strong className="block">This journey is too large to open</strong>{' '}
          {name} was not opened. {notOpened.detail} It stays in your library until you delete it.
        </p>
      )}
    </div>
  );
}
