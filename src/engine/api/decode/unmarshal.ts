/**
 * Decoding a JSON document into a Go struct, as the API server does, driven by the schema.
 *
 * Two dialects. A modern server (kubectl's default `--validate=strict`) matches field names
 * exactly and reports every unknown field. The 2015 servers decoded v1beta1/v1beta3 with Go's
 * encoding/json of the day: names matched case-insensitively and unknown fields were dropped.
 * Both share Go's handling of wrong types: the first type error is kept and decoding goes on,
 * while an error from a type's own decoder (IntOrString, Quantity, Time) stops it.
 */
import { canonicalQuantity, parseQuantity, quantityParseError } from '../quantity';
import type { FieldSchema, SchemaType, StructSchema } from '../schema/model';
import { compareGoStrings } from '../schema/order';
import { parseGoTime } from './goTime';
import { toGoJson, toPlain, type Node, type ObjectNode, type Span } from './node';

export interface Dialect {
  /** Exact names and unknown fields reported (modern); otherwise Go 1.4's lenient decoding. */
  strict: boolean;
  structSchema(name: string): StructSchema | undefined;
  /** The Go type a field decodes into, named as the decoding version names it. */
  goType(f: FieldSchema): string;
  /** The Go type of an IntOrString's integer: `int32` today, `int` in 2015. */
  intOrStringInt: 'int32' | 'int';
}

export interface DecodeProblem {
  message: string;
  span: Span;
}

export interface UnmarshalResult {
  value: Record<string, unknown>;
  /** What the server answers: the first type error, or the error that stopped decoding. */
  error?: DecodeProblem;
  /** Fields the structs do not have: `spec.containers[0].imagee`, with the key's position. */
  unknown: { path: string; span: Span }[];
}

interface Context {
  /** The innermost struct being decoded and the JSON field names leading to the value (Go's errorContext). */
  struct?: string;
  fields: readonly string[];
  /** The path with indexes, as strict decoding reports unknown fields. */
  path: string;
}

class Abort {
  constructor(readonly problem: DecodeProblem) {}
}

const RANGES = {
  int32: [-(2n ** 31n), 2n ** 31n - 1n],
  int64: [-(2n ** 63n), 2n ** 63n - 1n],
  int: [-(2n ** 63n), 2n ** 63n - 1n],
  uint64: [0n, 2n ** 64n - 1n],
} as const;

export function unmarshal(
  root: ObjectNode,
  schema: StructSchema,
  dialect: Dialect,
): UnmarshalResult {
  const u = new Unmarshaler(dialect);
  try {
    const value = u.struct(root, schema, { fields: [], path: '' });
    return { value, ...(u.saved ? { error: u.saved } : {}), unknown: u.unknown };
  } catch (e) {
    if (!(e instanceof Abort)) throw e;
    return { value: {}, error: e.problem, unknown: u.unknown };
  }
}

/** Go's case folding for field names (encoding/json's equalFold, with its two special letters). */
export function foldName(s: string): string {
  return s
    .replace(/\u017f/g, 's')
    .replace(/\u212a/g, 'k')
    .toLowerCase();
}

class Unmarshaler {
  saved?: DecodeProblem;
  unknown: { path: string; span: Span }[] = [];
  constructor(private readonly d: Dialect) {}

  private typeError(value: string, goType: string, ctx: Context): string {
    if (this.d.strict && ctx.struct !== undefined) {
      return `json: cannot unmarshal ${value} into Go struct field ${ctx.struct}.${ctx.fields.join('.')} of type ${goType}`;
    }
    return `json: cannot unmarshal ${value} into Go value of type ${goType}`;
  }

  private save(value: string, goType: string, ctx: Context, node: Node): undefined {
    this.saved ??= { message: this.typeError(value, goType, ctx), span: node };
    return undefined;
  }

  struct(node: ObjectNode, s: StructSchema, ctx: Context): Record<string, unknown> {
    const out: Record<string, unknown> = {};
    // kubectl sends maps, so the server sees the keys sorted.
    const entries = [...node.entries].sort((a, b) => compareGoStrings(a.key, b.key));
    for (const e of entries) {
      const f = this.field(s, e.key);
      if (!f) {
        this.unknown.push({ path: ctx.path ? `${ctx.path}.${e.key}` : e.key, span: e.keySpan });
        continue;
      }
      const v = this.value(e.value, f.type, this.d.goType(f), {
        struct: s.name,
        fields: [...ctx.fields, f.name],
        path: ctx.path ? `${ctx.path}.${f.name}` : f.name,
      });
      if (v === undefined) delete out[f.name];
      else out[f.name] = v;
    }
    return out;
  }

