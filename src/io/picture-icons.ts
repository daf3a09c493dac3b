/**
 * The canvas's icons as SVG shapes, so the picture draws the same kind badges without React.
 * The shapes are Lucide's (lucide-react 1.75, ISC licence: "Copyright (c) for portions of Lucide
 * are held by Cole Bemis 2013-2022 as part of Feather (MIT). All other copyright (c) for Lucide
 * are held by Lucide Contributors 2022."), copied unchanged; picture-icons.test.ts checks them
 * against the installed package, so they cannot drift from what the canvas shows.
 */
import { el, num, type Markup } from './svg-markup';

type Shape = readonly [tag: 'path' | 'circle' | 'line', attributes: Readonly<Record<string, string>>];

/** Lucide's 24 × 24 shapes, by icon name. */
export const ICONS = {
  'user-round': [
    ['circle', { cx: '12', cy: '8', r: '5' }],
    ['path', { d: 'M20 21a8 8 0 0 0-16 0' }],
  ],
  zap: [
    [
      'path',
      {
        d: 'M15.914 4a1.5 1.5 0 00-2.474-1.561l-9 9A1.5 1.5 0 005.5 14h4.002a.5.5 0 01.471.666L8.086 20a1.5 1.5 0 002.475 1.56l9-9A1.5 1.5 0 0018.5 10h-3.997a.5.5 0 01-.472-.667z',
      },
    ],
  ],
  'git-branch': [
    ['path', { d: 'M15 6a9 9 0 0 0-9 9V3' }],
    ['circle', { cx: '18', cy: '6', r: '3' }],
    ['circle', { cx: '6', cy: '18', r: '3' }],
  ],
  send: [
    ['path', { d: 'M14.536 21.686a.5.5 0 0 0 .937-.024l6.5-19a.496.496 0 0 0-.635-.635l-19 6.5a.5.5 0 0 0-.024.937l7.93 3.18a2 2 0 0 1 1.112 1.11z' }],
    ['path', { d: 'm21.854 2.147-10.94 10.939' }],
  ],
  'sticky-note': [
    ['path', { d: 'M21 9a2.4 2.4 0 0 0-.706-1.706l-3.588-3.588A2.4 2.4 0 0 0 15 3H5a2 2 0 0 0-2 2v14a2 2 0 0 0 2 2h14a2 2 0 0 0 2-2z' }],
    ['path', { d: 'M15 3v5a1 1 0 0 0 1 1h5' }],
  ],
  timer: [
    ['line', { x1: '10', x2: '14', y1: '2', y2: '2' }],
    ['line', { x1: '12', x2: '15', y1: '14', y2: '11' }],
    ['circle', { cx: '12', cy: '14', r: '8' }],
  ],
  flag: [
    ['path', { d: 'M4 22V4a1 1 0 0 1 .4-.8A6 6 0 0 1 8 2c3 0 5 2 7.333 2q2 0 3.067-.8A1 1 0 0 1 20 4v10a1 1 0 0 1-.4.8A6 6 0 0 1 16 16c-3 0-5-2-8-2a6 6 0 0 0-4 1.528' }],
  ],
  'log-out': [
    ['path', { d: 'm16 17 5-5-5-5' }],
    ['path', { d: 'M21 12H9' }],
    ['path', { d: 'M9 21H5a2 2 0 0 1-2-2V5a2 2 0 0 1 2-2h4' }],
  ],
  route: [
    ['path', { d: 'M9 5h8.5a1 1 0 010 7h-11a1 1 0 000 7H15' }],
    ['circle', { cx: '18', cy: '19', r: '3' }],
    ['circle', { cx: '6', cy: '5', r: '3' }],
  ],
} as const satisfies Record<string, readonly Shape[]>;

export type IconName = keyof typeof ICONS;

const NUMBER = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?/;

/**
 * Path data spelt out in full: every number separated by a space, arc flags too. Lucide writes
 * compact arcs (`a.5.5 0 01.471.666`), which is valid SVG, but ImageMagick's own SVG renderer
 * stops drawing at the first one; the spelt-out form draws the same everywhere.
 */
export function spellOutPath(d: string): string {
  const out: string[] = [];
  let rest = d.trim();
  let command = '';
  let index = 0;
  while (rest.length > 0) {
    rest = rest.replace(/^[\s,]+/, '');
    if (rest.length === 0) break;
    if (/^[MmZzLlHhVvCcSsQqTtAa]/.test(rest)) {
      command = rest[0]!;
      index = 0;
      out.push(command);
      rest = rest.slice(1);
      continue;
    }
    // The fourth and fifth of an arc's seven numbers are one-digit flags, which may touch what follows.
    const flag = /^[Aa]$/.test(command) && (index % 7 === 3 || index % 7 === 4);
    const match = flag ? /^[01]/.exec(rest) : NUMBER.exec(rest);
    if (!match) throw new Error(`Not SVG path data at "${rest.slice(0, 12)}"`);
    out.push(match[0]);
    rest = rest.slice(match[0].length);
    index++;
  }
  return out.join(' ');
}

/** An icon `size` pixels square with its top-left corner at (x, y), stroked as Lucide draws it (2 px at 24 px). */
export function icon(name: IconName, x: number, y: number, size: number, colour: string): Markup {
  const shapes = (ICONS[name] as readonly Shape[]).map(([tag, attributes]) => el(tag, 'd' in attributes ? { ...attributes, d: spellOutPath(attributes.d!) } : attributes));
  return el(
    'g',
    {
      transform: `translate(${num(x)} ${num(y)}) scale(${Number((size / 24).toFixed(4))})`,
      fill: 'none',
      stroke: colour,
      'stroke-width': 2,
      'stroke-linecap': 'round',
      'stroke-linejoin': 'round',
    },
    ...shapes,
  );
}
