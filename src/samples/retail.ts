/**
 * The first-run sample: a retail cart-abandonment journey. Shoppers browse, add to cart and
 * walk away; the brand reminds them on their preferred channel, then escalates by cart value.
 * It validates with no errors and no warnings (see retail.test.ts).
 */
import type { ActionNode, DecisionNode, EventNode, Journey, JourneyEdge, JourneyNode, JsonLogicRule, PersonaNode } from '../model/journey';

/*
 * Laid out in two bands, so the first view shows a whole piece of the story and the journey
 * reads on one screen when zoomed out (not one long line): shopping on top — personas to the
 * abandoned cart — then, from the left again, the reminders and the escalation below. Columns
 * leave room for the branch labels between cards; every position is on the 20 px snap grid.
 */
const COLUMN = 340;
const ROW = 160;
const at = (column: number, row: number) => ({ x: column * COLUMN, y: row * ROW });

const personas: PersonaNode[] = [
  {
    id: 'persona-deal-hunter',
    kind: 'persona',
    position: at(0, 0),
    name: 'Deal hunter',
    description: 'Compares prices across shops and waits for a discount before buying.',
    segment: 'Price-sensitive',
    attributes: { tier: 'silver', priceSensitive: true },
    preferredChannel: 'sms',
    share: 45,
  },
  {
    id: 'persona-loyal-regular',
    kind: 'persona',
    position: at(0, 1),
    name: 'Loyal regular',
    description: 'Buys often, trusts the brand and reads its newsletter.',
    segment: 'Loyal',
    attributes: { tier: 'gold', priceSensitive: false },
    preferredChannel: 'email',
    share: 35,
  },
  {
    id: 'persona-busy-professional',
    kind: 'persona',
    position: at(0, 2),
    name: 'Busy professional',
    description: 'Shops in the app between meetings and gets interrupted before checkout.',
    segment: 'Time-poor',
    attributes: { tier: 'bronze', priceSensitive: false },
    preferredChannel: 'push',
    share: 20,
  },
];

function event(id: string, name: string, eventKey: string, column: number, row: number, extra: Partial<EventNode> = {}): EventNode {
  return { id, kind: 'event', position: at(column, row), name, eventKey, channel: 'any', description: '', timer: null, ...extra };
}

function decision(id: string, name: string, column: number, row: number, description: string): DecisionNode {
  return { id, kind: 'decision', position: at(column, row), name, description, mode: 'rules' };
}

function action(id: string, name: string, column: number, row: number, fields: Pick<ActionNode, 'channel' | 'cost' | 'satisfactionEffect'> & Partial<ActionNode>): ActionNode {
  return { id, kind: 'action', position: at(column, row), name, description: '', outcome: 'none', ...fields };
}

