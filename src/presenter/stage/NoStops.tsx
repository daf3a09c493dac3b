/**
 * A journey with no stops yet, presented: the whole journey, and the built-in stories one key
 * away — Enter presents the first (so the app's first screen is two keys from a demo: P, Enter).
 */
import { useEffect, useRef } from 'react';
import { SCENARIO_CATALOGUE } from '../../samples/scenarios/catalogue';
import { useEditor } from '../../store/editor';
import { presentStory } from '../controller';

export function NoStops() {
  const name = useEditor((s) => s.journey.name);
  const firstStory = useRef<HTMLButtonElement>(null);
  useEffect(() => firstStory.current?.focus({ preventScroll: true }), []);
  return (
    <section
      aria-labelledby="no-stops-title"
      className="pointer-events-auto absolute left-1/2 top-6 w-[40rem] max-w-[calc(100%-2rem)] -translate-x-1/2 rounded-2xl border-2 border-slate-400 bg-white/95 p-5 text-slate-950 shadow-2xl dark:border-slate-500 dark:bg-slate-900/95 dark:text-slate-50"
    >
      <h2 id="no-stops-title" className="text-2xl font-bold">
        “{name}” has no stops yet
      </h2>
      <p className="mt-1 text-lg">Present a story that ships with Journey Designer:</p>
      <div className="mt-3 flex flex-col gap-2">
        {SCENARIO_CATALOGUE.map((s, i) => (
          <button
            key={s.id}
            ref={i === 0 ? firstStory : undefined}
            type="button"
            className="rounded-lg border-2 border-blue-700 px-3 py-2 text-left text-lg font-semibold text-blue-900 hover:bg-blue-50 focus:outline-none focus-visible:ring-4 focus-visible:ring-blue-500 dark:border-blue-300 dark:text-blue-100 dark:hover:bg-slate-800"
            onClick={() => void presentStory(s.id)}
          >
            Present the {s.short} story <span className="font-normal">— {s.title}</span>
          </button>
        ))}
      </div>
      <p className="mt-3 text-base">
        Or press <kbd className="rounded border border-slate-500 px-1">Esc</kbd>, frame a view of this journey and add it in the Stops list (
        <kbd className="rounded border border-slate-500 px-1">S</kbd>).
      </p>
    </section>
  );
}
