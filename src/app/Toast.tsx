/**
 * A notice at the canvas's bottom edge, beside the zoom controls: never over the middle of the
 * journey, always dismissible — its ✕ button, or Escape (unless an open dialog or popover took
 * that press for itself).
 */
import { useEffect, type ReactNode } from 'react';
import { X } from 'lucide-react';

export const toastCard =
  'pointer-events-auto flex max-w-md items-start gap-3 rounded-md bg-slate-900 py-2 pl-4 pr-2 text-sm text-white shadow-lg dark:bg-slate-100 dark:text-slate-900';
export const toastButton =
  'rounded-md bg-white px-2 py-1 text-sm font-semibold text-slate-900 hover:bg-slate-200 focus:outline-none focus-visible:ring-2 focus-visible:ring-blue-400 dark:bg-slate-900 dark:text-slate-50 dark:hover:bg-slate-700';

/** Where notices stack, inside the editor's main area (see App). */
export const TOAST_STACK = 'pointer-events-none absolute bottom-3 left-14 right-48 z-30 flex flex-col items-start gap-2';

export function Toast({ icon, children, onDismiss, actions }: { icon?: ReactNode; children: ReactNode; onDismiss: () => void; actions?: ReactNode }) {
  useEffect(() => {
    const onKeyDown = (e: KeyboardEvent) => {
      if (e.key !== 'Escape' || e.defaultPrevented || document.querySelector('dialog[open]')) return;
      // Not consumed: the same press still does what Escape does where the user is (clear the selection).
      onDismiss();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [onDismiss]);
  return (
    <div className={toastCard}>
      {icon && <span className="mt-0.5 shrink-0">{icon}</span>}
      <span className="flex-1 self-center">{children}</span>
      {actions}
      <button
        type="button"
        className="inline-flex h-7 w-7 shrink-0 items-center justify-center rounded-md hover:bg-white/20 focus:outline-none focus-visible:ring-2 focus-visible:ring-blue-400 dark:hover:bg-slate-900/20"
        aria-label="Dismiss"
        title="Dismiss (Escape)"
        onClick={onDismiss}
      >
        <X aria-hidden className="h-4 w-4" />
      </button>
    </div>
  );
}
