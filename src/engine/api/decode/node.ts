/**
 * A parsed manifest document as kubectl hands it to the API server, with source positions.
 *
 * kubectl turns YAML into JSON and every document into a plain map before sending it, so the
 * server sees: duplicate keys collapsed (the last one wins), keys in sorted order, and numbers
 * re-encoded by Go (`1.0` arrives as `1`, `1e3` as `1000`). `Node` keeps exactly that view, plus
 * where each value and key came from, so errors can point at the user's text.
 */

export interface Span {
  /** UTF-16 offsets into the whole input text, end exclusive. */
  start: number;
  end: number;
}

export type Node =
  | (Span & { kind: 'object'; entries: Entry[] })
  | (Span & { kind: 'array'; items: Node[] })
  | (Span & { kind: 'string'; value: string })
  /**
   * `text` is the number as Go's encoding/json writes it after kubectl's round trip; `overflow`
   * marks a JSON literal no float64 can hold (`1e400`), which kubectl refuses.
   */
  | (Span & { kind: 'number'; text: string; overflow?: true })
  | (Span & { kind: 'bool'; value: boolean })
  | (Span & { kind: 'null' });

export interface Entry {
  key: string;
  keySpan: Span;
  value: Node;
}

export type ObjectNode = Extract<Node, { kind: 'object' }>;

/** The kind of JSON value, in the words Go's UnmarshalTypeError uses. */
export function jsonKind(n: Node): 'object' | 'array' | 'string' | 'number' | 'bool' | 'null' {
  return n.kind;
}

/** Build an object node, keeping only the last entry of each key, at its last position. */
export function objectNode(entries: readonly Entry[], span: Span): ObjectNode {
  const last = new Map<string, number>();
  entries.forEach((e, i) => last.set(e.key, i));
  return { kind: 'object', entries: entries.filter((e, i) => last.get(e.key) === i), ...span };
}

export function entry(n: ObjectNode, key: string): Entry | undefined {
  return n.entries.find((e) => e.key === key);
}

/** The plain JSON value of a node (numbers as JS numbers). */
export function toPlain(n: Node): unknown {
  switch (n.kind) {
    case 'object': {
      const out: Record<string, unknown> = {};
      for (const e of n.entries) out[e.key] = toPlain(e.value);
      return out;
    }
    case 'array':
      return n.items.map(toPlain);
    case 'number':
      return Number(n.text);
    case 'null':
      return null;
    default:
      return n.value;
  }
}

/**
 * Compact JSON with sorted keys, as Go marshals a map: used where kubectl quotes the document
 * it failed to decode (`Object 'Kind' is missing in '{…}'`).
 */
export function toGoJson(n: Node): string {
  switch (n.kind) {
    case 'object': {
      const sorted = [...n.entries].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
      return `{${sorted.map((e) => `${goJsonString(e.key)}:${toGoJson(e.value)}`).join(',')}}`;
    }
    case 'array':
      return `[${n.items.map(toGoJson).join(',')}]`;
    case 'string':
      return goJsonString(n.value);
    case 'number':
      return n.text;
    case 'bool':
      return String(n.value);
    case 'null':
      return 'null';
  }
}

/** Go's encoding/json string escaping, including its HTML-safe escapes of <, > and &. */
function goJsonString(s: string): string {
  let out = '"';
  for (const ch of s) {
    const c = ch.codePointAt(0) ?? 0;
    if (ch === '"') out += '\\"';
    else if (ch === '\\') out += '\\\\';
    else if (ch === '\n') out += '\\n';
    else if (ch === '\r') out += '\\r';
    else if (ch === '\t') out += '\\t';
    else if (c < 0x20 || ch === '<' || ch === '>' || ch === '&' || c === 0x2028 || c === 0x2029)
      out += `\\u${c.toString(16).padStart(4, '0')}`;
    else out += ch;
  }
  return out + '"';
}

const INT64_MIN = -(2n ** 63n);
const INT64_MAX = 2n ** 63n - 1n;

/**
 * How a number reaches the API server through kubectl: integers that fit in int64 stay exact,
 * anything else becomes a float64 and is written back the way Go writes floats (which, for
 * finite values, is also how JavaScript writes them: `1.0` → `1`, `1e21` → `1e+21`).
 * Returns undefined for values a float64 cannot hold (`1e400`).
 */
export function goNumberText(literal: string): string | undefined {
  if (/^-?\d+$/.test(literal)) {
    const n = BigInt(literal);
    if (n >= INT64_MIN && n <= INT64_MAX) return n.toString();
  }
  const f = Number(literal);
  if (!Number.isFinite(f)) return undefined;
  return Object.is(f, -0) ? '-0' : String(f);
}
