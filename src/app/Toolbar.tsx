/** The top bar: the journey's name and the commands a facilitator reaches for most. */
import { useId } from 'react';
import { useStore } from 'zustand';
import { AlertTriangle, BookOpen, Footprints, Download, FileImage, Image as ImageIcon, Library, Upload, ClipboardPaste, Copy, FilePlus, Grid3x3, Keyboard, LayoutDashboard, Maximize, Presentation, Redo2, Undo2 } from 'lucide-react';
import { useEditor } from '../store/editor';
import { useProblems } from '../store/derived';
import { COMMANDS_BY_ID, displayKeys, type CommandContext } from './commands';
import { SaveStatus } from './PersistenceBits';
import { SimulateButton } from '../simulation';

const isMac = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);
const btn =
  'inline-flex h-8 items-center gap-1 rounded-md px-1.5 text-sm xl:px-2 font-medium text-slate-900 hover:bg-slate-200 focus:outline-none focus-visible:ring-2 focus-visible:ring-blue-500 disabled:cursor-not-allowed disabled:opacity-40 aria-pressed:bg-slate-300 dark:text-slate-50 dark:hover:bg-slate-700 dark:aria-pressed:bg-slate-600';

/**
 * `text` is shown beside the icon on wide screens only: on a 1280 px projector the toolbar
 * keeps its room for the journey's whole name; the command's name is in the tooltip.
 */
function ToolButton({ id, ctx, icon: Icon, text, disabled, pressed }: { id: string; ctx: CommandContext; icon: typeof Undo2; text?: string; disabled?: boolean; pressed?: boolean }) {
  const command = COMMANDS_BY_ID.get(id)!;
  const keys = command.keys[0] ? ` (${displayKeys(command.keys[0], isMac)})` : '';
  return (
    <button type="button" className={btn} aria-label={command.label} title={command.label + keys} disabled={disabled} aria-pressed={pressed} onClick={() => void command.perform(ctx)}>
      <Icon aria-hidden className="h-4 w-4" />
      {text && <span className="hidden 2xl:inline">{text}</span>}
    </button>
  );
}

export function Toolbar({ ctx, onShowProblems }: { ctx: CommandContext; onShowProblems: () => void }) {
  const nameId = useId();
  const name = useEditor((s) => s.journey.name);
  const snap = useEditor((s) => s.snapToGrid);
  const canUndo = useStore(useEditor.temporal, (s) => s.pastStates.length > 0);
  const canRedo = useStore(useEditor.temporal, (s) => s.futureStates.length > 0);
  const problems = useProblems();
  const errors = problems.filter((p) => p.severity === 'error').length;
  return (
    <header className="flex h-12 shrink-0 items-center gap-1 border-b border-slate-300 bg-white px-2 dark:border-slate-700 dark:bg-slate-900">
      <span className="mr-1 flex items-center gap-1.5 text-sm font-bold text-slate-900 dark:text-slate-50">
        <BookOpen aria-hidden className="h-5 w-5 text-blue-700 dark:text-blue-400" />
        {/* The name is the page's h1 for screen readers; on a 1280 px projector the toolbar needs the room. */}
        <span className="hidden whitespace-nowrap 2xl:inline">Journey Designer</span>
      </span>
      <label htmlFor={nameId} className="sr-only">
        Journey name
      </label>
      {/* As wide as the name (up to a limit), so the whole name shows, as a title does. */}
      <input
        id={nameId}
        className="h-8 min-w-32 max-w-96 rounded-md border border-transparent bg-transparent px-2 text-sm font-semibold text-slate-900 [field-sizing:content] hover:border-slate-300 focus:border-slate-400 focus:outline-none focus-visible:ring-2 focus-visible:ring-blue-500 dark:text-slate-50"
        value={name}
        title={name}
        onChange={(e) => useEditor.getState().renameJourney(e.target.value)}
      />
      <div className="mx-0.5 h-6 w-px bg-slate-300 xl:mx-1 dark:bg-slate-700" />
      <ToolButton id="open-library" ctx={ctx} icon={Library} text="Journeys" />
      <ToolButton id="new-journey" ctx={ctx} icon={FilePlus} text="New" />
      <ToolButton id="load-sample" ctx={ctx} icon={BookOpen} text="Sample" />
      <div className="mx-0.5 h-6 w-px bg-slate-300 xl:mx-1 dark:bg-slate-700" />
      <ToolButton id="undo" ctx={ctx} icon={Undo2} disabled={!canUndo} />
      <ToolButton id="redo" ctx={ctx} icon={Redo2} disabled={!canRedo} />
      <ToolButton id="copy" ctx={ctx} icon={Copy} />
      <ToolButton id="paste" ctx={ctx} icon={ClipboardPaste} />
      <div className="mx-0.5 h-6 w-px bg-slate-300 xl:mx-1 dark:bg-slate-700" />
      <ToolButton id="layout" ctx={ctx} icon={LayoutDashboard} text="Layout" />
      <ToolButton id="fit-view" ctx={ctx} icon={Maximize} />
      <ToolButton id="toggle-snap" ctx={ctx} icon={Grid3x3} pressed={snap} />
      <div className="mx-0.5 h-6 w-px bg-slate-300 xl:mx-1 dark:bg-slate-700" />
      <SimulateButton />
      <ToolButton id="present" ctx={ctx} icon={Presentation} text="Present" />
      <ToolButton id="discover" ctx={ctx} icon={Footprints} />
      <div className="ml-auto flex items-center gap-1">
        <SaveStatus />
        <ToolButton id="import-json" ctx={ctx} icon={Upload} />
        <ToolButton id="export-json" ctx={ctx} icon={Download} />
        <ToolButton id="export-png" ctx={ctx} icon={ImageIcon} />
        <ToolButton id="export-svg" ctx={ctx} icon={FileImage} />
        <button
          type="button"
          className={`${btn} ${errors ? 'text-red-800 dark:text-red-300' : ''}`}
          onClick={onShowProblems}
          aria-label={`${problems.length} problem${problems.length === 1 ? '' : 's'} — show the list`}
        >
          <AlertTriangle aria-hidden className="h-4 w-4" />
          <span data-testid="problem-count">{problems.length}</span> <span className="hidden 2xl:inline">problem{problems.length === 1 ? '' : 's'}</span>
        </button>
        <ToolButton id="help" ctx={ctx} icon={Keyboard} />
      </div>
    </header>
  );
}
