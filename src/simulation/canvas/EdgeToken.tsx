/**
 * The customer's token on an edge: a dot that travels the edge when it is part of the
 * latest move, one edge after the other (Web Animations, so nothing re-renders per frame).
 * Scrubbing shows it where it ends up without animating.
 */
import { memo, useLayoutEffect, useRef } from 'react';
import type { EdgeOverlay } from '../overlays';

/** Wall-clock time per edge at 1×; faster speeds shorten it (never below 120 ms, so it stays visible). */
const HOP_MS = 500;
const SAMPLES = 16;

export const EdgeToken = memo(function EdgeToken({ path, overlay, speed }: { path: string; overlay: EdgeOverlay; speed: number }) {
  const dot = useRef<SVGCircleElement>(null);
  const line = useRef<SVGPathElement>(null);
  const { hop, hops, move, animate } = overlay;
  const last = hop === hops - 1;

  useLayoutEffect(() => {
    const circle = dot.current;
    const p = line.current;
    if (!circle || !p) return;
    const length = p.getTotalLength();
    const at = (f: number) => p.getPointAtLength(length * f);
    const end = at(1);
    if (!animate || typeof circle.animate !== 'function') {
      circle.style.transform = `translate(${end.x}px, ${end.y}px)`;
      circle.style.opacity = last ? '1' : '0';
      return;
    }
    const hopMs = Math.max(120, HOP_MS / Math.sqrt(speed));
    const frames: Keyframe[] = [];
    for (let i = 0; i <= SAMPLES; i++) {
      const pt = at(i / SAMPLES);
      frames.push({ transform: `translate(${pt.x}px, ${pt.y}px)`, opacity: 1, offset: i / SAMPLES });
    }
    if (!last) frames.push({ transform: `translate(${end.x}px, ${end.y}px)`, opacity: 0, offset: 1 });
    if (!last) frames[SAMPLES]!.offset = 0.99;
    circle.style.opacity = '0';
    const animation = circle.animate(frames, { duration: hopMs, delay: hop * hopMs, fill: 'forwards', easing: 'ease-in-out' });
    return () => animation.cancel();
  }, [path, hop, hops, move, animate, last, speed]);

  return (
    <g aria-hidden data-token={last ? 'end' : 'pass'}>
      <path ref={line} d={path} fill="none" stroke="none" />
      <circle ref={dot} r={11} cx={0} cy={0} className="fill-blue-600 stroke-white dark:stroke-slate-900" strokeWidth={3} style={{ opacity: 0 }} />
    </g>
  );
});
