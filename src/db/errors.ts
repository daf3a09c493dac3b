/**
 * Storage failures in the user's terms. Every repository function rejects only with a
 * StorageError, whose `userMessage` the UI can show as it is.
 */

export type StorageErrorKind =
  /** The browser's storage quota is used up. */
  | 'quota'
  /** IndexedDB cannot be used: private mode, storage blocked or cleared, the connection lost. */
  | 'unavailable'
  /** Another tab runs a newer version of the app and upgraded (or closed) the database. */
  | 'version'
  /** An upgrade waits for another tab running an older version to close. */
  | 'blocked'
  /** Something with that id is already stored. */
  | 'exists'
  /** The journey or snapshot is not stored (any more). */
  | 'not-found'
  /** Stored data no longer matches the journey schema. */
  | 'corrupt'
  | 'unknown';

const KEEP = 'your edits are kept in this tab; export the journey to keep a copy.';

const USER_MESSAGES: Record<StorageErrorKind, string> = {
  quota: `Your browser's storage is full — ${KEEP}`,
  unavailable: `This browser is not letting Journey Designer use its storage (private browsing, or storage blocked or cleared) — ${KEEP}`,
  version: 'Journey Designer was updated in another tab — reload this tab to keep saving. Until then your edits are kept in this tab.',
  blocked: 'Another tab with an older version of Journey Designer is open — close it, then reload this tab.',
  exists: 'Something with this id is already in your library.',
  'not-found': 'This journey is no longer in your library — it may have been deleted in another tab.',
  corrupt: 'This journey could not be read from your browser\'s storage: its saved data is damaged.',
  unknown: `Something went wrong with your browser's storage — ${KEEP}`,
};

export class StorageError extends Error {
  override readonly name = 'StorageError';
  readonly kind: StorageErrorKind;
  /** A sentence for the user. */
  readonly userMessage: string;
  /** What the browser or Dexie said, for the console. */
  readonly detail: string;

  constructor(kind: StorageErrorKind, detail = '', options?: { cause?: unknown; userMessage?: string }) {
    const userMessage = options?.userMessage ?? USER_MESSAGES[kind];
    super(detail ? `${userMessage} (${detail})` : userMessage, { cause: options?.cause });
    this.kind = kind;
    this.userMessage = userMessage;
    this.detail = detail;
  }
}

/** Dexie and IndexedDB error names, checked most specific first. */
const KIND_BY_NAME: [string, StorageErrorKind][] = [
  ['QuotaExceededError', 'quota'],
  ['VersionError', 'version'],
  ['UpgradeError', 'version'],
  ['VersionChangeError', 'version'],
  ['DatabaseClosedError', 'version'],
  ['ConstraintError', 'exists'],
  ['InvalidStateError', 'unavailable'],
  ['MissingAPIError', 'unavailable'],
  ['SecurityError', 'unavailable'],
  ['InvalidAccessError', 'unavailable'],
  ['OpenFailedError', 'unavailable'],
  ['UnknownError', 'unavailable'],
];

/**
 * Maps anything a storage call threw to a StorageError. Dexie wraps the browser's error
 * (`inner`), transaction aborts carry the cause, bulk errors list failures: look through all.
 */
export function toStorageError(error: unknown): StorageError {
  if (error instanceof StorageError) return error;
  const names = new Set<string>();
  collectNames(error, names, 0);
  const kind = KIND_BY_NAME.find(([name]) => names.has(name))?.[1] ?? 'unknown';
  const detail = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  return new StorageError(kind, detail, { cause: error });
}

function collectNames(error: unknown, names: Set<string>, depth: number): void {
  if (depth > 5 || error === null || typeof error !== 'object') return;
  const e = error as { name?: unknown; inner?: unknown; cause?: unknown; failures?: unknown };
  if (typeof e.name === 'string') names.add(e.name);
  collectNames(e.inner, names, depth + 1);
  collectNames(e.cause, names, depth + 1);
  if (Array.isArray(e.failures)) for (const f of e.failures.slice(0, 3)) collectNames(f, names, depth + 1);
}

/**
 * Whether writing again later can succeed: a full disk gets space back, blocked storage comes
 * back. Not after another tab upgraded the database (this tab must reload) or for damaged data.
 */
export function isWorthRetrying(error: unknown): boolean {
  const kind = toStorageError(error).kind;
  return kind !== 'version' && kind !== 'corrupt' && kind !== 'blocked';
}

/** Runs a storage operation; whatever it throws comes out as a StorageError. */
export async function withStorage<T>(operation: () => Promise<T>): Promise<T> {
  try {
    return await operation();
  } catch (error) {
    throw toStorageError(error);
  }
}