const steps: JourneyNode[] = [
  event('event-browses-product', 'Browses product', 'browses_product', 1, 1, { channel: 'web' }),
  action('action-show-recommendations', 'Show recommendations', 2, 1, { channel: 'web', cost: 0.01, satisfactionEffect: 1 }),
  event('event-adds-to-cart', 'Adds to cart', 'adds_to_cart', 3, 1, { channel: 'web' }),
  action('action-save-cart', 'Save cart', 4, 1, {
    channel: 'web',
    cost: 0,
    satisfactionEffect: 0,
    description: 'Keeps the cart for 30 days so the customer can come back to it.',
  }),
  event('event-cart-abandoned', 'Cart abandoned', 'cart_abandoned', 5, 1, {
    channel: 'web',
    description: 'The customer leaves the site with items in the cart.',
    // The cart's value, for generated customers: about one cart in three is over 100.
    attributes: { value: { kind: 'normal', mean: 80, sd: 40, min: 5, max: null, decimals: 2 } },
  }),
  decision('decision-reminder-channel', 'Reminder channel?', 0, 5, 'Remind the customer on the channel they prefer.'),
  action('action-send-sms-reminder', 'Send SMS reminder', 1, 3.5, { channel: 'sms', cost: 0.08, satisfactionEffect: 0.5 }),
  action('action-send-push-reminder', 'Send push reminder', 1, 4.5, { channel: 'push', cost: 0.01, satisfactionEffect: 0 }),
  action('action-send-email-reminder', 'Send email reminder', 1, 5.5, { channel: 'email', cost: 0.02, satisfactionEffect: 0.5 }),
  action('action-show-cart-banner', 'Show cart on next visit', 1, 6.5, {
    channel: 'web',
    cost: 0,
    satisfactionEffect: 0,
    description: 'For customers with no preferred channel: a banner with their cart when they come back.',
  }),
  event('event-no-purchase-2h', 'No purchase within 2 h', 'no_purchase_2h', 2, 5, { timer: { afterMinutes: 120 } }),
  decision('decision-high-value-cart', 'High-value cart?', 3, 5, 'Carts over 100 are worth a personal call; the rest get a discount.'),
  action('action-agent-phone-call', 'Phone call by agent', 4, 4.5, { channel: 'phone', cost: 4.5, satisfactionEffect: 2 }),
  action('action-send-discount-email', 'Send 10% discount email', 4, 5.5, { channel: 'email', cost: 0.02, satisfactionEffect: 1 }),
  event('event-calls-support', 'Calls support', 'calls_support', 5, 6.5, { channel: 'phone' }),
  action('action-agent-chat', 'Agent chat', 6, 6.5, { channel: 'agent', cost: 2, satisfactionEffect: 1.5 }),
  event('event-purchases', 'Purchases', 'purchases', 7, 3.5, { channel: 'web' }),
  event('event-no-purchase-24h', 'No purchase within 24 h', 'no_purchase_24h', 7, 6.5, { timer: { afterMinutes: 1440 } }),
  action('action-order-confirmed', 'Order confirmed', 8, 3.5, { channel: 'web', cost: 0, satisfactionEffect: 3, outcome: 'goal' }),
  action('action-customer-gives-up', 'Customer gives up', 8, 6.5, {
    channel: 'web',
    cost: 0,
    satisfactionEffect: -2,
    outcome: 'exit',
    description: 'The cart expires; no more contact.',
  }),
];

function edge(id: string, source: string, target: string, likelihood: number | null = null): JourneyEdge {
  return { id, source, target, branch: null, likelihood };
}

function branch(id: string, source: string, target: string, label: string, condition: JsonLogicRule): JourneyEdge {
  return { id, source, target, likelihood: null, branch: { label, otherwise: false, condition, percent: null } };
}

function otherwise(id: string, source: string, target: string, label = 'Otherwise'): JourneyEdge {
  return { id, source, target, likelihood: null, branch: { label, otherwise: true, condition: null, percent: null } };
}

const preferredChannel = { var: 'persona.preferredChannel' };

