/**
 * The built-in scenarios by id and title only — what menus and commands need, small enough
 * for the first bundle. The scenarios themselves (journeys, logs, stories) load with the simulator.
 */
export const SCENARIO_CATALOGUE = [
  { id: 'retail-sms-outage', title: 'Retail: cart abandonment during an SMS gateway outage', short: 'retail' },
  { id: 'telecom-outage', title: 'Telecom: a network outage, and everybody calls', short: 'telecom' },
  { id: 'bank-onboarding', title: 'Bank: onboarding when the ID check fails', short: 'bank' },
] as const;

export type ScenarioId = (typeof SCENARIO_CATALOGUE)[number]['id'];

export function catalogueEntry(id: ScenarioId): (typeof SCENARIO_CATALOGUE)[number] {
  return SCENARIO_CATALOGUE.find((s) => s.id === id)!;
}
