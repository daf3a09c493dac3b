import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { KIND_STYLES } from '../canvas/kinds';
import { NODE_KINDS, NOTE_COLORS } from '../model/journey';
import { FIXED, KIND_COLOURS, NOTE_COLOURS, TAILWIND, type Token } from './picture-palette';

/** OKLCH → sRGB (Björn Ottosson's matrices), clipped to the sRGB gamut as browsers show it on an sRGB screen. */
function oklchToRgb(l: number, c: number, h: number): number[] {
  const a = c * Math.cos((h * Math.PI) / 180);
  const b = c * Math.sin((h * Math.PI) / 180);
  const L = (l + 0.3963377774 * a + 0.2158037573 * b) ** 3;
  const M = (l - 0.1055613458 * a - 0.0638541728 * b) ** 3;
  const S = (l - 0.0894841775 * a - 1.291485548 * b) ** 3;
  const linear = [4.0767416621 * L - 3.3077115913 * M + 0.2309699292 * S, -1.2684380046 * L + 2.6097574011 * M - 0.3413193965 * S, -0.0041960863 * L - 0.7034186147 * M + 1.707614701 * S];
  return linear.map((v) => {
    const x = Math.min(1, Math.max(0, v));
    return 255 * (x <= 0.0031308 ? 12.92 * x : 1.055 * x ** (1 / 2.4) - 0.055);
  });
}

const themeCss = readFileSync(createRequire(import.meta.url).resolve('tailwindcss/theme.css'), 'utf8');
const canvasSource = readFileSync(new URL('../canvas/nodes/nodes.tsx', import.meta.url), 'utf8') + readFileSync(new URL('../canvas/nodes/NodeCard.tsx', import.meta.url), 'utf8') + readFileSync(new URL('../canvas/JourneyEdgeView.tsx', import.meta.url), 'utf8');

describe("the picture's colours", () => {
  it.each(Object.keys(TAILWIND).filter((t) => t !== 'white'))('%s is Tailwind’s colour in sRGB', (token) => {
    const m = new RegExp(`--color-${token}: oklch\\(([\\d.]+)% ([\\d.]+) ([\\d.]+)\\)`).exec(themeCss);
    expect(m, `Tailwind has no ${token}`).not.toBeNull();
    const want = oklchToRgb(Number(m![1]) / 100, Number(m![2]), Number(m![3]));
    const hex = TAILWIND[token as Token];
    const got = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
    got.forEach((v, i) => expect(Math.abs(v - want[i]!)).toBeLessThanOrEqual(1));
  });

  it('colour each kind as the canvas does', () => {
    for (const kind of NODE_KINDS) {
      const { border, background, text, badge } = KIND_COLOURS[kind];
      expect(KIND_STYLES[kind].card.split(' ')).toEqual(expect.arrayContaining([`border-${border}`, `bg-${background}`, `text-${text}`]));
      expect(KIND_STYLES[kind].badge.split(' ')).toContain(`bg-${badge}`);
    }
  });

  it('colour notes, badges, route marks and labels as the canvas does', () => {
    for (const color of NOTE_COLORS) {
      const { border, background, text } = NOTE_COLOURS[color];
      expect(canvasSource).toContain(`bg-${background} border-${border} text-${text}`);
    }
    for (const token of [FIXED.darkBadge, FIXED.goalBadge, FIXED.routeBadge, FIXED.routeStep, FIXED.labelBorder, FIXED.labelText]) {
      expect(canvasSource).toMatch(new RegExp(`(bg|border|text)-${token}\\b`));
    }
    expect(canvasSource).toContain(`ring-${FIXED.routeRing}/80`);
    expect(canvasSource).toContain("'#ea580c'");
    expect(canvasSource).toContain("'#64748b'");
  });
});
