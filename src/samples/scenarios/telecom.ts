/**
 * Telecom: a fibre outage, customers calling in, a contact center that runs out of agents.
 * Minute 0 is Friday 7 March 2025, 14:00 UTC. The SMS platform sits on the broken network
 * for the first two hours; callbacks are suspended from 15:00 to 20:00.
 */
import { log } from '../../sim/builders';
import { actionAt, branch, decisionAt, defineJourney, eventAt, link, otherwise, personaAt } from './layout';
import type { Scenario } from './types';
import { storyStops, type StoryStop } from './story';
import { catalogueEntry } from './catalogue';

const { id, title } = catalogueEntry('telecom-outage');
const entry = { id, title };

const drawn = defineJourney(
  'scenario-telecom-outage',
  'Service outage',
  'Keep customers through a network outage: tell them before they call, answer when they do, make it right after.',
  [
    personaAt('home', 'Home broadband', 0, 0, { segment: 'consumer', attributes: { tier: 'standard' }, preferredChannel: 'sms', share: 60 }),
    personaAt('business', 'Small business', 0, 1, { segment: 'business', attributes: { tier: 'business' }, preferredChannel: 'phone', share: 25, description: 'Loses money every hour offline.' }),
    personaAt('gamer', 'Gamer', 0, 2, { segment: 'consumer', attributes: { tier: 'standard', heavyUser: true }, preferredChannel: 'app', share: 15 }),
    eventAt('outage', 'Outage hits their area', 'outage_detected', 1, 1, { description: 'From network monitoring, per customer line.' }),
    decisionAt('notify', 'How do we tell them?', 2, 1),
    actionAt('callback', 'Agent calls back with an ETA', 3, 0, { channel: 'agent', cost: 6, satisfactionEffect: 2 }),
    actionAt('push', 'Push: outage status and ETA', 3, 1, { channel: 'push', cost: 0.01, satisfactionEffect: 0.5 }),
    actionAt('sms', 'SMS: we know, ETA 4 h', 3, 2, { channel: 'sms', cost: 0.05, satisfactionEffect: 0.5 }),
    actionAt('email', 'Email: outage status', 3, 3, { channel: 'email', cost: 0.02, satisfactionEffect: 0 }),
    eventAt('call', 'Called the contact center', 'called_support', 4, 4, {
      channel: 'phone',
      // How the caller sounds, −1 (furious) to 1, for generated customers: about one in four is angry.
      attributes: { sentiment: { kind: 'normal', mean: -0.2, sd: 0.4, min: -1, max: 1, decimals: 2 } },
    }),
    decisionAt('pickup', 'Who picks up?', 5, 4),
    actionAt('ivr', 'IVR: known outage, SMS link to status page', 6, 4, { channel: 'phone', cost: 0.3, satisfactionEffect: -0.5 }),
    eventAt('app', 'Checked status in the app', 'status_checked', 4, 1, { channel: 'app' }),
    actionAt('status', 'Live status page in the app', 5, 1, { channel: 'app', cost: 0, satisfactionEffect: 0.5 }),
    eventAt('quiet', 'No update for 3 h', 'no_update', 4, 3, { timerMinutes: 180 }),
    actionAt('update', 'SMS: new ETA', 5, 3, { channel: 'sms', cost: 0.05, satisfactionEffect: 0.5 }),
    eventAt('restored', 'Service restored', 'service_restored', 6, 2),
    decisionAt('makeRight', 'Make it right', 7, 2),
    actionAt('credit', 'Apology and a service credit', 8, 1, { channel: 'email', cost: 15, satisfactionEffect: 3, outcome: 'goal' }),
    actionAt('sorry', 'Apology SMS', 8, 2, { channel: 'sms', cost: 0.05, satisfactionEffect: 1, outcome: 'goal' }),
    eventAt('cancel', 'Asked to cancel', 'cancellation_requested', 7, 4, { channel: 'phone' }),
    actionAt('retention', 'Retention offer: a month free', 8, 4, { channel: 'agent', cost: 30, satisfactionEffect: 2 }),
    eventAt('accepted', 'Accepted the offer', 'offer_accepted', 9, 4),
    actionAt('kept', 'Customer kept', 10, 4, { channel: null, cost: 0, satisfactionEffect: 1, outcome: 'goal' }),
  ],
  [
    link('home', 'outage'),
    link('business', 'outage'),
    link('gamer', 'outage'),
    link('outage', 'notify'),
    branch('notify', 'callback', 'Business customers', { '==': [{ var: 'persona.tier' }, 'business'] }),
    branch('notify', 'push', 'App users', { '==': [{ var: 'persona.preferredChannel' }, 'app'] }),
    branch('notify', 'sms', 'Prefer SMS', { '==': [{ var: 'persona.preferredChannel' }, 'sms'] }),
    otherwise('notify', 'email'),
    link('callback', 'restored', 0.7),
    link('push', 'restored', 0.5),
    link('sms', 'restored', 0.5),
    link('email', 'restored', 0.5),
    link('push', 'app', 0.3),
    link('sms', 'call', 0.2),
    link('email', 'call', 0.3),
    link('sms', 'quiet'),
    link('callback', 'cancel', 0.05),
    link('app', 'status'),
    link('status', 'restored', 0.8),
    link('status', 'call', 0.1),
    link('quiet', 'update'),
    link('update', 'restored', 0.7),
    link('update', 'cancel', 0.1),
    link('call', 'pickup'),
    branch('pickup', 'callback', 'Business or angry', {
      or: [{ '==': [{ var: 'persona.tier' }, 'business'] }, { '<': [{ var: 'event.sentiment' }, -0.5] }],
    }),
    otherwise('pickup', 'ivr'),
    link('ivr', 'restored', 0.6),
    link('ivr', 'cancel', 0.2),
    link('restored', 'makeRight'),
    branch('makeRight', 'credit', 'Called us, or business', {
      or: [{ '>=': [{ var: 'context.contactCount' }, 2] }, { '==': [{ var: 'persona.tier' }, 'business'] }],
    }),
    otherwise('makeRight', 'sorry'),
    link('cancel', 'retention'),
    link('retention', 'accepted', 0.5),
    link('accepted', 'kept'),
  ],
  ['home>outage', 'outage>notify', 'notify>sms', 'sms>restored', 'restored>makeRight', 'makeRight>sorry'],
);

