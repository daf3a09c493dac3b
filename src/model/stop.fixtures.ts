/** Random stops for property tests: every stop the schema accepts, closures naming the given actions. */
import fc from 'fast-check';
import { CHANNELS, RUN_MODES, type Stop, type StopClosure, type StopSimulation } from './journey';

const finite = (min = -1e9, max = 1e9) => fc.double({ min, max, noNaN: true }).map((x) => (x === 0 ? 0 : x));
const text = fc.string({ maxLength: 12 });
// Built once: stringMatching compiles its pattern, which costs more than the values it makes.
const stopId = fc.stringMatching(/^stop-[a-z0-9]{1,6}$/);
const customerId = fc.stringMatching(/^[a-z][0-9]{1,4}$/);
const camera = fc.record({ x: finite(), y: finite(), zoom: finite(0.05, 4).filter((z) => z > 0) });

function closureArb(actionIds: readonly string[]): fc.Arbitrary<StopClosure> {
  const target = actionIds.length
    ? fc.oneof(fc.record({ channel: fc.constantFrom(...CHANNELS) }), fc.record({ actionId: fc.constantFrom(...actionIds) }))
    : fc.record({ channel: fc.constantFrom(...CHANNELS) });
  return fc.record({ target, from: finite(0, 1e6), until: fc.option(finite(0, 1e6), { nil: null }) });
}

function simulationArb(actionIds: readonly string[]): fc.Arbitrary<StopSimulation> {
  return fc.record({
    source: fc.oneof(
      fc.record({ kind: fc.constant('scenario' as const), scenarioId: fc.constantFrom('retail-sms-outage', 'telecom-outage', 'bank-onboarding') }),
      fc.record({ kind: fc.constant('population' as const), size: fc.integer({ min: 1, max: 100_000 }), deviationRate: finite(0, 1), dropOffRate: finite(0, 1) }),
    ),
    mode: fc.constantFrom(...RUN_MODES),
    customer: fc.option(customerId, { nil: null }),
    playhead: fc.option(finite(0, 1e6), { nil: null }),
    closures: fc.array(closureArb(actionIds), { maxLength: 2 }),
    figures: fc.boolean(),
  });
}

/** Up to `maxLength` stops with unique ids. */
export function stopsArb(actionIds: readonly string[] = [], maxLength = 3): fc.Arbitrary<Stop[]> {
  return fc.uniqueArray(
    fc.record({
      id: stopId,
      name: text,
      caption: text,
      notes: text,
      camera,
      simulation: fc.option(simulationArb(actionIds), { nil: null }),
    }),
    { selector: (s) => s.id, maxLength },
  );
}
