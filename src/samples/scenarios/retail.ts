/**
 * Retail: cart abandonment on the morning the SMS gateway goes down.
 * Minute 0 is Tuesday 4 March 2025, 08:00 UTC; the gateway is down 09:00–13:00.
 */
import { log } from '../../sim/builders';
import { actionAt, branch, decisionAt, defineJourney, eventAt, link, otherwise, personaAt } from './layout';
import type { Scenario } from './types';
import { storyStops, type StoryStop } from './story';
import { catalogueEntry } from './catalogue';

const { id, title } = catalogueEntry('retail-sms-outage');
const entry = { id, title };

const drawn = defineJourney(
  'scenario-retail-cart',
  'Cart abandonment',
  'Win back shoppers who leave a full cart: a nudge on the channel they answer, a last chance after a day of silence.',
  [
    personaAt('bargain', 'Bargain hunter', 0, 0, { segment: 'price-sensitive', attributes: { tier: 'standard' }, preferredChannel: 'sms', share: 50, description: 'Compares prices, answers texts with discount codes.' }),
    personaAt('loyal', 'Loyal member', 0, 1, { segment: 'loyalty', attributes: { tier: 'gold' }, preferredChannel: 'app', share: 30, description: 'Gold card holder, lives in the app.' }),
    personaAt('newcomer', 'First-time visitor', 0, 2, { segment: 'new', attributes: { tier: 'new' }, preferredChannel: 'email', share: 20, description: 'Signed up today to check out.' }),
    eventAt('abandon', 'Cart abandoned', 'cart_abandoned', 1, 1, { channel: 'web' }),
    decisionAt('reach', 'How do we reach them?', 2, 1, 'Loyal members get a push; texters an SMS code; everyone else an email.'),
    actionAt('push', 'Push: your cart is waiting', 3, 0, { channel: 'push', cost: 0.01, satisfactionEffect: 0 }),
    actionAt('sms', 'SMS with a 10% code', 3, 1, { channel: 'sms', cost: 0.08, satisfactionEffect: 1 }),
    actionAt('email', 'Email reminder', 3, 2, { channel: 'email', cost: 0.02, satisfactionEffect: 0.5 }),
    eventAt('click', 'Reminder clicked', 'reminder_clicked', 4, 0),
    eventAt('silence', 'No response in 24 h', 'no_response', 4, 3, { timerMinutes: 24 * 60 }),
    eventAt('chat', 'Asked about delivery in chat', 'chat_question', 4, 2, { channel: 'chat' }),
    actionAt('lastCall', 'Last-chance email', 5, 3, { channel: 'email', cost: 0.02, satisfactionEffect: -0.5 }),
    eventAt('back', 'Came back to the cart', 'cart_returned', 6, 3, { channel: 'web' }),
    actionAt('cart', 'Show the saved cart', 5, 0, { channel: 'web', cost: 0, satisfactionEffect: 0.5 }),
    actionAt('answer', 'Answer in chat, with the code', 5, 2, { channel: 'chat', cost: 1.5, satisfactionEffect: 2 }),
    eventAt('order', 'Order placed', 'order_placed', 6, 1, { channel: 'web' }),
    actionAt('confirm', 'Order confirmed', 7, 1, { channel: 'email', cost: 0, satisfactionEffect: 3, outcome: 'goal' }),
  ],
  [
    link('bargain', 'abandon'),
    link('loyal', 'abandon'),
    link('newcomer', 'abandon'),
    link('abandon', 'reach'),
    branch('reach', 'push', 'Loyal members', { '==': [{ var: 'persona.tier' }, 'gold'] }),
    branch('reach', 'sms', 'Prefers SMS', { '==': [{ var: 'persona.preferredChannel' }, 'sms'] }),
    otherwise('reach', 'email'),
    link('push', 'click', 0.4),
    link('sms', 'click', 0.45),
    link('email', 'click', 0.3),
    link('push', 'silence'),
    link('sms', 'silence'),
    link('email', 'silence'),
    link('email', 'chat', 0.1),
    link('silence', 'lastCall'),
    link('lastCall', 'back', 0.2),
    link('click', 'cart'),
    link('back', 'cart'),
    link('cart', 'order', 0.6),
    link('cart', 'chat', 0.1),
    link('chat', 'answer'),
    link('answer', 'order', 0.7),
    link('order', 'confirm'),
  ],
  ['bargain>abandon', 'abandon>reach', 'reach>sms', 'sms>click', 'click>cart', 'cart>order', 'order>confirm'],
);

