/** What a library action tells the user when the browser's storage refuses it. */
import { StorageError } from '../db/errors';

export function describeStorageError(error: unknown): string {
  return error instanceof StorageError ? error.userMessage : 'The library could not be changed. Nothing was lost.';
}
