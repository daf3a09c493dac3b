/** The simulation bar under the canvas: what to replay and how to look at it; then the remote control. */
import { PanelRightClose, PanelRightOpen, X } from 'lucide-react';
import { useSimulation } from '../store';
import { CustomerPicker } from './CustomerPicker';
import { ModePicker } from './ModePicker';
import { PlaybackControls, Timeline } from './PlaybackControls';
import { RunButton, RunStatus } from './RunControls';
import { SourcePicker } from './SourcePicker';
import { FollowOnCanvas } from '../canvas/FollowOnCanvas';
import { button, iconButton } from './styles';

export function SimulationBar() {
  const panelOpen = useSimulation((s) => s.panelOpen);
  return (
    <section aria-label="Simulation" className="shrink-0 border-t-2 border-slate-400 bg-white px-3 py-2 text-slate-900 dark:border-slate-600 dark:bg-slate-900 dark:text-slate-50">
      <h2 className="sr-only">Simulation</h2>
      <FollowOnCanvas />
      {/* What to replay and how to look at it; then running and the remote control. Both rows
          wrap rather than run past the screen's edge (a 1024 px projector gets a third row). */}
      <div className="flex flex-wrap items-center gap-x-3 gap-y-2">
        <SourcePicker />
        <ModePicker />
        <div className="ml-auto flex items-center gap-2">
          <button type="button" className={`${button} shrink-0`} aria-label="Results" title={panelOpen ? 'Hide the results' : 'Show the results'} aria-expanded={panelOpen} aria-controls="simulation-results" onClick={() => useSimulation.getState().togglePanel()}>
            {panelOpen ? <PanelRightClose aria-hidden className="h-4 w-4" /> : <PanelRightOpen aria-hidden className="h-4 w-4" />}
            <span className="hidden xl:inline">Results</span>
          </button>
          <button type="button" className={`${iconButton} h-9 w-9 shrink-0`} aria-label="Close the simulator" title="Close the simulator" onClick={() => useSimulation.getState().closeSimulator()}>
            <X aria-hidden className="h-5 w-5" />
          </button>
        </div>
      </div>
      <div className="mt-2 flex flex-wrap items-center gap-x-2.5 gap-y-2">
        <RunButton />
        <RunStatus />
        <CustomerPicker />
        <PlaybackControls />
        <Timeline />
      </div>
    </section>
  );
}
