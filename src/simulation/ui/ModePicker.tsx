/** Static, dynamic, or both side by side: a choice of view — every run replays both modes. */
import type { RunMode } from '../../sim';
import { useSimulation } from '../store';
import { focus } from './styles';

const MODES: { mode: RunMode; text: string; hint: string }[] = [
  { mode: 'static', text: 'Static', hint: 'The printed route' },
  { mode: 'dynamic', text: 'Dynamic', hint: 'Re-routes around closures' },
  { mode: 'compare', text: 'Compare', hint: 'Static and dynamic side by side' },
];

export function ModePicker() {
  const current = useSimulation((s) => s.mode);
  return (
    <fieldset className="flex items-center gap-0">
      <legend className="sr-only">Mode</legend>
      {MODES.map(({ mode, text, hint }, i) => (
        <label
          key={mode}
          title={hint}
          className={`relative flex h-9 cursor-pointer items-center border border-slate-400 px-3 text-sm font-semibold has-[:checked]:border-blue-700 has-[:checked]:bg-blue-700 has-[:checked]:text-white has-[:focus-visible]:ring-2 has-[:focus-visible]:ring-blue-500 dark:border-slate-500 dark:has-[:checked]:border-blue-300 dark:has-[:checked]:bg-blue-300 dark:has-[:checked]:text-slate-950 ${i === 0 ? 'rounded-l-md' : ''} ${i === MODES.length - 1 ? 'rounded-r-md' : ''} ${focus}`}
        >
          {/* The input covers its label: a click lands on the radio itself. */}
          <input type="radio" name="simulation-mode" className="absolute inset-0 m-0 h-full w-full cursor-pointer opacity-0" value={mode} checked={current === mode} onChange={() => useSimulation.getState().chooseMode(mode)} />
          {text}
        </label>
      ))}
    </fieldset>
  );
}
