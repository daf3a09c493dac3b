/**
 * The benchmark's journey: 200 nodes — four personas, a chain of stages (event → decision
 * with four branches → three channel actions, each leading on to the next stage's event),
 * a few reminder timers and a goal at the end. Conditions read persona, event and context.
 */
import { Journey } from '../../src/model/journey';

const POSITION = { x: 0, y: 0 };
export const BENCH_NODES = 200;

export function benchJourney(): Journey {
  const nodes: unknown[] = [];
  const edges: unknown[] = [];
  const route: string[] = [];
  const tiers = ['gold', 'silver', 'bronze', 'basic'];
  const channels = ['email', 'sms', 'push'] as const;
  tiers.forEach((tier, i) =>
    nodes.push({ id: `p${i}`, kind: 'persona', name: `Persona ${tier}`, position: POSITION, share: [40, 30, 20, 10][i], segment: tier, attributes: { tier, age: 25 + 10 * i }, preferredChannel: channels[i % 3] }),
  );
  const edge = (id: string, source: string, target: string, extra: Record<string, unknown> = {}) => edges.push({ id, source, target, ...extra });
  // 4 personas + 38 stages × 5 nodes + 4 timers + 1 goal event + 1 goal action = 200.
  const stages = 38;
  const timerStages = new Set([3, 11, 19, 27]);
  for (let s = 0; s < stages; s++) {
    nodes.push({ id: `e${s}`, kind: 'event', name: `Stage ${s}`, position: POSITION, eventKey: `stage_${s}` });
    nodes.push({ id: `d${s}`, kind: 'decision', name: `Decide ${s}`, position: POSITION });
    for (const ch of channels) nodes.push({ id: `a${s}_${ch}`, kind: 'action', name: `${ch} ${s}`, position: POSITION, channel: ch, cost: ch === 'sms' ? 0.05 : 0.01, satisfactionEffect: ch === 'push' ? -0.5 : 0.5 });
    edge(`e${s}-d${s}`, `e${s}`, `d${s}`);
    const branch = (label: string, condition: unknown, otherwise = false) => ({ branch: { label, otherwise, condition, percent: null } });
    edge(`d${s}-email`, `d${s}`, `a${s}_email`, branch('gold, not tired', { and: [{ '==': [{ var: 'persona.tier' }, 'gold'] }, { '<': [{ var: 'context.contactCount' }, 6] }] }));
    edge(`d${s}-sms`, `d${s}`, `a${s}_sms`, branch('quiet for a while', { or: [{ '>': [{ var: 'context.hoursSinceLastContact' }, 3] }, { '==': [{ var: 'event.channel' }, 'sms'] }] }));
    edge(`d${s}-push`, `d${s}`, `a${s}_push`, branch('app people', { in: [{ var: 'persona.tier' }, ['silver', 'bronze']] }));
    edge(`d${s}-otherwise`, `d${s}`, `a${s}_push`, { branch: { label: 'otherwise', otherwise: true, condition: null, percent: null } });
    for (const ch of channels) edge(`a${s}_${ch}-next`, `a${s}_${ch}`, s + 1 < stages ? `e${s + 1}` : 'goal_event', { likelihood: 0.9 });
    if (s === 0) tiers.forEach((_, i) => edge(`p${i}-e0`, `p${i}`, 'e0'));
    route.push(...(s === 0 ? ['p0-e0'] : []), `e${s}-d${s}`, `d${s}-email`, `a${s}_email-next`);
    if (timerStages.has(s)) {
      // No reply within a day: the journey nudges again (the stage's push).
      nodes.push({ id: `t${s}`, kind: 'event', name: `No reply ${s}`, position: POSITION, eventKey: `no_reply_${s}`, timer: { afterMinutes: 24 * 60 } });
      edge(`a${s}_email-t${s}`, `a${s}_email`, `t${s}`);
      edge(`t${s}-push`, `t${s}`, `a${s}_push`);
    }
  }
  nodes.push({ id: 'goal_event', kind: 'event', name: 'Purchase', position: POSITION, eventKey: 'purchase' });
  nodes.push({ id: 'goal', kind: 'action', name: 'Thank you', position: POSITION, outcome: 'goal', channel: 'email', satisfactionEffect: 3 });
  edge('goal_event-goal', 'goal_event', 'goal');
  route.push('goal_event-goal');
  const journey = Journey.parse({ id: 'bench', name: 'Benchmark journey', nodes, edges, staticRoute: route });
  if (journey.nodes.length !== BENCH_NODES) throw new Error(`bench journey has ${journey.nodes.length} nodes, expected ${BENCH_NODES}`);
  return journey;
}
