/** Class names shared by the library's dialogs, so both look and behave alike. */
export const inputClass =
  'rounded-md border border-slate-400 bg-white px-2 py-1 text-sm text-slate-900 focus:outline-none focus-visible:ring-2 focus-visible:ring-blue-500 dark:border-slate-500 dark:bg-slate-900 dark:text-slate-50';

export const dialogClass =
  'm-auto max-h-[85vh] max-w-[95vw] overflow-auto rounded-xl bg-white p-5 text-slate-900 shadow-2xl backdrop:bg-slate-900/50 dark:bg-slate-900 dark:text-slate-50';

/** Secondary text in rows: 4.5:1 against the dialog in both themes. */
export const quietTextClass = 'text-xs text-slate-700 dark:text-slate-300';

/** "12 May 2027, 14:03" in the user's locale. */
export const formatTime = (ms: number) => new Date(ms).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });
