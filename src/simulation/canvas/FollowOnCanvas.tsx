/** In static or dynamic mode the editor's own canvas shows the playback: it follows the customer too (follow.ts). */
import { useCallback } from 'react';
import { useReactFlow, useStoreApi } from '@xyflow/react';
import type { JourneyFlowEdge, JourneyFlowNode } from '../../canvas/flow-types';
import { useEditor } from '../../store/editor';
import { useComparing } from '../hooks';
import { mainSide, useSimulation } from '../store';
import { followNow, useOnCustomerMove } from './follow';

export function FollowOnCanvas() {
  const flow = useReactFlow<JourneyFlowNode, JourneyFlowEdge>();
  const store = useStoreApi<JourneyFlowNode, JourneyFlowEdge>();
  // Comparing, the two canvases of the compare view follow instead.
  const comparing = useComparing();
  const follow = useCallback(() => {
    const { width, height } = store.getState();
    followNow({ [mainSide(useSimulation.getState().mode)]: flow }, useEditor.getState().journey, { width, height }, true);
  }, [flow, store]);
  useOnCustomerMove(follow, !comparing);
  return null;
}
