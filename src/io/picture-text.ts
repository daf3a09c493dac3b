/**
 * Text in the journey picture without a DOM: how wide a label is in the picture's font, and how
 * it wraps into a card's lines, with an ellipsis where the card has no room for more.
 * The widths are Liberation Sans's, which match Arial's and Helvetica's, so the wrapping holds
 * in every viewer that has one of the three (Windows, macOS, and Linux through fontconfig).
 */
import { ASCENT, BOLD_WIDTHS, DESCENT, REGULAR_WIDTHS, UNITS_PER_EM } from './picture-font-metrics';

/** The picture's fonts: metric-compatible families first, so the measured widths hold. */
export const SANS = "Helvetica, Arial, 'Liberation Sans', sans-serif";
/** Monospaced families with (close to) 0.6 em advances, for event keys. */
export const MONO = "Menlo, Consolas, 'Liberation Mono', 'Courier New', monospace";
const MONO_ADVANCE = 0.6;

export type Weight = 'regular' | 'bold' | 'mono';

export interface TextStyle {
  size: number;
  weight: Weight;
}

function table(runs: readonly (readonly number[])[]): Map<number, number> {
  const widths = new Map<number, number>();
  for (const run of runs) for (let i = 1; i < run.length; i++) widths.set(run[0]! + i - 1, run[i]! / UNITS_PER_EM);
  return widths;
}
const REGULAR = table(REGULAR_WIDTHS);
const BOLD = table(BOLD_WIDTHS);

/** Wide characters (CJK, Hangul, full-width forms, emoji) take about one em in any fallback font. */
function isWide(code: number): boolean {
  return (
    (code >= 0x1100 && code <= 0x115f) ||
    (code >= 0x2e80 && code <= 0xa4cf) ||
    (code >= 0xac00 && code <= 0xd7a3) ||
    (code >= 0xf900 && code <= 0xfaff) ||
    (code >= 0xfe30 && code <= 0xfe4f) ||
    (code >= 0xff00 && code <= 0xff60) ||
    (code >= 0xffe0 && code <= 0xffe6) ||
    (code >= 0x1f000 && code <= 0x1faff) ||
    (code >= 0x20000 && code <= 0x3fffd)
  );
}

/** Joiners, variation selectors and combining marks add no width of their own. */
function isZeroWidth(code: number): boolean {
  return (code >= 0x300 && code <= 0x36f) || (code >= 0x200b && code <= 0x200f) || (code >= 0xfe00 && code <= 0xfe0f) || code === 0x2060;
}

/** One character's advance in em. Characters the font lacks come from a fallback font: err wide, so text never overflows. */
function advance(code: number, weight: Weight): number {
  if (weight === 'mono') return isWide(code) ? 1 : isZeroWidth(code) ? 0 : MONO_ADVANCE;
  const known = (weight === 'bold' ? BOLD : REGULAR).get(code);
  if (known !== undefined) return known;
  if (isZeroWidth(code)) return 0;
  return isWide(code) ? 1 : 0.65;
}

/** Width of a text in pixels, in the picture's font at the given size and weight. */
export function textWidth(text: string, style: TextStyle): number {
  let em = 0;
  for (const ch of text) em += advance(ch.codePointAt(0)!, style.weight);
  return em * style.size;
}

/**
 * Where a line's glyphs sit: CSS and Pango centre the font's ascent + descent in the line box,
 * so the baseline is that far below the line's top. The picture never relies on
 * `dominant-baseline`, which slide tools ignore.
 */
export function baselineOffset(size: number, lineHeight: number): number {
  const ascent = (ASCENT / UNITS_PER_EM) * size;
  const descent = (DESCENT / UNITS_PER_EM) * size;
  return (lineHeight - ascent - descent) / 2 + ascent;
}

const ELLIPSIS = '…';

/** The longest start of `text` that fits `width` with an ellipsis after it ("Send 10% disc…"). */
function ellipsize(text: string, width: number, style: TextStyle): string {
  const room = width - textWidth(ELLIPSIS, style);
  let kept = '';
  let used = 0;
  for (const ch of text) {
    const w = advance(ch.codePointAt(0)!, style.weight) * style.size;
    if (used + w > room) break;
    kept += ch;
    used += w;
  }
  return kept.trimEnd() + ELLIPSIS;
}

/** The text as it is when it fits `width`, else cut short with an ellipsis. */
export function truncate(text: string, width: number, style: TextStyle): string {
  return textWidth(text, style) <= width ? text : ellipsize(text, width, style);
}

/** Splits a word that is wider than a line into pieces that fit (CSS `overflow-wrap: break-word`). */
function breakWord(word: string, width: number, style: TextStyle): string[] {
  const pieces: string[] = [];
  let piece = '';
  let used = 0;
  for (const ch of word) {
    const w = advance(ch.codePointAt(0)!, style.weight) * style.size;
    if (piece && used + w > width) {
      pieces.push(piece);
      piece = '';
      used = 0;
    }
    piece += ch;
    used += w;
  }
  if (piece) pieces.push(piece);
  return pieces;
}

/** Wraps one paragraph at spaces, breaking a word only when it is wider than the line. */
function wrapParagraph(paragraph: string, width: number, style: TextStyle): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of paragraph.split(/ +/)) {
    if (word === '') continue;
    const candidate = line ? `${line} ${word}` : word;
    if (textWidth(candidate, style) <= width) {
      line = candidate;
      continue;
    }
    if (line) lines.push(line);
    if (textWidth(word, style) <= width) {
      line = word;
      continue;
    }
    const pieces = breakWord(word, width, style);
    line = pieces.pop() ?? '';
    lines.push(...pieces);
  }
  lines.push(line);
  return lines;
}

/**
 * The lines a label takes in a box `width` wide: wrapped at spaces and line breaks, at most
 * `maxLines` of them, the last one ending in an ellipsis when the text goes on.
 */
export function wrapText(text: string, width: number, style: TextStyle, maxLines = Infinity): string[] {
  const paragraphs = text.replace(/\r\n?/g, '\n').replace(/\t/g, ' ').split('\n');
  const lines = paragraphs.flatMap((p) => wrapParagraph(p, width, style));
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, Math.max(1, maxLines));
  // Fill the last line with what follows (line breaks become spaces), so the ellipsis comes where the text is cut.
  const last = kept.length - 1;
  kept[last] = truncate(lines.slice(last).filter(Boolean).join(' '), width, style);
  return kept;
}
