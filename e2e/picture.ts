/**
 * Reading an exported PNG in the tests: its size from its header, and the colour of a few of its
 * pixels decoded by Chromium — a 30-megapixel picture takes the browser a moment, a JavaScript
 * PNG decoder many seconds.
 */
import type { Page } from '@playwright/test';

/** Width and height from the PNG's IHDR chunk, after checking the signature. */
export function pngSize(bytes: Buffer): { width: number; height: number } {
  const signature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  if (!signature.every((b, i) => bytes[i] === b)) throw new Error('Not a PNG file');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/** The RGB colour at each point of the PNG (undefined outside it), read in a blank page of the same browser. */
export async function pngPixels(page: Page, bytes: Buffer, points: readonly { x: number; y: number }[]): Promise<(number[] | undefined)[]> {
  const blank = await page.context().newPage();
  try {
    return await blank.evaluate(
      async ({ url, points }) => {
        const bitmap = await createImageBitmap(await (await fetch(url)).blob(), { colorSpaceConversion: 'none', premultiplyAlpha: 'none' });
        // One pixel at a time into a 1 × 1 canvas: no copy of the whole picture.
        const pixel = new OffscreenCanvas(1, 1).getContext('2d', { willReadFrequently: true })!;
        return points.map(({ x, y }) => {
          if (x < 0 || y < 0 || x >= bitmap.width || y >= bitmap.height) return undefined;
          pixel.clearRect(0, 0, 1, 1);
          pixel.drawImage(bitmap, x, y, 1, 1, 0, 0, 1, 1);
          return [...pixel.getImageData(0, 0, 1, 1).data.slice(0, 3)];
        });
      },
      { url: `data:image/png;base64,${bytes.toString('base64')}`, points },
    );
  } finally {
    await blank.close();
  }
}
