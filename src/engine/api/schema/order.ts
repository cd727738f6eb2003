/**
 * Key order as Go's encoding/json writes a typed object: struct fields in declaration order
 * (`kind` and `apiVersion` first, from the embedded TypeMeta), map keys sorted.
 *
 * This is the order of the API server's own responses (`kubectl get --raw`, watch events) and
 * of objects kubectl builds itself (`kubectl run --dry-run=client -o json`). Note that
 * `kubectl get -o json|yaml` prints objects it decoded into plain maps, whose keys Go sorts
 * alphabetically; see `sortKeys`.
 */
import type { AnyObject } from '../../types';
import type { SchemaType, StructSchema } from './model';
import { schemaFor, structSchema } from './registry';

const KINDS_WITH_SCHEMA = new Set([
  'Pod',
  'ReplicationController',
  'ReplicaSet',
  'Deployment',
  'Service',
  'Endpoints',
  'Node',
  'Namespace',
  'Event',
  'PersistentVolume',
  'PersistentVolumeClaim',
  'List',
]);

type Json = unknown;

/**
 * A copy of `obj` with its keys in Go struct order; keys the schema does not know come last, in
 * the order they had.
 * @example Object.keys(orderLikeGo(pod)) // ['kind', 'apiVersion', 'metadata', 'spec', 'status']
 */
export function orderLikeGo<T extends AnyObject>(obj: T): T {
  return orderObject(obj) as T;
}

/** Order any decoded object by its own `kind` (List items included); unknown kinds are copied. */
function orderObject(value: Json): Json {
  if (!isRecord(value)) return copy(value);
  const kind = value['kind'];
  if (typeof kind === 'string' && KINDS_WITH_SCHEMA.has(kind)) {
    return orderStruct(value, schemaFor(kind as 'List'));
  }
  if (typeof kind === 'string' && kind.endsWith('List') && Array.isArray(value['items'])) {
    return orderStruct(value, schemaFor('List'));
  }
  return copy(value);
}

function orderValue(value: Json, type: SchemaType): Json {
  switch (type.type) {
    case 'object': {
      const s = structSchema(type.struct);
      return s && !s.opaque && isRecord(value) ? orderStruct(value, s) : copy(value);
    }
    case 'array':
      return Array.isArray(value) ? value.map((v) => orderValue(v, type.items)) : copy(value);
    case 'map': {
      if (!isRecord(value)) return copy(value);
      const out: Record<string, Json> = {};
      for (const k of Object.keys(value).sort(compareGoStrings))
        out[k] = orderValue(value[k], type.values);
      return out;
    }
    case 'rawObject':
      return orderObject(value);
    default:
      return copy(value);
  }
}

function orderStruct(value: Record<string, Json>, s: StructSchema): Record<string, Json> {
  const out: Record<string, Json> = {};
  for (const f of s.fields) {
    if (Object.prototype.hasOwnProperty.call(value, f.name))
      out[f.name] = orderValue(value[f.name], f.type);
  }
  for (const [k, v] of Object.entries(value)) {
    if (!Object.prototype.hasOwnProperty.call(out, k)) out[k] = copy(v);
  }
  return out;
}

/**
 * A copy with every object's keys sorted, as Go writes a `map[string]interface{}`: the order of
 * `kubectl get -o json` and `-o yaml`.
 */
export function sortKeys<T>(value: T): T {
  if (Array.isArray(value)) return value.map((v: unknown) => sortKeys(v)) as T;
  if (!isRecord(value)) return value;
  const out: Record<string, Json> = {};
  for (const k of Object.keys(value).sort(compareGoStrings)) out[k] = sortKeys(value[k]);
  return out as T;
}

/** Go compares strings by their UTF-8 bytes, which is code point order (not UTF-16 unit order). */
export function compareGoStrings(a: string, b: string): number {
  const ai = a[Symbol.iterator]();
  const bi = b[Symbol.iterator]();
  for (;;) {
    const x = ai.next();
    const y = bi.next();
    if (x.done || y.done) return x.done === y.done ? 0 : x.done ? -1 : 1;
    const cx = x.value.codePointAt(0) ?? 0;
    const cy = y.value.codePointAt(0) ?? 0;
    if (cx !== cy) return cx < cy ? -1 : 1;
  }
}

function isRecord(v: Json): v is Record<string, Json> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function copy(v: Json): Json {
  if (Array.isArray(v)) return v.map(copy);
  if (isRecord(v)) {
    const out: Record<string, Json> = {};
    for (const [k, x] of Object.entries(v)) out[k] = copy(x);
    return out;
  }
  return v;
}
