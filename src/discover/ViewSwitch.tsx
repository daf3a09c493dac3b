/** Map, or the as-is journey beside the designed one on one clock. */
import { toggle } from './styles';
import { useDiscover, type MainView } from './store';

const VIEWS: { view: MainView; text: string }[] = [
  { view: 'map', text: 'Process map' },
  { view: 'compare', text: 'As-is vs to-be' },
];

export function ViewSwitch() {
  const view = useDiscover((s) => s.view);
  return (
    <div className="flex items-center gap-1" role="group" aria-label="Show">
      {VIEWS.map((v) => (
        <button key={v.view} type="button" className={toggle} aria-pressed={view === v.view} onClick={() => useDiscover.getState().set({ view: v.view })}>
          {v.text}
        </button>
      ))}
    </div>
  );
}
