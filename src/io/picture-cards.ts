/**
 * A journey node as the canvas draws it, in SVG: the 224 × 112 card with its kind badge, name,
 * facts, timer or goal/exit badge and route mark (src/canvas/nodes/NodeCard.tsx, nodes.tsx), and
 * sticky notes in their colours. Sizes follow the canvas's Tailwind classes, named beside each.
 * Editing marks (selection ring, problem badges, connection handles) are left out: a picture for
 * a slide shows the journey, not the editor's state.
 */
import { KIND_LABELS } from '../model/factory';
import type { JourneyNode, NoteNode } from '../model/journey';
import { actionFact, decisionFact, eventChannelFact, formatMinutes, personaFacts } from '../model/labels';
import { icon, type IconName } from './picture-icons';
import { FIXED, hex, KIND_COLOURS, NOTE_COLOURS, type Token } from './picture-palette';
import { baselineOffset, MONO, textWidth, truncate, wrapText, type TextStyle } from './picture-text';
import { el, fragment, type Markup } from './svg-markup';

/** `h-28 w-56 border-2 px-3 py-2 rounded-lg`. */
export const CARD = { width: 224, height: 112, border: 2, padX: 12, padY: 8, radius: 8 } as const;
/** `w-52 min-h-20 border px-3 py-2 rounded-sm text-sm`. */
export const NOTE = { width: 208, minHeight: 80, border: 1, padX: 12, padY: 8, radius: 4, lineHeight: 20 } as const;

const XS: TextStyle = { size: 12, weight: 'regular' };
const XS_MONO: TextStyle = { size: 12, weight: 'mono' };
const NAME: TextStyle = { size: 14, weight: 'bold' };
const NOTE_TEXT: TextStyle = { size: 14, weight: 'regular' };
/** `text-xs` is 12 / 16 px; `text-sm leading-snug` 14 / 19.25 px. */
const XS_LINE = 16;
const NAME_LINE = 14 * 1.375;
/** The card's inner box, inside border and padding. */
const INNER_WIDTH = CARD.width - 2 * (CARD.border + CARD.padX);
const INNER_HEIGHT = CARD.height - 2 * (CARD.border + CARD.padY);
/** The badge row (20 px: 16 px text + `py-0.5`), then `mt-1` before the name. */
const ROW = 20;

const KIND_ICONS: Record<JourneyNode['kind'], IconName> = {
  persona: 'user-round',
  event: 'zap',
  decision: 'git-branch',
  action: 'send',
  note: 'sticky-note',
};

