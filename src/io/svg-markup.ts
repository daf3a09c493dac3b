/**
 * The one way the journey picture writes SVG: a tiny element builder in which every text and
 * every attribute value passes through `escapeXml`. User text (names, notes, labels) can hold
 * `<`, `&`, `]]>`, quotes or control characters; here it always ends up as text, and the file
 * stays well-formed XML that every SVG reader accepts.
 */

/** A piece of SVG built by `el` — the only markup that is ever written unescaped. */
export interface Markup {
  readonly markup: string;
}

export type AttributeValue = string | number | null | undefined | false;
export type Child = Markup | string | null | undefined | false;

/**
 * Characters XML 1.0 forbids even when escaped (C0 controls other than tab, line feed and
 * carriage return; U+FFFE/U+FFFF; halves of a surrogate pair without the other half).
 */
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

/** Text made safe for XML content and attribute values alike. */
export function escapeXml(text: string): string {
  return text.replace(NOT_XML, '').replace(/[&<>"']/g, (c) => ENTITIES[c]!);
}

/** Names come from this module's callers' code, never from user data; checked so a slip cannot inject markup. */
const NAME = /^[A-Za-z][\w:.-]*$/;

/** Two decimals are finer than any screen or printer shows, and keep the file small. */
function formatNumber(n: number): string {
  if (!Number.isFinite(n)) throw new Error(`Not a finite number in the picture: ${n}`);
  return String(Math.round(n * 100) / 100);
}

/** An SVG element: attributes in order (null, undefined and false are left out), then children. */
export function el(name: string, attributes: Record<string, AttributeValue> = {}, ...children: Child[]): Markup {
  if (!NAME.test(name)) throw new Error(`Not an element name: ${name}`);
  let open = `<${name}`;
  for (const [key, value] of Object.entries(attributes)) {
    if (value === null || value === undefined || value === false) continue;
    if (!NAME.test(key)) throw new Error(`Not an attribute name: ${key}`);
    open += ` ${key}="${typeof value === 'number' ? formatNumber(value) : escapeXml(value)}"`;
  }
  const inner = children.map((c) => (!c ? '' : typeof c === 'string' ? escapeXml(c) : c.markup)).join('');
  return { markup: inner ? `${open}>${inner}</${name}>` : `${open}/>` };
}

/** Several pieces side by side, without a wrapping element. */
export function fragment(...children: (Markup | null | undefined | false)[]): Markup {
  return { markup: children.map((c) => (c ? c.markup : '')).join('') };
}

/** A number as an SVG path or list spells it. */
export const num = formatNumber;

/** The file: XML declaration, then the root element. */
export function svgDocument(root: Markup): string {
  return `<?xml version="1.0" encoding="UTF-8"?>\n${root.markup}\n`;
}
