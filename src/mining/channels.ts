/**
 * Channels as exports spell them ("E-mail", "Voice", "Live chat", "Store") read as the journey's
 * channels. A value that matches none stays unknown — it matches an event on any channel — and
 * is listed so the user sees it.
 */
import { CHANNELS, type Channel } from '../model/journey';

const SYNONYMS: [RegExp, Channel][] = [
  [/^(e-?mail|mail|newsletter|email campaign)$/, 'email'],
  [/^(sms|text|text message|txt|mms|whatsapp|rcs)$/, 'sms'],
  [/^(push|push notification|notification|in-app message)$/, 'push'],
  [/^(web|website|online|browser|portal|web site|desktop|self-service|web form|site)$/, 'web'],
  [/^(app|mobile app|mobile|ios|android|my account app)$/, 'app'],
  [/^(phone|telephone|call|voice|ivr|call centre|call center|contact centre|contact center|hotline|inbound call|outbound call)$/, 'phone'],
  [/^(chat|live chat|webchat|web chat|chatbot|bot|messenger|messaging)$/, 'chat'],
  [/^(social|social media|facebook|twitter|x|instagram|linkedin|tiktok)$/, 'social'],
  [/^(in-store|in store|instore|store|shop|branch|retail|counter|showroom)$/, 'in-store'],
  [/^(agent|advisor|adviser|field|technician|visit|field service|engineer|representative)$/, 'agent'],
];

/** The journey channel a raw value means, or null. */
export function toChannel(raw: string | null): Channel | null {
  if (raw === null) return null;
  const s = raw.trim().toLowerCase().replace(/[_]+/g, ' ').replace(/\s+/g, ' ');
  if ((CHANNELS as readonly string[]).includes(s)) return s as Channel;
  for (const [pattern, channel] of SYNONYMS) if (pattern.test(s)) return channel;
  return null;
}

/** Per raw channel value of a log, the journey channel it means (null: unknown). */
export function channelTable(values: readonly string[]): (Channel | null)[] {
  return values.map(toChannel);
}