  private field(s: StructSchema, key: string): FieldSchema | undefined {
    const exact = s.fields.find((f) => f.name === key);
    if (exact || this.d.strict) return exact;
    const folded = foldName(key);
    return s.fields.find((f) => foldName(f.name) === folded);
  }

  /** The decoded value, or undefined where Go would leave the zero value (null, or a saved error). */
  private value(node: Node, type: SchemaType, goType: string, ctx: Context): unknown {
    if (node.kind === 'null') return undefined;
    switch (type.type) {
      case 'string':
        return node.kind === 'string' ? node.value : this.save(node.kind, goType, ctx, node);
      case 'boolean':
        return node.kind === 'bool' ? node.value : this.save(node.kind, goType, ctx, node);
      case 'integer': {
        if (node.kind !== 'number') return this.save(node.kind, goType, ctx, node);
        return fitsInteger(node.text, type.format)
          ? Number(node.text)
          : this.save(`number ${node.text}`, goType, ctx, node);
      }
      case 'object': {
        if (node.kind !== 'object') return this.save(node.kind, goType, ctx, node);
        const s = this.d.structSchema(type.struct);
        return !s || s.opaque ? toPlain(node) : this.struct(node, s, ctx);
      }
      case 'array': {
        if (node.kind !== 'array') return this.save(node.kind, goType, ctx, node);
        const itemGo = goType.startsWith('[]') ? goType.slice(2) : goType;
        return node.items.map(
          (item, i) =>
            this.value(item, type.items, itemGo, { ...ctx, path: `${ctx.path}[${i}]` }) ??
            zeroValue(type.items),
        );
      }
      case 'map': {
        if (node.kind !== 'object') return this.save(node.kind, goType, ctx, node);
        const valueGo = goType.startsWith('map[string]')
          ? goType.slice('map[string]'.length)
          : mapValueGoType(type.values);
        const out: Record<string, unknown> = {};
        for (const e of [...node.entries].sort((a, b) => compareGoStrings(a.key, b.key))) {
          out[e.key] =
            this.value(e.value, type.values, valueGo, { ...ctx, path: `${ctx.path}[${e.key}]` }) ??
            zeroValue(type.values);
        }
        return out;
      }
      case 'intOrString':
        return this.intOrString(node, ctx);
      case 'quantity':
        return this.quantity(node);
      case 'time':
        return this.time(node, type.precision === 'micro', ctx);
      case 'rawObject':
        return toPlain(node);
    }
  }

  /** IntOrString's own decoder: a quoted value is a name, anything else must be an int. */
  private intOrString(node: Node, ctx: Context): unknown {
    if (node.kind === 'string') return node.value;
    const int = this.d.intOrStringInt;
    if (node.kind === 'number' && fitsInteger(node.text, int)) return Number(node.text);
    const value = node.kind === 'number' ? `number ${node.text}` : node.kind;
    throw new Abort({ message: this.typeError(value, int, ctx), span: node });
  }

  /** Quantity's own decoder parses the text between the quotes, or the raw JSON otherwise. */
  private quantity(node: Node): string {
    const raw =
      node.kind === 'string'
        ? node.value.trim()
        : node.kind === 'number'
          ? node.text
          : toGoJson(node);
    const q = parseQuantity(raw);
    if (!q) throw new Abort({ message: quantityParseError(raw) ?? 'invalid quantity', span: node });
    return canonicalQuantity(q);
  }

  private time(node: Node, micro: boolean, ctx: Context): string {
    if (node.kind !== 'string')
      throw new Abort({ message: this.typeError(node.kind, 'string', ctx), span: node });
    const t = parseGoTime(node.value, micro);
    if (!t.ok) throw new Abort({ message: t.message, span: node });
    return t.text;
  }
}

function fitsInteger(text: string, format: keyof typeof RANGES): boolean {
  if (!/^-?\d+$/.test(text)) return false;
  const n = BigInt(text);
  const [lo, hi] = RANGES[format];
  return n >= lo && n <= hi;
}

function mapValueGoType(t: SchemaType): string {
  return t.type === 'quantity'
    ? 'resource.Quantity'
    : t.type === 'string'
      ? 'string'
      : 'interface {}';
}

/** What Go leaves in a slice element or map value written as null. */
function zeroValue(t: SchemaType): unknown {
  switch (t.type) {
    case 'string':
      return '';
    case 'integer':
    case 'intOrString':
      return 0;
    case 'boolean':
      return false;
    case 'quantity':
      return '0';
    case 'array':
      return [];
    case 'time':
    case 'rawObject':
      return null;
    default:
      return {};
  }
}
