/**
 * One registry of commands: toolbar buttons, keyboard shortcuts and the shortcut help
 * all go through these named commands. A command needs no DOM except what its
 * context hands it (the canvas viewport), so it can be tested without one.
 */
import { redo, undo, useEditor } from '../store/editor';
import type { JourneyNode, NodeKind, Position } from '../model/journey';
import { layoutJourney } from '../model/layout';
import { checkNewTarget } from '../model/grammar';
import { nodeSizeOf } from '../model/node-size';
import { freeSpot, type Rect } from '../model/placement';
import { copyToClipboard, pasteFromMemory } from './clipboard';
import { cloneSample } from '../samples/retail';
import { exportCurrentJourney } from './import-export';
import { addStop, present, presentStory, toggleStopsList } from '../presenter/entry';
import { SCENARIO_CATALOGUE } from '../samples/scenarios/catalogue';
import { openDiscover } from '../discover/open';

/** What commands may ask of the view: where the viewport centre is, and to fit the view. */
export interface CommandContext {
  viewportCenter: () => Position;
  fitView: () => void;
  /** Back to 100 % at the origin — where a blank journey starts. */
  resetView: () => void;
  /** Opens the file picker for importing a journey file. */
  openImport: () => void;
  /** Shows the library of journeys kept in this browser. */
  openLibrary: () => void;
  /** Shows the open journey's snapshots; `save` puts the cursor in the new snapshot's name. */
  openSnapshots: (intent: 'save' | 'browse') => void;
  /** Downloads a picture of the whole canvas. */
  exportImage: (format: 'png' | 'svg') => Promise<void>;
  nodeSizes: () => Map<string, { width: number; height: number }>;
  /** Pans (at the same zoom) so that this part of the journey is on screen, if it is not. */
  reveal: (rect: Rect) => void;
  openHelp: () => void;
}

export interface Command {
  id: string;
  label: string;
  /** Keys in the form `Mod+Shift+Z` (Mod = Ctrl, or ⌘ on a Mac). The first is shown in help. */
  keys: string[];
  group: 'Edit' | 'Add' | 'View' | 'Journey' | 'Present' | 'Help';
  perform: (ctx: CommandContext) => void | Promise<void>;
}

/** Room between a node and the next step added to its right: enough for a branch label. */
const NEXT_STEP_GAP = 80;

/**
 * Adds a node where it is wanted and never on top of another: with one node selected, as its
 * next step to its right, connected when the grammar allows (a sibling that cannot follow it,
 * like a second persona, goes next to it instead); otherwise at the free spot nearest the
 * centre of the view.
 */
export function addNodeCommand(kind: NodeKind) {
  return (ctx: CommandContext) => {
    const { journey, selection, addNode } = useEditor.getState();
    const sizes = ctx.nodeSizes();
    const sizeOf = (n: JourneyNode) => sizes.get(n.id) ?? nodeSizeOf(n.kind);
    const taken: Rect[] = journey.nodes.map((n) => ({ ...n.position, ...sizeOf(n) }));
    const size = nodeSizeOf(kind);
    const selected = selection.nodeIds.length === 1 ? journey.nodes.find((n) => n.id === selection.nodeIds[0]) : undefined;
    let spot: Position;
    let after: string | undefined;
    if (selected) {
      const s = sizeOf(selected);
      const middle = selected.position.y + (s.height - size.height) / 2;
      if (checkNewTarget(journey, selected.id, kind).ok) {
        after = selected.id;
        spot = freeSpot(taken, size, { x: selected.position.x + s.width + NEXT_STEP_GAP, y: middle }, { toward: 'right' });
      } else spot = freeSpot(taken, size, { x: selected.position.x, y: middle });
    } else {
      const c = ctx.viewportCenter();
      spot = freeSpot(taken, size, { x: c.x - size.width / 2, y: c.y - size.height / 2 });
    }
    addNode(kind, spot, after);
    ctx.reveal({ ...spot, ...size });
  };
}

