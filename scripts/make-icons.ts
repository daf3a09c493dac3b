/**
 * Rasterises public/favicon.svg into the app icons of the web app manifest (public/icons/):
 * 192 and 512 px as drawn, and a 512 px maskable one whose artwork sits inside the safe zone.
 *
 *   npx tsx scripts/make-icons.ts
 *
 * Chromium draws them (the same engine the e2e tests use), so no image library is needed.
 * Run it again after changing the favicon and commit the PNGs.
 */
import { chromium } from '@playwright/test';
import { existsSync } from 'node:fs';
import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..');
const outDir = join(root, 'public', 'icons');

/** Debian's Chromium where Playwright cannot download its own browser, as in playwright.config.ts. */
const executablePath = process.env.CHROMIUM_PATH ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);

/**
 * The maskable variant: the launcher crops it to a circle, squircle or square, and only a
 * centred circle of 80 % of the width is sure to stay visible. So the tile's background fills
 * the whole square (no rounded corners that a square mask would show as notches) and the
 * drawing is shrunk by widening the view box: the favicon's artwork reaches 11.5 units from
 * the centre of its 32-unit box; in a 44-unit box that is 35 % of the width, inside the 40 %.
 */
function maskable(favicon: string): string {
  const background = /<rect\b[^>]*\bfill="([^"]+)"[^>]*\/>/.exec(favicon);
  if (!background) throw new Error('favicon.svg no longer starts with its background <rect>: update make-icons.ts');
  return favicon
    .replace(background[0], `<rect x="-6" y="-6" width="44" height="44" fill="${background[1]}"/>`)
    .replace(/viewBox="[^"]*"/, 'viewBox="-6 -6 44 44"');
}

async function main(): Promise<void> {
  const favicon = await readFile(join(root, 'public', 'favicon.svg'), 'utf8');
  const icons = [
    { file: 'icon-192.png', size: 192, svg: favicon },
    { file: 'icon-512.png', size: 512, svg: favicon },
    { file: 'icon-maskable-512.png', size: 512, svg: maskable(favicon) },
  ];
  await mkdir(outDir, { recursive: true });
  const browser = await chromium.launch({ executablePath, args: ['--no-sandbox'] });
  try {
    const page = await browser.newPage({ deviceScaleFactor: 1 });
    for (const { file, size, svg } of icons) {
      await page.setViewportSize({ width: size, height: size });
      // An <img> of a data URL draws the SVG exactly as a browser tab draws the favicon.
      const src = `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`;
      await page.setContent(`<style>html,body{margin:0;background:transparent}</style><img alt="" width="${size}" height="${size}" src="${src}">`);
      await page.locator('img').evaluate((img: HTMLImageElement) => img.decode());
      await page.screenshot({ path: join(outDir, file), omitBackground: true, clip: { x: 0, y: 0, width: size, height: size } });
      console.log(`public/icons/${file} (${size}×${size})`);
    }
  } finally {
    await browser.close();
  }
}

await main();
