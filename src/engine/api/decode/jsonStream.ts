/**
 * A stream of JSON values read the way kubectl reads a JSON manifest (Go's json.Decoder): one
 * value after another, separated by white space. Syntax errors carry Go's exact wording and the
 * byte offset Go reports (`json: offset 23: invalid character '}' looking for beginning of object
 * key string`); running out of input mid-value is Go's `unexpected EOF`.
 */
import { goNumberText, objectNode, type Entry, type Node, type Span } from './node';

export interface JsonSyntaxError {
  /** Go's message, e.g. `invalid character 'x' looking for beginning of value`. */
  message: string;
  /** Index of the offending character in the text (UTF-16). */
  index: number;
}

export interface JsonStream {
  values: Node[];
  /** Set when reading stopped at a syntax error; `values` holds what was read before it. */
  error?: JsonSyntaxError;
}

/**
 * Go's encoding/json refuses nesting deeper than 10000 with "exceeded max depth"; kubesim
 * refuses at 500 (no manifest comes near it), which keeps every later recursive walk well
 * inside a browser's stack.
 */
export const MAX_DEPTH = 500;

class Fail {
  constructor(
    readonly message: string,
    readonly index: number,
  ) {}
}

export function readJsonStream(text: string): JsonStream {
  const r = new Reader(text);
  const values: Node[] = [];
  try {
    for (;;) {
      r.skipSpace();
      if (r.i >= text.length) return { values };
      const v = r.value(0);
      values.push(v);
      // A scalar at the top level must be followed by white space, as Go's scanner insists.
      if (
        v.kind !== 'object' &&
        v.kind !== 'array' &&
        r.i < text.length &&
        !' \t\r\n'.includes(text[r.i]!)
      ) {
        r.fail('after top-level value');
      }
    }
  } catch (e) {
    if (!(e instanceof Fail)) throw e;
    const message =
      e.message === 'unexpected EOF'
        ? e.message
        : `json: offset ${r.byteOffset(e.index) + 1}: ${e.message}`;
    return { values, error: { message, index: e.index } };
  }
}

class Reader {
  i = 0;
  constructor(readonly s: string) {}

  skipSpace(): void {
    while (this.i < this.s.length && ' \t\r\n'.includes(this.s[this.i]!)) this.i++;
  }

  /** The offending character as Go quotes the byte it stopped at. */
  fail(context: string, at = this.i): never {
    if (at >= this.s.length) throw new Fail('unexpected EOF', at);
    throw new Fail(`invalid character ${quoteByte(firstUtf8Byte(this.s, at))} ${context}`, at);
  }

  value(depth: number): Node {
    this.skipSpace();
    const c = this.s[this.i];
    if (c === '{' || c === '[') {
      if (depth + 1 > MAX_DEPTH) this.fail('exceeded max depth');
      return c === '{' ? this.object(depth + 1) : this.array(depth + 1);
    }
    if (c === '"') {
      const start = this.i;
      const value = this.string();
      return { kind: 'string', value, start, end: this.i };
    }
    if (c === '-' || (c !== undefined && c >= '0' && c <= '9')) return this.number();
    if (c === 't') return { kind: 'bool', value: true, ...this.literal('true') };
    if (c === 'f') return { kind: 'bool', value: false, ...this.literal('false') };
    if (c === 'n') return { kind: 'null', ...this.literal('null') };
    return this.fail('looking for beginning of value');
  }

  object(depth: number): Node {
    const start = this.i++;
    const entries: Entry[] = [];
    this.skipSpace();
    if (this.s[this.i] === '}') {
      this.i++;
      return objectNode(entries, { start, end: this.i });
    }
    for (;;) {
      this.skipSpace();
      if (this.s[this.i] !== '"') this.fail('looking for beginning of object key string');
      const keyStart = this.i;
      const key = this.string();
      const keySpan = { start: keyStart, end: this.i };
      this.skipSpace();
      if (this.s[this.i] !== ':') this.fail('after object key');
      this.i++;
      entries.push({ key, keySpan, value: this.value(depth) });
      this.skipSpace();
      const c = this.s[this.i];
      if (c === ',') {
        this.i++;
        continue;
      }
      if (c === '}') {
        this.i++;
        return objectNode(entries, { start, end: this.i });
      }
      this.fail('after object key:value pair');
    }
  }

  array(depth: number): Node {
    const start = this.i++;
    const items: Node[] = [];
    this.skipSpace();
    if (this.s[this.i] === ']') {
      this.i++;
      return { kind: 'array', items, start, end: this.i };
    }
    for (;;) {
      items.push(this.value(depth));
      this.skipSpace();
      const c = this.s[this.i];
      if (c === ',') {
        this.i++;
        continue;
      }
      if (c === ']') {
        this.i++;
        return { kind: 'array', items, start, end: this.i };
      }
      this.fail('after array element');
    }
  }

