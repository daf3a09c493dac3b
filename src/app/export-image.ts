/**
 * Exports the canvas as a PNG or SVG picture of the whole journey (not just what is on screen),
 * with html-to-image — loaded on first use. Everything happens in the browser.
 */
import { getNodesBounds, getViewportForBounds, type Node } from '@xyflow/react';
import { downloadUrl, fileNameFor } from './download';

const MAX_SIDE = 4096;

/** Renders the journey's nodes and edges to an image file named after the journey, and downloads it. */
export async function exportCanvasImage(nodes: Node[], format: 'png' | 'svg', journeyName: string): Promise<void> {
  const viewportElement = document.querySelector<HTMLElement>('.react-flow__viewport');
  if (!viewportElement || nodes.length === 0) throw new Error('There is nothing on the canvas to export.');
  const { toPng, toSvg } = await import('html-to-image');
  const bounds = getNodesBounds(nodes);
  const padding = 40;
  // The picture is the journey at full size, capped so a huge journey still fits in memory.
  const scale = Math.min(1, MAX_SIDE / (bounds.width + 2 * padding), MAX_SIDE / (bounds.height + 2 * padding));
  const width = Math.round((bounds.width + 2 * padding) * scale);
  const height = Math.round((bounds.height + 2 * padding) * scale);
  const viewport = getViewportForBounds(bounds, width, height, 0.01, 2, `${padding}px`);
  const dark = window.matchMedia?.('(prefers-color-scheme: dark)').matches ?? false;
  const options = {
    backgroundColor: dark ? '#020617' : '#ffffff',
    width,
    height,
    style: { width: `${width}px`, height: `${height}px`, transform: `translate(${viewport.x}px, ${viewport.y}px) scale(${viewport.zoom})` },
  };
  const dataUrl = format === 'png' ? await toPng(viewportElement, options) : await toSvg(viewportElement, options);
  downloadUrl(fileNameFor(journeyName, format), dataUrl);
}
