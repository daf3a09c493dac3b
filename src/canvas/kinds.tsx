/** How each kind looks: colour classes and icon, shared by the canvas, the palette and the inspector. */
import { Flag, GitBranch, LogOut, Send, StickyNote, Timer, UserRound, Zap, type LucideIcon } from 'lucide-react';
import type { NodeKind } from '../model/journey';

export interface KindStyle {
  icon: LucideIcon;
  /** Node card: border, background and text. Text colours keep a 4.5:1 contrast in both themes. */
  card: string;
  /** Small badge with the kind's name. */
  badge: string;
  /** Minimap colour. */
  minimap: string;
}

export const KIND_STYLES: Record<NodeKind, KindStyle> = {
  persona: {
    icon: UserRound,
    card: 'border-violet-500 bg-violet-50 text-violet-950 dark:bg-violet-950 dark:text-violet-50',
    badge: 'bg-violet-700 text-white',
    minimap: '#7c3aed',
  },
  event: {
    icon: Zap,
    card: 'border-sky-500 bg-sky-50 text-sky-950 dark:bg-sky-950 dark:text-sky-50',
    badge: 'bg-sky-700 text-white',
    minimap: '#0284c7',
  },
  decision: {
    icon: GitBranch,
    card: 'border-amber-500 bg-amber-50 text-amber-950 dark:bg-amber-950 dark:text-amber-50',
    badge: 'bg-amber-800 text-white',
    minimap: '#d97706',
  },
  action: {
    icon: Send,
    card: 'border-emerald-500 bg-emerald-50 text-emerald-950 dark:bg-emerald-950 dark:text-emerald-50',
    badge: 'bg-emerald-800 text-white',
    minimap: '#059669',
  },
  note: {
    icon: StickyNote,
    card: 'border-yellow-400 bg-yellow-100 text-yellow-950 dark:bg-yellow-900 dark:text-yellow-50',
    badge: 'bg-yellow-700 text-white',
    minimap: '#eab308',
  },
};

export const TimerIcon = Timer;
export const GoalIcon = Flag;
export const ExitIcon = LogOut;
