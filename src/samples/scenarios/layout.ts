/**
 * Shorthands for writing scenario journeys by hand: nodes on a grid (column, row), edges
 * and branches. Everything goes through the Journey schema, so defaults are the real ones.
 */
import { Journey, type Channel, type EventNode, type JsonLogicRule } from '../../model/journey';

const COLUMN = 280;
const ROW = 150;
const at = (col: number, row: number) => ({ x: col * COLUMN, y: row * ROW });

type Extra = Record<string, unknown>;

export const personaAt = (id: string, name: string, col: number, row: number, extra: Extra) => ({ id, kind: 'persona', name, position: at(col, row), ...extra });
export const eventAt = (
  id: string,
  name: string,
  eventKey: string,
  col: number,
  row: number,
  extra: { channel?: Channel; timerMinutes?: number; description?: string; attributes?: EventNode['attributes'] } = {},
) => ({
  id,
  kind: 'event',
  name,
  eventKey,
  position: at(col, row),
  channel: extra.channel ?? 'any',
  timer: extra.timerMinutes ? { afterMinutes: extra.timerMinutes } : null,
  description: extra.description ?? '',
  ...(extra.attributes ? { attributes: extra.attributes } : {}),
});
export const decisionAt = (id: string, name: string, col: number, row: number, description = '') => ({ id, kind: 'decision', name, position: at(col, row), mode: 'rules', description });
export const actionAt = (
  id: string,
  name: string,
  col: number,
  row: number,
  extra: { channel: Channel | null; cost: number; satisfactionEffect: number; outcome?: 'goal' | 'exit'; description?: string },
) => ({ id, kind: 'action', name, position: at(col, row), ...extra });

/** `source>target` as the edge id; a likelihood for action → event edges. */
export const link = (source: string, target: string, likelihood?: number) => ({ id: `${source}>${target}`, source, target, branch: null, likelihood: likelihood ?? null });
export const branch = (source: string, target: string, label: string, condition: JsonLogicRule) => ({
  id: `${source}>${target}`,
  source,
  target,
  branch: { label, otherwise: false, condition, percent: null },
  likelihood: null,
});
export const otherwise = (source: string, target: string, label = 'Otherwise') => ({
  id: `${source}>${target}`,
  source,
  target,
  branch: { label, otherwise: true, condition: null, percent: null },
  likelihood: null,
});

export function defineJourney(id: string, name: string, description: string, nodes: unknown[], edges: unknown[], staticRoute: string[]): Journey {
  return Journey.parse({ id, name, description, nodes, edges, staticRoute });
}