// Each row: customer, persona, events as [minute, event key, channel?, attributes?].
const interactions = log(
  [
    // On the printed route, before or after the outage: both journeys convert them.
    ['r01', 'Bargain hunter', [[0, 'cart_abandoned', 'web', { value: 64 }], [25, 'reminder_clicked', 'sms'], [32, 'order_placed', 'web', { value: 64 }]]],
    ['r02', 'Bargain hunter', [[10, 'cart_abandoned', 'web', { value: 120 }], [70, 'reminder_clicked', 'sms'], [80, 'order_placed', 'web', { value: 120 }]]],
    ['r03', 'Bargain hunter', [[330, 'cart_abandoned', 'web', { value: 45 }], [360, 'reminder_clicked', 'sms'], [372, 'order_placed', 'web', { value: 45 }]]],
    ['r04', 'First-time visitor', [[15, 'cart_abandoned', 'web', { value: 89 }], [50, 'reminder_clicked', 'email'], [58, 'order_placed', 'web', { value: 89 }]]],
    ['r05', 'Loyal member', [[20, 'cart_abandoned', 'web', { value: 210 }], [40, 'reminder_clicked', 'push'], [45, 'order_placed', 'web', { value: 210 }]]],
    ['r06', 'Bargain hunter', [[400, 'cart_abandoned', 'web', { value: 33 }], [430, 'reminder_clicked', 'sms'], [500, 'order_placed', 'web', { value: 33 }]]],
    ['r07', 'Loyal member', [[500, 'cart_abandoned', 'web', { value: 150 }], [520, 'reminder_clicked', 'push'], [530, 'order_placed', 'web', { value: 150 }]]],
    ['r08', 'Bargain hunter', [[600, 'cart_abandoned', 'web', { value: 72 }], [640, 'reminder_clicked', 'sms'], [655, 'order_placed', 'web', { value: 72 }]]],
    // Abandoned during the outage: the printed route stalls at the SMS; the GPS sends an email (or a push).
    ['r09', 'Bargain hunter', [[70, 'cart_abandoned', 'web', { value: 58 }], [110, 'reminder_clicked', 'email'], [118, 'order_placed', 'web', { value: 58 }]]],
    ['r10', 'Bargain hunter', [[95, 'cart_abandoned', 'web', { value: 99 }], [150, 'reminder_clicked', 'email'], [170, 'order_placed', 'web', { value: 99 }]]],
    ['r11', 'Bargain hunter', [[130, 'cart_abandoned', 'web', { value: 41 }], [135, 'reminder_clicked', 'email'], [160, 'order_placed', 'web', { value: 41 }]]],
    ['r12', 'First-time visitor', [[140, 'cart_abandoned', 'web', { value: 75 }], [200, 'reminder_clicked', 'email'], [210, 'order_placed', 'web', { value: 75 }]]],
    ['r13', 'Loyal member', [[150, 'cart_abandoned', 'web', { value: 180 }], [160, 'reminder_clicked', 'push'], [170, 'order_placed', 'web', { value: 180 }]]],
    ['r14', 'Bargain hunter', [[180, 'cart_abandoned', 'web', { value: 27 }], [240, 'reminder_clicked', 'email'], [245, 'order_placed', 'web', { value: 27 }]]],
    ['r15', 'Bargain hunter', [[200, 'cart_abandoned', 'web', { value: 66 }], [290, 'reminder_clicked', 'email'], [300, 'order_placed', 'web', { value: 66 }]]],
    // Abandons again after the outage: the printed route finally sends its SMS.
    ['r16', 'Bargain hunter', [[250, 'cart_abandoned', 'web', { value: 54 }], [380, 'cart_abandoned', 'web', { value: 54 }], [400, 'reminder_clicked', 'sms'], [410, 'order_placed', 'web', { value: 54 }]]],
    ['r17', 'Bargain hunter', [[100, 'cart_abandoned', 'web', { value: 38 }]]],
    // Comes back by themselves, or orders without clicking: missed moments for the printed route.
    ['r18', 'Bargain hunter', [[20, 'cart_abandoned', 'web', { value: 83 }], [90, 'cart_returned', 'web'], [100, 'order_placed', 'web', { value: 83 }]]],
    ['r19', 'First-time visitor', [[350, 'cart_abandoned', 'web', { value: 47 }], [420, 'cart_returned', 'web'], [425, 'order_placed', 'web', { value: 47 }]]],
    ['r20', 'Loyal member', [[380, 'cart_abandoned', 'web', { value: 260 }], [395, 'cart_returned', 'web'], [400, 'order_placed', 'web', { value: 260 }]]],
    ['r21', 'Bargain hunter', [[450, 'cart_abandoned', 'web', { value: 95 }], [2000, 'cart_returned', 'web'], [2010, 'order_placed', 'web', { value: 95 }]]],
    ['r29', 'Bargain hunter', [[800, 'cart_abandoned', 'web', { value: 61 }], [805, 'order_placed', 'web', { value: 61 }]]],
    ['r33', 'First-time visitor', [[120, 'cart_abandoned', 'web', { value: 52 }], [2000, 'order_placed', 'web', { value: 52 }]]],
    // Asks about delivery in chat first.
    ['r22', 'First-time visitor', [[30, 'cart_abandoned', 'web', { value: 110 }], [45, 'chat_question', 'chat', { sentiment: -0.2 }], [60, 'order_placed', 'web', { value: 110 }]]],
    ['r23', 'Bargain hunter', [[500, 'cart_abandoned', 'web', { value: 70 }], [520, 'reminder_clicked', 'sms'], [525, 'chat_question', 'chat'], [540, 'order_placed', 'web', { value: 70 }]]],
    ['r24', 'Loyal member', [[700, 'cart_abandoned', 'web', { value: 320 }], [720, 'chat_question', 'chat'], [725, 'order_placed', 'web', { value: 320 }]]],
    ['r34', 'Bargain hunter', [[700, 'cart_abandoned', 'web', { value: 44 }], [705, 'chat_question', 'chat'], [710, 'reminder_clicked', 'sms'], [720, 'order_placed', 'web', { value: 44 }]]],
    // Silent for a day: the last-chance email brings some back.
    ['r25', 'Bargain hunter', [[40, 'cart_abandoned', 'web', { value: 59 }], [1600, 'cart_returned', 'web'], [1610, 'order_placed', 'web', { value: 59 }]]],
    ['r26', 'First-time visitor', [[600, 'cart_abandoned', 'web', { value: 29 }]]],
    ['r27', 'Loyal member', [[650, 'cart_abandoned', 'web', { value: 140 }]]],
    // Browsing noise the journey does not know, and a customer who clicks but never orders.
    ['r28', 'Bargain hunter', [[15, 'viewed_product', 'web'], [20, 'cart_abandoned', 'web', { value: 36 }], [35, 'viewed_product', 'web'], [50, 'reminder_clicked', 'sms'], [55, 'order_placed', 'web', { value: 36 }]]],
    ['r30', 'First-time visitor', [[820, 'cart_abandoned', 'web', { value: 80 }], [900, 'reminder_clicked', 'email']]],
    ['r31', 'Bargain hunter', [[260, 'cart_abandoned', 'web', { value: 48 }], [262, 'cart_abandoned', 'web', { value: 48 }], [320, 'reminder_clicked', 'email'], [330, 'order_placed', 'web', { value: 48 }]]],
    ['r32', 'Loyal member', [[900, 'cart_abandoned', 'web', { value: 90 }], [905, 'reminder_clicked', 'push'], [906, 'order_placed', 'web', { value: 90 }]]],
  ],
  [{ from: 60, until: 300, channel: 'sms', label: 'SMS gateway outage' }],
  { start: '2025-03-04T08:00:00.000Z' },
);

