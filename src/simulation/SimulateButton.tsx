/** The toolbar's "Simulate" toggle: opens the simulation bar and results (the simulator loads on first use). */
import { PlayCircle } from 'lucide-react';
import { useSimulation } from './store';

const style =
  'inline-flex h-8 items-center gap-1 rounded-md px-1.5 text-sm xl:px-2 font-semibold text-slate-900 hover:bg-slate-200 focus:outline-none focus-visible:ring-2 focus-visible:ring-blue-500 aria-pressed:bg-blue-700 aria-pressed:text-white dark:text-slate-50 dark:hover:bg-slate-700 dark:aria-pressed:bg-blue-300 dark:aria-pressed:text-slate-950';

export function SimulateButton() {
  const open = useSimulation((s) => s.open);
  return (
    <button
      type="button"
      className={style}
      aria-pressed={open}
      title="Replay customers through the journey: static against dynamic"
      onClick={() => (open ? useSimulation.getState().closeSimulator() : useSimulation.getState().openSimulator())}
    >
      <PlayCircle aria-hidden className="h-4 w-4" />
      Simulate
    </button>
  );
}
