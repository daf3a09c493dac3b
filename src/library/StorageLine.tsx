/** How much this browser stores for the app and whether it may clear it — read each time the library opens. */
import { useEffect, useState } from 'react';
import { HardDrive } from 'lucide-react';
import { readStorageInfo } from '../app/storage-info';
import { describeStorage, type StorageInfo } from './storage-text';
import { quietTextClass } from './ui';

/** `refresh` changes when the library's contents did (a restore), so the figures follow. */
export function StorageLine({ refresh }: { refresh: number }) {
  const [info, setInfo] = useState<StorageInfo | null>(null);
  useEffect(() => {
    let current = true;
    void readStorageInfo().then((next) => {
      if (current) setInfo(next);
    });
    return () => {
      current = false;
    };
  }, [refresh]);
  // Where the browser reports nothing, say nothing rather than guess.
  if (!info) return null;
  return (
    <p className={`mb-3 flex items-center gap-1.5 ${quietTextClass}`}>
      <HardDrive aria-hidden className="h-4 w-4" />
      {describeStorage(info)}
    </p>
  );
}
