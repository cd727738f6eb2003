/**
 * What an unquoted YAML scalar means to kubectl. kubectl converts YAML to JSON with go-yaml v2,
 * which follows YAML 1.1: `yes`, `no`, `on`, `off`, `y` and `n` are booleans, `0777` is octal,
 * `1_000` is a thousand, `~` is null. A student who writes `enabled: yes` as a label value gets
 * the real error (`cannot unmarshal bool into Go struct field ObjectMeta.metadata.labels of type
 * string`), which is worth seeing.
 */

export type Scalar =
  | { kind: 'null' }
  | { kind: 'bool'; value: boolean }
  /** Integers as exact decimal text; floats as a JS number. */
  | { kind: 'int'; text: string }
  | { kind: 'float'; value: number }
  | { kind: 'string'; value: string };

const TRUE = new Set(['y', 'Y', 'yes', 'Yes', 'YES', 'true', 'True', 'TRUE', 'on', 'On', 'ON']);
const FALSE = new Set(['n', 'N', 'no', 'No', 'NO', 'false', 'False', 'FALSE', 'off', 'Off', 'OFF']);
const NULL = new Set(['', '~', 'null', 'Null', 'NULL']);
const SPECIAL_FLOATS: Record<string, number> = {
  '.nan': NaN,
  '.NaN': NaN,
  '.NAN': NaN,
  '.inf': Infinity,
  '.Inf': Infinity,
  '.INF': Infinity,
  '+.inf': Infinity,
  '+.Inf': Infinity,
  '+.INF': Infinity,
  '-.inf': -Infinity,
  '-.Inf': -Infinity,
  '-.INF': -Infinity,
};
const YAML_FLOAT = /^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$/;
const INT64_MAX = 2n ** 63n - 1n;
const UINT64_MAX = 2n ** 64n - 1n;

/** Resolve a plain (unquoted, untagged) scalar as go-yaml v2 does. */
export function resolvePlain(text: string): Scalar {
  if (NULL.has(text)) return { kind: 'null' };
  if (TRUE.has(text)) return { kind: 'bool', value: true };
  if (FALSE.has(text)) return { kind: 'bool', value: false };
  const special = SPECIAL_FLOATS[text];
  if (special !== undefined) return { kind: 'float', value: special };
  const first = text[0] ?? '';
  if (first === '.') {
    const f = goParseFloat(text);
    return f === undefined ? { kind: 'string', value: text } : { kind: 'float', value: f };
  }
  if (/[-+0-9]/.test(first)) {
    const plain = text.replace(/_/g, '');
    const int = parseGoInt(plain);
    if (int !== undefined) return { kind: 'int', text: int.toString() };
    if (YAML_FLOAT.test(plain)) {
      const f = goParseFloat(plain);
      if (f !== undefined) return { kind: 'float', value: f };
    }
    const bin = /^([-+]?)0b([01]+)$/.exec(plain);
    if (bin) {
      const v = BigInt(`0b${bin[2] ?? '0'}`) * (bin[1] === '-' ? -1n : 1n);
      if (v <= INT64_MAX && v >= -(INT64_MAX + 1n)) return { kind: 'int', text: v.toString() };
    }
  }
  return { kind: 'string', value: text };
}

/**
 * strconv.ParseInt(s, 0, 64), falling back to ParseUint: base prefixes 0x, 0o, 0b and a leading
 * 0 for octal.
 */
function parseGoInt(s: string): bigint | undefined {
  const m = /^([-+]?)(0[xX][0-9a-fA-F]+|0[oO][0-7]+|0[bB][01]+|0[0-7]*|[1-9][0-9]*)$/.exec(s);
  if (!m) return undefined;
  const sign = m[1] === '-' ? -1n : 1n;
  const body = m[2] ?? '0';
  let v: bigint;
  if (/^0[oO]/.test(body)) v = BigInt(`0o${body.slice(2)}`);
  else if (/^0[0-7]+$/.test(body)) v = BigInt(`0o${body.slice(1)}`);
  else v = BigInt(body);
  v *= sign;
  if (v >= -(INT64_MAX + 1n) && v <= INT64_MAX) return v;
  if (m[1] !== '-' && v <= UINT64_MAX) return v;
  return undefined;
}

/** strconv.ParseFloat for the decimal forms YAML allows; undefined when out of range. */
function goParseFloat(s: string): number | undefined {
  if (!/^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/.test(s)) return undefined;
  const f = Number(s);
  return Number.isFinite(f) ? f : undefined;
}

/** A YAML key as kubectl's YAML→JSON conversion writes it: `true`, `1`, `1.5`. */
export function keyText(s: Scalar): string | undefined {
  switch (s.kind) {
    case 'string':
      return s.value;
    case 'bool':
      return String(s.value);
    case 'int':
      return s.text;
    case 'float':
      return Number.isNaN(s.value)
        ? '.nan'
        : s.value === Infinity
          ? '.inf'
          : s.value === -Infinity
            ? '-.inf'
            : String(s.value);
    case 'null':
      return undefined;
  }
}
