/** A short-lived message about an edit that was refused or needs attention. */
import { useEffect, useState } from 'react';
import { useEditor } from '../store/editor';

export function Notice() {
  const notice = useEditor((s) => s.notice);
  const [visible, setVisible] = useState<string | null>(null);
  useEffect(() => {
    if (!notice) return;
    setVisible(notice.text);
    const t = setTimeout(() => setVisible(null), 6000);
    return () => clearTimeout(t);
  }, [notice]);
  return (
    <div role="status" aria-live="polite" className="pointer-events-none absolute bottom-4 left-1/2 z-20 -translate-x-1/2">
      {visible && <div className="max-w-xl rounded-md bg-slate-900 px-4 py-2 text-sm font-medium text-white shadow-lg dark:bg-slate-100 dark:text-slate-900">{visible}</div>}
    </div>
  );
}
