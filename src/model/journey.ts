/**
 * The journey model: one zod schema is the single definition of a journey.
 * Types are inferred from it, the importer validates with it and the published
 * JSON Schema is generated from it. Pure TypeScript — no React, DOM or storage.
 */
import { z } from 'zod';
import { standardiseCondition } from './condition-operators';

/** Channels a brand can act on, and that events can happen on. */
export const CHANNELS = [
  'email',
  'sms',
  'push',
  'web',
  'app',
  'phone',
  'chat',
  'social',
  'in-store',
  'agent',
] as const;
export const Channel = z.enum(CHANNELS);
export type Channel = z.infer<typeof Channel>;

export const CHANNEL_LABELS: Record<Channel, string> = {
  email: 'Email',
  sms: 'SMS',
  push: 'Push',
  web: 'Web',
  app: 'App',
  phone: 'Phone',
  chat: 'Chat',
  social: 'Social',
  'in-store': 'In-store',
  agent: 'Agent',
};

export const Position = z.object({ x: z.number(), y: z.number() });
export type Position = z.infer<typeof Position>;

/** A persona attribute value, e.g. `tier: gold`, `age: 34`, `vip: true`. */
export const AttributeValue = z.union([z.string(), z.number(), z.boolean()]);
export type AttributeValue = z.infer<typeof AttributeValue>;

/**
 * A JsonLogic rule (https://jsonlogic.com) in standard operations only (condition-operators.ts),
 * so it runs in any JsonLogic engine. An older app's `startsWith` / `endsWith` is rewritten to
 * standard JsonLogic on the way in — import, backup restore, IndexedDB, paste all parse here.
 */
export const JsonLogicRule = z.json().transform(standardiseCondition);
export type JsonLogicRule = z.infer<typeof JsonLogicRule>;

const nodeBase = {
  id: z.string().min(1),
  position: Position,
};

/** Who the customer is. Outgoing edges name the events the persona's journeys start with. */
export const PersonaNode = z.object({
  ...nodeBase,
  kind: z.literal('persona'),
  name: z.string(),
  description: z.string().default(''),
  segment: z.string().default(''),
  /** Free attributes referenced by decision conditions as `persona.<key>`. */
  attributes: z.record(z.string(), AttributeValue).default({}),
  preferredChannel: Channel.nullable().default(null),
  /** Share of the population, in percent (0–100). */
  share: z.number().min(0).max(100).default(0),
});
export type PersonaNode = z.infer<typeof PersonaNode>;

/** A timer event fires when this much time passes after the previous step with no other event. */
export const Timer = z.object({ afterMinutes: z.number().positive() });
export type Timer = z.infer<typeof Timer>;

/**
 * An attribute a generated customer's event carries (`value`, `sentiment`, `newCustomer`…),
 * read by conditions as `event.<name>`. Interaction logs bring their own; for a generated
 * population each event node says how its attributes are drawn (docs/simulation.md, Populations).
 */
const AttributeDecimals = z.number().int().min(0).max(6).default(2);
export const AttributeDistribution = z.discriminatedUnion('kind', [
  /** Every value from `min` to `max`, in steps of 10^-decimals, equally likely. */
  z
    .object({ kind: z.literal('uniform'), min: z.number(), max: z.number(), decimals: AttributeDecimals })
    .refine((d) => d.min <= d.max, { message: '"min" must not be more than "max"', path: ['max'] }),
  /** Bell curve around `mean`; values outside `min`/`max` (when set) are moved to that bound. */
  z
    .object({
      kind: z.literal('normal'),
      mean: z.number(),
      sd: z.number().min(0),
      min: z.number().nullable().default(null),
      max: z.number().nullable().default(null),
      decimals: AttributeDecimals,
    })
    .refine((d) => d.min === null || d.max === null || d.min <= d.max, { message: '"min" must not be more than "max"', path: ['max'] }),
  /** One of the values — text, a number or true/false — with chances in proportion to the weights. */
  z
    .object({ kind: z.literal('choice'), options: z.array(z.object({ value: AttributeValue, weight: z.number().min(0) })).min(1) })
    .refine((d) => d.options.some((o) => o.weight > 0), { message: 'at least one value needs a weight above 0', path: ['options'] }),
]);
export type AttributeDistribution = z.infer<typeof AttributeDistribution>;

