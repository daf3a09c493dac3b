/**
 * Bank: digital onboarding when the ID-check vendor fails, and people walk into a branch.
 * Minute 0 is Monday 10 March 2025, 08:00 UTC; the vendor is down 10:00–18:00.
 */
import { log } from '../../sim/builders';
import { actionAt, branch, decisionAt, defineJourney, eventAt, link, otherwise, personaAt } from './layout';
import type { Scenario } from './types';
import { storyStops, type StoryStop } from './story';
import { catalogueEntry } from './catalogue';

const { id, title } = catalogueEntry('bank-onboarding');
const entry = { id, title };

const drawn = defineJourney(
  'scenario-bank-onboarding',
  'Account opening',
  'Open an account the same day: instant ID check in the app, a video call for premium clients, a branch when the photo will not pass.',
  [
    personaAt('digital', 'Digital native', 0, 0, { segment: 'retail', attributes: { tier: 'standard', age: 27 }, preferredChannel: 'app', share: 55 }),
    personaAt('premium', 'Premium client', 0, 1, { segment: 'wealth', attributes: { tier: 'premium', age: 52 }, preferredChannel: 'agent', share: 15 }),
    personaAt('cautious', 'Cautious switcher', 0, 2, { segment: 'retail', attributes: { tier: 'standard', age: 64 }, preferredChannel: 'in-store', share: 30, description: 'Moving from another bank; prefers a person.' }),
    eventAt('applied', 'Application submitted', 'application_submitted', 1, 1),
    decisionAt('verify', 'How do we check their identity?', 2, 1),
    actionAt('video', 'Video call with an adviser', 3, 0, { channel: 'agent', cost: 8, satisfactionEffect: 2 }),
    actionAt('auto', 'Instant ID check (vendor)', 3, 1, { channel: 'web', cost: 0.6, satisfactionEffect: 1 }),
    actionAt('manual', 'Back-office review (2 days)', 3, 2, { channel: 'web', cost: 4, satisfactionEffect: -1 }),
    eventAt('verified', 'Identity verified', 'identity_verified', 4, 1),
    eventAt('rejected', 'Document check failed', 'document_rejected', 4, 3),
    decisionAt('retry', 'What now?', 5, 3),
    actionAt('photo', 'Ask for a new photo', 6, 3, { channel: 'email', cost: 0.02, satisfactionEffect: -1 }),
    actionAt('invite', 'Invite to a branch, slot booked', 6, 4, { channel: 'sms', cost: 0.05, satisfactionEffect: 1 }),
    eventAt('resubmitted', 'New photo uploaded', 'document_resubmitted', 7, 2, { channel: 'app' }),
    eventAt('noPhoto', 'No new photo in 48 h', 'no_new_photo', 7, 3, { timerMinutes: 48 * 60 }),
    actionAt('helpCall', 'Call: can we help with the photo?', 8, 3, { channel: 'phone', cost: 2, satisfactionEffect: 1 }),
    eventAt('branch', 'Walked into a branch', 'branch_visit', 7, 4, { channel: 'in-store' }),
    actionAt('counter', 'Check ID at the counter', 8, 4, { channel: 'in-store', cost: 12, satisfactionEffect: 3 }),
    eventAt('branchOk', 'Identity checked in branch', 'branch_kyc_passed', 9, 4, { channel: 'in-store' }),
    actionAt('welcome', 'Account opened', 10, 1, { channel: 'app', cost: 0, satisfactionEffect: 3, outcome: 'goal' }),
  ],
  [
    link('digital', 'applied'),
    link('premium', 'applied'),
    link('cautious', 'applied'),
    link('applied', 'verify'),
    branch('verify', 'video', 'Premium: video call', { '==': [{ var: 'persona.tier' }, 'premium'] }),
    branch('verify', 'auto', 'Applied in the app: instant check', { '==': [{ var: 'event.channel' }, 'app'] }),
    otherwise('verify', 'manual'),
    link('video', 'verified', 0.95),
    link('auto', 'verified', 0.8),
    link('auto', 'rejected', 0.2),
    link('manual', 'verified', 0.85),
    link('manual', 'rejected', 0.15),
    link('rejected', 'retry'),
    branch('retry', 'invite', 'Tried twice already', { '>=': [{ var: 'context.actionCount' }, 3] }),
    otherwise('retry', 'photo'),
    link('photo', 'resubmitted', 0.5),
    link('photo', 'branch', 0.2),
    link('photo', 'noPhoto'),
    link('resubmitted', 'verify'),
    link('noPhoto', 'helpCall'),
    link('helpCall', 'branch', 0.4),
    link('helpCall', 'resubmitted', 0.3),
    link('invite', 'branch', 0.7),
    link('branch', 'counter'),
    link('counter', 'branchOk', 0.95),
    link('branchOk', 'welcome'),
    link('verified', 'welcome'),
  ],
  ['digital>applied', 'applied>verify', 'verify>auto', 'auto>verified', 'verified>welcome'],
);

