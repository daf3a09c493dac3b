import { describe, expect, it } from 'vitest';
import { baselineOffset, textWidth, truncate, wrapText, type TextStyle } from './picture-text';

const SMALL: TextStyle = { size: 14, weight: 'regular' };
const BOLD: TextStyle = { size: 14, weight: 'bold' };

describe('text in the picture', () => {
  it('measures with Arial-compatible advances (Arial: "H" 0.722 em, "i" 0.222 em, bold "i" 0.278 em)', () => {
    expect(textWidth('H', { size: 1000, weight: 'regular' })).toBeCloseTo(722, 0);
    expect(textWidth('i', { size: 1000, weight: 'regular' })).toBeCloseTo(222, 0);
    expect(textWidth('i', { size: 1000, weight: 'bold' })).toBeCloseTo(278, 0);
    expect(textWidth('abc', { size: 12, weight: 'mono' })).toBeCloseTo(21.6, 5);
    expect(textWidth('Deal hunter', BOLD)).toBeGreaterThan(textWidth('Deal hunter', SMALL));
  });

  it('counts a character outside the font generously, and an emoji as one wide character', () => {
    expect(textWidth('漢', SMALL)).toBe(14);
    expect(textWidth('🎉', SMALL)).toBe(14);
    expect(textWidth('a\u0301', SMALL)).toBeCloseTo(textWidth('a', SMALL), 1);
  });

  it('wraps at spaces and keeps each line within the width', () => {
    const lines = wrapText('Send a 10% discount email to every customer who left a cart', 120, SMALL);
    expect(lines.length).toBeGreaterThan(2);
    expect(lines.join(' ')).toBe('Send a 10% discount email to every customer who left a cart');
    for (const line of lines) expect(textWidth(line, SMALL)).toBeLessThanOrEqual(120);
  });

  it('keeps line breaks and blank lines, as a note shows them', () => {
    expect(wrapText('First\n\nThird', 500, SMALL)).toEqual(['First', '', 'Third']);
  });

  it('breaks a word wider than the line, without splitting an emoji', () => {
    const word = 'Donaudampfschifffahrtsgesellschaftskapitän';
    const lines = wrapText(word, 100, SMALL);
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.join('')).toBe(word);
    const emoji = wrapText('🎉'.repeat(20), 50, SMALL);
    expect(emoji.join('')).toBe('🎉'.repeat(20));
    for (const line of emoji) expect(line).not.toMatch(/[\uD800-\uDBFF]$/);
  });

  it('ends the last allowed line with an ellipsis where the text goes on', () => {
    const lines = wrapText('One two three four five six seven eight nine ten eleven twelve', 100, SMALL, 2);
    expect(lines).toHaveLength(2);
    expect(lines[1]!.endsWith('…')).toBe(true);
    expect(textWidth(lines[1]!, SMALL)).toBeLessThanOrEqual(100);
    // A line break in a one-line label becomes a space; no ellipsis when nothing is cut.
    expect(wrapText('Short\nSecond paragraph', 300, SMALL, 1)).toEqual(['Short Second paragraph']);
    expect(truncate('fits', 100, SMALL)).toBe('fits');
    expect(truncate('a label much too long for its box', 80, SMALL)).toMatch(/^a label.*…$/);
  });

  it('puts the baseline where browsers and Pango put it in a line box', () => {
    // Liberation Sans: ascent 0.905 em, descent 0.212 em, centred in the line.
    expect(baselineOffset(14, 20)).toBeCloseTo((20 - 14 * 1.117) / 2 + 14 * 0.905, 1);
  });
});
