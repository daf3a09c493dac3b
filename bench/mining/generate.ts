/**
 * A large, realistic event log for bench:mining: ~100,000 cases, 1,000,000 events, 300 distinct
 * activities (a few common ones, a long tail — Zipf-like), channels, a resource column, a
 * segment per case and a value per event. Deterministic; written as CSV (~100 MB) in pieces.
 */
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';

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

const CHANNELS = ['Web', 'App', 'Phone', 'E-mail', 'SMS', 'Chat', 'Store'];
const SEGMENTS = ['Consumer', 'Business', 'Student', 'Senior'];

export async function generateLog(path: string, events: number, activities = 300): Promise<{ events: number; cases: number }> {
  const r = rng(42);
  const names = Array.from({ length: activities }, (_, i) => (i < 12 ? ['visited_site', 'viewed_product', 'added_to_cart', 'checkout_started', 'payment_failed', 'order_placed', 'called_support', 'chat_started', 'email_opened', 'sms_sent', 'agent_callback', 'order_delivered'][i]! : `activity_${String(i).padStart(3, '0')}`));
  // Zipf-like weights: the common activities dominate, the tail is long.
  const weights = names.map((_, i) => 1 / Math.pow(i + 1, 1.1));
  const total = weights.reduce((a, b) => a + b, 0);
  const cumulative: number[] = [];
  let acc = 0;
  for (const w of weights) cumulative.push((acc += w / total));
  const pick = () => {
    const u = r();
    let lo = 0;
    let hi = cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cumulative[mid]! < u) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  const out = createWriteStream(path);
  out.write('case_id,activity,timestamp,channel,resource,segment,value\n');
  let written = 0;
  let cases = 0;
  const t0 = Date.UTC(2025, 0, 1);
  let buffer = '';
  while (written < events) {
    cases++;
    const id = `C${String(cases).padStart(7, '0')}`;
    const segment = SEGMENTS[Math.floor(r() * SEGMENTS.length)]!;
    const length = Math.min(events - written, 4 + Math.floor(r() * 13));
    let t = t0 + Math.floor(r() * 90 * 24 * 60) * 60_000;
    // A typical path first, then whatever the long tail brings.
    let a = 0;
    for (let k = 0; k < length; k++) {
      a = r() < 0.6 ? Math.min(names.length - 1, a + 1 + Math.floor(r() * 2)) % 12 : pick();
      t += Math.floor(1 + r() * 600) * 60_000;
      const channel = CHANNELS[(a + Math.floor(r() * 2)) % CHANNELS.length]!;
      const resource = a === 9 || a === 10 ? 'Agent' : 'Customer';
      buffer += `${id},${names[a]},${new Date(t).toISOString()},${channel},${resource},${segment},${Math.floor(r() * 500)}\n`;
      written++;
    }
    if (buffer.length > 1 << 20) {
      if (!out.write(buffer)) await once(out, 'drain');
      buffer = '';
    }
  }
  out.write(buffer);
  out.end();
  await once(out, 'finish');
  return { events: written, cases };
}
