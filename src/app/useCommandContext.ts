/** Builds the command context from the canvas viewport (React Flow) — the only view facts commands need. */
import { useMemo } from 'react';
import { useReactFlow } from '@xyflow/react';
import type { CommandContext } from './commands';
import { exportJourneyPicture } from './export-image';
import { useEditor } from '../store/editor';
import { useReadableFit } from '../canvas/readable-fit';

export function useCommandContext(openHelp: () => void, openImport: () => void, openLibrary: () => void, openSnapshots: CommandContext['openSnapshots']): CommandContext {
  const flow = useReactFlow();
  const fit = useReadableFit();
  return useMemo(
    () => ({
      viewportCenter: () => {
        const pane = document.querySelector('.react-flow');
        const rect = pane?.getBoundingClientRect();
        if (!rect) return { x: 0, y: 0 };
        return flow.screenToFlowPosition({ x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 });
      },
      fitView: () => fit(300),
      resetView: () => void flow.setViewport({ x: 0, y: 0, zoom: 1 }),
      reveal: (rect) => {
        const pane = document.querySelector('.react-flow')?.getBoundingClientRect();
        if (!pane) return;
        const topLeft = flow.screenToFlowPosition({ x: pane.left, y: pane.top });
        const bottomRight = flow.screenToFlowPosition({ x: pane.right, y: pane.bottom });
        const inside = rect.x >= topLeft.x && rect.y >= topLeft.y && rect.x + rect.width <= bottomRight.x && rect.y + rect.height <= bottomRight.y;
        if (!inside) void flow.setCenter(rect.x + rect.width / 2, rect.y + rect.height / 2, { zoom: flow.getZoom(), duration: 300 });
      },
      nodeSizes: () => {
        const sizes = new Map<string, { width: number; height: number }>();
        for (const n of flow.getNodes()) if (n.measured?.width && n.measured.height) sizes.set(n.id, { width: n.measured.width, height: n.measured.height });
        return sizes;
      },
      openHelp,
      openImport,
      openLibrary,
      openSnapshots,
      exportImage: async (format) => {
        // Drawn from the journey itself, not the canvas: the zoom and what is on screen do not matter.
        try {
          await exportJourneyPicture(useEditor.getState().journey, format);
        } catch (error) {
          useEditor.getState().notify(`The picture could not be made: ${(error as Error).message}`);
        }
      },
    }),
    [flow, fit, openHelp, openImport, openLibrary, openSnapshots],
  );
}
