/** Road closures: the log's disruptions, and channels or actions to close from the playhead on, live. */
import { useId, useState } from 'react';
import { CHANNEL_LABELS } from '../../model/journey';
import { useEditor } from '../../store/editor';
import { DURING_PLAYBACK, FOREVER, openClosure, roadsOf, targetName } from '../closures';
import { clearClosures, toggleRoad } from '../controller';
import { formatClock } from '../format';
import { useSimulation } from '../store';
import { button, select } from './styles';

export function ClosuresPanel() {
  const actionId = useId();
  const shown = useSimulation((s) => s.shown);
  const closures = useSimulation((s) => s.closures);
  const editorJourney = useEditor((s) => s.journey);
  const journey = shown?.journey ?? editorJourney;
  const roads = roadsOf(journey);
  const [action, setAction] = useState('');
  const chosenAction = roads.actions.find((a) => a.id === action) ?? roads.actions[0];
  const start = shown?.log?.start;
  const logDisruptions = (shown?.log?.disruptions ?? []).filter((d) => !d.label.endsWith(DURING_PLAYBACK));
  const disabled = !shown;

  return (
    <div className="space-y-2 px-3 pb-3 text-sm">
      {logDisruptions.length > 0 && (
        <ul aria-label="Disruptions in the log" className="space-y-0.5">
          {logDisruptions.map((d, i) => (
            <li key={i}>
              <span className="font-semibold">{d.label || 'Closure'}</span>: {formatClock(d.from, start)} – {d.until >= FOREVER ? 'further notice' : formatClock(d.until, start)}
            </li>
          ))}
        </ul>
      )}
      <div role="group" aria-label="Close a channel from the playhead" className="flex flex-wrap gap-1.5">
        {roads.channels.map((channel) => {
          const closed = !!openClosure(closures, { channel });
          return (
            <button key={channel} type="button" className={button} aria-pressed={closed} disabled={disabled} onClick={() => toggleRoad({ channel })}>
              Close {CHANNEL_LABELS[channel]}
            </button>
          );
        })}
      </div>
      {roads.actions.length > 0 && chosenAction && (
        <div className="flex items-center gap-1.5">
          <label htmlFor={actionId} className="sr-only">
            Action to close
          </label>
          <select id={actionId} className={`${select} flex-1`} value={chosenAction.id} onChange={(e) => setAction(e.target.value)}>
            {roads.actions.map((a) => (
              <option key={a.id} value={a.id}>
                {a.name}
              </option>
            ))}
          </select>
          <button type="button" className={button} aria-pressed={!!openClosure(closures, { actionId: chosenAction.id })} disabled={disabled} onClick={() => toggleRoad({ actionId: chosenAction.id })}>
            Close action
          </button>
        </div>
      )}
      {closures.length > 0 && (
        <div className="flex items-start gap-2">
          <ul aria-label="Closed during playback" className="flex-1 space-y-0.5">
            {closures.map((c) => (
              <li key={c.id}>
                <span className="font-semibold">{targetName(journey, c.target)}</span> closed {formatClock(c.from, start)}
                {c.until === null ? ' onwards' : ` – ${formatClock(c.until, start)}`}
              </li>
            ))}
          </ul>
          <button type="button" className={button} onClick={clearClosures}>
            Reopen all
          </button>
        </div>
      )}
    </div>
  );
}
