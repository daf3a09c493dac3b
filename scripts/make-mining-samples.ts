/**
 * Writes the sample event logs in public/samples/ (deterministic: the same files every run):
 *
 * - telecom-contact-centre.csv / .xes — a fibre outage on Friday 7 March 2025 as a contact
 *   centre's CRM exports it: one row per event, customers and the brand's agents, IVR and
 *   platforms, channels, a Segment and a Plan per case. The CSV writes dates day first
 *   (07/03/2025 14:05), which the importer cannot tell from month first on its own.
 * - retail-web-analytics.csv — cart abandonment as a web-analytics/CDP export, ISO timestamps.
 *
 *   npx tsx scripts/make-mining-samples.ts
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

const out = join(import.meta.dirname, '..', 'public', 'samples');

function rng(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface Row {
  caseId: string;
  activity: string;
  at: number;
  channel: string;
  resource: string;
  attrs: Record<string, string>;
}

function telecom(): Row[] {
  const r = rng(7);
  const pick = <T,>(xs: readonly T[]) => xs[Math.floor(r() * xs.length)]!;
  const chance = (p: number) => r() < p;
  const agents = ['Agent Ana', 'Agent Ben', 'Agent Chloé', 'Agent Dev', 'Agent Eli'];
  const rows: Row[] = [];
  const t0 = Date.UTC(2025, 2, 7, 14, 0);
  for (let i = 1; i <= 320; i++) {
    const caseId = `T-${String(1000 + i)}`;
    const u = r();
    const segment = u < 0.6 ? 'Home broadband' : u < 0.85 ? 'Small business' : 'Gamer';
    const plan = segment === 'Small business' ? 'Business Pro' : pick(['Fibre 100', 'Fibre 500']);
    let t = t0 + Math.floor(r() * 240) * 60_000;
    const add = (activity: string, channel: string, resource: string, gapMin: [number, number] = [1, 10]) => {
      t += Math.round(gapMin[0] + r() * (gapMin[1] - gapMin[0])) * 60_000;
      rows.push({ caseId, activity, at: t, channel, resource, attrs: { Segment: segment, Plan: plan } });
    };
    add('outage_detected', '', 'Customer', [0, 0]);
    if (segment === 'Small business') add('agent_callback', 'Phone', pick(agents), [5, 40]);
    else if (segment === 'Gamer') add('push_outage_notice', 'Push', 'Push service', [1, 5]);
    else if (chance(0.75)) add('sms_outage_notice', 'SMS', 'SMS platform', [1, 90]);
    else add('email_outage_notice', 'E-mail', 'Email platform', [5, 30]);
    let called = false;
    const w = r();
    if (w < 0.05) continue; // heard nothing more from them
    if (w < 0.3 || (segment === 'Small business' && w < 0.45)) {
      called = true;
      add('called_support', 'Phone', 'Customer', [10, 120]);
      add('ivr_outage_message', 'Phone', 'IVR', [0, 1]);
      const v = r();
      if (v < 0.3) {
        add('called_support', 'Phone', 'Customer', [5, 60]);
        add('agent_answered', 'Phone', pick(agents), [5, 25]);
      } else if (v < 0.5) {
        add('cancellation_requested', 'Phone', 'Customer', [5, 60]);
        add('retention_offer', 'Phone', 'Retention desk', [2, 15]);
        if (chance(0.6)) add('offer_accepted', 'Phone', 'Customer', [2, 30]);
        continue;
      }
    } else if (w < 0.45 || (segment === 'Gamer' && w < 0.75)) {
      add('status_checked', 'App', 'Customer', [5, 60]);
      if (chance(0.4)) add('status_checked', 'App', 'Customer', [20, 90]);
    } else if (w < 0.55) {
      add('posted_on_social', 'Social', 'Customer', [10, 90]);
      add('social_care_reply', 'Social', 'Social care team', [5, 45]);
    } else if (w < 0.63) {
      add('chat_started', 'Web chat', 'Customer', [10, 90]);
      add('chatbot_answer', 'Web chat', 'Chatbot', [0, 2]);
    }
    add('service_restored', '', 'Customer', [120, 360]);
    if (called || segment === 'Small business') add('service_credit_issued', 'E-mail', 'Billing', [30, 240]);
    else if (chance(0.85)) add('apology_sms', 'SMS', 'SMS platform', [10, 60]);
  }
  return rows;
}

function retail(): Row[] {
  const r = rng(11);
  const chance = (p: number) => r() < p;
  const rows: Row[] = [];
  const t0 = Date.UTC(2025, 2, 4, 8, 0);
  for (let i = 1; i <= 240; i++) {
    const caseId = `s${String(i).padStart(4, '0')}`;
    const u = r();
    const segment = u < 0.5 ? 'Bargain hunter' : u < 0.8 ? 'Loyal member' : 'First-time visitor';
    const value = String(20 + Math.floor(r() * 200));
    let t = t0 + Math.floor(r() * 600) * 60_000;
    const add = (activity: string, channel: string, actor: string, gap: [number, number] = [1, 20]) => {
      t += Math.round(gap[0] + r() * (gap[1] - gap[0])) * 60_000;
      rows.push({ caseId, activity, at: t, channel, resource: actor, attrs: { segment, cart_value: value } });
    };
    add('product_viewed', 'web', 'visitor', [0, 0]);
    if (chance(0.3)) add('product_viewed', 'web', 'visitor', [1, 5]);
    add('cart_abandoned', 'web', 'visitor', [1, 10]);
    const channel = segment === 'Loyal member' ? 'push' : segment === 'First-time visitor' ? 'email' : 'sms';
    add(channel === 'push' ? 'push_reminder_sent' : channel === 'email' ? 'email_reminder_sent' : 'sms_reminder_sent', channel, 'marketing automation', [20, 60]);
    const w = r();
    if (w < 0.55) {
      add('reminder_clicked', channel, 'visitor', [5, 90]);
      if (chance(0.15)) add('coupon_searched', 'web', 'visitor', [1, 5]);
      add('order_placed', 'web', 'visitor', [2, 20]);
    } else if (w < 0.7) {
      add('chat_question', 'chat', 'visitor', [10, 120]);
      add('agent_answered_chat', 'chat', 'chat agent', [1, 8]);
      if (chance(0.6)) add('order_placed', 'web', 'visitor', [5, 40]);
    } else if (w < 0.82) {
      add('cart_returned', 'web', 'visitor', [60, 600]);
      add('order_placed', 'web', 'visitor', [2, 15]);
    } else if (w < 0.9) {
      add('coupon_searched', 'web', 'visitor', [30, 300]);
    }
  }
  return rows;
}

const pad = (n: number) => String(n).padStart(2, '0');
const dayFirst = (ms: number) => {
  const d = new Date(ms);
  return `${pad(d.getUTCDate())}/${pad(d.getUTCMonth() + 1)}/${d.getUTCFullYear()} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}`;
};
const iso = (ms: number) => new Date(ms).toISOString().replace('.000Z', 'Z');
const csvCell = (s: string) => (/[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);
const xml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');

// The export comes out in time order, cases interleaved, as a CRM writes it.
const tel = telecom().sort((a, b) => a.at - b.at);
writeFileSync(
  join(out, 'telecom-contact-centre.csv'),
  ['Case ID,Activity,Timestamp,Channel,Resource,Segment,Plan', ...tel.map((x) => [x.caseId, x.activity, dayFirst(x.at), x.channel, x.resource, x.attrs.Segment!, x.attrs.Plan!].map(csvCell).join(','))].join('\n') + '\n',
);

const traces = new Map<string, Row[]>();
for (const x of tel) (traces.get(x.caseId) ?? traces.set(x.caseId, []).get(x.caseId)!).push(x);
const xes = [
  '<?xml version="1.0" encoding="UTF-8"?>',
  '<log xes.version="1.0" xes.features="nested-attributes" xmlns="http://www.xes-standard.org/">',
  '  <extension name="Concept" prefix="concept" uri="http://www.xes-standard.org/concept.xesext"/>',
  '  <extension name="Time" prefix="time" uri="http://www.xes-standard.org/time.xesext"/>',
  '  <extension name="Lifecycle" prefix="lifecycle" uri="http://www.xes-standard.org/lifecycle.xesext"/>',
  '  <extension name="Organizational" prefix="org" uri="http://www.xes-standard.org/org.xesext"/>',
  '  <classifier name="Activity" keys="concept:name"/>',
  '  <string key="concept:name" value="Telecom contact centre, fibre outage 7 March 2025"/>',
  ...[...traces.entries()].sort().flatMap(([id, events]) => [
    '  <trace>',
    `    <string key="concept:name" value="${xml(id)}"/>`,
    `    <string key="segment" value="${xml(events[0]!.attrs.Segment!)}"/>`,
    `    <string key="plan" value="${xml(events[0]!.attrs.Plan!)}"/>`,
    ...events.flatMap((e) => [
      '    <event>',
      `      <string key="concept:name" value="${xml(e.activity)}"/>`,
      `      <date key="time:timestamp" value="${new Date(e.at).toISOString().replace('Z', '+00:00')}"/>`,
      '      <string key="lifecycle:transition" value="complete"/>',
      `      <string key="org:resource" value="${xml(e.resource)}"/>`,
      ...(e.channel ? [`      <string key="channel" value="${xml(e.channel)}"/>`] : []),
      '    </event>',
    ]),
    '  </trace>',
  ]),
  '</log>',
  '',
].join('\n');
writeFileSync(join(out, 'telecom-contact-centre.xes'), xes);

const ret = retail().sort((a, b) => a.at - b.at);
writeFileSync(
  join(out, 'retail-web-analytics.csv'),
  ['session_id,event,timestamp,channel,actor,segment,cart_value', ...ret.map((x) => [x.caseId, x.activity, iso(x.at), x.channel, x.resource, x.attrs.segment!, x.attrs.cart_value!].map(csvCell).join(','))].join('\n') + '\n',
);
console.log(`telecom: ${tel.length} events in ${traces.size} cases; retail: ${ret.length} events`);
