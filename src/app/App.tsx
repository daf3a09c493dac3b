/** The editor shell: toolbar, palette, canvas, inspector and problems, sized for a 1280×720 projector. */
import { lazy, Suspense, useCallback, useEffect, useRef, useState, type ReactNode } from 'react';
import { ReactFlowProvider } from '@xyflow/react';
import { ChevronDown, ChevronUp } from 'lucide-react';
import { JourneyCanvas } from '../canvas/JourneyCanvas';
import { Palette } from '../panels/Palette';
import { Inspector } from '../panels/inspector/Inspector';
import { ValidationPanel } from '../panels/ValidationPanel';
import { useProblems } from '../store/derived';
import { COMMANDS_BY_ID } from './commands';
import { Toolbar } from './Toolbar';
import { ShortcutsDialog } from './ShortcutsDialog';
import { Notice } from './Notice';
import { TOAST_STACK } from './Toast';
import { EmptyHint } from './EmptyHint';
import { useCommandContext } from './useCommandContext';
import { useShortcuts } from './useShortcuts';
import type { NodeKind } from '../model/journey';
import { ImportProblemsDialog, PersistenceBanner, ViewportKeeper } from './PersistenceBits';
import { usePersistence } from './persistence';
import { ImportProgress } from './ImportProgress';
import { importJourneyFile } from './import-export';
import { useFileDrop } from './useFileDrop';
import type { SnapshotsIntent } from '../library/SnapshotsDialog';
import { requestPersistentStorage } from './storage-info';
import { CompareView, SimulationBar, SimulationSidebar, useComparing, useSimulatorOpen } from '../simulation';
import { PresenterMount } from '../presenter/PresenterMount';
import { DiscoverEntry } from '../discover';

// The library and snapshots load when first opened (their own chunk), then stay mounted.
const LibraryDialog = lazy(() => import('../library/LibraryDialog').then((m) => ({ default: m.LibraryDialog })));
const SnapshotsDialog = lazy(() => import('../library/SnapshotsDialog').then((m) => ({ default: m.SnapshotsDialog })));

/** True from the first time `open` is true: the dialog's code is loaded then, and kept. */
function useOpenedOnce(open: boolean): boolean {
  const [opened, setOpened] = useState(open);
  if (open && !opened) setOpened(true);
  return opened || open;
}

