/**
 * Journeys and readers for the picture's tests (unit and end-to-end): labels that try to break
 * out of the SVG, a 1,000-node journey, and a strict XML reader that lists what the SVG says.
 */
import { SaxesParser } from 'saxes';
import { createEdge, createJourney, createNode } from '../model/factory';
import type { Journey, JourneyNode, NodeKind } from '../model/journey';

/** Names a user could type or a file could carry, each trying a different way out of the markup. */
export const HOSTILE_NAMES = [
  '<img src=x onerror=alert(1)>',
  '<script>alert("x")</script>',
  ']]> end of CDATA & <![CDATA[ start ]]>',
  '&amp; &lt; &#x3c; already escaped?',
  `"double" and 'single' quotes`,
  '<!-- comment --> <?xml-stylesheet href="x"?>',
  '🎉 Launch 👩‍👩‍👧 family',
  'مرحبا بالعالم — عرض خاص',
  'שלום עולם',
  'Donaudampfschifffahrtsgesellschaftskapitänswitwenrentenversicherungsanstaltsgebäudeverwaltungsvorschrift',
  'bell\u0007 and nul\u0000 inside',
  'half a pair \uD800 here',
] as const;

/** What XML can carry of a name: the characters XML 1.0 forbids are dropped (svg-markup.ts). */
export function xmlVisible(text: string): string {
  // Written out again rather than imported, so the tests do not trust the code they test.
  return text.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '').replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '');
}

const KINDS: NodeKind[] = ['persona', 'event', 'decision', 'action'];

/** One node per hostile name, cycling through the kinds, connected in a line with hostile branch labels, plus hostile notes. */
export function hostileJourney(): Journey {
  const journey = createJourney('<b>Hostile</b> & "labels" ]]>', 'journey-hostile');
  HOSTILE_NAMES.forEach((name, i) => {
    const kind = KINDS[i % KINDS.length]!;
    const node = createNode(kind, { x: (i % 6) * 300, y: Math.floor(i / 6) * 200 }, `n${i}`) as Exclude<JourneyNode, { kind: 'note' }>;
    node.name = name;
    if (node.kind === 'event') node.eventKey = `key_${name}`;
    if (node.kind === 'persona') node.segment = name;
    journey.nodes.push(node);
  });
  for (let i = 1; i < HOSTILE_NAMES.length; i++) {
    const edge = createEdge(journey, `n${i - 1}`, `n${i}`, `e${i}`);
    if (edge.branch) edge.branch.label = HOSTILE_NAMES[i]!;
    journey.edges.push(edge);
  }
  journey.staticRoute = ['e1', 'e2', 'e3'];
  journey.nodes.push({ id: 'note-a', kind: 'note', position: { x: 0, y: 500 }, text: `${HOSTILE_NAMES[0]}\n${HOSTILE_NAMES[2]}\n\n${HOSTILE_NAMES[9]}`, color: 'pink' });
  journey.nodes.push({ id: 'note-b', kind: 'note', position: { x: 300, y: 500 }, text: '', color: 'blue' });
  return journey;
}

/** A journey of `count` nodes in a grid of event → decision → action columns, each node named by its number. */
export function largeJourney(count = 1000): Journey {
  const journey = createJourney(`Large journey of ${count} nodes`, `journey-large-${count}`);
  const rows = Math.ceil(Math.sqrt(count / 2));
  for (let i = 0; i < count; i++) {
    const column = Math.floor(i / rows);
    const kind: NodeKind = column === 0 ? 'persona' : (['event', 'decision', 'action'] as const)[(column - 1) % 3]!;
    const node = createNode(kind, { x: column * 280, y: (i % rows) * 140 }, `node-${i}`) as Exclude<JourneyNode, { kind: 'note' }>;
    node.name = `Step ${String(i).padStart(4, '0')}`;
    journey.nodes.push(node);
    if (column > 0) journey.edges.push(createEdge(journey, `node-${i - rows}`, node.id, `edge-${i}`));
  }
  journey.staticRoute = journey.edges.filter((e) => Number(e.target.slice(5)) % rows === 0).map((e) => e.id);
  return journey;
}

/** What an SVG file says, read by a strict XML parser (it throws on anything not well-formed). */
export interface SvgReading {
  root: Record<string, string>;
  /** The words of each `<text>` element, its lines joined by spaces. */
  texts: string[];
  /** Each `<title>`, in document order (the picture's own first). */
  titles: string[];
  elements: Set<string>;
}

export function readSvg(svg: string): SvgReading {
  const parser = new SaxesParser({ xmlns: false });
  const reading: SvgReading = { root: {}, texts: [], titles: [], elements: new Set() };
  let text: string[] | null = null;
  let title: string | null = null;
  parser.on('error', (error) => {
    throw new Error(`The SVG is not well-formed XML: ${error.message}`);
  });
  parser.on('opentag', (tag) => {
    reading.elements.add(tag.name);
    if (tag.name === 'svg' && Object.keys(reading.root).length === 0) reading.root = tag.attributes as Record<string, string>;
    if (tag.name === 'text') text = [];
    if (tag.name === 'tspan' && text) text.push('');
    if (tag.name === 'title') title = '';
  });
  parser.on('text', (t) => {
    if (title !== null) title += t;
    else if (text) {
      if (text.length === 0) text.push('');
      text[text.length - 1] += t;
    }
  });
  parser.on('closetag', (tag) => {
    if (tag.name === 'text' && text) {
      reading.texts.push(text.join(' '));
      text = null;
    }
    if (tag.name === 'title' && title !== null) {
      reading.titles.push(title);
      title = null;
    }
  });
  parser.write(svg).close();
  return reading;
}

/** The view box's origin and size, to map journey positions to the picture's pixels. */
export function viewBoxOf(reading: SvgReading): { x: number; y: number; width: number; height: number } {
  const [x, y, width, height] = (reading.root.viewBox ?? '').split(/\s+/).map(Number);
  if ([x, y, width, height].some((n) => n === undefined || Number.isNaN(n))) throw new Error(`No view box on the SVG: ${reading.root.viewBox}`);
  return { x: x!, y: y!, width: width!, height: height! };
}
