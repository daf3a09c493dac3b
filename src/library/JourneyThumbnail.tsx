/**
 * A journey drawn small: its nodes as boxes coloured by kind and its connections as lines, the
 * static route in orange. Geometry from model/preview.ts, drawn with React elements only.
 */
import { memo, useMemo } from 'react';
import type { Journey } from '../model/journey';
import { journeyPreview, viewBoxAttribute } from '../model/preview';
import { KIND_STYLES } from '../canvas/kinds';

const ROUTE_COLOUR = '#ea580c';

export const JourneyThumbnail = memo(function JourneyThumbnail({
  journey,
  className,
  label,
}: {
  /** Null while the journey is loading (or could not be read): an empty frame keeps the row's shape. */
  journey: Pick<Journey, 'nodes' | 'edges' | 'staticRoute'> | null;
  className: string;
  /** The picture's accessible name; without one it is decoration (the row's text says the same). */
  label?: string;
}) {
  const preview = useMemo(() => (journey ? journeyPreview(journey) : null), [journey]);
  const frame = 'rounded border border-slate-300 bg-slate-50 dark:border-slate-600 dark:bg-slate-800';
  if (!preview) return <div aria-hidden className={`${frame} ${className}`} />;
  // Lines scale with the frame so a large journey's connections stay visible when drawn small.
  const stroke = Math.max(2, preview.viewBox.width / 160);
  return (
    <svg
      className={`${frame} ${className}`}
      viewBox={viewBoxAttribute(preview.viewBox)}
      preserveAspectRatio="xMidYMid meet"
      {...(label ? { role: 'img', 'aria-label': label } : { 'aria-hidden': true })}
    >
      {preview.lines.map((l) => (
        <line
          key={l.id}
          x1={l.x1}
          y1={l.y1}
          x2={l.x2}
          y2={l.y2}
          stroke={l.onRoute ? ROUTE_COLOUR : 'currentColor'}
          strokeOpacity={l.onRoute ? 1 : 0.45}
          strokeWidth={l.onRoute ? stroke * 2 : stroke}
        />
      ))}
      {preview.boxes.map((b) => (
        <rect key={b.id} x={b.x} y={b.y} width={b.width} height={b.height} rx={16} fill={KIND_STYLES[b.kind].minimap} />
      ))}
    </svg>
  );
});
