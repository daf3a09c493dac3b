/** How much the browser stores for the app, in plain words. Pure: the numbers come from app/storage-info.ts. */

export interface StorageInfo {
  /** Bytes used by this site. */
  usage: number;
  /** Bytes the browser lets this site use; 0 when it does not say. */
  quota: number;
  /** True when the browser promised not to clear the storage on its own; null when it cannot tell. */
  persisted: boolean | null;
}

const UNITS = ['bytes', 'KB', 'MB', 'GB', 'TB'] as const;

/** "0 bytes", "820 bytes", "1.2 MB", "37 MB", "2.1 GB": one decimal below ten, whole numbers above. */
export function formatBytes(bytes: number): string {
  let value = Math.max(0, bytes);
  let unit = 0;
  // 1024 per step, like the library's journey sizes and most file managers.
  while (value >= 1024 && unit < UNITS.length - 1) {
    value /= 1024;
    unit++;
  }
  if (unit === 0) return `${Math.round(value)} ${value === 1 ? 'byte' : 'bytes'}`;
  const shown = value < 10 ? Math.round(value * 10) / 10 : Math.round(value);
  // 1023.6 KB rounds to 1024 KB: say 1 MB instead.
  if (shown >= 1024 && unit < UNITS.length - 1) return `1 ${UNITS[unit + 1]}`;
  return `${shown} ${UNITS[unit]}`;
}

/** "Using 1.2 MB of 2.1 GB · kept until you clear it" — or "… · may be cleared by the browser when space runs low". */
export function describeStorage(info: StorageInfo): string {
  const used = info.quota > 0 ? `Using ${formatBytes(info.usage)} of ${formatBytes(info.quota)}` : `Using ${formatBytes(info.usage)}`;
  if (info.persisted === null) return used;
  return `${used} · ${info.persisted ? 'kept until you clear it' : 'may be cleared by the browser when space runs low'}`;
}
