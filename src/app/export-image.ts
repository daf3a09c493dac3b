/**
 * The toolbar's PNG and SVG pictures of the whole journey. Both come from one drawing made from
 * the journey model (src/io/journey-picture.ts, loaded on first use), so they show the same and
 * include every node, also those the canvas does not draw because they are off screen. The PNG
 * is that SVG rasterised by the browser — nothing leaves the machine.
 */
import type { Journey } from '../model/journey';
import { downloadBlob, fileNameFor } from './download';

/**
 * 2× for a crisp slide image; capped so a huge journey still fits the browser's canvas limits and
 * memory (24 megapixels is 96 MB while drawing): a 1,000-node journey comes out at about 0.75×.
 */
const PNG_SCALE = 2;
const MAX_SIDE = 16_384;
const MAX_PIXELS = 24_000_000;

/** Draws the journey as a PNG or SVG file named after the journey, and downloads it. */
export async function exportJourneyPicture(journey: Journey, format: 'png' | 'svg'): Promise<void> {
  if (journey.nodes.length === 0) throw new Error('There is nothing on the canvas to export.');
  const { journeyPicture } = await import('../io/journey-picture');
  const date = new Intl.DateTimeFormat(undefined, { dateStyle: 'long' }).format(new Date());
  const picture = journeyPicture(journey, { date });
  const svg = new Blob([picture.svg], { type: 'image/svg+xml' });
  const fileName = fileNameFor(journey.name, format);
  if (format === 'svg') downloadBlob(fileName, svg);
  else downloadBlob(fileName, await rasterise(svg, picture.width, picture.height));
}

/** The scale a picture is rasterised at: 2× where the canvas and memory allow, less for a huge journey. */
function pngScale(width: number, height: number): number {
  return Math.min(PNG_SCALE, MAX_SIDE / width, MAX_SIDE / height, Math.sqrt(MAX_PIXELS / (width * height)));
}

async function rasterise(svg: Blob, width: number, height: number): Promise<Blob> {
  const scale = pngScale(width, height);
  const url = URL.createObjectURL(svg);
  try {
    const image = new Image();
    image.src = url;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = Math.max(1, Math.round(width * scale));
    canvas.height = Math.max(1, Math.round(height * scale));
    const context = canvas.getContext('2d');
    if (!context) throw new Error('this browser cannot draw the picture (no 2D canvas).');
    context.drawImage(image, 0, 0, canvas.width, canvas.height);
    const png = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
    if (!png) throw new Error(`a ${canvas.width} × ${canvas.height} PNG is too large for this browser — export the SVG instead.`);
    return png;
  } finally {
    URL.revokeObjectURL(url);
  }
}
