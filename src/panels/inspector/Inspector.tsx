/** The inspector: edits the selected node or connection, typed per kind, with its problems inline. */
import { Copy, Trash2 } from 'lucide-react';
import { useEditor } from '../../store/editor';
import { useProblems } from '../../store/derived';
import { KIND_LABELS } from '../../model/factory';
import { KIND_STYLES } from '../../canvas/kinds';
import { buttonClass } from '../fields';
import { ActionForm, EventForm, NoteForm, PersonaForm } from './NodeForms';
import { DecisionForm } from './DecisionForm';
import { EdgeForm } from './EdgeForm';
import { ConnectTo } from './ConnectTo';

export function Inspector() {
  const journey = useEditor((s) => s.journey);
  const selection = useEditor((s) => s.selection);
  const problems = useProblems();
  const nodes = journey.nodes.filter((n) => selection.nodeIds.includes(n.id));
  const edges = journey.edges.filter((e) => selection.edgeIds.includes(e.id));

  if (nodes.length + edges.length === 0) {
    return (
      <div className="space-y-2 p-3 text-sm text-slate-700 dark:text-slate-200">
        <p>Select a node or a connection to edit it here.</p>
        <p>Tip: press <kbd className="rounded border px-1">?</kbd> for keyboard shortcuts.</p>
      </div>
    );
  }
  if (nodes.length + edges.length > 1) {
    return (
      <div className="space-y-3 p-3">
        <h2 className="text-base font-semibold">
          {nodes.length} node{nodes.length === 1 ? '' : 's'} and {edges.length} connection{edges.length === 1 ? '' : 's'} selected
        </h2>
        <div className="flex flex-wrap gap-2">
          <button type="button" className={buttonClass} onClick={() => useEditor.getState().duplicateSelection()} disabled={nodes.length === 0}>
            <Copy aria-hidden className="h-4 w-4" /> Duplicate
          </button>
          <button type="button" className={buttonClass} onClick={() => useEditor.getState().deleteSelection()}>
            <Trash2 aria-hidden className="h-4 w-4" /> Delete
          </button>
          {edges.length > 0 && (
            <button type="button" className={buttonClass} onClick={() => useEditor.getState().markStaticRoute(edges.map((e) => e.id))}>
              Mark as static route
            </button>
          )}
        </div>
      </div>
    );
  }

  const node = nodes[0];
  const edge = edges[0];
  const own = problems.filter((p) => (node ? p.nodeId === node.id && !p.edgeId : p.edgeId === edge?.id) || (node && p.nodeId === node.id));
  const Icon = node ? KIND_STYLES[node.kind].icon : null;
  return (
    <div className="space-y-3 p-3">
      <div className="flex items-center gap-2">
        {Icon && node && (
          <span className={`inline-flex items-center gap-1 rounded px-1.5 py-0.5 text-xs font-semibold ${KIND_STYLES[node.kind].badge}`}>
            <Icon aria-hidden className="h-3.5 w-3.5" /> {KIND_LABELS[node.kind]}
          </span>
        )}
        <h2 className="text-base font-semibold">{node ? 'Edit ' + KIND_LABELS[node.kind].toLowerCase() : 'Edit connection'}</h2>
        {node && (
          <button type="button" className={`${buttonClass} ml-auto`} onClick={() => useEditor.getState().deleteSelection()} aria-label={`Delete this ${node.kind}`}>
            <Trash2 aria-hidden className="h-4 w-4" />
          </button>
        )}
      </div>
      {own.length > 0 && (
        <ul className="space-y-1 rounded-md border border-red-300 bg-red-50 p-2 text-xs text-red-900 dark:border-red-800 dark:bg-red-950 dark:text-red-100" aria-label="Problems here">
          {own.map((p) => (
            <li key={p.id}>
              <strong>{p.severity === 'error' ? 'Error' : 'Warning'}:</strong> {p.message}
            </li>
          ))}
        </ul>
      )}
      {node?.kind === 'persona' && <PersonaForm key={node.id} node={node} />}
      {node?.kind === 'event' && <EventForm key={node.id} node={node} />}
      {node?.kind === 'decision' && <DecisionForm key={node.id} node={node} />}
      {node?.kind === 'action' && <ActionForm key={node.id} node={node} />}
      {node?.kind === 'note' && <NoteForm key={node.id} node={node} />}
      {node && <ConnectTo key={`connect-${node.id}`} node={node} journey={journey} />}
      {edge && <EdgeForm key={edge.id} edge={edge} journey={journey} />}
    </div>
  );
}