/** Fields every event already has in conditions (`event.key`, …), so an attribute may not take their names. */
export const RESERVED_EVENT_ATTRIBUTES = ['key', 'event', 'channel', 'at', 'timer'] as const;
/** An attribute's name: a letter or underscore, then letters, digits, underscores; not a reserved field. */
export const EventAttributeName = z
  .string()
  .regex(
    new RegExp(`^(?!(?:${[...RESERVED_EVENT_ATTRIBUTES, '__proto__', 'constructor', 'prototype'].join('|')})$)[A-Za-z_][A-Za-z0-9_]*$`),
    'an attribute name starts with a letter and has only letters, digits and underscores (and is not key, event, channel, at or timer)',
  );

/** What happens, or what the customer does. */
export const EventNode = z.object({
  ...nodeBase,
  kind: z.literal('event'),
  name: z.string(),
  /** The key as an interaction log spells it, e.g. `cart_abandoned`. */
  eventKey: z.string(),
  /** Channel the event happens on, or `any`. */
  channel: z.union([Channel, z.literal('any')]).default('any'),
  description: z.string().default(''),
  timer: Timer.nullable().default(null),
  /**
   * How a generated customer's event gets its attributes, by name; read by conditions as
   * `event.<name>`. Absent (not `{}`) when there are none, so journeys without them are
   * written exactly as before.
   */
  attributes: z.record(EventAttributeName, AttributeDistribution).optional(),
});
export type EventNode = z.infer<typeof EventNode>;

/** Rules over persona, event and context that pick what to do next (or a percentage split). */
export const DecisionNode = z.object({
  ...nodeBase,
  kind: z.literal('decision'),
  name: z.string(),
  description: z.string().default(''),
  /** `rules`: first branch whose condition holds, else otherwise. `split`: percentages (A/B test). */
  mode: z.enum(['rules', 'split']).default('rules'),
});
export type DecisionNode = z.infer<typeof DecisionNode>;

export const ACTION_OUTCOMES = ['none', 'goal', 'exit'] as const;

/** What the brand does, on which channel, at what cost and effect. */
export const ActionNode = z.object({
  ...nodeBase,
  kind: z.literal('action'),
  name: z.string(),
  description: z.string().default(''),
  channel: Channel.nullable().default(null),
  /** Cost per customer, in the journey's currency units. */
  cost: z.number().min(0).default(0),
  /** Expected effect on satisfaction, from −10 (very negative) to +10 (very positive). */
  satisfactionEffect: z.number().min(-10).max(10).default(0),
  /** `goal`: journey success; `exit`: the customer leaves; `none`: the journey goes on. */
  outcome: z.enum(ACTION_OUTCOMES).default('none'),
});
export type ActionNode = z.infer<typeof ActionNode>;

export const NOTE_COLORS = ['yellow', 'pink', 'blue', 'green'] as const;

/** A sticky note for workshop annotations — not part of the journey logic. */
export const NoteNode = z.object({
  ...nodeBase,
  kind: z.literal('note'),
  text: z.string().default(''),
  color: z.enum(NOTE_COLORS).default('yellow'),
});
export type NoteNode = z.infer<typeof NoteNode>;

export const JourneyNode = z.discriminatedUnion('kind', [PersonaNode, EventNode, DecisionNode, ActionNode, NoteNode]);
export type JourneyNode = z.infer<typeof JourneyNode>;
export type NodeKind = JourneyNode['kind'];
/** Kinds that take part in the journey logic (everything but notes). */
export type ElementKind = Exclude<NodeKind, 'note'>;
export const ELEMENT_KINDS: readonly ElementKind[] = ['persona', 'event', 'decision', 'action'];
export const NODE_KINDS: readonly NodeKind[] = ['persona', 'event', 'decision', 'action', 'note'];

/**
 * A decision's outgoing edge. Branch order is the order of the decision's
 * outgoing edges in `journey.edges` — the first branch whose condition holds wins.
 */
