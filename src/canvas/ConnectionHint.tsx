/** While a connection is dragged over a node it may not join, says why — before the user lets go. */
import { useConnection } from '@xyflow/react';
import { useEditor } from '../store/editor';
import { checkConnection } from '../model/grammar';

export function ConnectionHint() {
  // Over a card but away from its handles React Flow reports `isValid: null`, not false: the grammar decides.
  const refused = useConnection((s) => s.inProgress && s.toNode !== null && s.isValid !== true);
  const from = useConnection((s) => s.fromNode?.id ?? null);
  const to = useConnection((s) => s.toNode?.id ?? null);
  const journey = useEditor((s) => s.journey);
  // Back over the card it started from: no hint, letting go there simply cancels.
  if (!refused || !from || !to || from === to) return null;
  const check = checkConnection(journey, from, to);
  if (check.ok) return null;
  return (
    <div role="status" className="pointer-events-none absolute left-1/2 top-3 z-10 -translate-x-1/2 rounded-md bg-red-700 px-3 py-2 text-sm font-medium text-white shadow-lg">
      Can’t connect: {check.reason}
    </div>
  );
}
