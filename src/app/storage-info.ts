/**
 * The browser's storage manager, where there is one: ask once for persistent storage, and read
 * how much is used. Nothing waits on these — a browser without the API, or one that refuses,
 * leaves the app working exactly as before. The wording is library/storage-text.ts's.
 */
import type { StorageInfo } from '../library/storage-text';

function storageManager(): StorageManager | null {
  return typeof navigator !== 'undefined' && navigator.storage ? navigator.storage : null;
}

let request: Promise<boolean | null> | null = null;

/**
 * Asks the browser not to clear the library when space runs low. Asked once per page: the
 * answer does not change, and some browsers show the user a prompt. Null where it cannot be asked.
 */
export function requestPersistentStorage(): Promise<boolean | null> {
  const storage = storageManager();
  if (!storage || typeof storage.persist !== 'function') return Promise.resolve(null);
  request ??= (async () => {
    try {
      // Already persistent: do not ask again.
      if (typeof storage.persisted === 'function' && (await storage.persisted())) return true;
      return await storage.persist();
    } catch {
      return null;
    }
  })();
  return request;
}

/** Usage, quota and persistence as the browser reports them now; null where it reports nothing. */
export async function readStorageInfo(): Promise<StorageInfo | null> {
  const storage = storageManager();
  if (!storage || typeof storage.estimate !== 'function') return null;
  try {
    const [estimate, persisted] = await Promise.all([
      storage.estimate(),
      typeof storage.persisted === 'function' ? storage.persisted().catch(() => null) : Promise.resolve(null),
    ]);
    return { usage: estimate.usage ?? 0, quota: estimate.quota ?? 0, persisted };
  } catch {
    return null;
  }
}