export const Branch = z.object({
  label: z.string().default(''),
  /** The fallback branch taken when no other condition holds. Exactly one per rules decision. */
  otherwise: z.boolean().default(false),
  /** JsonLogic condition over `persona`, `event` and `context`; null on otherwise and split branches. */
  condition: JsonLogicRule.nullable().default(null),
  /** Percentage of customers for a split decision's branch (all branches sum to 100). */
  percent: z.number().min(0).max(100).nullable().default(null),
});
export type Branch = z.infer<typeof Branch>;

export const JourneyEdge = z.object({
  id: z.string().min(1),
  source: z.string().min(1),
  target: z.string().min(1),
  /** Present on edges out of a decision. */
  branch: Branch.nullable().default(null),
  /** On action → event edges: chance (0–1) the customer does this next; used to generate populations. */
  likelihood: z.number().min(0).max(1).nullable().default(null),
});
export type JourneyEdge = z.infer<typeof JourneyEdge>;

/**
 * Where a stop looks: the centre of the view in journey coordinates and the zoom. Kept
 * apart from the screen's size, so a stop shows the same place, as large, on any screen
 * (a larger screen shows more around it). See src/model/camera.ts.
 */
export const Camera = z.object({ x: z.number(), y: z.number(), zoom: z.number().positive() });
export type Camera = z.infer<typeof Camera>;

export const RUN_MODES = ['static', 'dynamic', 'compare'] as const;
/** Which side of the comparison a stop shows: the printed route, the GPS, or both side by side. */
export type RunMode = (typeof RUN_MODES)[number];

/** A road closed during playback, as a stop replays it: a channel or one action, from a log minute until another (null: further notice). */
export const StopClosure = z.object({
  target: z.union([z.object({ channel: Channel }), z.object({ actionId: z.string().min(1) })]),
  from: z.number(),
  until: z.number().nullable().default(null),
});
export type StopClosure = z.infer<typeof StopClosure>;

/** The simulator as a stop shows it: whose interactions, which side, which customer, when, and what is closed. */
export const StopSimulation = z.object({
  /** A built-in scenario's customers, or a generated population of this journey (an imported log is not part of the file). */
  source: z.discriminatedUnion('kind', [
    z.object({ kind: z.literal('scenario'), scenarioId: z.string().min(1) }),
    z.object({ kind: z.literal('population'), size: z.number().int().min(1).max(100_000), deviationRate: z.number().min(0).max(1), dropOffRate: z.number().min(0).max(1).default(0) }),
  ]),
  mode: z.enum(RUN_MODES).default('compare'),
  /** The customer followed, by the id the log gives them (`r09`); null: everybody. */
  customer: z.string().nullable().default(null),
  /** The playhead, in the log's minutes; null: the start of the replay. */
  playhead: z.number().nullable().default(null),
  closures: z.array(StopClosure).default([]),
  /** Show the results over the canvas, large: the stop that tells the figures. */
  figures: z.boolean().default(false),
});
export type StopSimulation = z.infer<typeof StopSimulation>;

/** A stop of a presentation: a named view of the journey, what the room reads, what the facilitator says. */
export const Stop = z.object({
  id: z.string().min(1),
  name: z.string().default(''),
  /** The caption the room reads ("09:10 — the SMS gateway goes down"). */
  caption: z.string().default(''),
  /** Speaker notes, shown only in the presenter view. */
  notes: z.string().default(''),
  camera: Camera,
  simulation: StopSimulation.nullable().default(null),
});
export type Stop = z.infer<typeof Stop>;

export const Journey = z.object({
  id: z.string().min(1),
  name: z.string(),
  description: z.string().default(''),
  nodes: z.array(JourneyNode),
  edges: z.array(JourneyEdge),
  /**
   * The printed map: edge ids of the one path a static journey follows,
   * in route order (from its first event to its last action).
   */
  staticRoute: z.array(z.string()).default([]),
  /** The stops of its presentation, in the order they are shown. */
  stops: z.array(Stop).default([]),
});
export type Journey = z.infer<typeof Journey>;

export function isElement(node: JourneyNode): node is Exclude<JourneyNode, NoteNode> {
  return node.kind !== 'note';
}

/** A display name for any node — notes show the start of their text. */
export function nodeLabel(node: JourneyNode): string {
  if (node.kind === 'note') return node.text.split('\n')[0]?.slice(0, 40) || 'Note';
  return node.name || `Unnamed ${node.kind}`;
}
