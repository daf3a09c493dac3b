/**
 * The scenarios as the files in public/samples/ — example inputs for `npm run simulate`
 * and for import. A test keeps the files equal to this; to rewrite them after changing a
 * scenario: npx tsx -e "import('./src/samples/scenarios/files.ts').then((m) => m.writeScenarioFiles())"
 */
import { exportJourneyFile } from '../../io/journey-file';
import { logToCsv } from '../../io/log-csv';
import { logToJson } from '../../io/log-json';
import { bankScenario } from './bank';
import { retailScenario } from './retail';
import { telecomScenario } from './telecom';

export function scenarioFiles(): { path: string; content: string }[] {
  // Journeys as the app exports them (canonical .journey.json), so "Import journey" reads them too.
  const journeyJson = exportJourneyFile;
  return [
    { path: 'public/samples/retail.journey.json', content: journeyJson(retailScenario.journey) },
    { path: 'public/samples/retail-log.csv', content: logToCsv(retailScenario.log) },
    { path: 'public/samples/telecom.journey.json', content: journeyJson(telecomScenario.journey) },
    { path: 'public/samples/telecom-log.json', content: logToJson(telecomScenario.log) + '\n' },
    { path: 'public/samples/bank.journey.json', content: journeyJson(bankScenario.journey) },
    { path: 'public/samples/bank-log.csv', content: logToCsv(bankScenario.log) },
  ];
}

/** Writes the files (Node only; imported lazily so the app bundle never pulls in node:fs). */
export async function writeScenarioFiles(): Promise<void> {
  const { mkdirSync, writeFileSync } = await import('node:fs');
  mkdirSync('public/samples', { recursive: true });
  for (const f of scenarioFiles()) writeFileSync(f.path, f.content);
}
