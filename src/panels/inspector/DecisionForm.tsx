/** A decision and its ordered branches: labels, conditions or split percentages, otherwise, order. */
import { ArrowDown, ArrowUp } from 'lucide-react';
import type { DecisionNode, Journey, JourneyEdge } from '../../model/journey';
import { nodeLabel } from '../../model/journey';
import { CONTEXT_FIELDS, EVENT_FIELDS, PERSONA_FIELDS } from '../../model/conditions';
import { useEditor } from '../../store/editor';
import { iconButtonClass, NumberField, Section, SelectField, TextArea, TextField } from '../fields';
import { ConditionEditor } from './ConditionEditor';

/** Every field a condition can read in this journey, persona attributes included. */
export function conditionFields(journey: Journey): string[] {
  const attrs = new Set<string>();
  for (const n of journey.nodes) if (n.kind === 'persona') for (const k of Object.keys(n.attributes)) attrs.add(k);
  return [
    ...PERSONA_FIELDS.map((f) => `persona.${f}`),
    ...[...attrs].sort().map((a) => `persona.${a}`),
    ...EVENT_FIELDS.map((f) => `event.${f}`),
    ...CONTEXT_FIELDS.map((f) => `context.${f}`),
  ];
}

export function DecisionForm({ node }: { node: DecisionNode }) {
  const journey = useEditor((s) => s.journey);
  const branches = journey.edges.filter((e) => e.source === node.id);
  const fields = conditionFields(journey);
  const total = branches.reduce((sum, e) => sum + (e.branch?.percent ?? 0), 0);
  return (
    <div className="space-y-3">
      <TextField label="Name" value={node.name} onChange={(name) => useEditor.getState().updateNode(node.id, { name })} />
      <SelectField
        label="How it decides"
        value={node.mode}
        options={[
          { value: 'rules', label: 'Rules — first branch whose condition holds' },
          { value: 'split', label: 'Split — percentages (A/B test)' },
        ]}
        onChange={(mode) => useEditor.getState().setDecisionMode(node.id, mode)}
      />
      <TextArea label="Description" value={node.description} onChange={(description) => useEditor.getState().updateNode(node.id, { description })} />
      <Section title={`Branches (${branches.length})`}>
        {branches.length === 0 && (
          <p className="text-xs text-slate-600 dark:text-slate-300">Connect this decision to actions or decisions: each connection is a branch. The first becomes “otherwise”.</p>
        )}
        {node.mode === 'split' && branches.length > 0 && (
          <p className={`text-xs font-medium ${Math.abs(total - 100) < 1e-9 ? 'text-slate-700 dark:text-slate-200' : 'text-red-700 dark:text-red-300'}`}>
            Split total: {total}% {Math.abs(total - 100) < 1e-9 ? '' : '(must be 100%)'}
          </p>
        )}
        <ol className="space-y-2">
          {branches.map((edge, i) => (
            <BranchItem key={edge.id} edge={edge} index={i} count={branches.length} journey={journey} mode={node.mode} fields={fields} />
          ))}
        </ol>
      </Section>
    </div>
  );
}

function BranchItem({ edge, index, count, journey, mode, fields }: { edge: JourneyEdge; index: number; count: number; journey: Journey; mode: DecisionNode['mode']; fields: string[] }) {
  const target = journey.nodes.find((n) => n.id === edge.target);
  const branch = edge.branch ?? { label: '', otherwise: false, condition: null, percent: null };
  const name = branch.label || `branch ${index + 1}`;
  return (
    <li className="space-y-2 rounded-md border border-slate-300 p-2 dark:border-slate-600" aria-label={`Branch ${index + 1}: ${name}`}>
      <div className="flex items-center gap-1">
        <span className="text-xs font-semibold text-slate-700 dark:text-slate-200">
          {index + 1}. → {target ? nodeLabel(target) : 'missing node'}
        </span>
        <span className="ml-auto flex">
          <button type="button" className={iconButtonClass} aria-label={`Move ${name} up`} disabled={index === 0} onClick={() => useEditor.getState().moveBranch(edge.id, -1)}>
            <ArrowUp aria-hidden className="h-4 w-4" />
          </button>
          <button type="button" className={iconButtonClass} aria-label={`Move ${name} down`} disabled={index === count - 1} onClick={() => useEditor.getState().moveBranch(edge.id, 1)}>
            <ArrowDown aria-hidden className="h-4 w-4" />
          </button>
        </span>
      </div>
      <TextField label="Branch label" value={branch.label} onChange={(label) => useEditor.getState().updateBranch(edge.id, { label })} />
      {mode === 'split' ? (
        <NumberField label="Share of customers" suffix="%" min={0} max={100} value={branch.percent ?? 0} onChange={(percent) => useEditor.getState().updateBranch(edge.id, { percent })} />
      ) : branch.otherwise ? (
        <p className="text-xs text-slate-700 dark:text-slate-200">Otherwise — taken when no branch above holds.</p>
      ) : (
        <>
          <ConditionEditor edgeId={edge.id} condition={branch.condition} fields={fields} branchName={name} />
          <button type="button" className="text-xs font-medium text-blue-800 underline dark:text-blue-300" onClick={() => useEditor.getState().setOtherwiseBranch(edge.id)}>
            Make this the otherwise branch
          </button>
        </>
      )}
    </li>
  );
}
