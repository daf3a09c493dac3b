/**
 * Where in a JSON text a value is: zod names a problem by its path
 * (`customers[2].events[0].at`); users need the line. A small scanner walks the text
 * once and stops at the path (or at the deepest part of it that exists).
 */

export type JsonPath = readonly PropertyKey[];

/** The 1-based line of the value at `path`, or of its deepest existing parent. */
export function lineOfJsonPath(text: string, path: JsonPath): number {
  return lineAt(text, offsetOfJsonPath(text, path));
}

/** The 1-based line of a character offset. */
export function lineAt(text: string, offset: number): number {
  let line = 1;
  const end = Math.min(offset, text.length);
  for (let i = 0; i < end; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

/** Where JSON.parse would fail, as a character offset; -1 when the text is valid JSON. */
export function jsonSyntaxErrorOffset(text: string): number {
  const s = new Scanner(text, null);
  try {
    s.value(0, false);
    s.ws();
    return s.pos < text.length ? s.pos : -1;
  } catch {
    return s.pos;
  }
}

function offsetOfJsonPath(text: string, path: JsonPath): number {
  const s = new Scanner(text, path);
  try {
    s.value(0, true);
  } catch {
    // Invalid JSON: the best match found before the error is still useful.
  }
  return s.best;
}

class Scanner {
  pos = 0;
  best = 0;
  private bestDepth = -1;
  constructor(
    private readonly text: string,
    private readonly path: JsonPath | null,
  ) {}

  ws(): void {
    // JSON whitespace: space, tab, line feed, carriage return.
    for (let c = this.text.charCodeAt(this.pos); c === 32 || c === 9 || c === 10 || c === 13; c = this.text.charCodeAt(++this.pos));
  }

  /** Scans one value; `onPath` when every key so far matched the path. Throws at a syntax error. */
  value(depth: number, onPath: boolean): void {
    this.ws();
    if (onPath && depth > this.bestDepth) {
      this.best = this.pos;
      this.bestDepth = depth;
      if (this.path && depth === this.path.length) throw new Found();
    }
    const c = this.text[this.pos];
    if (c === '{') return this.object(depth, onPath);
    if (c === '[') return this.array(depth, onPath);
    if (c === '"') return void this.string();
    LITERAL.lastIndex = this.pos;
    const m = LITERAL.exec(this.text);
    if (!m) throw new SyntaxError('value expected');
    this.pos += m[0].length;
  }

  private object(depth: number, onPath: boolean): void {
    this.pos++;
    this.ws();
    if (this.text[this.pos] === '}') return void this.pos++;
    for (;;) {
      this.ws();
      const key = this.string();
      this.ws();
      if (this.text[this.pos] !== ':') throw new SyntaxError('":" expected');
      this.pos++;
      this.value(depth + 1, onPath && this.path !== null && this.path[depth] === key);
      this.ws();
      const c = this.text[this.pos++];
      if (c === '}') return;
      if (c !== ',') {
        this.pos--;
        throw new SyntaxError('"," or "}" expected');
      }
    }
  }

  private array(depth: number, onPath: boolean): void {
    this.pos++;
    this.ws();
    if (this.text[this.pos] === ']') return void this.pos++;
    for (let i = 0; ; i++) {
      this.value(depth + 1, onPath && this.path !== null && this.path[depth] === i);
      this.ws();
      const c = this.text[this.pos++];
      if (c === ']') return;
      if (c !== ',') {
        this.pos--;
        throw new SyntaxError('"," or "]" expected');
      }
    }
  }

  private string(): string {
    if (this.text[this.pos] !== '"') throw new SyntaxError('string expected');
    STRING.lastIndex = this.pos;
    const m = STRING.exec(this.text);
    if (!m) throw new SyntaxError('unterminated string');
    this.pos += m[0].length;
    return JSON.parse(m[0]) as string;
  }
}

class Found extends Error {}

// Sticky (`y`): they match exactly at lastIndex, so the scan stays linear in the text's length.
const LITERAL = /-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?|true|false|null/y;
const STRING = /"(?:[^"\\\u0000-\u001f]|\\(?:["\\/bfnrt]|u[0-9a-fA-F]{4}))*"/y;
