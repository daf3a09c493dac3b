/** While a connection is dragged over a node it may not join, says why — before the user lets go. */
import { useConnection } from '@xyflow/react';
import { useEditor } from '../store/editor';
import { checkConnection } from '../model/grammar';

export function ConnectionHint() {
  const refused = useConnection((s) => s.inProgress && s.toNode !== null && s.isValid === false);
  const from = useConnection((s) => s.fromNode?.id ?? null);
  const to = useConnection((s) => s.toNode?.id ?? null);
  const journey = useEditor((s) => s.journey);
  if (!refused || !from || !to) return null;
  const check = checkConnection(journey, from, to);
  if (check.ok) return null;
  return (
    <div role="status" className="pointer-events-none absolute left-1/2 top-3 z-10 -translate-x-1/2 rounded-md bg-red-700 px-3 py-2 text-sm font-medium text-white shadow-lg">
      Can’t connect: {check.reason}
    </div>
  );
}
