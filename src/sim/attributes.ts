/**
 * Event attributes for generated customers: each event node says how its attributes are
 * drawn (uniform, normal, a weighted choice), and the generator draws them from the
 * customer's own random stream — so the same seed gives the same values, everywhere.
 */
import type { AttributeDistribution, AttributeValue, JourneyNode } from '../model/journey';

/** A draw of one attribute, from uniform numbers in [0, 1). */
export type Draw = (next: () => number) => AttributeValue;

/** Per node: the attributes a generated event at that node carries (empty for non-events). */
export function compileAttributeDraws(nodes: readonly JourneyNode[]): { name: string; draw: Draw }[][] {
  return nodes.map((node) => (node.kind === 'event' && node.attributes ? Object.entries(node.attributes).map(([name, d]) => ({ name, draw: drawOf(d) })) : []));
}

/** How one distribution is drawn. */
export function drawOf(d: AttributeDistribution): Draw {
  switch (d.kind) {
    case 'uniform': {
      // Every value of the grid min, min + step, …, max is equally likely (both ends included).
      const scale = 10 ** d.decimals;
      const steps = Math.max(0, Math.round((d.max - d.min) * scale));
      return (next) => Math.min(d.max, round(d.min + Math.floor(next() * (steps + 1)) / scale, scale));
    }
    case 'normal': {
      const scale = 10 ** d.decimals;
      const lo = d.min ?? -Infinity;
      const hi = d.max ?? Infinity;
      return (next) => {
        // Box–Muller; 1 − u keeps the logarithm away from 0.
        const z = Math.sqrt(-2 * Math.log(1 - next())) * Math.cos(2 * Math.PI * next());
        return Math.min(hi, Math.max(lo, round(d.mean + d.sd * z, scale)));
      };
    }
    case 'choice': {
      const total = d.options.reduce((a, o) => a + o.weight, 0);
      const cumulative: number[] = [];
      let acc = 0;
      for (const o of d.options) cumulative.push((acc += o.weight / total));
      return (next) => {
        const u = next();
        for (let i = 0; i < cumulative.length - 1; i++) if (u < cumulative[i]!) return d.options[i]!.value;
        return d.options[d.options.length - 1]!.value;
      };
    }
  }
}

const round = (x: number, scale: number) => Math.round(x * scale) / scale;
