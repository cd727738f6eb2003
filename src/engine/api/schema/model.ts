/**
 * The shape of kubesim's API schema: Go structs with their fields in Go struct order, each with
 * its JSON name, its type, the Go type name Kubernetes prints in decoding errors, and a short
 * description for `kubectl explain`. The struct files next to this one are generated from the
 * real Go types (k8s.io/api v0.36.3), so field order, required-ness, enum values and Go type
 * names are Kubernetes' own; the descriptions are kubesim's words.
 */

export type SchemaType =
  | { readonly type: 'string' }
  /** `int` and `uint64` occur only in the 2015 versions (v1beta1/v1beta3), whose Go types used them. */
  | { readonly type: 'integer'; readonly format: 'int32' | 'int64' | 'int' | 'uint64' }
  | { readonly type: 'boolean' }
  /** A Go struct, by name (see `structSchema`). */
  | { readonly type: 'object'; readonly struct: string }
  | { readonly type: 'array'; readonly items: SchemaType }
  /** A Go map with string keys. */
  | { readonly type: 'map'; readonly values: SchemaType }
  | { readonly type: 'intOrString' }
  | { readonly type: 'quantity' }
  /** `metav1.Time` (RFC 3339, seconds) or `metav1.MicroTime` (RFC 3339, microseconds). */
  | { readonly type: 'time'; readonly precision: 'second' | 'micro' }
  /** `runtime.RawExtension`: a whole object of any kind (the items of a List). */
  | { readonly type: 'rawObject' };

export interface FieldSchema {
  /** The JSON name, e.g. `containerPort`. */
  readonly name: string;
  readonly type: SchemaType;
  /** The Go type as `reflect.Type.String()` prints it, pointers removed: `[]v1.Container`, `int32`, `v1.Protocol`. */
  readonly goType: string;
  readonly description: string;
  /** Shown as `-required-` by `kubectl explain`. */
  readonly required: boolean;
  /** The values of a Go enum type, sorted as the OpenAPI document lists them. */
  readonly enum?: readonly string[];
}

export interface StructSchema {
  /** The Go type name, e.g. `Container`. */
  readonly name: string;
  /** As Go prints it in errors, e.g. `v1.Container`. */
  readonly goType: string;
  readonly description: string;
  /** Fields in Go struct order; embedded (inline) structs are flattened in place. */
  readonly fields: readonly FieldSchema[];
  /**
   * kubesim does not model this struct's fields: any JSON object is accepted and kept as written,
   * as an API server without a schema for it would keep it.
   */
  readonly opaque: boolean;
}

// The vocabulary the generated struct files are written in.
export const str: SchemaType = { type: 'string' };
export const i32: SchemaType = { type: 'integer', format: 'int32' };
export const i64: SchemaType = { type: 'integer', format: 'int64' };
export const bool: SchemaType = { type: 'boolean' };
export const intOrString: SchemaType = { type: 'intOrString' };
export const quantity: SchemaType = { type: 'quantity' };
export const time: SchemaType = { type: 'time', precision: 'second' };
export const microTime: SchemaType = { type: 'time', precision: 'micro' };
export const rawObject: SchemaType = { type: 'rawObject' };
export const obj = (struct: string): SchemaType => ({ type: 'object', struct });
export const arr = (items: SchemaType): SchemaType => ({ type: 'array', items });
export const map = (values: SchemaType): SchemaType => ({ type: 'map', values });

/** The Go type a schema type decodes into, as Go prints it (named types are given explicitly). */
export function defaultGoType(t: SchemaType): string {
  switch (t.type) {
    case 'string':
      return 'string';
    case 'integer':
      return t.format;
    case 'boolean':
      return 'bool';
    case 'object':
      return `v1.${t.struct}`;
    case 'array':
      return `[]${defaultGoType(t.items)}`;
    case 'map':
      return `map[string]${defaultGoType(t.values)}`;
    case 'intOrString':
      return 'intstr.IntOrString';
    case 'quantity':
      return 'resource.Quantity';
    case 'time':
      return t.precision === 'micro' ? 'v1.MicroTime' : 'v1.Time';
    case 'rawObject':
      return 'runtime.RawExtension';
  }
}

interface FieldOptions {
  required?: boolean;
  /** The Go type when it is a named type, e.g. `v1.RestartPolicy` for a string. */
  go?: string;
  enum?: readonly string[];
}

export function field(
  name: string,
  type: SchemaType,
  description: string,
  opts: FieldOptions = {},
): FieldSchema {
  return {
    name,
    type,
    goType: opts.go ?? defaultGoType(type),
    description,
    required: opts.required ?? false,
    ...(opts.enum ? { enum: opts.enum } : {}),
  };
}

/** `kind` and `apiVersion`, the TypeMeta every top-level object (and List) starts with. */
export function typeMetaFields(): FieldSchema[] {
  return [
    field(
      'kind',
      str,
      'The REST resource this object represents, in CamelCase (for example Pod). Servers may infer it from the endpoint the request was sent to. Cannot be updated.',
    ),
    field(
      'apiVersion',
      str,
      'The versioned schema this representation of the object follows (for example v1 or apps/v1). Servers convert recognized versions to their internal one and may reject unknown values.',
    ),
  ];
}

export function struct(
  name: string,
  description: string,
  fields: readonly FieldSchema[],
): StructSchema {
  return { name, goType: `v1.${name}`, description, fields, opaque: false };
}

export function opaque(name: string, description: string): StructSchema {
  return { name, goType: `v1.${name}`, description, fields: [], opaque: true };
}