function Editor({ notices }: { notices?: ReactNode }) {
  const [helpOpen, setHelpOpen] = useState(false);
  const [problemsOpen, setProblemsOpen] = useState(true);
  const problemsRef = useRef<HTMLElement>(null);
  const openHelp = useCallback(() => setHelpOpen(true), []);
  const importInput = useRef<HTMLInputElement>(null);
  const openImport = useCallback(() => importInput.current?.click(), []);
  // Start-up did not open the last journey (too large, or its opening never finished): show the library, which says why.
  const [libraryOpen, setLibraryOpen] = useState(() => usePersistence.getState().notOpened !== null);
  const openLibrary = useCallback(() => setLibraryOpen(true), []);
  const [snapshots, setSnapshots] = useState<SnapshotsIntent | null>(null);
  const openSnapshots = useCallback((intent: SnapshotsIntent) => setSnapshots(intent), []);
  const closeSnapshots = useCallback(() => setSnapshots(null), []);
  const closeLibrary = useCallback(() => setLibraryOpen(false), []);
  const snapshotsFromLibrary = useCallback(() => {
    setLibraryOpen(false);
    setSnapshots('browse');
  }, []);
  const libraryLoaded = useOpenedOnce(libraryOpen);
  const snapshotsLoaded = useOpenedOnce(snapshots !== null);
  const ctx = useCommandContext(openHelp, openImport, openLibrary, openSnapshots);
  useFileDrop();
  useShortcuts(ctx);
  // Simulating: palette and inspector give way to the results; comparing: two canvases replace the editor's.
  const simulating = useSimulatorOpen();
  const comparing = useComparing();
  const problems = useProblems();
  const showProblems = () => {
    setProblemsOpen(true);
    requestAnimationFrame(() => problemsRef.current?.focus());
  };
  const add = (kind: NodeKind) => void COMMANDS_BY_ID.get(`add-${kind}`)!.perform(ctx);

  return (
    // data-app-shell / data-app-stage: presenter mode hides everything but the canvas (presenter.css).
    <div data-app-shell className="flex h-screen flex-col bg-slate-50 text-slate-900 dark:bg-slate-950 dark:text-slate-50">
      <Toolbar ctx={ctx} onShowProblems={showProblems} />
      <PersistenceBanner />
      <ImportProgress />
      <ViewportKeeper />
      <input
        ref={importInput}
        type="file"
        accept=".json,application/json"
        className="sr-only"
        tabIndex={-1}
        aria-label="Journey file to import"
        onChange={(e) => {
          const file = e.target.files?.[0];
          e.target.value = '';
          if (file) void importJourneyFile(file);
        }}
      />
      <div data-app-stage className="flex min-h-0 flex-1">
        {!simulating && <aside className="w-48 shrink-0 overflow-y-auto border-r border-slate-300 bg-white dark:border-slate-700 dark:bg-slate-900">
          <Palette onAdd={add} />
        </aside>}
        <main className="relative min-w-0 flex-1" aria-label="Journey editor">
          <h1 className="sr-only">Journey Designer</h1>
          {comparing ? <CompareView /> : <JourneyCanvas />}
          <EmptyHint />
          <div className={TOAST_STACK} data-toasts>
            {notices}
            <Notice />
          </div>
          <PresenterMount />
        </main>
        {simulating ? <SimulationSidebar /> : <aside className="flex w-80 shrink-0 flex-col border-l border-slate-300 bg-white dark:border-slate-700 dark:bg-slate-900" aria-label="Inspector and problems">
          <section className="min-h-0 flex-1 overflow-y-auto" aria-label="Inspector">
            <Inspector />
          </section>
          <section
            ref={problemsRef}
            tabIndex={-1}
            aria-label="Problems"
            className={`flex shrink-0 flex-col border-t border-slate-300 focus:outline-none dark:border-slate-700 ${problemsOpen ? 'max-h-[40%]' : ''}`}
          >
            <h2>
              <button
                type="button"
                className="flex w-full items-center gap-2 px-3 py-2 text-left text-sm font-semibold hover:bg-slate-100 focus:outline-none focus-visible:ring-2 focus-visible:ring-inset focus-visible:ring-blue-500 dark:hover:bg-slate-800"
                aria-expanded={problemsOpen}
                onClick={() => setProblemsOpen((o) => !o)}
              >
                Problems ({problems.length})
                {problemsOpen ? <ChevronDown aria-hidden className="ml-auto h-4 w-4" /> : <ChevronUp aria-hidden className="ml-auto h-4 w-4" />}
              </button>
            </h2>
            {problemsOpen && (
              <div className="min-h-0 overflow-y-auto">
                <ValidationPanel />
              </div>
            )}
          </section>
        </aside>}
      </div>
      {simulating && <SimulationBar />}
      <ShortcutsDialog open={helpOpen} onClose={() => setHelpOpen(false)} />
      <ImportProblemsDialog />
      <DiscoverEntry />
      <Suspense fallback={null}>
        {libraryLoaded && <LibraryDialog open={libraryOpen} onClose={closeLibrary} onOpenSnapshots={snapshotsFromLibrary} />}
        {snapshotsLoaded && <SnapshotsDialog intent={snapshots} onClose={closeSnapshots} />}
      </Suspense>
    </div>
  );
}

/** `notices`: app-level notices from the production entry (the offline and update prompts), shown with the editor's own. */
export function App({ notices }: { notices?: ReactNode } = {}) {
  // Ask once that the browser keep the library when space runs low; nothing waits for the answer.
  useEffect(() => void requestPersistentStorage(), []);
  return (
    <ReactFlowProvider>
      <Editor notices={notices} />
    </ReactFlowProvider>
  );
}
