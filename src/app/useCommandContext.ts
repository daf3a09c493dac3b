/** Builds the command context from the canvas viewport (React Flow) — the only view facts commands need. */
import { useMemo } from 'react';
import { useReactFlow } from '@xyflow/react';
import type { CommandContext } from './commands';

export function useCommandContext(openHelp: () => void, openImport: () => void, openLibrary: () => void): CommandContext {
  const flow = useReactFlow();
  return useMemo(
    () => ({
      viewportCenter: () => {
        const pane = document.querySelector('.react-flow');
        const rect = pane?.getBoundingClientRect();
        if (!rect) return { x: 0, y: 0 };
        return flow.screenToFlowPosition({ x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 });
      },
      fitView: () => void flow.fitView({ padding: 0.15, maxZoom: 1, duration: 300 }),
      resetView: () => void flow.setViewport({ x: 0, y: 0, zoom: 1 }),
      nodeSizes: () => {
        const sizes = new Map<string, { width: number; height: number }>();
        for (const n of flow.getNodes()) if (n.measured?.width && n.measured.height) sizes.set(n.id, { width: n.measured.width, height: n.measured.height });
        return sizes;
      },
      openHelp,
      openImport,
      openLibrary,
    }),
    [flow, openHelp, openImport, openLibrary],
  );
}
