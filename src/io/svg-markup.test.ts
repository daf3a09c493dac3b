import { describe, expect, it } from 'vitest';
import { el, escapeXml, fragment, svgDocument } from './svg-markup';
import { HOSTILE_NAMES, readSvg, xmlVisible } from './picture.fixtures';

describe('the SVG element builder', () => {
  it('escapes markup characters in text and in attribute values alike', () => {
    expect(escapeXml(`<a href="x">Tom & 'Jerry'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;Tom &amp; &apos;Jerry&apos;&lt;/a&gt;');
    const markup = el('text', { 'data-label': '"><script>' }, '<img src=x onerror=alert(1)>').markup;
    expect(markup).toBe('<text data-label="&quot;&gt;&lt;script&gt;">&lt;img src=x onerror=alert(1)&gt;</text>');
  });

  it('drops the characters XML cannot carry, keeps emoji and right-to-left text', () => {
    expect(escapeXml('a\u0000b\u0007c\u000bd\uFFFEe\uD800f')).toBe('abcdef');
    expect(escapeXml('🎉 👩‍👩‍👧 مرحبا שלום')).toBe('🎉 👩‍👩‍👧 مرحبا שלום');
    expect(escapeXml('tab\tline\ncr\r')).toBe('tab\tline\ncr\r');
  });

  it('keeps every hostile name as text in a well-formed file', () => {
    const svg = svgDocument(el('svg', { xmlns: 'http://www.w3.org/2000/svg' }, ...HOSTILE_NAMES.map((n) => el('text', { 'aria-label': n }, n))));
    const reading = readSvg(svg);
    expect(reading.texts).toEqual(HOSTILE_NAMES.map(xmlVisible));
    expect([...reading.elements].sort()).toEqual(['svg', 'text']);
  });

  it('refuses element and attribute names that are not plain names', () => {
    expect(() => el('text onload=x', {})).toThrow('Not an element name');
    expect(() => el('text', { 'x" onload="y': 1 })).toThrow('Not an attribute name');
  });

  it('writes numbers to two decimals, leaves out absent attributes, refuses non-finite numbers', () => {
    expect(el('rect', { x: 1.23456, y: -0.006, width: 10, hidden: false, fill: null, stroke: undefined }).markup).toBe('<rect x="1.23" y="-0.01" width="10"/>');
    expect(() => el('rect', { x: NaN })).toThrow('Not a finite number');
    expect(fragment(el('g'), null, el('g')).markup).toBe('<g/><g/>');
  });
});
