/**
 * The interaction log: what real (or generated) customers did, and when channels or
 * actions were down. One zod schema defines it; the CSV and JSON importers in io/
 * normalise files into it and the engine trusts it.
 *
 * Time is canonical as **minutes since the log's start** (a number). Files may also use
 * ISO date-times; the importers convert them, keeping the first instant as `start`.
 */
import { z } from 'zod';
import { AttributeValue, Channel } from '../model/journey';

export const LOG_FORMAT = 'journey-designer/interaction-log';
export const LOG_VERSION = 1;

/** Fields of a log event with a fixed meaning; every other field is a free attribute. */
export const RESERVED_EVENT_FIELDS = ['at', 'event', 'channel', 'key'] as const;

/**
 * The log's shape, parameterised by how a time is written: minutes in the canonical
 * log, minutes or ISO date-time in files. One definition for both, so they cannot drift.
 */
export function defineLogSchema<T extends z.ZodType<number | string>>(time: T) {
  const LogEvent = z
    .object({
      /** When it happened. */
      at: time,
      /** The event key, as the journey's event nodes spell it (`cart_abandoned`). */
      event: z.string().trim().min(1, 'an event key is required'),
      /** Where it happened; absent means "unknown", which matches an event node on any channel. */
      channel: Channel.optional(),
    })
    // Free attributes such as `value` or `sentiment`, read by conditions as `event.<name>`.
    .catchall(AttributeValue);

  const Customer = z
    .object({
      id: z.string().trim().min(1, 'a customer id is required'),
      /** A persona's name or id in the journey. */
      persona: z.string().trim().min(1).optional(),
      /** The customer's own attributes; overlay the persona's, or pick the closest persona when `persona` is absent. */
      attributes: z.record(z.string(), AttributeValue).optional(),
      events: z.array(LogEvent),
      /** When the customer left for good (a generated population's drop-off): nothing more comes from them. */
      droppedOffAt: time.optional(),
    })
    .refine((c) => c.persona !== undefined || c.attributes !== undefined, {
      message: 'a customer needs a persona (a name or id from the journey) or attributes',
      path: ['persona'],
    });

  const Disruption = z
    .object({
      from: time,
      until: time,
      /** Every action on this channel is unavailable… */
      channel: Channel.optional(),
      /** …or just this action (by node id). Both given: only that action, when on that channel. */
      actionId: z.string().min(1).optional(),
      label: z.string().default(''),
    })
    .refine((d) => d.channel !== undefined || d.actionId !== undefined, {
      message: 'a disruption closes a channel or an action: give channel or actionId',
      path: ['channel'],
    });

  return z.object({
    format: z.literal(LOG_FORMAT).optional(),
    version: z.literal(LOG_VERSION).optional(),
    /** The ISO date-time of minute 0, when the log came from dated records. */
    start: z.string().optional(),
    /** End of observation, in the log's time: timers due later do not fire. */
    horizon: time.optional(),
    customers: z.array(Customer),
    disruptions: z.array(Disruption).default([]),
  });
}

const Minutes = z.number().refine(Number.isFinite, 'a time must be a finite number of minutes');

/** The canonical interaction log the engine replays (times in minutes since `start`). */
export const InteractionLog = defineLogSchema(Minutes).superRefine((log, ctx) => {
  const ids = new Set<string>();
  log.customers.forEach((c, i) => {
    if (ids.has(c.id)) ctx.addIssue({ code: 'custom', path: ['customers', i, 'id'], message: `customer id "${c.id}" appears twice` });
    ids.add(c.id);
    for (let j = 1; j < c.events.length; j++) {
      if (c.events[j]!.at < c.events[j - 1]!.at) {
        ctx.addIssue({ code: 'custom', path: ['customers', i, 'events', j, 'at'], message: 'events must be in time order' });
        break;
      }
    }
    const last = c.events[c.events.length - 1];
    if (c.droppedOffAt !== undefined && last && c.droppedOffAt < last.at) {
      ctx.addIssue({ code: 'custom', path: ['customers', i, 'droppedOffAt'], message: `the customer dropped off before their last event (at ${last.at})` });
    }
  });
  log.disruptions.forEach((d, i) => {
    if (!(d.until > d.from)) ctx.addIssue({ code: 'custom', path: ['disruptions', i, 'until'], message: '"until" must be after "from"' });
  });
});
export type InteractionLog = z.infer<typeof InteractionLog>;
export type LogCustomer = InteractionLog['customers'][number];
export type LogEvent = LogCustomer['events'][number];
export type Disruption = InteractionLog['disruptions'][number];
/**
 * A problem with one field of the log that only the journey reveals (a persona it does not
 * have), by its path in the log (`['customers', 3, 'persona']`), so whoever read the file can
 * name the line and field (io's `locate`).
 */
export interface LogIssue {
  path: (string | number)[];
  message: string;
}

/** The issue as a sentence of its own, for when the file's lines are not known. */
export const issueSentence = (issue: LogIssue): string => issue.message[0]!.toUpperCase() + issue.message.slice(1) + '.';

/** A log as written by hand or in code: defaults may be left out. */
export type InteractionLogInput = z.input<typeof InteractionLog>;
