/**
 * Which column of an event-log export is what: the case (customer, session, ticket), the
 * activity, the timestamp, and optionally the channel and who did it. Guessed from the column
 * names first (`Case ID`, `customer_id`, `Activity`, `event`, `Timestamp`, `created_at`…), then
 * from the values (a column whose every value is a date is the timestamp), and always shown to
 * the user to confirm. Pure: the same guess in the worker and in tests.
 */
import { detectTimestampFormat, type TimestampDetection, type TimestampFormat } from './event-log-time';

/** The user's answer to "which column is what". Column names as in the file's header. */
export interface EventLogMapping {
  caseId: string;
  activity: string;
  timestamp: string;
  timestampFormat: TimestampFormat;
  channel: string | null;
  /** Who did it: tells the customer's events from the brand's actions. */
  actor: string | null;
  /** Other columns kept as attributes (case attributes such as segment, event attributes such as value). */
  attributes: string[];
}

export type MappingRole = 'caseId' | 'activity' | 'timestamp' | 'channel' | 'actor';

const NAME_HINTS: Record<MappingRole, RegExp[]> = {
  caseId: [/^(case|case[ _:.-]?id|caseid|trace[ _-]?id|concept:name)$/i, /^(customer|client|contact|account|user|session|ticket|journey|subscriber)[ _.-]?(id|no|number|ref)?$/i, /(case|customer|session|ticket).*id|id.*(case|customer)/i],
  activity: [/^(activity|activity[ _-]?name|event|event[ _-]?name|event[ _-]?type|concept:name)$/i, /^(action|step|task|interaction|touchpoint|status|stage)([ _-]?(name|type))?$/i, /activity|event/i],
  timestamp: [/^(timestamp|time:timestamp|time|datetime|date[ _-]?time|event[ _-]?time|occurred[ _-]?at|created[ _-]?at)$/i, /^(date|when|at|start|end|completed|occurred|created)([ _-]?(time|at|date|on))?$/i, /time|date/i],
  channel: [/^(channel|medium|touchpoint[ _-]?channel|contact[ _-]?channel)$/i, /channel|medium/i],
  actor: [/^(resource|org:resource|actor|performer|done[ _-]?by|performed[ _-]?by|who|role|org:role|agent|handled[ _-]?by)$/i, /resource|actor|agent|performer|role/i],
};

/** Values meaning "the customer did it" in a resource/actor column; everything else is the brand. */
export const CUSTOMER_ACTOR = /\b(customer|client|consumer|user|subscriber|caller|member|visitor|shopper|guest|prospect|patient|passenger|citizen|applicant)s?\b/i;

export interface ColumnProfile {
  name: string;
  distinct: number;
  empty: number;
  timestamp: TimestampDetection;
}

/** What the first rows say about each column. */
export function profileColumns(columns: readonly string[], rows: readonly string[][]): ColumnProfile[] {
  return columns.map((name, i) => {
    const values = rows.map((r) => (r[i] ?? '').trim());
    const filled = values.filter((v) => v !== '');
    return { name, distinct: new Set(filled).size, empty: values.length - filled.length, timestamp: detectTimestampFormat(filled.slice(0, 200)) };
  });
}

/** The most likely mapping of the columns; null roles when nothing fits. */
export function suggestMapping(columns: readonly string[], rows: readonly string[][]): EventLogMapping {
  const profiles = profileColumns(columns, rows);
  const taken = new Set<string>();
  const pick = (role: MappingRole, fits: (p: ColumnProfile) => boolean = () => true): string | null => {
    for (const hint of NAME_HINTS[role]) {
      const found = profiles.find((p) => !taken.has(p.name) && hint.test(p.name.trim()) && fits(p));
      if (found) {
        taken.add(found.name);
        return found.name;
      }
    }
    return null;
  };
  const rowCount = rows.length;
  const isTime = (p: ColumnProfile) => p.timestamp.share >= 0.95 && p.timestamp.formats.length > 0;
  // The timestamp first (its values say it), so a `concept:name`-like hint cannot take it.
  const timestamp = pick('timestamp', isTime) ?? profiles.find((p) => !taken.has(p.name) && isTime(p))?.name ?? null;
  if (timestamp) taken.add(timestamp);
  // A case id repeats (several events per case) but has many values; an activity has few.
  const caseId = pick('caseId', (p) => !isTime(p)) ?? profiles.find((p) => !taken.has(p.name) && !isTime(p) && p.distinct > 1 && p.distinct < rowCount)?.name ?? null;
  if (caseId) taken.add(caseId);
  const activity = pick('activity', (p) => !isTime(p)) ?? profiles.find((p) => !taken.has(p.name) && !isTime(p) && p.distinct > 1)?.name ?? null;
  if (activity) taken.add(activity);
  const channel = pick('channel');
  const actor = pick('actor');
  const profile = profiles.find((p) => p.name === timestamp);
  return {
    caseId: caseId ?? columns[0] ?? '',
    activity: activity ?? columns[1] ?? '',
    timestamp: timestamp ?? columns[2] ?? '',
    timestampFormat: profile?.timestamp.formats[0] ?? 'iso',
    channel,
    actor,
    attributes: columns.filter((c) => !taken.has(c) && c !== channel && c !== actor && c.trim() !== ''),
  };
}

/** The mapping's problems in the user's words (a role without a column, a column used twice). */
export function checkMapping(mapping: EventLogMapping, columns: readonly string[]): string[] {
  const problems: string[] = [];
  const roles: [string, string | null][] = [
    ['Case', mapping.caseId],
    ['Activity', mapping.activity],
    ['Timestamp', mapping.timestamp],
    ['Channel', mapping.channel],
    ['Who did it', mapping.actor],
  ];
  for (const [label, column] of roles.slice(0, 3)) if (!column || !columns.includes(column)) problems.push(`Choose the ${label.toLowerCase()} column.`);
  const used = new Map<string, string>();
  for (const [label, column] of roles) {
    if (!column) continue;
    const other = used.get(column);
    if (other) problems.push(`“${column}” cannot be both ${other} and ${label}.`);
    used.set(column, label);
  }
  return problems;
}

/** A key for "this set of columns", so a mapping chosen once is offered again for the next export. */
export function columnSignature(columns: readonly string[]): string {
  return [...columns].map((c) => c.trim().toLowerCase()).sort().join('\u0001');
}