const day = 24 * 60;

const interactions = log(
  [
    // Instant checks that pass, outside the vendor outage: both journeys open the account.
    ['b01', 'Digital native', [[0, 'application_submitted', 'app'], [2, 'identity_verified', 'app']]],
    ['b02', 'Digital native', [[30, 'application_submitted', 'app'], [35, 'identity_verified', 'app']]],
    ['b16', 'Digital native', [[800, 'application_submitted', 'app'], [805, 'identity_verified', 'app']]],
    ['b18', 'Digital native', [[900, 'application_submitted', 'app'], [910, 'identity_verified', 'app']]],
    ['b23', 'Digital native', [[1100, 'application_submitted', 'app'], [1101, 'identity_verified', 'app']]],
    ['b24', 'Digital native', [[1200, 'application_submitted', 'app'], [1205, 'viewed_rates', 'web'], [1206, 'identity_verified', 'app']]],
    ['b28', 'Digital native', [[1500, 'application_submitted', 'app'], [1510, 'identity_verified', 'app']]],
    // During the outage: the printed route stalls at the vendor; the dynamic one sends the file to the back office.
    ['b03', 'Digital native', [[130, 'application_submitted', 'app'], [130 + 2 * day, 'identity_verified']]],
    ['b04', 'Digital native', [[150, 'application_submitted', 'app'], [160, 'application_submitted', 'app'], [160 + 2 * day, 'identity_verified']]],
    ['b29', 'Digital native', [[250, 'application_submitted', 'app'], [250 + 2 * day, 'identity_verified']]],
    ['b21', 'Digital native', [[125, 'application_submitted', 'app']]],
    ['b12', 'Premium client', [[140, 'application_submitted', 'app'], [200, 'identity_verified', 'agent']]],
    // …or they try again once it is back, and the printed route goes on.
    ['b05', 'Digital native', [[200, 'application_submitted', 'app'], [700, 'application_submitted', 'app'], [705, 'identity_verified', 'app']]],
    ['b26', 'Digital native', [[580, 'application_submitted', 'app'], [610, 'application_submitted', 'app'], [612, 'identity_verified', 'app']]],
    // …or they give up on the app and walk into a branch.
    ['b22', 'Digital native', [[400, 'application_submitted', 'app'], [410, 'branch_visit', 'in-store'], [420, 'branch_kyc_passed', 'in-store']]],
    ['b32', 'Premium client', [[450, 'application_submitted', 'app'], [460, 'branch_visit', 'in-store'], [470, 'branch_kyc_passed', 'in-store']]],
    ['b09', 'Cautious switcher', [[130, 'application_submitted', 'web'], [140, 'branch_visit', 'in-store'], [150, 'branch_kyc_passed', 'in-store']]],
    ['b10', 'Cautious switcher', [[300, 'application_submitted', 'in-store'], [310, 'branch_visit', 'in-store'], [330, 'branch_kyc_passed', 'in-store']]],
    // The photo does not pass: a new photo, a call after two silent days, a branch invitation.
    ['b06', 'Digital native', [[40, 'application_submitted', 'app'], [45, 'document_rejected', 'app'], [60, 'document_resubmitted', 'app'], [65, 'identity_verified', 'app']]],
    ['b07', 'Digital native', [[50, 'application_submitted', 'app'], [52, 'document_rejected', 'app'], [1000, 'branch_visit', 'in-store'], [1010, 'branch_kyc_passed', 'in-store']]],
    ['b14', 'Digital native', [[650, 'application_submitted', 'app'], [655, 'document_rejected', 'app'], [3700, 'branch_visit', 'in-store'], [3710, 'branch_kyc_passed', 'in-store']]],
    ['b15', 'Digital native', [[660, 'application_submitted', 'app'], [662, 'document_rejected', 'app'], [700, 'document_resubmitted', 'app'], [702, 'document_rejected', 'app'], [2000, 'branch_visit', 'in-store'], [2010, 'branch_kyc_passed', 'in-store']]],
    ['b17', 'Digital native', [[820, 'application_submitted', 'app'], [821, 'document_rejected', 'app']]],
    ['b31', 'Digital native', [[1700, 'application_submitted', 'app'], [1705, 'document_rejected', 'app'], [1720, 'document_resubmitted', 'app'], [1725, 'identity_verified', 'app']]],
    // People who apply on the web or in a branch, and premium clients.
    ['b08', 'Cautious switcher', [[60, 'application_submitted', 'web'], [2900, 'identity_verified']]],
    ['b19', 'Cautious switcher', [[950, 'application_submitted', 'web'], [960, 'branch_visit', 'in-store'], [990, 'branch_kyc_passed', 'in-store']]],
    ['b20', 'Cautious switcher', [[1000, 'application_submitted', 'web']]],
    ['b27', 'Cautious switcher', [[1400, 'application_submitted', 'in-store'], [1410, 'branch_kyc_passed', 'in-store']]],
    ['b30', 'Cautious switcher', [[1600, 'application_submitted', 'web'], [1600 + 2 * day, 'identity_verified']]],
    ['b11', 'Premium client', [[20, 'application_submitted', 'web'], [80, 'identity_verified', 'agent']]],
    ['b13', 'Premium client', [[700, 'application_submitted', 'app'], [760, 'identity_verified', 'agent']]],
    ['b25', 'Premium client', [[1300, 'application_submitted', 'web'], [1400, 'identity_verified', 'agent']]],
    ['b33', 'Digital native', [[1800, 'application_submitted', 'app']]],
  ],
  [{ from: 120, until: 600, actionId: 'auto', label: 'ID-check vendor outage' }],
  { start: '2025-03-10T08:00:00.000Z' },
);

