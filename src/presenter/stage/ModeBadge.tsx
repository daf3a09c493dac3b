/** Which side the room is looking at, when a stop shows one side of the comparison on the whole screen. */
import { useSimulation } from '../../simulation/store';
import { useEditor } from '../../store/editor';
import { usePresenter } from '../store';

const SIDE = {
  static: { title: 'Static', hint: 'the printed route', tone: 'bg-orange-100 text-orange-950 border-orange-700' },
  dynamic: { title: 'Dynamic', hint: 're-routes around closures', tone: 'bg-emerald-100 text-emerald-950 border-emerald-700' },
} as const;

export function ModeBadge() {
  const index = usePresenter((s) => s.index);
  const simulated = useEditor((s) => !!s.journey.stops[index]?.simulation);
  const mode = useSimulation((s) => (s.open && s.shown ? s.mode : null));
  if (!simulated || !mode || mode === 'compare') return null;
  const side = SIDE[mode];
  return (
    <p className={`absolute left-4 top-4 rounded-lg border-2 px-3 py-1 shadow ${side.tone}`}>
      <span className="text-3xl font-black">{side.title}</span> <span className="text-xl font-semibold">{side.hint}</span>
    </p>
  );
}
