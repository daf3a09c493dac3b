/**
 * npm run simulate -- <journey.json> <log.csv|log.json> [--mode static|dynamic|compare] [--seed N] [--json]
 *
 * Replays an interaction log through a journey with the same engine the app runs in its
 * worker, and prints the results table (or JSON). Errors name the file, line and field.
 */
import { readFileSync } from 'node:fs';
import { parseLogCsv } from '../src/io/log-csv';
import { parseLogJson } from '../src/io/log-json';
import { formatLogProblem, locatedProblems } from '../src/io/log-normalise';
import { formatResultsJson, formatResultsTable, parseCliArgs, readJourneyFile } from '../src/sim/cli';
import { replayLog } from '../src/sim/replay';

function main(argv: string[]): number {
  const args = parseCliArgs(argv);
  if (!args.ok) {
    process.stderr.write(args.message + '\n');
    return 2;
  }
  const { journeyPath, logPath, mode, seed, json } = args.options;

  const journeyText = read(journeyPath);
  if (journeyText === null) return 1;
  const journey = readJourneyFile(journeyText);
  if (!journey.ok) {
    for (const p of journey.problems) process.stderr.write(`${journeyPath}: ${p}\n`);
    return 1;
  }
  for (const w of journey.warnings) process.stderr.write(`${journeyPath}: note: ${w}\n`);

  const logText = read(logPath);
  if (logText === null) return 1;
  const isCsv = /\.csv$/i.test(logPath) || (!/\.json$/i.test(logPath) && !logText.trimStart().startsWith('{'));
  const log = isCsv ? parseLogCsv(logText) : parseLogJson(logText);
  if (!log.ok) {
    for (const p of log.problems) process.stderr.write(`${logPath}: ${formatLogProblem(p)}\n`);
    return 1;
  }

  const outcome = replayLog(journey.journey, log.log, { mode, seed });
  if (!outcome.ok) {
    for (const p of locatedProblems(outcome, log.locate)) process.stderr.write(`${logPath}: ${p}\n`);
    return 1;
  }
  if (json) {
    process.stdout.write(formatResultsJson(outcome.result) + '\n');
  } else {
    process.stdout.write(formatResultsTable(outcome.result, journey.journey.name || journey.journey.id) + '\n');
    for (const w of outcome.result.warnings) process.stderr.write(`note: ${w}\n`);
  }
  return 0;
}

function read(path: string): string | null {
  try {
    return readFileSync(path, 'utf8');
  } catch (e) {
    process.stderr.write(`${path}: cannot read the file (${(e as NodeJS.ErrnoException).code ?? String(e)})\n`);
    return null;
  }
}

// Piped into `head`: stop quietly when the reader goes away.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw e;
});
process.exitCode = main(process.argv.slice(2));
