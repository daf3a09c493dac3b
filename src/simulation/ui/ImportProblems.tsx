/** A log file that could not be read: every problem with its line; nothing was loaded. */
import { X } from 'lucide-react';
import { useSimulation } from '../store';
import { iconButton } from './styles';

const SHOWN = 8;

export function ImportProblems() {
  const problems = useSimulation((s) => s.importProblems);
  if (!problems) return null;
  const more = problems.messages.length - SHOWN;
  return (
    <div role="alert" className="mx-3 mb-2 rounded-md border-2 border-red-700 bg-red-50 p-2 text-sm text-red-950 dark:border-red-400 dark:bg-red-950 dark:text-red-50">
      <div className="flex items-start gap-2">
        <p className="flex-1 font-semibold">
          {problems.fileName} was not loaded — nothing changed. Fix {problems.messages.length === 1 ? 'this problem' : 'these problems'} and import it again:
        </p>
        <button type="button" className={`${iconButton} h-7 w-7`} aria-label="Dismiss the import problems" onClick={() => useSimulation.getState().dismissImportProblems()}>
          <X aria-hidden className="h-4 w-4" />
        </button>
      </div>
      <ul className="mt-1 list-disc pl-5">
        {problems.messages.slice(0, SHOWN).map((m, i) => (
          <li key={i}>{m}</li>
        ))}
      </ul>
      {more > 0 && <p className="mt-1">…and {more} more.</p>}
    </div>
  );
}
