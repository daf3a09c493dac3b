/**
 * The picture's colours: the canvas's light-theme Tailwind colours as sRGB hex, since slide and
 * vector tools do not read `oklch()`. Each is named by its Tailwind token; picture-palette.test.ts
 * converts Tailwind's own oklch values and checks these, and checks the canvas still uses the
 * same tokens for each kind (src/canvas/kinds.tsx, nodes.tsx).
 */
import type { NodeKind, NoteNode } from '../model/journey';

/** Tailwind 4's colours that the picture uses, as sRGB hex. */
export const TAILWIND = {
  white: '#ffffff',
  'violet-50': '#f5f3ff',
  'violet-500': '#8e51ff',
  'violet-700': '#7008e7',
  'violet-950': '#2f0d68',
  'sky-50': '#f0f9ff',
  'sky-500': '#00a6f4',
  'sky-700': '#0069a8',
  'sky-950': '#052f4a',
  'amber-50': '#fffbeb',
  'amber-500': '#fe9a00',
  'amber-800': '#973c00',
  'amber-950': '#461901',
  'emerald-50': '#ecfdf5',
  'emerald-500': '#00bc7d',
  'emerald-800': '#006045',
  'emerald-950': '#002c22',
  'yellow-100': '#fef9c2',
  'yellow-400': '#fdc700',
  'yellow-700': '#a65f00',
  'yellow-950': '#432004',
  'pink-100': '#fce7f3',
  'pink-400': '#fb64b6',
  'pink-950': '#510424',
  'blue-100': '#dbeafe',
  'blue-400': '#51a2ff',
  'blue-950': '#162456',
  'green-100': '#dcfce7',
  'green-400': '#05df72',
  'green-800': '#016630',
  'green-950': '#032e15',
  'slate-300': '#cad5e2',
  'slate-500': '#62748e',
  'slate-600': '#45556c',
  'slate-700': '#314158',
  'slate-900': '#0f172b',
  'orange-400': '#ff8904',
  'orange-600': '#f54900',
  'orange-700': '#ca3500',
} as const;

export type Token = keyof typeof TAILWIND;

export interface CardColours {
  border: Token;
  background: Token;
  text: Token;
  /** The kind badge's background (its text is white). */
  badge: Token;
}

/** Each kind's card in the light theme, as src/canvas/kinds.tsx colours it. */
export const KIND_COLOURS: Record<NodeKind, CardColours> = {
  persona: { border: 'violet-500', background: 'violet-50', text: 'violet-950', badge: 'violet-700' },
  event: { border: 'sky-500', background: 'sky-50', text: 'sky-950', badge: 'sky-700' },
  decision: { border: 'amber-500', background: 'amber-50', text: 'amber-950', badge: 'amber-800' },
  action: { border: 'emerald-500', background: 'emerald-50', text: 'emerald-950', badge: 'emerald-800' },
  note: { border: 'yellow-400', background: 'yellow-100', text: 'yellow-950', badge: 'yellow-700' },
};

/** Sticky notes in their colours, as src/canvas/nodes/nodes.tsx draws them. */
export const NOTE_COLOURS: Record<NoteNode['color'], Omit<CardColours, 'badge'>> = {
  yellow: { border: 'yellow-400', background: 'yellow-100', text: 'yellow-950' },
  pink: { border: 'pink-400', background: 'pink-100', text: 'pink-950' },
  blue: { border: 'blue-400', background: 'blue-100', text: 'blue-950' },
  green: { border: 'green-400', background: 'green-100', text: 'green-950' },
};

/** Badges and lines the canvas draws in fixed colours (NodeCard, nodes.tsx, JourneyEdgeView). */
export const FIXED = {
  /** The timer and exit badges. */
  darkBadge: 'slate-700',
  goalBadge: 'green-800',
  routeBadge: 'orange-600',
  routeRing: 'orange-400',
  routeStep: 'orange-700',
  labelBorder: 'slate-300',
  labelText: 'slate-900',
  title: 'slate-900',
  subtitle: 'slate-600',
} as const satisfies Record<string, Token>;

/** Connection strokes, as JourneyEdgeView draws them (plain hex there too). */
export const EDGE = { stroke: '#64748b', width: 1.75, routeStroke: '#ea580c', routeWidth: 4 } as const;

export const hex = (token: Token): string => TAILWIND[token];
