/**
 * Small deterministic hashes. Split decisions and generated customers draw from these,
 * so the same seed gives the same customers and variants in every run, browser or Node.
 */

/** FNV-1a over the UTF-16 code units of a string, as an unsigned 32-bit integer. */
export function hashString(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** Murmur3's finaliser: spreads every input bit over the output. */
export function mix32(x: number): number {
  x ^= x >>> 16;
  x = Math.imul(x, 0x85ebca6b);
  x ^= x >>> 13;
  x = Math.imul(x, 0xc2b2ae35);
  x ^= x >>> 16;
  return x >>> 0;
}

/** A uniform number in [0, 1) from a seed and two hashes — a pure function, no generator state. */
export function unitFrom(seed: number, a: number, b: number): number {
  return mix32(mix32(mix32(seed >>> 0) ^ a) ^ mix32(b ^ 0x9e3779b9)) / 4294967296;
}