/** The story in presenter mode: a digital applicant on the day the ID-check vendor fails, and one who walks into a branch. */
const presentation: StoryStop[] = [
  {
    name: 'The plan',
    caption: 'Monday, 08:00. People apply for an account; the plan checks their identity the way that suits them.',
    notes: 'Premium clients get a video call, app applicants the instant check, everybody else a back-office review.',
    frame: ['digital', 'premium', 'cautious', 'applied', 'verify', 'video', 'auto', 'manual'],
  },
  {
    name: 'The printed route',
    caption: 'The printed route: apply in the app, the instant ID check, identity verified — account opened.',
    notes: 'One road: the vendor’s instant check. The account opens when the identity is verified.',
    frame: ['applied', 'verify', 'auto', 'verified'],
  },
  {
    name: 'The stall',
    caption: '10:10 — the ID-check vendor has been down since 10:00. On the printed route, his file stalls.',
    notes: 'Digital native b03 applies in the app at 10:10. The vendor is down until 18:00.',
    frame: ['applied', 'verify', 'video', 'auto', 'manual'],
    simulation: { mode: 'static', customer: 'b03', playhead: 130, shows: [{ side: 'static', node: 'auto', mark: 'Stall' }] },
  },
  {
    name: 'The re-route',
    caption: 'With the GPS, the file goes to the back office instead: slower, but it goes on.',
    notes: 'Same applicant, same minute, dynamic journey.',
    frame: ['verify', 'auto', 'manual', 'verified', 'rejected'],
    simulation: { mode: 'dynamic', customer: 'b03', playhead: 130, shows: [{ side: 'dynamic', node: 'manual', mark: 'Re-route' }] },
  },
  {
    name: 'Into a branch',
    caption: '14:50 — another applicant gives up on the app and walks into a branch. The GPS serves him.',
    notes: 'b22. The printed route does not know he came: branch visits are not on the printed map.',
    frame: ['branch', 'counter', 'branchOk', 'noPhoto', 'helpCall'],
    simulation: { mode: 'compare', customer: 'b22', playhead: 410, shows: [{ side: 'dynamic', node: 'counter', mark: 'Customer here' }] },
  },
  {
    name: 'Account opened',
    caption: '15:00 — account opened, at the counter, the same day.',
    notes: 'On the printed route he is still waiting for a vendor that is down.',
    frame: ['counter', 'branchOk', 'welcome', 'helpCall'],
    simulation: { mode: 'compare', customer: 'b22', playhead: 420, shows: [{ side: 'dynamic', node: 'welcome', mark: 'Customer here' }] },
  },
  {
    name: 'The figures',
    caption: 'Same 33 applicants, same Monday: 16 accounts opened on the printed route, 29 with the GPS.',
    notes: 'Space replays the day. Close a channel with its number key to see what the GPS does without it.',
    frame: ['verify', 'video', 'auto', 'manual'],
    simulation: { mode: 'compare', playhead: 'end', figures: true },
  },
];

const journey = { ...drawn, stops: storyStops(drawn, entry.id, interactions, presentation) };

export const bankScenario: Scenario = {
  ...entry,
  story:
    'The printed plan opens accounts with an instant ID check in the app and waits for "identity verified". On Monday the ID-check vendor is down from 10:00 to 18:00, some photos will not pass, and several applicants simply walk into a branch. Watch the printed route stall at the vendor and miss the branch visits, while the dynamic journey hands files to the back office and welcomes people at the counter.',
  journey,
  log: interactions,
  presentation,
};
