/**
 * A panel that opens above a button of the simulation bar — the bar keeps one line of controls
 * at 1024 px and the details (population options, the customer list) open over the canvas.
 * Non-modal: Escape or a click elsewhere closes it; Escape returns focus to its button.
 */
import { useEffect, useId, useRef, type ReactNode, type RefObject } from 'react';
import { ChevronDown } from 'lucide-react';
import { button } from './styles';

export interface PopoverProps {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  /** The button's accessible name; it must contain the visible `summary` (WCAG 2.5.3). */
  label: string;
  summary: ReactNode;
  /** The panel's accessible name. */
  title: string;
  disabled?: boolean;
  buttonTitle?: string;
  buttonClass?: string;
  panelClass?: string;
  /** Focused when the panel opens from its button (not when it opens by itself). */
  initialFocus?: RefObject<HTMLElement | null>;
  /** The panel's content; `close` closes it and puts focus back on its button (after a choice). */
  children: ReactNode | ((close: () => void) => ReactNode);
}

export function Popover({ open, onOpenChange, label, summary, title, disabled, buttonTitle, buttonClass = '', panelClass = 'w-80', initialFocus, children }: PopoverProps) {
  const panelId = useId();
  const wrapper = useRef<HTMLDivElement>(null);
  const trigger = useRef<HTMLButtonElement>(null);
  const openedByButton = useRef(false);

  useEffect(() => {
    if (!open) return;
    if (openedByButton.current) {
      openedByButton.current = false;
      (initialFocus?.current ?? wrapper.current?.querySelector<HTMLElement>('input, select, button:not([aria-expanded])'))?.focus();
    }
    const onPointerDown = (e: PointerEvent) => {
      if (!wrapper.current?.contains(e.target as Node)) onOpenChange(false);
    };
    document.addEventListener('pointerdown', onPointerDown);
    return () => document.removeEventListener('pointerdown', onPointerDown);
  }, [open, onOpenChange, initialFocus]);

  return (
    <div
      ref={wrapper}
      className="relative"
      onKeyDown={(e) => {
        if (e.key !== 'Escape' || !open) return;
        // Handled: the canvas must not also clear its selection, nor a notice take the key.
        e.preventDefault();
        e.stopPropagation();
        onOpenChange(false);
        trigger.current?.focus();
      }}
      onBlur={(e) => {
        if (open && e.relatedTarget && !wrapper.current?.contains(e.relatedTarget as Node)) onOpenChange(false);
      }}
    >
      <button
        ref={trigger}
        type="button"
        className={`${button} max-w-full ${buttonClass}`}
        aria-label={label}
        aria-expanded={open}
        aria-controls={panelId}
        title={buttonTitle}
        disabled={disabled}
        onClick={() => {
          openedByButton.current = !open;
          onOpenChange(!open);
        }}
      >
        <span className="min-w-0 flex-1 truncate text-left">{summary}</span>
        <ChevronDown aria-hidden className={`h-4 w-4 shrink-0 transition-transform motion-reduce:transition-none ${open ? 'rotate-180' : ''}`} />
      </button>
      {open && (
        <div
          id={panelId}
          role="dialog"
          aria-label={title}
          className={`absolute bottom-full left-0 z-40 mb-2 max-w-[calc(100vw-1.5rem)] rounded-lg border border-slate-400 bg-white p-3 text-slate-900 shadow-xl dark:border-slate-600 dark:bg-slate-900 dark:text-slate-50 ${panelClass}`}
        >
          {typeof children === 'function'
            ? children(() => {
                onOpenChange(false);
                trigger.current?.focus();
              })
            : children}
        </div>
      )}
    </div>
  );
}
