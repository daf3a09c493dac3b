/** A file that was refused: every problem with its line and column, and that nothing changed. */
import { useDiscover } from './store';
import { button } from '../simulation/ui/styles';

export function Problems() {
  const problems = useDiscover((s) => s.problems);
  const message = useDiscover((s) => s.message);
  return (
    <>
      {problems && (
        <div role="alert" className="w-full rounded-md border-2 border-red-700 bg-red-50 p-3 text-left text-sm text-red-950 dark:border-red-400 dark:bg-red-950 dark:text-red-50">
          <p className="font-semibold">{problems.fileName} was not loaded — nothing changed.</p>
          <ul tabIndex={0} className="mt-1 max-h-40 list-disc overflow-y-auto pl-5">
            {problems.messages.map((m, i) => (
              <li key={i}>{m}</li>
            ))}
          </ul>
          <button type="button" className={`${button} mt-2`} onClick={() => useDiscover.getState().set({ problems: null })}>
            Dismiss
          </button>
        </div>
      )}
      {message && (
        <p role="status" className="text-sm font-medium">
          {message}
        </p>
      )}
    </>
  );
}
