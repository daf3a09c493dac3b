/**
 * Discover: the journey customers actually take, from an event-log export. A full-window modal
 * workspace (the editor behind it is inert): import and map the columns, then the process map
 * with its sliders and filters on the left and, on the right, the log, the variants, making a
 * journey from the map and checking the open journey against the log.
 */
import { useEffect } from 'react';
import { X } from 'lucide-react';
import { useModalDialog } from '../app/useModalDialog';
import { useDiscoverOpen } from './open';
import { useDiscover } from './store';
import { ImportStart } from './ImportStart';
import { MappingStep } from './MappingStep';
import { MapView } from './MapView';
import { Sidebar } from './Sidebar';
import { CompareMined } from './CompareMined';
import { iconButton } from '../simulation/ui/styles';
import { TrafficChip } from './TrafficChip';

export function DiscoverWorkspace() {
  const open = useDiscoverOpen((s) => s.open);
  const ref = useModalDialog(open);
  const stage = useDiscover((s) => s.stage);
  const view = useDiscover((s) => s.view);
  const close = () => useDiscoverOpen.getState().closeDiscover();
  // Focus the heading when the workspace opens, so a screen reader says where the user is.
  useEffect(() => {
    if (open) requestAnimationFrame(() => document.getElementById('discover-title')?.focus());
  }, [open]);
  return (
    <>
      <dialog
        ref={ref}
        aria-labelledby="discover-title"
        onCancel={(e) => {
          e.preventDefault();
          close();
        }}
        className="m-0 h-screen max-h-none w-screen max-w-none bg-slate-50 p-0 text-slate-900 backdrop:bg-slate-900/40 dark:bg-slate-950 dark:text-slate-50"
      >
        <div className="flex h-full flex-col">
          <header className="flex h-12 shrink-0 items-center gap-3 border-b border-slate-300 bg-white px-3 dark:border-slate-700 dark:bg-slate-900">
            <h2 id="discover-title" tabIndex={-1} className="text-lg font-bold focus:outline-none">
              Discover the journey customers take
            </h2>
            <span className="text-sm text-slate-700 dark:text-slate-300">from a CRM, contact-centre or analytics export — it stays on this computer</span>
            <button type="button" className={`${iconButton} ml-auto h-9 w-9`} aria-label="Close Discover" title="Close Discover (Esc)" onClick={close}>
              <X aria-hidden className="h-5 w-5" />
            </button>
          </header>
          <div className="flex min-h-0 flex-1">
            <main className="relative min-w-0 flex-1" aria-label={stage === 'ready' ? (view === 'map' ? 'Process map' : 'As-is and to-be') : 'Import an event log'}>
              {stage === 'start' && <ImportStart />}
              {(stage === 'mapping' || stage === 'loading') && <MappingStep />}
              {stage === 'ready' && (view === 'map' ? <MapView /> : <CompareMined />)}
            </main>
            {stage === 'ready' && <Sidebar />}
          </div>
        </div>
      </dialog>
      {!open && <TrafficChip />}
    </>
  );
}