/** The story in presenter mode: one bargain hunter on the morning the gateway goes down, then everybody. */
const presentation: StoryStop[] = [
  {
    name: 'The plan',
    caption: 'Tuesday, 08:00. Shoppers leave a full cart; the plan answers on the channel they prefer.',
    notes: 'Three kinds of shopper. Bargain hunters answer texts with discount codes, loyal members live in the app, newcomers read email.',
    frame: ['bargain', 'loyal', 'newcomer', 'abandon', 'reach', 'push', 'sms', 'email'],
  },
  {
    name: 'The printed route',
    caption: 'The printed route: a 10% code by SMS, the click, the saved cart, the order.',
    notes: 'This is the road atlas: one road, drawn thick and orange. Everybody is expected to take it.',
    frame: ['reach', 'sms', 'click', 'cart', 'order', 'confirm'],
  },
  {
    name: 'The stall',
    caption: '09:10 — the SMS gateway is down. On the printed route the code never goes out: she stalls.',
    notes: 'The gateway has been down since 09:00. Our bargain hunter, r09, leaves her cart at 09:10. The printed route has nowhere else to go.',
    frame: ['abandon', 'reach', 'push', 'sms', 'email'],
    simulation: { mode: 'static', customer: 'r09', playhead: 70, shows: [{ side: 'static', node: 'sms', mark: 'Stall' }] },
  },
  {
    name: 'The re-route',
    caption: 'The same minute with the GPS: SMS is closed, so the journey re-routes her to email.',
    notes: 'The decision sees that the SMS road is closed and takes the next one open for her.',
    frame: ['reach', 'push', 'sms', 'email', 'click'],
    simulation: { mode: 'dynamic', customer: 'r09', playhead: 70, shows: [{ side: 'dynamic', node: 'email', mark: 'Re-route' }] },
  },
  {
    name: 'She orders',
    caption: '09:58 — she orders. The GPS journey confirms it; the printed route still waits at the SMS.',
    notes: 'Side by side: left the printed route, right the GPS. Same customer, same clock.',
    frame: ['cart', 'order', 'confirm'],
    simulation: { mode: 'compare', customer: 'r09', playhead: 118, shows: [{ side: 'dynamic', node: 'confirm', mark: 'Customer here' }] },
  },
  {
    name: 'The moment the map misses',
    caption: '08:45 — a first-time visitor asks about delivery in chat. The printed map has no road for that.',
    notes: 'r22 never follows the plan: she asks a question first. The GPS answers in chat, with the code, and she orders at 09:00.',
    frame: ['sms', 'email', 'chat', 'answer'],
    simulation: { mode: 'compare', customer: 'r22', playhead: 45, shows: [{ side: 'dynamic', node: 'answer', mark: 'Customer here' }] },
  },
  {
    name: 'The figures',
    caption: 'Same 34 shoppers, same Tuesday: 13 orders on the printed route, 30 with the GPS.',
    notes: 'Press Space to replay the whole day. Number keys close a channel live: close email and watch the GPS stall too.',
    frame: ['reach', 'push', 'sms', 'email'],
    simulation: { mode: 'compare', playhead: 'end', figures: true },
  },
];

const journey = { ...drawn, stops: storyStops(drawn, entry.id, interactions, presentation) };

export const retailScenario: Scenario = {
  ...entry,
  story:
    'The printed plan texts a 10% code to everyone who leaves a full cart and waits for the click. On Tuesday the SMS gateway is down from 09:00 to 13:00, and shoppers do not follow the plan anyway: some come back on their own, some ask in chat first. Watch the printed route stall at the closed road while the dynamic journey re-routes to email and push and picks up every moment the printed map does not show.',
  journey,
  log: interactions,
  presentation,
};
