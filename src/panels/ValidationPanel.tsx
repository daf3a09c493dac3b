/** Every problem in the journey; choosing one selects and centres its node. */
import { AlertTriangle, CircleCheck, OctagonAlert } from 'lucide-react';
import { useEditor } from '../store/editor';
import { useProblems } from '../store/derived';

export function ValidationPanel() {
  const problems = useProblems();
  const journey = useEditor((s) => s.journey);
  if (problems.length === 0) {
    return (
      <p className="flex items-center gap-2 p-3 text-sm text-green-800 dark:text-green-300">
        <CircleCheck aria-hidden className="h-4 w-4" /> No problems — this journey is ready to simulate.
      </p>
    );
  }
  return (
    <ul className="divide-y divide-slate-200 dark:divide-slate-700" aria-label="Problems">
      {problems.map((p) => {
        const target = p.nodeId ?? journey.edges.find((e) => e.id === p.edgeId)?.source;
        return (
          <li key={p.id}>
            <button
              type="button"
              className="flex w-full items-start gap-2 px-3 py-2 text-left text-sm hover:bg-slate-100 focus:outline-none focus-visible:ring-2 focus-visible:ring-inset focus-visible:ring-blue-500 disabled:cursor-default dark:hover:bg-slate-800"
              disabled={!target}
              onClick={() => {
                if (!target) return;
                useEditor.getState().focusNode(target);
                if (p.edgeId && !p.nodeId) useEditor.getState().select({ nodeIds: [], edgeIds: [p.edgeId] });
              }}
            >
              {p.severity === 'error' ? (
                <OctagonAlert aria-hidden className="mt-0.5 h-4 w-4 shrink-0 text-red-700 dark:text-red-400" />
              ) : (
                <AlertTriangle aria-hidden className="mt-0.5 h-4 w-4 shrink-0 text-amber-700 dark:text-amber-400" />
              )}
              <span>
                <span className="sr-only">{p.severity === 'error' ? 'Error: ' : 'Warning: '}</span>
                {p.message}
              </span>
            </button>
          </li>
        );
      })}
    </ul>
  );
}
