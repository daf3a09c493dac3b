/** One memoised component per node kind; each shows the one or two facts that matter for its kind. */
import { memo } from 'react';
import type { NodeProps } from '@xyflow/react';
import type { ActionNode, DecisionNode, EventNode, NoteNode, PersonaNode } from '../../model/journey';
import type { JourneyFlowNode } from '../flow-types';
import { actionFact, decisionFact, eventChannelFact, formatMinutes, personaFacts } from '../../model/labels';
import { ExitIcon, GoalIcon, TimerIcon } from '../kinds';
import { NodeCard } from './NodeCard';
import { portsOf } from '../declared-handles';

type Props = NodeProps<JourneyFlowNode>;

export const PersonaNodeView = memo(function PersonaNodeView({ data, selected }: Props) {
  const node = data.node as PersonaNode;
  return (
    <NodeCard
      kind="persona"
      name={node.name}
      selected={selected}
      onRoute={data.onRoute}
      problems={data.problems}
      {...portsOf(node)}
      facts={
        <>
          {personaFacts(node).map((fact) => (
            <div key={fact}>{fact}</div>
          ))}
        </>
      }
    />
  );
});

export const EventNodeView = memo(function EventNodeView({ data, selected }: Props) {
  const node = data.node as EventNode;
  return (
    <NodeCard
      kind="event"
      name={node.name}
      selected={selected}
      onRoute={data.onRoute}
      problems={data.problems}
      {...portsOf(node)}
      badge={
        node.timer ? (
          <span className="inline-flex items-center gap-0.5 rounded bg-slate-700 px-1 py-0.5 text-white">
            <TimerIcon aria-hidden className="h-3.5 w-3.5" /> {formatMinutes(node.timer.afterMinutes)}
          </span>
        ) : undefined
      }
      facts={
        <div className="flex flex-wrap gap-x-2">
          <code className="font-mono">{node.eventKey}</code>
          <span>{eventChannelFact(node)}</span>
        </div>
      }
    />
  );
});

export const DecisionNodeView = memo(function DecisionNodeView({ data, selected }: Props) {
  const node = data.node as DecisionNode;
  const count = data.branchCount;
  return (
    <NodeCard
      kind="decision"
      name={node.name}
      selected={selected}
      onRoute={data.onRoute}
      problems={data.problems}
      {...portsOf(node)}
      facts={
        <div>{decisionFact(node, count)}</div>
      }
    />
  );
});

export const ActionNodeView = memo(function ActionNodeView({ data, selected }: Props) {
  const node = data.node as ActionNode;
  return (
    <NodeCard
      kind="action"
      name={node.name}
      selected={selected}
      onRoute={data.onRoute}
      problems={data.problems}
      {...portsOf(node)}
      badge={
        node.outcome === 'goal' ? (
          <span className="inline-flex items-center gap-0.5 rounded bg-green-800 px-1 py-0.5 text-white">
            <GoalIcon aria-hidden className="h-3.5 w-3.5" /> Goal
          </span>
        ) : node.outcome === 'exit' ? (
          <span className="inline-flex items-center gap-0.5 rounded bg-slate-700 px-1 py-0.5 text-white">
            <ExitIcon aria-hidden className="h-3.5 w-3.5" /> Exit
          </span>
        ) : undefined
      }
      facts={
        <div>{actionFact(node)}</div>
      }
    />
  );
});

const NOTE_CLASSES: Record<NoteNode['color'], string> = {
  yellow: 'bg-yellow-100 border-yellow-400 text-yellow-950 dark:bg-yellow-900 dark:text-yellow-50',
  pink: 'bg-pink-100 border-pink-400 text-pink-950 dark:bg-pink-900 dark:text-pink-50',
  blue: 'bg-blue-100 border-blue-400 text-blue-950 dark:bg-blue-900 dark:text-blue-50',
  green: 'bg-green-100 border-green-400 text-green-950 dark:bg-green-900 dark:text-green-50',
};

export const NoteNodeView = memo(function NoteNodeView({ data, selected }: Props) {
  const node = data.node as NoteNode;
  return (
    <div
      className={`min-h-20 w-52 whitespace-pre-wrap break-words rounded-sm border px-3 py-2 text-sm shadow-md ${NOTE_CLASSES[node.color]} ${selected ? 'ring-4 ring-blue-500/70' : ''}`}
      data-kind="note"
    >
      {node.text || <span className="italic opacity-80">Empty note — type in the inspector</span>}
    </div>
  );
});

/** At module scope so React Flow never sees a new object (its performance guide). */
export const nodeTypes = {
  persona: PersonaNodeView,
  event: EventNodeView,
  decision: DecisionNodeView,
  action: ActionNodeView,
  note: NoteNodeView,
};
