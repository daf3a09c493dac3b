/**
 * The customers of a run as the customer picker lists them: by persona name and id, with what
 * happened to them in each mode, searchable and filterable. Built once per run (one row per
 * customer, plain arrays); filtering is one pass over them, so 2,000 customers filter at a
 * keystroke's pace.
 */
import type { Mode } from '../sim';

export interface CustomerFactsInput {
  ids: string[];
  personaIds: string[];
  goal: Partial<Record<Mode, Uint8Array>>;
  stalls: Partial<Record<Mode, Int32Array>>;
  reroutes: Partial<Record<Mode, Int32Array>>;
}

export interface CustomerRow {
  /** Index in the run (what the simulation store follows). */
  index: number;
  id: string;
  personaId: string;
  persona: string;
  /** Per mode that ran: what happened to the customer. */
  modes: Partial<Record<Mode, { goal: boolean; stalled: boolean; rerouted: boolean }>>;
  /** Lower-case text the search matches: persona name and customer id. */
  search: string;
}

export type OutcomeFilter = 'any' | 'goal' | 'no-goal' | 'stalled' | 're-routed';
export type DifferenceFilter = 'any' | 'dynamic-only' | 'static-only' | 'both' | 'neither';

export interface CustomerFilter {
  text: string;
  /** A persona id, or null for every persona. */
  personaId: string | null;
  outcome: OutcomeFilter;
  difference: DifferenceFilter;
}

export const NO_FILTER: CustomerFilter = { text: '', personaId: null, outcome: 'any', difference: 'any' };

export const OUTCOME_LABELS: Record<OutcomeFilter, string> = {
  any: 'Any outcome',
  goal: 'Reached a goal',
  'no-goal': 'No goal',
  stalled: 'Stalled',
  're-routed': 'Re-routed',
};

export const DIFFERENCE_LABELS: Record<DifferenceFilter, string> = {
  any: 'Static and dynamic: any',
  'dynamic-only': 'Static no, dynamic yes',
  'static-only': 'Static yes, dynamic no',
  both: 'Goal in both',
  neither: 'Goal in neither',
};

const MODES: readonly Mode[] = ['static', 'dynamic'];

/** One row per customer, persona ids turned into the persona names of the journey. */
export function customerRows(facts: CustomerFactsInput, personaNames: ReadonlyMap<string, string>): CustomerRow[] {
  const rows: CustomerRow[] = new Array(facts.ids.length);
  for (let i = 0; i < facts.ids.length; i++) {
    const id = facts.ids[i]!;
    const personaId = facts.personaIds[i] ?? '';
    const persona = personaNames.get(personaId) ?? personaId;
    const modes: CustomerRow['modes'] = {};
    for (const m of MODES) {
      const goal = facts.goal[m];
      if (goal) modes[m] = { goal: goal[i] === 1, stalled: (facts.stalls[m]?.[i] ?? 0) > 0, rerouted: (facts.reroutes[m]?.[i] ?? 0) > 0 };
    }
    rows[i] = { index: i, id, personaId, persona, modes, search: `${persona} ${id}`.toLowerCase() };
  }
  return rows;
}

function matches(row: CustomerRow, f: CustomerFilter, words: string[]): boolean {
  if (f.personaId !== null && row.personaId !== f.personaId) return false;
  const { static: st, dynamic: dy } = row.modes;
  const anyGoal = st?.goal === true || dy?.goal === true;
  switch (f.outcome) {
    case 'goal':
      if (!anyGoal) return false;
      break;
    case 'no-goal':
      if (anyGoal) return false;
      break;
    case 'stalled':
      if (!st?.stalled && !dy?.stalled) return false;
      break;
    case 're-routed':
      if (!st?.rerouted && !dy?.rerouted) return false;
      break;
  }
  const s = st?.goal;
  const d = dy?.goal;
  switch (f.difference) {
    case 'dynamic-only':
      if (!(s === false && d === true)) return false;
      break;
    case 'static-only':
      if (!(s === true && d === false)) return false;
      break;
    case 'both':
      if (!(s === true && d === true)) return false;
      break;
    case 'neither':
      if (!(s === false && d === false)) return false;
      break;
  }
  for (const w of words) if (!row.search.includes(w)) return false;
  return true;
}

/** The rows that pass the filter, the first `limit` of them, and how many pass in all. */
export function filterCustomers(rows: readonly CustomerRow[], filter: CustomerFilter, limit: number): { shown: CustomerRow[]; total: number } {
  const words = filter.text.toLowerCase().split(/\s+/).filter(Boolean);
  const shown: CustomerRow[] = [];
  let total = 0;
  for (const row of rows) {
    if (!matches(row, filter, words)) continue;
    total++;
    if (shown.length < limit) shown.push(row);
  }
  return { shown, total };
}

/** What happened to the customer, mode by mode: "static: stalled, no goal · dynamic: re-routed, goal". */
export function describeOutcome(row: CustomerRow): string {
  const parts: string[] = [];
  for (const m of MODES) {
    const o = row.modes[m];
    if (!o) continue;
    const notes = [o.stalled && 'stalled', o.rerouted && 're-routed', o.goal ? 'goal' : 'no goal'].filter(Boolean);
    parts.push(`${m}: ${notes.join(', ')}`);
  }
  return parts.join(' · ');
}