/** Where and how large a node is drawn, in journey units. */
export interface NodeBox {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** A note grows with its text (`min-h-20`); every other card has one fixed size. */
export function nodeBox(node: JourneyNode): NodeBox {
  if (node.kind !== 'note') return { x: node.position.x, y: node.position.y, width: CARD.width, height: CARD.height };
  const lines = noteLines(node);
  const height = Math.max(NOTE.minHeight, 2 * (NOTE.border + NOTE.padY) + lines.length * NOTE.lineHeight);
  return { x: node.position.x, y: node.position.y, width: NOTE.width, height };
}

function noteLines(node: NoteNode): string[] {
  return node.text ? wrapText(node.text, NOTE.width - 2 * (NOTE.border + NOTE.padX), NOTE_TEXT) : [];
}

/** Lines of text starting at `top`, one `<tspan>` each, so a wrapped name stays one selectable text. */
function lines(texts: string[], x: number, top: number, lineHeight: number, style: TextStyle, fill: string): Markup {
  const baseline = baselineOffset(style.size, lineHeight);
  return el(
    'text',
    { 'font-size': style.size, 'font-weight': style.weight === 'bold' ? 700 : null, fill },
    ...texts.map((t, i) => el('tspan', { x, y: top + baseline + i * lineHeight }, t)),
  );
}

/** A rounded badge with an icon and optional text, white on `fill`; returns its drawing and width. */
function badge(x: number, top: number, fill: Token, iconName: IconName, text: string, padX: number, gap: number): { markup: Markup; width: number } {
  const textW = text ? textWidth(text, XS) : 0;
  const width = padX + 14 + (text ? gap + textW : 0) + padX;
  const height = text ? ROW : 18;
  const y = text ? top : top + 1;
  return {
    width,
    markup: fragment(
      el('rect', { x, y, width, height, rx: 4, fill: hex(fill) }),
      icon(iconName, x + padX, top + 3, 14, hex('white')),
      text ? lines([text], x + padX + 14 + gap, top + 2, XS_LINE, XS, hex('white')) : null,
    ),
  };
}

/** The badge a kind adds after its own: an event's timer, an action's goal or exit. */
function extraBadge(node: JourneyNode, x: number, top: number): Markup | null {
  if (node.kind === 'event' && node.timer) return badge(x, top, FIXED.darkBadge, 'timer', formatMinutes(node.timer.afterMinutes), 4, 2).markup;
  if (node.kind === 'action' && node.outcome === 'goal') return badge(x, top, FIXED.goalBadge, 'flag', 'Goal', 4, 2).markup;
  if (node.kind === 'action' && node.outcome === 'exit') return badge(x, top, FIXED.darkBadge, 'log-out', 'Exit', 4, 2).markup;
  return null;
}

/** One line of facts: plain text, or an event's key in monospace followed by its channel. */
type FactLine = { text: string; mono?: string };

/** The facts under the name, as nodes.tsx shows them; each entry is one `<div>` of the card. */
function facts(node: Exclude<JourneyNode, NoteNode>, branchCount: number): FactLine[][] {
  switch (node.kind) {
    case 'persona':
      return personaFacts(node).map((text) => [{ text }]);
    case 'event': {
      // `flex flex-wrap gap-x-2`: the channel follows the key, or wraps to a line of its own.
      const key = truncate(node.eventKey, INNER_WIDTH, XS_MONO);
      const channel = eventChannelFact(node);
      const fits = textWidth(key, XS_MONO) + 8 + textWidth(channel, XS) <= INNER_WIDTH;
      return [fits ? [{ mono: key, text: channel }] : [{ mono: key, text: '' }, { text: channel }]];
    }
    case 'decision':
      return [[{ text: decisionFact(node, branchCount) }]];
    case 'action':
      return [[{ text: actionFact(node) }]];
  }
}

function factLines(blocks: FactLine[][], x: number, top: number, bottom: number, fill: string): Markup {
  const drawn: Markup[] = [];
  let y = top;
  blocks.forEach((block, b) => {
    if (b > 0) y += 2; // `space-y-0.5`
    for (const line of block) {
      // The card clips what does not fit (`overflow-hidden`); the picture leaves the line out.
      if (y + XS_LINE > bottom) return;
      const baseline = y + baselineOffset(12, XS_LINE);
      const monoWidth = line.mono ? textWidth(line.mono, XS_MONO) : 0;
      drawn.push(
        el(
          'text',
          { 'font-size': 12, fill, 'fill-opacity': 0.9 },
          line.mono ? el('tspan', { x, y: baseline, 'font-family': MONO }, line.mono) : null,
          line.text ? el('tspan', { x: line.mono ? x + monoWidth + 8 : x, y: baseline }, truncate(line.text, INNER_WIDTH - (line.mono ? monoWidth + 8 : 0), XS)) : null,
        ),
      );
      y += XS_LINE;
    }
  });
  return fragment(...drawn);
}

/** A card of the journey logic (persona, event, decision, action). */
function card(node: Exclude<JourneyNode, NoteNode>, onRoute: boolean, branchCount: number): Markup {
  const { x, y, width, height } = nodeBox(node);
  const colours = KIND_COLOURS[node.kind];
  const text = hex(colours.text);
  const left = x + CARD.border + CARD.padX;
  const top = y + CARD.border + CARD.padY;
  const bottom = top + INNER_HEIGHT;

  const kindBadge = badge(left, top, colours.badge, KIND_ICONS[node.kind], KIND_LABELS[node.kind], 6, 4);
  const factBlocks = facts(node, branchCount);
  // The name comes first, as on the canvas; keep room for at least the first line of facts.
  const room = INNER_HEIGHT - ROW - 4 - (factBlocks.length ? 4 + XS_LINE : 0);
  const nameLines = wrapText(node.name || `Unnamed ${node.kind}`, INNER_WIDTH, NAME, Math.max(1, Math.floor(room / NAME_LINE)));
  const nameTop = top + ROW + 4;
  const factsTop = nameTop + nameLines.length * NAME_LINE + 4;

  return el(
    'g',
    {},
    el('title', {}, `${KIND_LABELS[node.kind]}: ${node.name}`),
    // `ring-4 ring-orange-400/80` marks a node on the static route.
    onRoute && el('rect', { x: x - 2, y: y - 2, width: width + 4, height: height + 4, rx: CARD.radius + 2, fill: 'none', stroke: hex(FIXED.routeRing), 'stroke-width': 4, 'stroke-opacity': 0.8 }),
    // `shadow-sm`, as a soft offset edge: a blur filter would not survive slide tools.
    el('rect', { x, y: y + 1, width, height, rx: CARD.radius, fill: '#000000', 'fill-opacity': 0.08 }),
    el('rect', { x: x + 1, y: y + 1, width: width - 2, height: height - 2, rx: CARD.radius - 1, fill: hex(colours.background), stroke: hex(colours.border), 'stroke-width': CARD.border }),
    kindBadge.markup,
    extraBadge(node, left + kindBadge.width + 6, top),
    onRoute && badge(left + INNER_WIDTH - 22, top, FIXED.routeBadge, 'route', '', 4, 0).markup,
    lines(nameLines, left, nameTop, NAME_LINE, NAME, text),
    factLines(factBlocks, left, factsTop, bottom, text),
  );
}

/** A sticky note: its text in full, wrapped as the canvas wraps it (`whitespace-pre-wrap break-words`). */
function note(node: NoteNode): Markup {
  const { x, y, width, height } = nodeBox(node);
  const colours = NOTE_COLOURS[node.color];
  const textLines = noteLines(node);
  return el(
    'g',
    {},
    el('title', {}, `Note: ${node.text}`),
    // `shadow-md`.
    el('rect', { x: x + 1, y: y + 3, width, height, rx: NOTE.radius, fill: '#000000', 'fill-opacity': 0.1 }),
    el('rect', { x: x + 0.5, y: y + 0.5, width: width - 1, height: height - 1, rx: NOTE.radius, fill: hex(colours.background), stroke: hex(colours.border), 'stroke-width': NOTE.border }),
    textLines.length > 0 && lines(textLines, x + NOTE.border + NOTE.padX, y + NOTE.border + NOTE.padY, NOTE.lineHeight, NOTE_TEXT, hex(colours.text)),
  );
}

/** A node as the canvas draws it at full detail, in the light theme. */
export function nodeCard(node: JourneyNode, onRoute: boolean, branchCount: number): Markup {
  return node.kind === 'note' ? note(node) : card(node, onRoute, branchCount);
}
