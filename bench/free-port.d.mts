/** Types for free-port.mjs, so TypeScript benchmarks can use it too. */
export function freePort(preferred: number): Promise<number>;
