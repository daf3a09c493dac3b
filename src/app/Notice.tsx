/** A short-lived message about an edit that was refused or needs attention. */
import { useCallback, useEffect, useState } from 'react';
import { useEditor } from '../store/editor';
import { Toast } from './Toast';

/** Long enough to read a two-line message at the back of the room. */
const NOTICE_MS = 6000;

export function Notice() {
  const notice = useEditor((s) => s.notice);
  const [visible, setVisible] = useState<string | null>(null);
  const dismiss = useCallback(() => setVisible(null), []);
  useEffect(() => {
    if (!notice) return;
    setVisible(notice.text);
    const t = setTimeout(() => setVisible(null), NOTICE_MS);
    return () => clearTimeout(t);
  }, [notice]);
  return (
    <div role="status" aria-live="polite">
      {visible && <Toast onDismiss={dismiss}>{visible}</Toast>}
    </div>
  );
}
