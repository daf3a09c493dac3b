/** Editing one stop in the stops list: its words, its view, its simulation. Every change is an undoable edit. */
import { Camera, Eye, Trash2 } from 'lucide-react';
import type { Stop } from '../../model/journey';
import { TextArea, TextField, iconButtonClass } from '../../panels/fields';
import { useEditor } from '../../store/editor';
import { makeReadable, updateStopFromView } from '../controller';
import { useSimulation } from '../../simulation/store';
import { describeSimulation, readabilityWarning } from './describe';

export const smallButton =
  'inline-flex items-center gap-1 rounded-md border border-slate-400 px-2 py-1 text-xs font-semibold text-slate-900 hover:bg-slate-100 focus:outline-none focus-visible:ring-2 focus-visible:ring-blue-500 disabled:opacity-50 dark:border-slate-500 dark:text-slate-50 dark:hover:bg-slate-800';

export function StopForm({ stop, number }: { stop: Stop; number: number }) {
  const journey = useEditor((s) => s.journey);
  const simulatorOpen = useSimulation((s) => s.open);
  const update = (patch: Partial<Omit<Stop, 'id'>>) => useEditor.getState().updateStop(stop.id, patch);
  const warning = readabilityWarning(stop);
  const sim = stop.simulation;
  return (
    <div role="group" aria-label={`Stop ${number}`} className="space-y-2 border-t border-slate-200 px-2 pb-3 pt-2 dark:border-slate-700">
      <TextField label="Name" value={stop.name} onChange={(name) => update({ name })} hint="For the lists; the room reads the caption." />
      <TextArea label="Caption" rows={2} value={stop.caption} onChange={(caption) => update({ caption })} hint="Shown large to the room, e.g. “09:10 — the SMS gateway goes down”." />
      <TextArea label="Speaker notes" rows={3} value={stop.notes} onChange={(notes) => update({ notes })} hint="Only in the presenter view, on your laptop." />
      <div className="flex flex-wrap items-center gap-1.5">
        <button type="button" className={smallButton} onClick={() => updateStopFromView(stop.id)}>
          <Camera aria-hidden className="h-3.5 w-3.5" />
          {simulatorOpen ? 'Use this view and the simulation' : 'Use this view'}
        </button>
        {warning && (
          <button type="button" className={smallButton} onClick={() => makeReadable(stop.id)}>
            <Eye aria-hidden className="h-3.5 w-3.5" />
            Zoom in to readable
          </button>
        )}
      </div>
      {warning && <p className="text-xs font-medium text-amber-800 dark:text-amber-300">{warning}</p>}
      {sim ? (
        <div className="space-y-1 rounded-md bg-slate-100 p-2 text-xs dark:bg-slate-800">
          <p>
            <span className="font-semibold">Replays:</span> {describeSimulation(sim, journey)}
          </p>
          <div className="flex items-center gap-3">
            <label className="inline-flex items-center gap-1.5">
              <input type="checkbox" checked={sim.figures} onChange={(e) => update({ simulation: { ...sim, figures: e.target.checked } })} />
              Show the figures
            </label>
            <button type="button" className={`${iconButtonClass} ml-auto`} onClick={() => update({ simulation: null })} aria-label={`Remove the simulation from stop ${number}`} title="Remove the simulation">
              <Trash2 aria-hidden className="h-4 w-4" />
            </button>
          </div>
        </div>
      ) : (
        <p className="text-xs text-slate-700 dark:text-slate-300">No simulation: the stop shows the journey. Open the simulator and choose “{simulatorOpen ? 'Use this view and the simulation' : 'Use this view'}” to add one.</p>
      )}
    </div>
  );
}