  string(): string {
    this.i++; // opening quote
    let out = '';
    for (;;) {
      const c = this.s[this.i];
      if (c === undefined) this.fail('in string literal');
      if (c === '"') {
        this.i++;
        return out;
      }
      if (c.charCodeAt(0) < 0x20) this.fail('in string literal');
      if (c !== '\\') {
        out += c;
        this.i++;
        continue;
      }
      this.i++;
      const e = this.s[this.i];
      const simple: Record<string, string> = {
        '"': '"',
        '\\': '\\',
        '/': '/',
        b: '\b',
        f: '\f',
        n: '\n',
        r: '\r',
        t: '\t',
      };
      if (e !== undefined && simple[e] !== undefined) {
        out += simple[e];
        this.i++;
        continue;
      }
      if (e !== 'u') this.fail('in string escape code');
      this.i++;
      for (let k = 0; k < 4; k++) {
        if (!/[0-9a-fA-F]/.test(this.s[this.i + k] ?? ''))
          this.fail('in \\u hexadecimal character escape', this.i + k);
      }
      out += String.fromCharCode(parseInt(this.s.slice(this.i, this.i + 4), 16));
      this.i += 4;
    }
  }

  number(): Node {
    const start = this.i;
    const digit = (): boolean => {
      const c = this.s[this.i];
      return c !== undefined && c >= '0' && c <= '9';
    };
    if (this.s[this.i] === '-') {
      this.i++;
      if (!digit()) this.fail('in numeric literal');
    }
    if (this.s[this.i] === '0') this.i++;
    else while (digit()) this.i++;
    if (this.s[this.i] === '.') {
      this.i++;
      if (!digit()) this.fail('after decimal point in numeric literal');
      while (digit()) this.i++;
    }
    if (this.s[this.i] === 'e' || this.s[this.i] === 'E') {
      this.i++;
      if (this.s[this.i] === '+' || this.s[this.i] === '-') this.i++;
      if (!digit()) this.fail('in exponent of numeric literal');
      while (digit()) this.i++;
    }
    const literal = this.s.slice(start, this.i);
    const text = goNumberText(literal);
    return text === undefined
      ? { kind: 'number', text: literal, overflow: true, start, end: this.i }
      : { kind: 'number', text, start, end: this.i };
  }

  literal(word: string): Span {
    const start = this.i;
    for (let k = 0; k < word.length; k++) {
      if (this.s[this.i] !== word[k])
        this.fail(`in literal ${word} (expecting ${quoteByte(word.charCodeAt(k))})`);
      this.i++;
    }
    return { start, end: this.i };
  }

  /** Go counts bytes of UTF-8, not UTF-16 units. */
  byteOffset(index: number): number {
    let bytes = 0;
    for (let k = 0; k < index && k < this.s.length; k++) {
      const c = this.s.charCodeAt(k);
      if (c < 0x80) bytes += 1;
      else if (c < 0x800) bytes += 2;
      else if (c >= 0xd800 && c <= 0xdbff && k + 1 < this.s.length) {
        bytes += 4;
        k++;
      } else bytes += 3;
    }
    return bytes;
  }
}

function firstUtf8Byte(s: string, i: number): number {
  const cp = s.codePointAt(i) ?? 0;
  if (cp < 0x80) return cp;
  if (cp < 0x800) return 0xc0 | (cp >> 6);
  if (cp < 0x10000) return 0xe0 | (cp >> 12);
  return 0xf0 | (cp >> 18);
}

/** encoding/json's quoteChar: the byte in single quotes, escaped as strconv.Quote would. */
function quoteByte(b: number): string {
  if (b === 0x27) return `'\\''`;
  if (b === 0x22) return `'"'`;
  const named: Record<number, string> = {
    7: '\\a',
    8: '\\b',
    9: '\\t',
    10: '\\n',
    11: '\\v',
    12: '\\f',
    13: '\\r',
    92: '\\\\',
  };
  if (named[b] !== undefined) return `'${named[b]}'`;
  if (b < 0x20 || b === 0x7f) return `'\\x${b.toString(16).padStart(2, '0')}'`;
  if (b >= 0x80 && b < 0xa0) return `'\\u${b.toString(16).padStart(4, '0')}'`;
  if (b === 0xad) return `'\\u00ad'`;
  return `'${String.fromCharCode(b)}'`;
}
