/**
 * Who did it: an activity is an **event** when the customer does it (or it happens to them) and
 * an **action** when the brand does it. Read from a resource/actor column — "Customer" and the
 * like are the customer, anything else (an agent, the IVR, the SMS platform) the brand — by
 * majority per activity; without such a column every activity starts as an event. The user
 * can switch any activity.
 */
import { CUSTOMER_ACTOR } from '../io/event-log-mapping';
import type { EventLog } from './event-log';

export type ActivityKind = 'event' | 'action';

/** Whether each actor value of the log is the customer. */
export function customerActors(log: EventLog, customerValues?: readonly string[]): boolean[] {
  const chosen = customerValues ? new Set(customerValues) : null;
  return log.actor.values.map((v) => (chosen ? chosen.has(v) : CUSTOMER_ACTOR.test(v)));
}

/** Per activity: event when most of its events are done by the customer (or say nothing), else action. */
export function suggestKinds(log: EventLog, isCustomer: readonly boolean[] = customerActors(log)): ActivityKind[] {
  const n = log.activities.length;
  const brand = new Int32Array(n);
  const total = new Int32Array(n);
  for (let k = 0; k < log.eventCount; k++) {
    const a = log.activity[k]!;
    total[a]!++;
    const who = log.actor.of[k]!;
    if (who >= 0 && !isCustomer[who]) brand[a]!++;
  }
  return Array.from({ length: n }, (_, a) => (brand[a]! * 2 > total[a]! ? 'action' : 'event'));
}
