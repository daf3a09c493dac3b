/**
 * A valid journey file far over the supported size, for the import benchmark and the e2e test:
 * bench/canvas/generate.ts's journey with short ids and the fields that have defaults left out,
 * so 50,000 nodes still fit under the 10 MB file limit (what a real export of that size would
 * not: it is the size limit's job to refuse it, not the byte limit's).
 */
import { generateJourney } from '../canvas/generate';

const DEFAULTS: Record<string, unknown> = {
  description: '', segment: '', preferredChannel: null, share: 0, channel: 'any', timer: null, mode: 'rules',
  cost: 0, satisfactionEffect: 0, outcome: 'none', branch: null, likelihood: null,
};

export function hugeJourneyFile(nodes = 50_000, edges = nodes): { text: string; id: string; name: string; nodes: number; edges: number } {
  const { journey } = generateJourney(nodes, edges, 7);
  const ids = new Map<string, string>();
  journey.nodes.forEach((n, i) => {
    ids.set(n.id, `n${i}`);
    n.id = `n${i}`;
  });
  const edgeIds = new Map<string, string>();
  journey.edges.forEach((e, i) => {
    edgeIds.set(e.id, `e${i}`);
    e.id = `e${i}`;
    e.source = ids.get(e.source)!;
    e.target = ids.get(e.target)!;
  });
  journey.staticRoute = journey.staticRoute.map((id) => edgeIds.get(id)!);
  journey.id = `huge-${nodes}`;
  journey.name = `Huge journey (${nodes.toLocaleString('en-US')} nodes)`;
  const file = { format: 'journey-designer/journey', version: 1, journey };
  const text = JSON.stringify(file, (key, value) =>
    (key in DEFAULTS && value === DEFAULTS[key]) || (key === 'attributes' && Object.keys(value as object).length === 0) ? undefined : value,
  );
  return { text, id: journey.id, name: journey.name, nodes: journey.nodes.length, edges: journey.edges.length };
}
