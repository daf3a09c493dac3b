/** Mined figures in the user's words: durations, counts, shares. Pure, shared by the UI and the builder. */

/** `45 s`, `12 min`, `3.5 h`, `2.1 d`. */
export function formatDuration(ms: number | null): string {
  if (ms === null || !Number.isFinite(ms)) return '—';
  const s = ms / 1000;
  if (s < 60) return `${Math.round(s)} s`;
  const min = s / 60;
  if (min < 60) return `${Math.round(min)} min`;
  const h = min / 60;
  if (h < 48) return `${h < 10 ? h.toFixed(1).replace(/\.0$/, '') : Math.round(h)} h`;
  const d = h / 24;
  return `${d < 10 ? d.toFixed(1).replace(/\.0$/, '') : Math.round(d)} d`;
}

export const formatCount = (n: number): string => n.toLocaleString('en-US');

/** `62%`, `0.4%`, `100%`. */
export function formatShare(x: number): string {
  const p = x * 100;
  if (p > 0 && p < 1) return `${p.toFixed(1)}%`;
  return `${Math.round(p)}%`;
}

/** `called_support` → `Called support`; a name that already reads as words is kept. */
export function humanise(activity: string): string {
  const words = activity.replace(/[_]+/g, ' ').replace(/\s+/g, ' ').trim();
  if (words === '') return activity;
  return words[0]!.toUpperCase() + words.slice(1);
}
