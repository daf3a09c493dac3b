/**
 * Terse builders for journeys and logs in tests and scenarios: they go through the
 * zod schemas, so defaults are the real ones and a mistake fails loudly.
 */
import { Journey, type Channel, type JsonLogicRule, type JourneyNode } from '../model/journey';
import { InteractionLog, type InteractionLogInput } from './log';

type Extra = Record<string, unknown>;
const at = { position: { x: 0, y: 0 } };

export const persona = (id: string, extra: Extra = {}) => ({ ...at, id, kind: 'persona', name: id, share: 0, ...extra });
export const event = (id: string, eventKey: string, extra: { channel?: Channel | 'any'; timer?: number } & Extra = {}) => {
  const { timer, ...rest } = extra;
  return { ...at, id, kind: 'event', name: id, eventKey, timer: timer ? { afterMinutes: timer } : null, ...rest };
};
export const decision = (id: string, mode: 'rules' | 'split' = 'rules') => ({ ...at, id, kind: 'decision', name: id, mode });
export const action = (id: string, extra: { channel?: Channel | null; cost?: number; satisfactionEffect?: number; outcome?: 'none' | 'goal' | 'exit' } = {}) => ({
  ...at,
  id,
  kind: 'action',
  name: id,
  ...extra,
});

/** A plain edge (`a>b`), or a branch out of a decision. */
export function edge(id: string, source: string, target: string, branch?: { when?: JsonLogicRule; otherwise?: boolean; percent?: number; label?: string }, likelihood?: number) {
  return {
    id,
    source,
    target,
    likelihood: likelihood ?? null,
    branch: branch
      ? { label: branch.label ?? id, otherwise: branch.otherwise ?? false, condition: branch.when ?? null, percent: branch.percent ?? null }
      : null,
  };
}

export function journey(nodes: unknown[], edges: unknown[], staticRoute: string[] = [], id = 'test-journey'): Journey {
  return Journey.parse({ id, name: id, nodes: nodes as JourneyNode[], edges, staticRoute });
}

/** A log from `[customerId, persona, [[at, event, channel?, attributes?], …]]` rows. */
export function log(
  customers: [string, string | Record<string, string | number | boolean>, [number, string, Channel?, Record<string, string | number | boolean>?][]][],
  disruptions: InteractionLogInput['disruptions'] = [],
  extra: Partial<InteractionLogInput> = {},
): InteractionLog {
  return InteractionLog.parse({
    ...extra,
    customers: customers.map(([id, who, events]) => ({
      id,
      ...(typeof who === 'string' ? { persona: who } : { attributes: who }),
      events: events.map(([t, key, channel, attrs]) => ({ ...attrs, at: t, event: key, ...(channel ? { channel } : {}) })),
    })),
    disruptions,
  });
}

/** A path as short text for tests: `e1 d1 sms(stall) t1(timer)…`. */
export function pathText(path: readonly { nodeId: string; note?: string }[] | null): string {
  return (path ?? []).map((s) => (s.note ? `${s.nodeId}(${s.note})` : s.nodeId)).join(' ');
}
