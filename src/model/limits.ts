/**
 * The largest journey Journey Designer opens. The canvas, the problems list and the simulator
 * are built and measured for journeys of up to 5,000 nodes; far beyond that a page freezes for
 * tens of seconds on every edit. Larger journeys are refused at import with this reason, and one
 * already in a library (from before the limit) is listed but not opened. docs/format.md.
 */
export const MAX_JOURNEY_NODES = 5000;
export const MAX_JOURNEY_CONNECTIONS = 10_000;

const count = (n: number) => n.toLocaleString('en-US');

/** Why a journey of this size cannot be opened, or null when it can. */
export function journeySizeProblem(size: { nodeCount: number; edgeCount: number }): string | null {
  if (size.nodeCount > MAX_JOURNEY_NODES) {
    return `This journey has ${count(size.nodeCount)} nodes; Journey Designer works with journeys of up to ${count(MAX_JOURNEY_NODES)} nodes. Split it into smaller journeys.`;
  }
  if (size.edgeCount > MAX_JOURNEY_CONNECTIONS) {
    return `This journey has ${count(size.edgeCount)} connections; Journey Designer works with journeys of up to ${count(MAX_JOURNEY_CONNECTIONS)} connections. Split it into smaller journeys.`;
  }
  return null;
}
