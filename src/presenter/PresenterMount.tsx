/**
 * Presenter mode as the editor shell sees it: mounted inside the canvas area, it marks the page
 * while presenting (presenter.css hides the chrome and enlarges the type), registers the editor's
 * canvas for the camera, and loads the room's stage and the stops list on first use.
 */
import { lazy, Suspense, useEffect } from 'react';
import { useReactFlow, useStoreApi } from '@xyflow/react';
import { ListOrdered } from 'lucide-react';
import { useEditor } from '../store/editor';
import { PRESENTER_TITLE_PX } from '../model/camera';
import { usePresenter } from './store';
import { registerEditorCanvas } from './view';
import { toggleStopsList } from './entry';
import './presenter.css';

const PresenterStage = lazy(() => import('./stage/PresenterStage').then((m) => ({ default: m.PresenterStage })));
const StopsList = lazy(() => import('./list/StopsList').then((m) => ({ default: m.StopsList })));

/** The editor's canvas, for the camera (it lives in the shell's React Flow provider). */
function useEditorCanvasHandle() {
  const flow = useReactFlow();
  const store = useStoreApi();
  useEffect(
    () =>
      registerEditorCanvas({
        element: () => store.getState().domNode,
        getViewport: () => flow.getViewport(),
        setViewport: async (viewport, options) => void (await flow.setViewport(viewport, options)),
      }),
    [flow, store],
  );
}

export function PresenterMount() {
  const presenting = usePresenter((s) => s.presenting);
  const highContrast = usePresenter((s) => s.highContrast);
  const listOpen = usePresenter((s) => s.listOpen);
  useEditorCanvasHandle();
  useEffect(() => {
    const root = document.documentElement;
    if (presenting) root.dataset.presenting = '';
    else delete root.dataset.presenting;
    root.style.setProperty('--presenter-title', `${PRESENTER_TITLE_PX}px`);
    if (presenting && highContrast) root.dataset.contrast = 'high';
    else delete root.dataset.contrast;
  }, [presenting, highContrast]);
  return (
    <Suspense fallback={null}>
      {presenting ? <PresenterStage /> : listOpen ? <StopsList /> : <StopsToggle />}
    </Suspense>
  );
}

/** Opens the stops list: a small control in the canvas's corner, beside the zoom buttons. */
function StopsToggle() {
  const count = useEditor((s) => s.journey.stops.length);
  return (
    <button
      type="button"
      className="absolute bottom-4 left-14 z-10 inline-flex h-8 items-center gap-1.5 rounded-md border border-slate-300 bg-white px-2 text-sm font-semibold text-slate-900 shadow-sm hover:bg-slate-100 focus:outline-none focus-visible:ring-2 focus-visible:ring-blue-500 dark:border-slate-600 dark:bg-slate-900 dark:text-slate-50 dark:hover:bg-slate-800"
      aria-expanded={false}
      data-stops-toggle
      title="The stops of this journey’s presentation (S)"
      onClick={toggleStopsList}
    >
      <ListOrdered aria-hidden className="h-4 w-4" />
      Stops ({count})
    </button>
  );
}