export const COMMANDS: Command[] = [
  { id: 'undo', label: 'Undo', keys: ['Mod+Z'], group: 'Edit', perform: () => undo() },
  { id: 'redo', label: 'Redo', keys: ['Mod+Shift+Z', 'Mod+Y'], group: 'Edit', perform: () => redo() },
  { id: 'copy', label: 'Copy', keys: ['Mod+C'], group: 'Edit', perform: () => copyToClipboard() },
  {
    id: 'cut',
    label: 'Cut',
    keys: ['Mod+X'],
    group: 'Edit',
    perform: () => {
      if (copyToClipboard()) useEditor.getState().deleteSelection();
    },
  },
  { id: 'paste', label: 'Paste', keys: ['Mod+V'], group: 'Edit', perform: () => pasteFromMemory() },
  { id: 'duplicate', label: 'Duplicate', keys: ['Mod+D'], group: 'Edit', perform: () => useEditor.getState().duplicateSelection() },
  { id: 'delete', label: 'Delete selection', keys: ['Delete', 'Backspace'], group: 'Edit', perform: () => useEditor.getState().deleteSelection() },
  { id: 'select-all', label: 'Select all', keys: ['Mod+A'], group: 'Edit', perform: () => useEditor.getState().selectAll() },
  { id: 'deselect', label: 'Clear selection', keys: ['Escape'], group: 'Edit', perform: () => useEditor.getState().select({ nodeIds: [], edgeIds: [] }) },
  {
    id: 'mark-route',
    label: 'Mark selected connections as the static route',
    keys: ['Shift+R'],
    group: 'Journey',
    perform: () => {
      const { selection, markStaticRoute } = useEditor.getState();
      if (selection.edgeIds.length) markStaticRoute(selection.edgeIds);
      else useEditor.getState().notify('Select the connections of the route first (Shift+click each one).');
    },
  },
  { id: 'add-persona', label: 'Add persona', keys: ['1'], group: 'Add', perform: addNodeCommand('persona') },
  { id: 'add-event', label: 'Add event', keys: ['2'], group: 'Add', perform: addNodeCommand('event') },
  { id: 'add-decision', label: 'Add decision', keys: ['3'], group: 'Add', perform: addNodeCommand('decision') },
  { id: 'add-action', label: 'Add action', keys: ['4'], group: 'Add', perform: addNodeCommand('action') },
  { id: 'add-note', label: 'Add note', keys: ['5'], group: 'Add', perform: addNodeCommand('note') },
  {
    id: 'layout',
    label: 'Auto-layout left to right',
    keys: ['Shift+L'],
    group: 'View',
    perform: async (ctx) => {
      const journey = useEditor.getState().journey;
      const positions = await layoutJourney(journey, ctx.nodeSizes());
      // The journey may have changed while ELK worked; only apply to the journey it laid out.
      if (useEditor.getState().journey.nodes === journey.nodes) {
        useEditor.getState().applyLayout(positions);
        requestAnimationFrame(() => ctx.fitView());
      }
    },
  },
  { id: 'fit-view', label: 'Fit the journey to the screen', keys: ['Shift+1'], group: 'View', perform: (ctx) => ctx.fitView() },
  {
    id: 'toggle-snap',
    label: 'Snap to grid on/off',
    keys: ['Shift+G'],
    group: 'View',
    perform: () => useEditor.getState().setSnapToGrid(!useEditor.getState().snapToGrid),
  },
  {
    id: 'toggle-minimap',
    label: 'Minimap on/off',
    keys: ['Shift+M'],
    group: 'View',
    perform: () => {
      const { minimap, journey, setMinimap } = useEditor.getState();
      setMinimap(!(minimap ?? journey.nodes.length <= 500));
    },
  },
  { id: 'new-journey', label: 'New journey', keys: [], group: 'Journey', perform: (ctx) => {
      useEditor.getState().newJourney();
      ctx.resetView();
      useEditor.getState().notify('New journey started. Undo (Ctrl+Z) brings the previous one back.');
    } },
  { id: 'load-sample', label: 'Open the sample journey', keys: [], group: 'Journey', perform: () => useEditor.getState().replaceJourney(cloneSample()) },
  { id: 'export-png', label: 'Export the canvas as a PNG picture', keys: [], group: 'Journey', perform: (ctx) => ctx.exportImage('png') },
  { id: 'export-svg', label: 'Export the canvas as an SVG picture', keys: [], group: 'Journey', perform: (ctx) => ctx.exportImage('svg') },
  { id: 'open-library', label: 'Your journeys (library)', keys: ['Mod+Shift+O'], group: 'Journey', perform: (ctx) => ctx.openLibrary() },
  { id: 'save-snapshot', label: 'Save a snapshot…', keys: ['Mod+Shift+S'], group: 'Journey', perform: (ctx) => ctx.openSnapshots('save') },
  { id: 'export-json', label: 'Export the journey as JSON', keys: ['Mod+S'], group: 'Journey', perform: () => exportCurrentJourney() },
  { id: 'import-json', label: 'Import a journey file', keys: ['Mod+O'], group: 'Journey', perform: (ctx) => ctx.openImport() },
  { id: 'present', label: 'Present full screen, from the first stop', keys: ['P', 'F5'], group: 'Present', perform: () => present(0) },
  { id: 'present-current', label: 'Present from the stop shown last', keys: ['Shift+F5'], group: 'Present', perform: () => present('current') },
  { id: 'add-stop', label: 'Add a stop: this view, and the simulation when it is open', keys: ['Shift+S'], group: 'Present', perform: () => addStop() },
  { id: 'stops-list', label: 'Stops list on/off', keys: ['S'], group: 'Present', perform: () => toggleStopsList() },
  ...SCENARIO_CATALOGUE.map(
    (s): Command => ({ id: `present-story-${s.short}`, label: `Present the ${s.short} story`, keys: [], group: 'Present', perform: () => presentStory(s.id) }),
  ),
  { id: 'discover', label: 'Discover the journey customers take, from an event log', keys: [], group: 'Journey', perform: () => openDiscover() },
  { id: 'help', label: 'Keyboard shortcuts', keys: ['?'], group: 'Help', perform: (ctx) => ctx.openHelp() },
];

export const COMMANDS_BY_ID = new Map(COMMANDS.map((c) => [c.id, c]));

/** Normalises a keyboard event to the `Mod+Shift+Key` form used in `Command.keys`. */
export function keyOf(e: { key: string; ctrlKey: boolean; metaKey: boolean; shiftKey: boolean; altKey: boolean }): string {
  const parts: string[] = [];
  if (e.ctrlKey || e.metaKey) parts.push('Mod');
  if (e.altKey) parts.push('Alt');
  // '?' is typed with Shift on most layouts: match it as itself.
  let key = e.key.length === 1 ? e.key.toUpperCase() : e.key;
  if (e.key === '?') key = '?';
  else if (e.shiftKey) parts.push('Shift');
  if (e.shiftKey && e.key === '!') key = '1';
  parts.push(key);
  return parts.join('+');
}

const KEY_INDEX = new Map<string, Command>();
for (const command of COMMANDS) for (const k of command.keys) KEY_INDEX.set(k, command);

export function commandForKey(key: string): Command | undefined {
  return KEY_INDEX.get(key);
}

/** How a key combination is shown to the user on this platform. */
export function displayKeys(keys: string, mac: boolean): string {
  return keys.replace('Mod', mac ? '⌘' : 'Ctrl').replace('Shift', mac ? '⇧' : 'Shift');
}
