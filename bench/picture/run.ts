/**
 * Picture benchmark: how big and how quick the exported pictures are, and how alike rsvg-convert
 * and Chromium draw them. A benchmark, not a test: it prints figures and asserts nothing.
 *
 *   npm run bench:picture                 builds, then measures against dist/
 *   BENCH_DIST=dist-x npx tsx bench/picture/run.ts   an existing build
 *
 * Figures: the SVG of the sample and of a 1,000-node journey (size, time to draw in Node);
 * the toolbar's SVG and PNG downloads in the real app (time from click to file, size, pixels,
 * every node present); the share of pixels rsvg-convert and Chromium draw differently.
 */
import { chromium, type Page } from '@playwright/test';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import pixelmatch from 'pixelmatch';
import { PNG } from 'pngjs';
import { preview } from 'vite';
import { freePort } from '../free-port.mjs';
import { exportJourneyFile } from '../../src/io/journey-file';
import { journeyPicture } from '../../src/io/journey-picture';
import { largeJourney, readSvg, viewBoxOf } from '../../src/io/picture.fixtures';
import { nodesNotDrawn, renderingDifference, rsvgRender, rsvgVersion } from '../../src/io/picture-raster.fixtures';
import type { Journey } from '../../src/model/journey';
import { retailJourney } from '../../src/samples/retail';

const repo = join(import.meta.dirname, '..', '..');
const outDir = process.env.BENCH_DIST ?? 'dist';
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

function timeDrawing(journey: Journey, runs: number): { ms: number; bytes: number } {
  const times: number[] = [];
  let bytes = 0;
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    const { svg } = journeyPicture(journey);
    times.push(performance.now() - start);
    bytes = Buffer.byteLength(svg);
  }
  return { ms: median(times), bytes };
}

async function download(page: Page, format: 'png' | 'svg'): Promise<{ ms: number; bytes: Buffer }> {
  const start = performance.now();
  const file = page.waitForEvent('download', { timeout: 300_000 });
  await page.getByRole('banner').getByRole('button', { name: format === 'png' ? 'Export the canvas as a PNG picture' : 'Export the canvas as an SVG picture' }).click();
  const path = await (await file).path();
  const ms = performance.now() - start;
  return { ms, bytes: await readFile(path!) };
}

async function openJourney(page: Page, journey: Journey): Promise<void> {
  await page.getByLabel('Journey file to import').setInputFiles({ name: 'journey.json', mimeType: 'application/json', buffer: Buffer.from(exportJourneyFile(journey)) });
  await page.getByRole('banner').getByLabel('Journey name').and(page.locator(`[value="${journey.name}"]`)).waitFor({ timeout: 300_000 });
}

console.log(`${rsvgVersion()}\n`);
const large = largeJourney(1000);
const sampleDrawing = timeDrawing(retailJourney, 20);
const largeDrawing = timeDrawing(large, 5);
console.log('Drawing the SVG in Node (median):');
console.log(`  sample (${retailJourney.nodes.length} nodes): ${kb(sampleDrawing.bytes)} in ${sampleDrawing.ms.toFixed(1)} ms`);
console.log(`  ${large.nodes.length} nodes: ${kb(largeDrawing.bytes)} in ${largeDrawing.ms.toFixed(0)} ms\n`);

if (!existsSync(join(repo, outDir, 'index.html'))) throw new Error(`No build in ${outDir}/: run npm run bench:picture (it builds first).`);
const port = await freePort(4190);
const server = await preview({ root: repo, configFile: join(repo, 'vite.config.ts'), logLevel: 'error', build: { outDir }, preview: { host: '127.0.0.1', port, strictPort: true } });
const browser = await chromium.launch({ executablePath: existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined, args: ['--no-sandbox', '--disable-gpu'] });
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
  await page.goto(`http://127.0.0.1:${port}/`);
  await page.getByRole('group', { name: 'Persona: Deal hunter' }).waitFor();

  console.log('The toolbar’s downloads in Chromium (click to file):');
  await download(page, 'svg'); // the first click also loads the picture's code
  const sampleSvg = await download(page, 'svg');
  const samplePng = await download(page, 'png');
  const samplePngImage = PNG.sync.read(samplePng.bytes);
  console.log(`  sample SVG: ${kb(sampleSvg.bytes.length)} in ${sampleSvg.ms.toFixed(0)} ms`);
  console.log(`  sample PNG: ${kb(samplePng.bytes.length)}, ${samplePngImage.width} × ${samplePngImage.height}, in ${samplePng.ms.toFixed(0)} ms`);

  // rsvg-convert and Chromium, same file, same size.
  const text = sampleSvg.bytes.toString('utf8');
  const reading = readSvg(text);
  const [width, height] = [Number(reading.root.width), Number(reading.root.height)];
  const rsvg = rsvgRender(text, { width, height });
  const view = await browser.newPage({ viewport: { width, height } });
  await view.setContent(`<body style="margin:0;background:#fff"><img src="data:image/svg+xml;base64,${sampleSvg.bytes.toString('base64')}"></body>`);
  await view.waitForFunction(() => document.querySelector('img')!.complete);
  const shot = PNG.sync.read(await view.screenshot({ clip: { x: 0, y: 0, width, height } }));
  await view.close();
  const differing = pixelmatch(rsvg.data, shot.data, undefined, width, height, { threshold: 0.1 });
  console.log(`  rsvg-convert vs Chromium on the sample: ${((100 * differing) / (width * height)).toFixed(2)} % of pixels differ, ${(100 * renderingDifference(rsvg, shot)).toFixed(2)} % of 4 × 4 blocks`);

  await openJourney(page, large);
  const largeSvg = await download(page, 'svg');
  const largePng = await download(page, 'png');
  const largeReading = readSvg(largeSvg.bytes.toString('utf8'));
  const texts = new Set(largeReading.texts);
  const inSvg = large.nodes.filter((n) => n.kind !== 'note' && texts.has(n.name)).length;
  const image = PNG.sync.read(largePng.bytes);
  const scale = image.width / Number(largeReading.root.width);
  const inPng = large.nodes.length - nodesNotDrawn(image, large, viewBoxOf(largeReading), scale).length;
  console.log(`  ${large.nodes.length}-node SVG: ${kb(largeSvg.bytes.length)} in ${largeSvg.ms.toFixed(0)} ms, ${inSvg} of ${large.nodes.length} names in its text`);
  console.log(`  ${large.nodes.length}-node PNG: ${kb(largePng.bytes.length)}, ${image.width} × ${image.height} (${scale.toFixed(2)}×), in ${largePng.ms.toFixed(0)} ms, ${inPng} of ${large.nodes.length} cards drawn`);
} finally {
  await browser.close();
  await new Promise<void>((resolve) => server.httpServer.close(() => resolve()));
}
