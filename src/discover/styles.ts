/** The workspace's controls: the simulator's (large targets, high contrast), plus a toggle that is pressed in blue. */
export { button, heading, iconButton, label, primary, select } from '../simulation/ui/styles';
import { focus } from '../simulation/ui/styles';

export const toggle = `inline-flex h-9 items-center gap-1.5 rounded-md border border-slate-400 bg-white px-3 text-sm font-semibold text-slate-900 hover:bg-slate-100 aria-pressed:border-blue-700 aria-pressed:bg-blue-700 aria-pressed:text-white dark:border-slate-500 dark:bg-slate-800 dark:text-slate-50 dark:hover:bg-slate-700 dark:aria-pressed:border-blue-300 dark:aria-pressed:bg-blue-300 dark:aria-pressed:text-slate-950 ${focus}`;
export const section = 'border-b border-slate-300 px-3 py-3 dark:border-slate-700';
