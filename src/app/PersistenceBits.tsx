/** What the user sees of saving: a status in the toolbar, and banners for errors and conflicts. */
import { useEffect, useRef } from 'react';
import { useModalDialog } from './useModalDialog';
import { useNodesInitialized, useOnViewportChange, useReactFlow } from '@xyflow/react';
import { useReadableFit } from '../canvas/readable-fit';
import { AlertTriangle, Check, Loader2, X } from 'lucide-react';
import { currentPersistence, usePersistence } from './persistence';
import { exportCurrentJourney, useImportProblems } from './import-export';
import { iconButtonClass } from '../panels/fields';
import { useEditor } from '../store/editor';

export function SaveStatus() {
  const status = usePersistence((s) => s.status);
  const text =
    status.state === 'saved' ? 'Saved' : status.state === 'saving' || status.state === 'pending' ? 'Saving…' : status.state === 'loading' ? 'Opening…' : 'Not saved';
  const Icon = status.state === 'saved' ? Check : status.state === 'error' || status.state === 'conflict' ? AlertTriangle : Loader2;
  return (
    <span role="status" aria-live="polite" className={`inline-flex items-center gap-1 px-2 text-sm ${text === 'Not saved' ? 'font-semibold text-red-800 dark:text-red-300' : 'text-slate-700 dark:text-slate-200'}`}>
      <Icon aria-hidden className="h-4 w-4" />
      {text}
    </span>
  );
}

const bannerButton = 'rounded-md bg-white px-2 py-1 text-sm font-semibold text-slate-900 hover:bg-slate-100 focus:outline-none focus-visible:ring-2 focus-visible:ring-white';

/** A failed write or a conflicting tab: says what happened and what the user can do; the edits stay. */
export function PersistenceBanner() {
  const status = usePersistence((s) => s.status);
  const outdated = usePersistence((s) => s.outdated);
  if (outdated) {
    return (
      <div role="alert" className="flex items-center gap-3 bg-red-800 px-3 py-2 text-sm text-white">
        <AlertTriangle aria-hidden className="h-5 w-5 shrink-0" />
        <span className="flex-1">
          A newer version of Journey Designer was opened in another tab, so this tab can no longer save. Reload it to carry on: your
          edits here are kept and saved after the reload.
        </span>
        <button type="button" className={bannerButton} onClick={() => currentPersistence()?.reloadPage()}>
          Reload this tab
        </button>
        <button type="button" className={bannerButton} onClick={exportCurrentJourney}>
          Export the journey
        </button>
      </div>
    );
  }
  if (status.state === 'error') {
    return (
      <div role="alert" className="flex items-center gap-3 bg-red-800 px-3 py-2 text-sm text-white">
        <AlertTriangle aria-hidden className="h-5 w-5 shrink-0" />
        <span className="flex-1">
          {status.message}
          {status.retrying && ' Saving is tried again by itself, and this banner goes once it works.'}
        </span>
        <button type="button" className={bannerButton} onClick={exportCurrentJourney}>
          Export the journey
        </button>
        <button type="button" className={bannerButton} onClick={() => void currentPersistence()?.flush()}>
          Try saving again
        </button>
      </div>
    );
  }
  if (status.state === 'conflict') {
    return (
      <div role="alert" className="flex items-center gap-3 bg-amber-800 px-3 py-2 text-sm text-white">
        <AlertTriangle aria-hidden className="h-5 w-5 shrink-0" />
        <span className="flex-1">
          {status.theirs
            ? 'This journey was changed in another tab. Your edits here are not saved yet — choose which version to keep.'
            : 'This journey was deleted in another tab. Your edits here are kept in this tab.'}
        </span>
        {status.theirs && (
          <button type="button" className={bannerButton} onClick={() => void currentPersistence()?.useTheirs()}>
            Load the other tab’s version
          </button>
        )}
        <button type="button" className={bannerButton} onClick={() => currentPersistence()?.keepMineAsCopy()}>
          Keep mine as a copy
        </button>
      </div>
    );
  }
  return null;
}

/** Restores the saved viewport when a journey opens, and remembers it when the user pans or zooms. */
export function ViewportKeeper() {
  const opened = usePersistence((s) => s.openedViewport);
  const flow = useReactFlow();
  const fit = useReadableFit();
  // Applied once the nodes are measured, after the canvas's own first fit, so it wins.
  const initialized = useNodesInitialized();
  const applied = useRef(0);
  useEffect(() => {
    if (!opened || !initialized || applied.current === opened.seq) return;
    applied.current = opened.seq;
    if (opened.viewport) void flow.setViewport(opened.viewport);
    else fit();
  }, [opened, initialized, flow, fit]);
  useOnViewportChange({ onEnd: (viewport) => currentPersistence()?.viewportChanged(viewport) });
  useOpeningFinished();
  return null;
}

/**
 * Tells persistence when the journey the editor shows has been drawn, so its opening counts as
 * finished: after the frame that shows it (two animation frames), or — in a tab in the
 * background, where frames do not run — after the render. A page that freezes or dies before
 * then leaves the note, and the next start does not reopen that journey by itself.
 */
function useOpeningFinished() {
  const journeyId = useEditor((s) => s.journey.id);
  const opened = usePersistence((s) => s.openedViewport?.seq);
  useEffect(() => {
    let frame = 0;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const report = () => currentPersistence()?.openFinished(journeyId);
    if (document.visibilityState === 'hidden') timer = setTimeout(report, 0);
    else frame = requestAnimationFrame(() => (frame = requestAnimationFrame(() => (timer = setTimeout(report, 0)))));
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, [journeyId, opened]);
}

/** Every problem of a file that could not be imported — nothing in the library was changed. */
export function ImportProblemsDialog() {
  const report = useImportProblems((s) => s.report);
  const ref = useModalDialog(report !== null);
  const close = () => useImportProblems.setState({ report: null });
  return (
    <dialog
      ref={ref}
      onClose={close}
      onCancel={close}
      aria-labelledby="import-problems-title"
      className="m-auto max-h-[80vh] w-[640px] max-w-[95vw] overflow-auto rounded-xl bg-white p-5 text-slate-900 shadow-2xl backdrop:bg-slate-900/50 dark:bg-slate-900 dark:text-slate-50"
    >
      <div className="mb-2 flex items-center">
        <h2 id="import-problems-title" className="text-lg font-semibold">
          Could not import {report?.source ?? 'the file'}
        </h2>
        <button type="button" className={`${iconButtonClass} ml-auto`} aria-label="Close" onClick={close}>
          <X aria-hidden className="h-5 w-5" />
        </button>
      </div>
      <p className="mb-2 text-sm">Nothing was changed in your library. What is wrong with the file:</p>
      <ul className="list-disc space-y-1 pl-5 text-sm" aria-label="Problems in the file">
        {report?.problems.map((p, i) => (
          <li key={i}>
            {p.path && <code className="mr-1 rounded bg-slate-100 px-1 font-mono text-xs dark:bg-slate-800">{p.path}</code>}
            {p.message}
          </li>
        ))}
      </ul>
    </dialog>
  );
}
