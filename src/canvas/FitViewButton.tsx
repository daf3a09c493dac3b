/** The zoom controls' Fit View, readable: React Flow's own would shrink a long journey until no card can be read. */
import { ControlButton, useReactFlow, useStoreApi, type Viewport } from '@xyflow/react';
import { Maximize } from 'lucide-react';
import type { Journey } from '../model/journey';
import type { JourneyFlowEdge, JourneyFlowNode } from './flow-types';
import { readableViewOf } from './readable-fit';

export function FitViewButton({ journey, onFitted }: { journey: () => Journey; onFitted?: (view: Viewport) => void }) {
  const flow = useReactFlow<JourneyFlowNode, JourneyFlowEdge>();
  const store = useStoreApi<JourneyFlowNode, JourneyFlowEdge>();
  const fit = () => {
    const { width, height } = store.getState();
    const view = readableViewOf(flow, journey(), { width, height });
    if (!view) return;
    void flow.setViewport(view, { duration: 300 });
    onFitted?.(view);
  };
  return (
    <ControlButton className="react-flow__controls-fitview" title="Fit View" aria-label="Fit View" onClick={fit}>
      <Maximize aria-hidden />
    </ControlButton>
  );
}
