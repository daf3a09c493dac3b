/** The simulation engine's public API: pure TypeScript, the same in the worker, the CLI and tests. */
export { compileJourney, type CompiledJourney } from './compile';
export { InteractionLog, LOG_FORMAT, LOG_VERSION, type Disruption, type InteractionLogInput, type LogCustomer, type LogEvent, type LogIssue } from './log';
export { prepareLog, type PreparedLog, type PrepareResult } from './prepare';
export { createSimulation, replayCustomer, replayLog, DEFAULT_SEED, type ReplayOptions, type ReplayOutcome, type RunMode, type Simulation, type SimulationResult } from './replay';
export { runSimulation, type Progress, type RunOptions, type RunOutcome, type SimulationInput } from './runner';
export { generatePopulation, customerGenerator, populationWarnings, DEFAULT_RESPONSE_RATE, type PopulationOptions } from './population';
export { compareResults, summarise, median, COMPARED_METRICS, METRIC_LABELS, type Comparison, type ComparedMetric, type ModeSummary } from './metrics';
export { customerResult, customerResults, END_REASONS, type CustomerResult, type EndReason, type Mode, type ModeResult, type PathStep } from './results';
export { customersToCsv, summaryToCsv, trafficToCsv } from './results-csv';
export { compileCondition, compileRule, truthy } from './jsonlogic';
