import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { boundsOf, boundsOfIds, CARD, cameraOfViewport, cameraToFrame, READABLE_ZOOM, shows, viewportOfCamera, visibleBounds } from './camera';

const finite = (min: number, max: number) => fc.double({ min, max, noNaN: true });

describe('camera maths', () => {
  it('turns a viewport into a camera and back, on any screen', () => {
    fc.assert(
      fc.property(finite(-5000, 5000), finite(-5000, 5000), finite(0.05, 2.5), finite(200, 4000), finite(200, 3000), (x, y, zoom, width, height) => {
        const screen = { width, height };
        const back = viewportOfCamera(cameraOfViewport({ x, y, zoom }, screen), screen);
        expect(back.x).toBeCloseTo(x, 6);
        expect(back.y).toBeCloseTo(y, 6);
        expect(back.zoom).toBe(zoom);
      }),
    );
  });

  it('keeps the same journey point at the centre of a larger screen, at the same zoom', () => {
    const camera = cameraOfViewport({ x: -100, y: 40, zoom: 0.8 }, { width: 800, height: 600 });
    expect(camera).toEqual({ x: (400 + 100) / 0.8, y: (300 - 40) / 0.8, zoom: 0.8 });
    const projector = viewportOfCamera(camera, { width: 1280, height: 720 });
    // The point under the centre of the projector is the camera's point.
    expect((640 - projector.x) / projector.zoom).toBeCloseTo(camera.x, 9);
    expect((360 - projector.y) / projector.zoom).toBeCloseTo(camera.y, 9);
  });

  it('frames a box whole, centred, within the zoom limits', () => {
    const box = { x: 0, y: 0, width: 1000, height: 200 };
    const camera = cameraToFrame(box, { width: 1280, height: 720 }, { padding: 40, minZoom: 0.5, maxZoom: 2 });
    expect(camera).toEqual({ x: 500, y: 100, zoom: 1.2 });
    expect(shows(camera, { width: 1280, height: 720 }, box)).toBe(true);
    // Too wide for the smallest zoom: centred, its ends cut.
    const wide = cameraToFrame({ x: 0, y: 0, width: 5000, height: 100 }, { width: 1280, height: 720 }, { padding: 0, minZoom: READABLE_ZOOM });
    expect(wide.zoom).toBe(READABLE_ZOOM);
    expect(shows(wide, { width: 1280, height: 720 }, { x: 0, y: 0, width: 5000, height: 100 })).toBe(false);
    expect(visibleBounds(wide, { width: 1280, height: 720 }).x).toBeCloseTo(2500 - 640 / READABLE_ZOOM, 6);
  });

  it('measures nodes at their card size, notes smaller', () => {
    const nodes = [
      { kind: 'event' as const, position: { x: 100, y: 50 } },
      { kind: 'note' as const, position: { x: 500, y: 400 } },
    ];
    expect(boundsOf(nodes)).toEqual({ x: 100, y: 50, width: 400 + 208, height: 350 + 80 });
    expect(boundsOf([])).toBeNull();
    expect(boundsOfIds({ nodes: [{ id: 'a', kind: 'action', position: { x: 0, y: 0 } } as never] }, ['a', 'gone'])).toEqual({ x: 0, y: 0, ...CARD });
  });

  it('puts the readable zoom where 26 px titles become 20 px on screen', () => {
    expect(26 * READABLE_ZOOM).toBeCloseTo(20, 9);
  });
});
