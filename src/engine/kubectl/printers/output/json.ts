/**
 * `kubectl -o json`: Go's `json.MarshalIndent(obj, "", "    ")` plus a newline. Keys keep the
 * caller's order (the caller orders them like Go structs); `<`, `>`, `&`, U+2028 and U+2029 are
 * escaped as `\u003c`… as Go's encoder does by default.
 */

const GO_ESCAPES: Record<string, string> = {
  '<': '\\u003c',
  '>': '\\u003e',
  '&': '\\u0026',
  '\u2028': '\\u2028',
  '\u2029': '\\u2029',
};

/** A JSON string literal as Go's encoding/json writes it. */
export function goJsonString(s: string): string {
  return JSON.stringify(s).replace(/[<>&\u2028\u2029]/g, (c) => GO_ESCAPES[c] ?? c);
}

function encode(value: unknown, indent: string, out: string[]): void {
  if (value === null || value === undefined) {
    out.push('null');
  } else if (typeof value === 'string') {
    out.push(goJsonString(value));
  } else if (typeof value === 'number') {
    out.push(Number.isFinite(value) ? JSON.stringify(value) : 'null');
  } else if (typeof value === 'boolean') {
    out.push(String(value));
  } else if (Array.isArray(value)) {
    if (value.length === 0) return void out.push('[]');
    const inner = indent + '    ';
    out.push('[\n');
    value.forEach((item, i) => {
      out.push(inner);
      encode(item, inner, out);
      out.push(i < value.length - 1 ? ',\n' : '\n');
    });
    out.push(`${indent}]`);
  } else if (typeof value === 'object') {
    const entries = Object.entries(value).filter(
      ([, v]) => v !== undefined && typeof v !== 'function',
    );
    if (entries.length === 0) return void out.push('{}');
    const inner = indent + '    ';
    out.push('{\n');
    entries.forEach(([key, item], i) => {
      out.push(`${inner}${goJsonString(key)}: `);
      encode(item, inner, out);
      out.push(i < entries.length - 1 ? ',\n' : '\n');
    });
    out.push(`${indent}}`);
  } else {
    out.push('null');
  }
}

/**
 * kubectl `-o json` of a value, four-space indented, ending with "\n".
 * @example printJson({ kind: 'Pod' }) // '{\n    "kind": "Pod"\n}\n'
 */
export function printJson(value: unknown): string {
  const out: string[] = [];
  encode(value, '', out);
  return out.join('') + '\n';
}
