/**
 * A mined event log as the simulator's interaction log: each case a customer, each customer
 * event an event (its activity as the key, minutes since the log's first event, the channel
 * when the journey knows it), the case attributes as the customer's attributes. Brand actions
 * are left out: in a replay the journey decides what the brand does. Customers are matched to
 * the journey's personas by a case attribute whose values are persona names or segments; the
 * others get the closest persona by their attributes, as in any interaction log.
 */
import type { AttributeValue, Journey, PersonaNode } from '../model/journey';
import { RESERVED_EVENT_FIELDS, type InteractionLog, type LogCustomer, type LogEvent } from '../sim/log';
import { attributeValue } from '../io/log-csv';
import { channelTable } from './channels';
import type { ActivityKind } from './classify';
import type { EventLog } from './event-log';

export interface ToInteractionLogOptions {
  /** Per activity: only `event`s are replayed. */
  kinds: readonly ActivityKind[];
  /** The case attribute naming the persona (values matched to persona names or segments); null: closest persona. */
  personaAttribute: string | null;
  /** Kept cases (default: all). */
  mask?: Uint8Array | null;
  /** Minute 0, epoch ms (default: the log's first event); pass it when converting in parts. */
  origin?: number;
}

/** A persona id per value of the persona attribute (null where no persona has that name or segment). */
export function personaByValue(journey: Journey | null, log: EventLog, attribute: string | null): (string | null)[] {
  const column = attribute ? log.caseAttributes.find((a) => a.name === attribute) : undefined;
  if (!column || !journey) return [];
  const personas = journey.nodes.filter((n): n is PersonaNode => n.kind === 'persona');
  const norm = (s: string) => s.trim().toLowerCase();
  return column.values.map((v) => personas.find((p) => norm(p.name) === norm(v))?.id ?? personas.find((p) => p.segment !== '' && norm(p.segment) === norm(v))?.id ?? null);
}

/** The case attribute that best names the journey's personas (most cases matched), or null. */
export function suggestPersonaAttribute(journey: Journey, log: EventLog): string | null {
  let best: string | null = null;
  let bestMatched = 0;
  for (const a of log.caseAttributes) {
    const ids = personaByValue(journey, log, a.name);
    let matched = 0;
    for (let c = 0; c < log.caseCount; c++) if (a.of[c]! >= 0 && ids[a.of[c]!]) matched++;
    if (matched > bestMatched) [best, bestMatched] = [a.name, matched];
  }
  return best;
}

/** Cases `from .. to` (of the kept ones) as the customers of an interaction log. */
export function toInteractionLog(log: EventLog, journey: Journey | null, options: ToInteractionLogOptions, from = 0, to = log.caseCount): InteractionLog {
  const origin = options.origin ?? firstTime(log);
  const channels = channelTable(log.channel.values);
  const personaIds = personaByValue(journey, log, options.personaAttribute);
  const personaColumn = options.personaAttribute ? log.caseAttributes.find((a) => a.name === options.personaAttribute) : undefined;
  const fieldName = (name: string) => ((RESERVED_EVENT_FIELDS as readonly string[]).includes(name) ? `${name}_` : name);
  const eventAttributes = log.eventAttributes.map((a) => ({ name: fieldName(a.name), values: a.values.map(attributeValue), of: a.of }));
  const caseAttributes = log.caseAttributes.map((a) => ({ name: a.name, values: a.values.map(attributeValue), of: a.of }));
  const customers: LogCustomer[] = [];
  for (let c = from; c < to; c++) {
    if (options.mask && !options.mask[c]) continue;
    const events: LogEvent[] = [];
    for (let k = log.caseStart[c]!, e = log.caseStart[c + 1]!; k < e; k++) {
      const a = log.activity[k]!;
      if (options.kinds[a] === 'action') continue;
      const ev: LogEvent = { at: (log.time[k]! - origin) / 60_000, event: log.activities[a]! };
      const raw = log.channel.of[k]!;
      const ch = raw >= 0 ? channels[raw] : null;
      if (ch) ev.channel = ch;
      for (const attr of eventAttributes) if (attr.of[k]! >= 0) ev[attr.name] = attr.values[attr.of[k]!]!;
      events.push(ev);
    }
    const attributes: Record<string, AttributeValue> = {};
    for (const attr of caseAttributes) if (attr.of[c]! >= 0) attributes[attr.name] = attr.values[attr.of[c]!]!;
    const value = personaColumn ? personaColumn.of[c]! : -1;
    const persona = value >= 0 ? personaIds[value] : null;
    customers.push(persona ? { id: log.caseIds[c]!, persona, attributes, events } : { id: log.caseIds[c]!, attributes, events });
  }
  return { start: new Date(origin).toISOString(), customers, disruptions: [] };
}

/** The time of the log's first event (epoch ms), 0 for an empty log. */
export function firstTime(log: EventLog): number {
  if (log.caseCount === 0) return 0;
  let t = Infinity;
  for (let c = 0; c < log.caseCount; c++) t = Math.min(t, log.time[log.caseStart[c]!]!);
  return t;
}
