/** The keyboard-shortcut help, generated from the command registry so it can never drift. */
import { useModalDialog } from './useModalDialog';
import { X } from 'lucide-react';
import { COMMANDS, COMMANDS_BY_ID, displayKeys } from './commands';
import { iconButtonClass } from '../panels/fields';
import { PRESENTER_KEYS } from '../presenter/keys';

const isMac = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);
const CANVAS_KEYS: [string, string][] = [
  ['Tab', 'Move focus to the next node or control'],
  ['Enter / Space', 'Select the focused node'],
  ['Arrow keys', 'Move the selected nodes (Shift: further)'],
  ['Shift + click', 'Add to the selection; Shift + drag selects an area'],
  ['Drag from a node’s right handle', 'Connect it to another node'],
];

export function ShortcutsDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const ref = useModalDialog(open);
  const groups = ['Edit', 'Add', 'View', 'Journey', 'Present', 'Help'] as const;
  return (
    <dialog
      ref={ref}
      onClose={onClose}
      // Escape: say so at once (the close event comes a task later, when a key may already reopen it).
      onCancel={onClose}
      aria-labelledby="shortcuts-title"
      className="m-auto max-h-[85vh] w-[720px] max-w-[95vw] overflow-auto rounded-xl bg-white p-5 text-slate-900 shadow-2xl backdrop:bg-slate-900/50 dark:bg-slate-900 dark:text-slate-50"
    >
      <div className="mb-3 flex items-center">
        <h2 id="shortcuts-title" className="text-lg font-semibold">
          Keyboard shortcuts
        </h2>
        <button type="button" className={`${iconButtonClass} ml-auto`} aria-label="Close keyboard shortcuts" onClick={onClose}>
          <X aria-hidden className="h-5 w-5" />
        </button>
      </div>
      <div className="grid grid-cols-2 gap-x-6 gap-y-4">
        {groups.map((group) => (
          <section key={group} aria-label={group}>
            <h3 className="mb-1 text-xs font-bold uppercase tracking-wide text-slate-700 dark:text-slate-200">{group}</h3>
            <dl className="space-y-1 text-sm">
              {COMMANDS.filter((c) => c.group === group && c.keys.length > 0).map((c) => (
                <div key={c.id} className="flex justify-between gap-3">
                  <dt>{c.label}</dt>
                  <dd>
                    <kbd className="rounded border border-slate-400 px-1.5 font-mono text-xs">{displayKeys(c.keys[0]!, isMac)}</kbd>
                  </dd>
                </div>
              ))}
            </dl>
          </section>
        ))}
        <section aria-label="In presenter mode">
          <h3 className="mb-1 text-xs font-bold uppercase tracking-wide text-slate-700 dark:text-slate-200">In presenter mode</h3>
          <dl className="space-y-1 text-sm">
            <div className="flex justify-between gap-3">
              <dt>Start presenting, as in slide software (Shift: from the stop shown last)</dt>
              <dd className="shrink-0">
                <kbd className="rounded border border-slate-400 px-1.5 font-mono text-xs">{COMMANDS_BY_ID.get('present')!.keys.slice(1).join(' / ')}</kbd>
              </dd>
            </div>
            {PRESENTER_KEYS.map((k) => (
              <div key={k.action} className="flex justify-between gap-3">
                <dt>{k.label}</dt>
                <dd className="shrink-0">
                  <kbd className="rounded border border-slate-400 px-1.5 font-mono text-xs">{k.shown}</kbd>
                </dd>
              </div>
            ))}
          </dl>
        </section>
        <section aria-label="Canvas">
          <h3 className="mb-1 text-xs font-bold uppercase tracking-wide text-slate-700 dark:text-slate-200">Canvas</h3>
          <dl className="space-y-1 text-sm">
            {CANVAS_KEYS.map(([k, label]) => (
              <div key={k} className="flex justify-between gap-3">
                <dt>{label}</dt>
                <dd>
                  <kbd className="rounded border border-slate-400 px-1.5 font-mono text-xs">{k}</kbd>
                </dd>
              </div>
            ))}
          </dl>
        </section>
      </div>
    </dialog>
  );
}
