/** A selected connection: its branch or likelihood, and whether it is on the static route. */
import { Route, Trash2 } from 'lucide-react';
import type { Journey, JourneyEdge } from '../../model/journey';
import { nodeLabel } from '../../model/journey';
import { useEditor } from '../../store/editor';
import { buttonClass, NumberField, TextField } from '../fields';
import { ConditionEditor } from './ConditionEditor';
import { conditionFields } from './DecisionForm';

export function EdgeForm({ edge, journey }: { edge: JourneyEdge; journey: Journey }) {
  const source = journey.nodes.find((n) => n.id === edge.source);
  const target = journey.nodes.find((n) => n.id === edge.target);
  const onRoute = journey.staticRoute.includes(edge.id);
  const step = journey.staticRoute.indexOf(edge.id) + 1;
  return (
    <div className="space-y-3">
      <p className="text-sm text-slate-800 dark:text-slate-100">
        From <strong>{source ? nodeLabel(source) : '?'}</strong> to <strong>{target ? nodeLabel(target) : '?'}</strong>
      </p>
      {edge.branch && (
        <>
          <TextField label="Branch label" value={edge.branch.label} onChange={(label) => useEditor.getState().updateBranch(edge.id, { label })} />
          {edge.branch.percent !== null ? (
            <NumberField label="Share of customers" suffix="%" min={0} max={100} value={edge.branch.percent} onChange={(percent) => useEditor.getState().updateBranch(edge.id, { percent })} />
          ) : edge.branch.otherwise ? (
            <p className="text-xs text-slate-700 dark:text-slate-200">Otherwise branch — taken when no other condition holds.</p>
          ) : (
            <ConditionEditor edgeId={edge.id} condition={edge.branch.condition} fields={conditionFields(journey)} branchName={edge.branch.label || 'this branch'} />
          )}
        </>
      )}
      {source?.kind === 'action' && (
        <NumberField
          label="Likelihood the customer does this next"
          suffix="%"
          min={0}
          max={100}
          value={edge.likelihood === null ? null : Math.round(edge.likelihood * 1000) / 10}
          hint="Used to generate populations for simulation."
          onChange={(v) => useEditor.getState().updateEdge(edge.id, { likelihood: v / 100 })}
        />
      )}
      <div className="flex flex-wrap gap-2">
        <button type="button" className={buttonClass} aria-pressed={onRoute} onClick={() => useEditor.getState().toggleStaticRoute(edge.id)}>
          <Route aria-hidden className="h-4 w-4" />
          {onRoute ? `Remove from static route (step ${step})` : 'Add to static route'}
        </button>
        <button type="button" className={buttonClass} onClick={() => useEditor.getState().deleteSelection()}>
          <Trash2 aria-hidden className="h-4 w-4" /> Delete connection
        </button>
      </div>
    </div>
  );
}