const interactions = log(
  [
    // Home broadband during the first two hours: the SMS platform is down too.
    ['t01', 'Home broadband', [[10, 'outage_detected'], [320, 'service_restored']]],
    ['t02', 'Home broadband', [[20, 'outage_detected'], [60, 'called_support', 'phone', { sentiment: -0.2 }], [330, 'service_restored']]],
    ['t03', 'Home broadband', [[30, 'outage_detected'], [90, 'called_support', 'phone', { sentiment: -0.8 }], [200, 'cancellation_requested', 'phone'], [210, 'offer_accepted', 'phone']]],
    ['t04', 'Home broadband', [[45, 'outage_detected'], [300, 'service_restored']]],
    ['t09', 'Home broadband', [[5, 'outage_detected'], [140, 'outage_detected'], [350, 'service_restored']]],
    ['t10', 'Home broadband', [[15, 'outage_detected']]],
    ['t15', 'Home broadband', [[50, 'outage_detected'], [55, 'called_support', 'phone', { sentiment: -0.1 }], [60, 'called_support', 'phone', { sentiment: -0.6 }], [340, 'service_restored']]],
    ['t31', 'Home broadband', [[115, 'outage_detected'], [118, 'outage_detected'], [119, 'called_support', 'phone', { sentiment: 0 }], [360, 'service_restored']]],
    ['t34', 'Home broadband', [[60, 'outage_detected'], [330, 'service_restored']]],
    // Home broadband once SMS works again.
    ['t05', 'Home broadband', [[130, 'outage_detected'], [360, 'service_restored']]],
    ['t06', 'Home broadband', [[150, 'outage_detected'], [400, 'service_restored']]],
    ['t07', 'Home broadband', [[170, 'outage_detected'], [200, 'called_support', 'phone', { sentiment: -0.3 }], [410, 'service_restored']]],
    ['t08', 'Home broadband', [[180, 'outage_detected'], [420, 'service_restored']]],
    ['t11', 'Home broadband', [[125, 'outage_detected'], [190, 'called_support', 'phone', { sentiment: 0 }], [250, 'cancellation_requested', 'phone'], [255, 'offer_accepted', 'phone']]],
    ['t12', 'Home broadband', [[135, 'outage_detected'], [400, 'service_restored']]],
    ['t13', 'Home broadband', [[140, 'outage_detected'], [145, 'status_checked', 'app'], [390, 'service_restored']]],
    ['t14', 'Home broadband', [[160, 'outage_detected'], [170, 'called_support', 'phone', { sentiment: -0.9 }], [175, 'cancellation_requested', 'phone']]],
    ['t29', 'Home broadband', [[240, 'outage_detected'], [260, 'called_support', 'phone', { sentiment: 0.2 }], [470, 'service_restored']]],
    ['t30', 'Home broadband', [[250, 'outage_detected'], [480, 'service_restored']]],
    ['t32', 'Home broadband', [[260, 'outage_detected'], [261, 'posted_on_social', 'social', { sentiment: -0.7 }], [480, 'service_restored']]],
    ['t33', 'Home broadband', [[280, 'outage_detected'], [520, 'service_restored']]],
    // Small businesses: they call; callbacks stop at 15:00.
    ['t16', 'Small business', [[10, 'outage_detected'], [310, 'service_restored']]],
    ['t17', 'Small business', [[70, 'outage_detected'], [320, 'service_restored']]],
    ['t18', 'Small business', [[100, 'outage_detected'], [110, 'called_support', 'phone', { sentiment: -0.4 }], [330, 'service_restored']]],
    ['t19', 'Small business', [[200, 'outage_detected'], [210, 'called_support', 'phone', { sentiment: 0 }], [215, 'cancellation_requested', 'phone'], [230, 'offer_accepted', 'phone']]],
    ['t20', 'Small business', [[380, 'outage_detected'], [500, 'service_restored']]],
    ['t21', 'Small business', [[400, 'outage_detected'], [405, 'called_support', 'phone', { sentiment: -0.2 }], [560, 'service_restored']]],
    ['t22', 'Small business', [[20, 'outage_detected']]],
    ['t23', 'Small business', [[150, 'outage_detected'], [160, 'cancellation_requested', 'phone'], [170, 'offer_accepted', 'phone']]],
    // Gamers live in the app.
    ['t24', 'Gamer', [[15, 'outage_detected'], [20, 'status_checked', 'app'], [25, 'status_checked', 'app'], [330, 'service_restored']]],
    ['t25', 'Gamer', [[40, 'outage_detected'], [100, 'called_support', 'phone', { sentiment: -0.7 }], [130, 'cancellation_requested', 'phone'], [140, 'offer_accepted', 'phone']]],
    ['t26', 'Gamer', [[190, 'outage_detected'], [195, 'status_checked', 'app'], [420, 'service_restored']]],
    ['t27', 'Gamer', [[220, 'outage_detected'], [450, 'service_restored']]],
    ['t28', 'Gamer', [[90, 'outage_detected']]],
  ],
  [
    { from: 0, until: 120, channel: 'sms', label: 'SMS platform on the broken network' },
    { from: 60, until: 360, actionId: 'callback', label: 'Contact center overflow: callbacks suspended' },
  ],
  { start: '2025-03-07T14:00:00.000Z' },
);

