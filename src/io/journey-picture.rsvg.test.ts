/**
 * The exported SVG in a real third-party renderer: rsvg-convert (librsvg). Today's users open
 * the file in slide and vector tools, none of which runs a browser; librsvg is the strictest
 * common reader at hand. It must be installed (.ci/run installs librsvg2-bin): without it this
 * test fails, it does not skip.
 */
import { describe, expect, it } from 'vitest';
import { retailJourney } from '../samples/retail';
import { journeyPicture } from './journey-picture';
import { hostileJourney, largeJourney, readSvg, viewBoxOf } from './picture.fixtures';
import { inkOf, nodesNotDrawn, rsvgRender, rsvgVersion } from './picture-raster.fixtures';

// Each test starts rsvg-convert, which lays out every label with Pango: seconds, not the
// milliseconds vitest's default limit is made for. The limit only catches a hang; nothing is timed.
describe('the picture in rsvg-convert', { timeout: 30_000 }, () => {
  it('is installed', () => {
    expect(rsvgVersion()).toMatch(/^rsvg-convert version \d/);
  });

  it.each([
    ['the sample journey', retailJourney],
    ['a journey of hostile labels', hostileJourney()],
  ])('renders %s with every card in place, not a flat colour', (_, journey) => {
    const { svg, width, height } = journeyPicture(journey);
    const png = rsvgRender(svg);
    expect([png.width, png.height]).toEqual([width, height]);
    const { colours, inkShare } = inkOf(png);
    // A journey is many colours (five kinds, badges, text, lines) and covers a good part of the page.
    expect(colours).toBeGreaterThan(50);
    expect(inkShare).toBeGreaterThan(0.1);
    expect(nodesNotDrawn(png, journey, viewBoxOf(readSvg(svg)), 1)).toEqual([]);
  });

  // Large enough that the canvas draws only the nodes on screen (over 300); 1,000 nodes are in
  // journey-picture.test.ts (text) and npm run bench:picture (PNG).
  it('draws every node of a journey the canvas would cull', () => {
    const journey = largeJourney(350);
    const { svg } = journeyPicture(journey);
    // At half size: a full-size render would only take longer to say the same.
    const png = rsvgRender(svg, { zoom: 0.5 });
    expect(nodesNotDrawn(png, journey, viewBoxOf(readSvg(svg)), 0.5)).toEqual([]);
  });
});