// Branch order is edge order: the first branch whose condition holds wins.
const edges: JourneyEdge[] = [
  edge('edge-deal-hunter-browses', 'persona-deal-hunter', 'event-browses-product'),
  edge('edge-loyal-regular-browses', 'persona-loyal-regular', 'event-browses-product'),
  edge('edge-busy-professional-browses', 'persona-busy-professional', 'event-browses-product'),
  edge('edge-browses-recommendations', 'event-browses-product', 'action-show-recommendations'),
  edge('edge-recommendations-adds-to-cart', 'action-show-recommendations', 'event-adds-to-cart', 0.35),
  edge('edge-adds-to-cart-save-cart', 'event-adds-to-cart', 'action-save-cart'),
  edge('edge-save-cart-abandoned', 'action-save-cart', 'event-cart-abandoned', 0.7),
  edge('edge-save-cart-purchases', 'action-save-cart', 'event-purchases', 0.3),
  edge('edge-abandoned-reminder-channel', 'event-cart-abandoned', 'decision-reminder-channel'),
  branch('edge-reminder-sms', 'decision-reminder-channel', 'action-send-sms-reminder', 'SMS', { '==': [preferredChannel, 'sms'] }),
  branch('edge-reminder-push', 'decision-reminder-channel', 'action-send-push-reminder', 'Push', { in: [preferredChannel, ['push', 'app']] }),
  branch('edge-reminder-email', 'decision-reminder-channel', 'action-send-email-reminder', 'Email', { '==': [preferredChannel, 'email'] }),
  otherwise('edge-reminder-otherwise', 'decision-reminder-channel', 'action-show-cart-banner', 'No preference'),
  edge('edge-sms-purchases', 'action-send-sms-reminder', 'event-purchases', 0.3),
  edge('edge-sms-no-purchase', 'action-send-sms-reminder', 'event-no-purchase-2h', 0.7),
  edge('edge-push-purchases', 'action-send-push-reminder', 'event-purchases', 0.2),
  edge('edge-push-no-purchase', 'action-send-push-reminder', 'event-no-purchase-2h', 0.8),
  edge('edge-email-purchases', 'action-send-email-reminder', 'event-purchases', 0.25),
  edge('edge-email-no-purchase', 'action-send-email-reminder', 'event-no-purchase-2h', 0.75),
  edge('edge-banner-purchases', 'action-show-cart-banner', 'event-purchases', 0.15),
  edge('edge-banner-no-purchase', 'action-show-cart-banner', 'event-no-purchase-2h', 0.85),
  edge('edge-no-purchase-high-value', 'event-no-purchase-2h', 'decision-high-value-cart'),
  branch('edge-high-value-call', 'decision-high-value-cart', 'action-agent-phone-call', 'Over 100', { '>': [{ var: 'event.value' }, 100] }),
  otherwise('edge-high-value-discount', 'decision-high-value-cart', 'action-send-discount-email', 'Up to 100'),
  edge('edge-call-purchases', 'action-agent-phone-call', 'event-purchases', 0.55),
  edge('edge-call-no-purchase', 'action-agent-phone-call', 'event-no-purchase-24h', 0.45),
  edge('edge-discount-purchases', 'action-send-discount-email', 'event-purchases', 0.3),
  edge('edge-discount-calls-support', 'action-send-discount-email', 'event-calls-support', 0.1),
  edge('edge-discount-no-purchase', 'action-send-discount-email', 'event-no-purchase-24h', 0.6),
  edge('edge-calls-support-chat', 'event-calls-support', 'action-agent-chat'),
  edge('edge-chat-purchases', 'action-agent-chat', 'event-purchases', 0.6),
  edge('edge-chat-no-purchase', 'action-agent-chat', 'event-no-purchase-24h', 0.4),
  edge('edge-purchases-order-confirmed', 'event-purchases', 'action-order-confirmed'),
  edge('edge-no-purchase-gives-up', 'event-no-purchase-24h', 'action-customer-gives-up'),
];

/** "Retail cart abandonment": three personas, channel reminders, escalation by cart value. */
export const retailJourney: Journey = {
  id: 'sample-retail-cart-abandonment',
  name: 'Retail cart abandonment',
  description:
    'Shoppers leave items in their cart. A reminder goes out on their preferred channel; two hours later, ' +
    'high-value carts get a call from an agent and the rest a discount. The static route is the printed map: ' +
    'one email reminder, then a discount.',
  nodes: [...personas, ...steps],
  edges,
  staticRoute: [
    'edge-browses-recommendations',
    'edge-recommendations-adds-to-cart',
    'edge-adds-to-cart-save-cart',
    'edge-save-cart-abandoned',
    'edge-abandoned-reminder-channel',
    'edge-reminder-email',
    'edge-email-no-purchase',
    'edge-no-purchase-high-value',
    'edge-high-value-discount',
    'edge-discount-purchases',
    'edge-purchases-order-confirmed',
  ],
  stops: [],
};

/** A fresh copy of the sample, safe to edit. */
export function cloneSample(): Journey {
  return structuredClone(retailJourney);
}