/** The story in presenter mode: one home customer through the outage, from the first SMS to the cancellation call. */
const presentation: StoryStop[] = [
  {
    name: 'The plan',
    caption: 'Friday, 14:00. A fibre cut takes a region offline; the plan tells each customer on their channel.',
    notes: 'Business customers get a call back, app users a push, texters an SMS, everybody else an email.',
    frame: ['home', 'business', 'gamer', 'outage', 'notify', 'callback', 'push', 'sms', 'email'],
  },
  {
    name: 'The printed route',
    caption: 'The printed route: an SMS with the ETA, then an apology when the service is back.',
    notes: 'One road for everybody: text them, wait, say sorry.',
    frame: ['sms', 'restored', 'makeRight', 'sorry', 'credit'],
  },
  {
    name: 'The stall',
    caption: '14:10 — the SMS platform sits on the broken network. On the printed route, she hears nothing.',
    notes: 'Home broadband customer t01. The SMS platform is down for the first two hours of the outage.',
    frame: ['outage', 'notify', 'push', 'sms', 'email'],
    simulation: { mode: 'static', customer: 't01', playhead: 10, shows: [{ side: 'static', node: 'sms', mark: 'Stall' }] },
  },
  {
    name: 'The re-route',
    caption: 'With the GPS, the journey sees SMS is closed and emails her the status instead.',
    notes: 'Same customer, same minute, dynamic journey.',
    frame: ['notify', 'push', 'sms', 'email', 'quiet'],
    simulation: { mode: 'dynamic', customer: 't01', playhead: 10, shows: [{ side: 'dynamic', node: 'email', mark: 'Re-route' }] },
  },
  {
    name: 'Everybody calls',
    caption: '15:30 — another customer calls. No agents left for callbacks: the GPS answers with the IVR.',
    notes: 'Customer t03. From 15:00 the contact center has no agents left for callbacks. The printed route never hears the call.',
    frame: ['call', 'pickup', 'ivr', 'quiet', 'update'],
    simulation: { mode: 'compare', customer: 't03', playhead: 90, shows: [{ side: 'dynamic', node: 'ivr', mark: 'Re-route' }] },
  },
  {
    name: 'Kept',
    caption: '17:30 — she asked to cancel. The GPS made an offer and kept her; the printed route lost her.',
    notes: 'The retention offer: a month free. Accepted at 17:30.',
    frame: ['retention', 'accepted', 'kept'],
    simulation: { mode: 'compare', customer: 't03', playhead: 210, shows: [{ side: 'dynamic', node: 'kept', mark: 'Customer here' }] },
  },
  {
    name: 'The figures',
    caption: 'Same 34 customers, same afternoon: 15 reach the end of the printed route, 30 with the GPS.',
    notes: 'Space replays the afternoon. Close email with its number key and watch the GPS run out of roads too.',
    frame: ['notify', 'callback', 'push', 'sms', 'email'],
    simulation: { mode: 'compare', playhead: 'end', figures: true },
  },
];

const journey = { ...drawn, stops: storyStops(drawn, entry.id, interactions, presentation) };

export const telecomScenario: Scenario = {
  ...entry,
  story:
    'A fibre cut takes a region offline on Friday afternoon. The printed plan texts every customer an ETA and sends an apology when service returns, but the SMS platform sits on the broken network for two hours, and from 15:00 the contact center has no agents left for callbacks. Watch who the printed route leaves waiting, and how the dynamic journey answers the calls, the app checks and the cancellation requests.',
  journey,
  log: interactions,
  presentation,
};
