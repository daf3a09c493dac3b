/** Types of free-port.mjs, for benchmarks written in TypeScript. */
export function freePort(preferred: number): Promise<number>;
