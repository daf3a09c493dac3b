/** The built-in workshop scenarios, in the order the library shows them. */
import { bankScenario } from './bank';
import { retailScenario } from './retail';
import { telecomScenario } from './telecom';
import type { Scenario } from './types';

export type { Scenario } from './types';
export const SCENARIOS: readonly Scenario[] = [retailScenario, telecomScenario, bankScenario];
