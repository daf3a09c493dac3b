/**
 * Rendering the picture outside the app, for tests in Node: rsvg-convert (librsvg, what GNOME,
 * ImageMagick's default SVG delegate and many converters use) turns the SVG into a PNG, and the
 * checks below tell whether that PNG shows a journey at all and whether each node is drawn.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pixelmatch from 'pixelmatch';
import { PNG } from 'pngjs';
import type { Journey } from '../model/journey';
import { nodeBox } from './picture-cards';
import { hex, KIND_COLOURS, NOTE_COLOURS } from './picture-palette';

/** rsvg-convert's version, or a clear failure: the test needs it and must not pass without it. */
export function rsvgVersion(): string {
  try {
    return execFileSync('rsvg-convert', ['--version'], { encoding: 'utf8' }).trim();
  } catch {
    throw new Error('rsvg-convert is not installed, and the picture cannot be checked without it. Install Debian’s librsvg2-bin (.ci/run does): apt-get install librsvg2-bin fonts-liberation');
  }
}

/** The SVG rendered by rsvg-convert, at `zoom` (1 = the picture's own size) or at an exact size. */
export function rsvgRender(svg: string, size: { zoom?: number; width?: number; height?: number } = {}): PNG {
  rsvgVersion();
  const dir = mkdtempSync(join(tmpdir(), 'picture-'));
  try {
    const input = join(dir, 'picture.svg');
    const output = join(dir, 'picture.png');
    writeFileSync(input, svg);
    const args = size.width && size.height ? ['-w', String(size.width), '-h', String(size.height)] : ['-z', String(size.zoom ?? 1)];
    execFileSync('rsvg-convert', [...args, '-o', output, input], { stdio: ['ignore', 'ignore', 'pipe'] });
    return PNG.sync.read(readFileSync(output));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** How much a PNG shows: its distinct colours, and the share of pixels that are not the white background. */
export function inkOf(png: PNG): { colours: number; inkShare: number } {
  const colours = new Set<number>();
  let ink = 0;
  for (let i = 0; i < png.data.length; i += 4) {
    const [r, g, b, a] = [png.data[i]!, png.data[i + 1]!, png.data[i + 2]!, png.data[i + 3]!];
    colours.add((r << 16) | (g << 8) | b);
    if (a > 0 && (r < 250 || g < 250 || b < 250)) ink++;
  }
  return { colours: colours.size, inkShare: ink / (png.width * png.height) };
}

/** One pixel to look at per node: in the card's bottom padding (no text reaches there), where its background shows. */
export interface CardProbe {
  id: string;
  x: number;
  y: number;
  rgb: number[];
}

/** Where each node's probe pixel lies in a picture rendered at `scale`, and the colour it must have. */
export function cardProbes(journey: Journey, viewBox: { x: number; y: number }, scale: number): CardProbe[] {
  return journey.nodes.map((node) => {
    const box = nodeBox(node);
    const background = node.kind === 'note' ? NOTE_COLOURS[node.color].background : KIND_COLOURS[node.kind].background;
    return {
      id: node.id,
      x: Math.floor((box.x + box.width / 2 - viewBox.x) * scale),
      y: Math.floor((box.y + box.height - 5 - viewBox.y) * scale),
      rgb: [1, 3, 5].map((i) => parseInt(hex(background).slice(i, i + 2), 16)),
    };
  });
}

/** The ids of the probes whose pixel is not their card's colour (`colourAt` gives a probe's pixel, undefined off the picture). */
export function missedProbes(probes: CardProbe[], colourAt: (probe: CardProbe, index: number) => readonly number[] | undefined): string[] {
  return probes.filter((p, i) => {
    const got = colourAt(p, i);
    return !got || p.rgb.some((v, c) => Math.abs(v - got[c]!) > 3);
  }).map((p) => p.id);
}

/** The nodes whose card is not drawn where the picture should have it. */
export function nodesNotDrawn(png: PNG, journey: Journey, viewBox: { x: number; y: number }, scale: number): string[] {
  return missedProbes(cardProbes(journey, viewBox, scale), ({ x, y }) => {
    if (x < 0 || y < 0 || x >= png.width || y >= png.height) return undefined;
    const at = (y * png.width + x) * 4;
    return [png.data[at]!, png.data[at + 1]!, png.data[at + 2]!];
  });
}

/** Each `size` × `size` block of pixels averaged into one: sub-pixel differences average out, shapes and placement stay. */
function blockAverage(png: PNG, size: number): { data: Uint8Array; width: number; height: number } {
  const width = Math.floor(png.width / size);
  const height = Math.floor(png.height / size);
  const data = new Uint8Array(width * height * 4);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      for (let c = 0; c < 4; c++) {
        let sum = 0;
        for (let dy = 0; dy < size; dy++) for (let dx = 0; dx < size; dx++) sum += png.data[((y * size + dy) * png.width + x * size + dx) * 4 + c]!;
        data[(y * width + x) * 4 + c] = Math.round(sum / (size * size));
      }
    }
  }
  return { data, width, height };
}

/**
 * How differently two renderers drew the same picture: the share of 4 × 4-pixel blocks that
 * pixelmatch (its default 0.1 colour threshold) finds different. Comparing blocks rather than
 * pixels leaves out what always differs between two rasterisers — anti-aliasing and hinting at
 * glyph edges, a fraction of a pixel — and keeps what a viewer would see: a shape, a line, a
 * label or a colour that is missing, moved or changed.
 */
export function renderingDifference(a: PNG, b: PNG): number {
  if (a.width !== b.width || a.height !== b.height) throw new Error(`Different sizes: ${a.width} × ${a.height} and ${b.width} × ${b.height}`);
  const [x, y] = [blockAverage(a, 4), blockAverage(b, 4)];
  return pixelmatch(x.data, y.data, undefined, x.width, x.height, { threshold: 0.1 }) / (x.width * x.height);
}
