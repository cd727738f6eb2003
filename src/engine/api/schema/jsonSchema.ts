/**
 * The manifest JSON Schema (draft-07) the editor uses for completion, hover and schema errors,
 * generated from the same structs the API server decodes with and `kubectl explain` prints, so
 * the editor, the dry run and `kubectl explain` say the same things.
 *
 * One root schema picks the shape by `apiVersion` + `kind` (an `if`/`then` per served pair; each
 * `if` asks for an object, since `properties` and `required` hold vacuously for anything else),
 * and offers for `kind` only the kinds of the apiVersion written.
 *
 * The first promise: a student never sees a mark on a manifest the server accepts (the one
 * exception, null scalars, is argued below). Hence:
 * - v1 and apps/v1 structs are closed (`additionalProperties: false`): a modern server under
 *   kubectl's default `--validate=strict` rejects unknown fields. v1beta1/v1beta3 structs are
 *   open: the 2015 servers matched names case-insensitively and dropped unknown fields (the dry
 *   run warns about them), and `required` is left out there for the same reason.
 * - Objects, arrays, maps and times accept `null` (Go leaves them unset; the server prints a
 *   zero time as null). Other scalars do not, although Go would accept a null there too: a bare
 *   `image:` is nearly always an unfinished line, a nullable scalar would offer `null` in every
 *   value completion, and its type errors would read "Expected one of string, null".
 * - `required` comes from the structs' `-required-`, except inside status structs: the server
 *   does not check status fields for presence (a Node's `nodeInfo` may be partial).
 * - Lists (`List`, `PodList`…) are expanded by kubectl itself, never decoded by the server: they
 *   are open, and their items are whole manifests (`$ref: '#'`), or the list's kind when an item
 *   names neither apiVersion nor kind (kubectl fills them in).
 * And for hover:
 * - Descriptions sit on the field (not on the shared definition), beside an `allOf` holding the
 *   `$ref`: draft-07 language servers drop the siblings of a `$ref`, and a definition's own
 *   description would win over the field's in hover.
 */
import { v1beta1Struct } from '../decode/legacy/v1beta1Schema';
import { v1beta3Struct } from '../decode/legacy/v1beta3';
import { QUANTITY_FORMAT_ERROR, QUANTITY_SUFFIX_ERROR } from '../quantity';
import { typeGuess } from './explain';
import type { FieldSchema, SchemaType, StructSchema } from './model';
import { SERVED } from '../decode/kinds';
import { structSchema, typeDescription } from './registry';
import { LEGACY_FIELD_DOCS, VERSION_DOCS } from './jsonSchemaDocs';

export type JsonSchema = Record<string, unknown>;

/** The versions in the order the editor offers them: today's first. */
const VERSION_ORDER = ['v1', 'apps/v1', 'v1beta3', 'v1beta1'] as const;

/**
 * The kinds each version serves (`decode/kinds.ts`), and the struct each one decodes into:
 * v1beta1 read a Node (or `Minion`, its old name) into its own `Minion` struct.
 */
export const SERVED_KINDS: Readonly<Record<string, Readonly<Record<string, string>>>> =
  Object.fromEntries(
    VERSION_ORDER.map((version) => [
      version,
      Object.fromEntries(
        Object.entries(SERVED[version] ?? {}).map(([kind, internal]) => [
          kind,
          version === 'v1beta1' && internal === 'Node' ? 'Minion' : internal,
        ]),
      ),
    ]),
  );

type Family = 'v1' | 'v1beta3' | 'v1beta1';

const familyOf = (apiVersion: string): Family =>
  apiVersion === 'v1beta1' ? 'v1beta1' : apiVersion === 'v1beta3' ? 'v1beta3' : 'v1';

const FAMILY_STRUCT: Record<Family, (name: string) => StructSchema | undefined> = {
  v1: structSchema,
  v1beta3: v1beta3Struct,
  v1beta1: v1beta1Struct,
};

/** Every kind a version accepts: its served kinds, `List`, and `<Kind>List` for each of them. */
export function kindsOf(apiVersion: string): string[] {
  if (!SERVED_KINDS[apiVersion]) return [];
  const served = Object.keys(SERVED_KINDS[apiVersion]);
  return [...served, 'List', ...served.map((k) => `${k}List`)];
}

/** The definition a served `apiVersion`/`kind` pair is checked against, e.g. `v1.Pod`. */
export function definitionName(apiVersion: string, kind: string): string | undefined {
  const served = SERVED_KINDS[apiVersion];
  if (!served) return undefined;
  const family = familyOf(apiVersion);
  if (served[kind]) return `${family}.${served[kind]}`;
  // `List` is the same in v1 and apps/v1, so they share `v1.List`.
  if (kind === 'List' || (kind.endsWith('List') && served[kind.slice(0, -'List'.length)]))
    return `${family}.${kind}`;
  return undefined;
}

/** Metadata fields the system writes: valid in a manifest (kubectl edit shows them), never offered. */
const SYSTEM_WRITTEN = new Set([
  'ObjectMeta.selfLink',
  'ObjectMeta.uid',
  'ObjectMeta.resourceVersion',
  'ObjectMeta.generation',
  'ObjectMeta.creationTimestamp',
  'ObjectMeta.deletionTimestamp',
  'ObjectMeta.deletionGracePeriodSeconds',
  'ObjectMeta.managedFields',
]);

const INT32 = { minimum: -(2 ** 31), maximum: 2 ** 31 - 1 };

/**
 * apimachinery's quantity syntax in two steps, as `parseQuantity` checks it (the decoder trims
 * spaces around it first, and refuses an empty one). `QUANTITY_SYNTAX`: an optional sign, digits
 * with an optional fraction (either may be empty: `.` is 0), then suffix letters, a sign and
 * digits; else "quantities must match…". `QUANTITY_PATTERN`: the suffix is none, a decimal or
 * binary SI suffix, or an exponent; else "unable to parse quantity's suffix".
 */
export const QUANTITY_SYNTAX = '^\\s*(?=\\S)[+-]?[0-9]*(\\.[0-9]*)?[eEinumkKMGTP]*[-+]?[0-9]*\\s*$';
export const QUANTITY_PATTERN =
  '^\\s*(?=\\S)[+-]?[0-9]*(\\.[0-9]*)?([numkMGTPE]|[KMGTPE]i|[eE][+-]?[0-9]+)?\\s*$';

const DEF = (name: string): JsonSchema => ({ $ref: `#/definitions/${name}` });

/**
 * A string equal to `value`, for an `if`. Not `const`: while completing, yaml-language-server
 * takes a `const` to match any value it starts with, so `v1` would also pick v1beta3's shapes
 * and `Pod` PodList's. Never suggested: it also collects the keys of the `if`s for completion.
 */
const exactly = (value: string): JsonSchema => ({
  type: 'string',
  doNotSuggest: true,
  pattern: `^${value.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}$`,
});

class Generator {
  readonly definitions: Record<string, JsonSchema> = {};
  private readonly queue: { family: Family; struct: string }[] = [];

  /** Reference a struct's definition, generated (once) by `drain`. */
  ref(family: Family, struct: string): JsonSchema {
    const name = `${family}.${struct}`;
    if (!(name in this.definitions)) {
      this.definitions[name] = {}; // reserved: recursive and repeated references stop here
      this.queue.push({ family, struct });
    }
    return DEF(name);
  }

  drain(): void {
    for (let next = this.queue.shift(); next; next = this.queue.shift()) {
      const s = FAMILY_STRUCT[next.family](next.struct);
      if (!s) throw new Error(`kubesim: no ${next.family} struct ${next.struct}`);
      this.definitions[`${next.family}.${next.struct}`] = this.struct(next.family, s);
    }
  }

  /** Drop `required` from the structs found only under a `status` field. */
  relaxStatus(roots: readonly { family: Family; struct: string }[]): void {
    const reached = new Set<string>();
    const walk = (family: Family, t: SchemaType): void => {
      if (t.type === 'array') return walk(family, t.items);
      if (t.type === 'map') return walk(family, t.values);
      if (t.type !== 'object') return;
      const name = `${family}.${t.struct}`;
      if (reached.has(name)) return;
      reached.add(name);
      for (const f of FAMILY_STRUCT[family](t.struct)?.fields ?? [])
        if (f.name !== 'status') walk(family, f.type);
    };
    for (const r of roots) walk(r.family, { type: 'object', struct: r.struct });
    for (const [name, def] of Object.entries(this.definitions))
      if (!reached.has(name)) delete def['required'];
  }

  private struct(family: Family, s: StructSchema): JsonSchema {
    const out: JsonSchema = { type: ['object', 'null'] };
    if (s.opaque) return out;
    const strict = family === 'v1';
    const properties: Record<string, JsonSchema> = {};
    for (const f of s.fields) {
      properties[f.name] = {
        ...this.docs(family, s, f),
        ...this.type(family, f.type, f),
        ...(SYSTEM_WRITTEN.has(`${s.name}.${f.name}`) || (f.name === 'status' && isRoot(s))
          ? { doNotSuggest: true }
          : {}),
      };
    }
    out['properties'] = properties;
    const required = s.fields.filter((f) => f.required).map((f) => f.name);
    if (strict && required.length) out['required'] = required;
    if (strict) out['additionalProperties'] = false;
    if (family === 'v1' && s.name === 'Container')
      out['defaultSnippets'] = [
        { label: 'name, image', description: 'A container', body: { name: '$1', image: '$2' } },
      ];
    return out;
  }

  /** A field's description, and the markdown hover shows: name, type, -required-, then both texts. */
  private docs(family: Family, s: StructSchema, f: FieldSchema): JsonSchema {
    const own = f.description || LEGACY_FIELD_DOCS[`${family}.${s.name}.${f.name}`] || '';
    // v1beta3 repeats most of v1: its hover keeps the field's own words only, to stay lean.
    const typeText = family === 'v1beta3' ? '' : typeDescriptionOf(family, f.type);
    const required = f.required && family === 'v1' ? ' -required-' : '';
    const markdown = [`**${f.name}** \`${typeGuess(f.type)}\`${required}`, own, typeText]
      .filter(Boolean)
      .join('\n\n');
    return {
      ...(own && family !== 'v1beta3' ? { description: own } : {}),
      markdownDescription: markdown,
    };
  }

  /** The schema of a value of type `t`; `f` is the field it belongs to (for its enum). */
  private type(family: Family, t: SchemaType, f?: FieldSchema): JsonSchema {
    switch (t.type) {
      case 'string':
        return f?.enum ? { type: 'string', enum: [...f.enum] } : { type: 'string' };
      case 'integer':
        if (t.format === 'int32') return { type: 'integer', ...INT32 };
        if (t.format === 'uint64') return { type: 'integer', minimum: 0 };
        return { type: 'integer' };
      case 'boolean':
        return { type: 'boolean' };
      case 'object':
        return { allOf: [this.ref(family, t.struct)] };
      case 'array':
        return { type: ['array', 'null'], items: this.item(family, t.items) };
      case 'map':
        return {
          type: ['object', 'null'],
          additionalProperties: this.item(family, t.values),
        };
      case 'intOrString':
        return { type: ['integer', 'string'] };
      case 'quantity':
        // The server's own words for each of its two checks (a number is always a quantity).
        return {
          type: ['string', 'number'],
          pattern: QUANTITY_SYNTAX,
          patternErrorMessage: QUANTITY_FORMAT_ERROR,
          if: { type: 'string', pattern: QUANTITY_SYNTAX },
          then: { pattern: QUANTITY_PATTERN, patternErrorMessage: QUANTITY_SUFFIX_ERROR },
        };
      case 'time':
        // A zero metav1.Time prints as null: `creationTimestamp: null` in every pod template
        // kubectl prints, `lastProbeTime: null` in conditions.
        return { type: ['string', 'null'], format: 'date-time' };
      case 'rawObject':
        return { $ref: '#' };
    }
  }

  /** An array item or map value: a struct is referenced bare, anything else as a field's value. */
  private item(family: Family, t: SchemaType): JsonSchema {
    return t.type === 'object' ? this.ref(family, t.struct) : this.type(family, t);
  }
}

const isRoot = (s: StructSchema): boolean => s.fields.some((f) => f.name === 'apiVersion');

/** What `kubectl explain` adds after a field's description: the description of its type. */
function typeDescriptionOf(family: Family, t: SchemaType): string {
  const lines: string[] = [];
  for (let at: SchemaType | undefined = t; at;) {
    const d =
      at.type === 'object' ? FAMILY_STRUCT[family](at.struct)?.description : typeDescription(at);
    if (d) lines.push(d);
    at = at.type === 'array' ? at.items : at.type === 'map' ? at.values : undefined;
  }
  return lines.join('\n\n');
}

/** A `List` or `<Kind>List` of a version: kubectl reads only its items. */
function listDefinition(apiVersion: string, kind: string): JsonSchema {
  const itemKind = kind === 'List' ? undefined : kind.slice(0, -'List'.length);
  const whole: JsonSchema = { $ref: '#' };
  const items: JsonSchema = itemKind
    ? {
        if: { anyOf: [{ required: ['apiVersion'] }, { required: ['kind'] }] },
        then: whole,
        else: DEF(definitionName(apiVersion, itemKind) ?? ''),
      }
    : whole;
  const list = structSchema('List');
  const doc = (name: string): string =>
    list?.fields.find((f) => f.name === name)?.description ?? '';
  return {
    type: 'object',
    properties: {
      apiVersion: { type: 'string', description: doc('apiVersion') },
      kind: { type: 'string', description: doc('kind') },
      metadata: { type: ['object', 'null'], description: doc('metadata') },
      items: {
        type: ['array', 'null'],
        items,
        description:
          doc('items') +
          (itemKind
            ? ` An item naming neither apiVersion nor kind is a ${itemKind} of ${apiVersion}.`
            : ''),
      },
    },
  };
}

function build(): JsonSchema {
  const gen = new Generator();
  const versions = Object.keys(SERVED_KINDS);
  const allKinds = [...new Set(versions.flatMap(kindsOf))];
  const roots: { family: Family; struct: string }[] = [];
  const kinds = (list: string[]): JsonSchema => ({
    properties: { kind: { enum: list, enumDescriptions: list.map(kindDoc) } },
  });

  // `kind` completes with the kinds of the apiVersion written (all of them while there is
  // none), so a kind the version lacks (`apiVersion: v1` with `kind: Deployment`) is never
  // offered, and is marked as you type.
  const allOf: JsonSchema[] = [
    // Here, not at the root: yaml-language-server offers a schema's required keys once more,
    // as one "insert all" item named after its type, beside the keys themselves.
    { required: ['apiVersion', 'kind'] },
    {
      if: {
        type: 'object',
        properties: { apiVersion: { type: 'string', enum: versions, doNotSuggest: true } },
        required: ['apiVersion'],
      },
      else: kinds(allKinds),
    },
  ];
  for (const v of versions)
    allOf.push({
      if: { type: 'object', properties: { apiVersion: exactly(v) }, required: ['apiVersion'] },
      then: kinds(kindsOf(v)),
    });

  for (const v of versions) {
    const family = familyOf(v);
    for (const kind of kindsOf(v)) {
      const name = definitionName(v, kind) as string;
      const struct = SERVED_KINDS[v]?.[kind];
      if (struct) {
        gen.ref(family, struct);
        roots.push({ family, struct });
      } else gen.definitions[name] = listDefinition(v, kind);
      allOf.push({
        if: {
          type: 'object',
          properties: { apiVersion: exactly(v), kind: exactly(kind) },
          required: ['apiVersion', 'kind'],
        },
        then: DEF(name),
      });
    }
  }
  gen.drain();
  gen.relaxStatus(roots);

  const sortedDefinitions = Object.fromEntries(
    Object.entries(gen.definitions).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)),
  );
  const apiVersionDoc = structSchema('Pod')?.fields.find((f) => f.name === 'apiVersion');
  const kindField = structSchema('Pod')?.fields.find((f) => f.name === 'kind');
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    // No root `type`: a document of comments only (after a last `---`) is null, and kubectl
    // skips it.
    properties: {
      apiVersion: {
        type: 'string',
        enum: versions,
        description: apiVersionDoc?.description ?? '',
        markdownDescription: `**apiVersion** \`string\` -required-\n\n${apiVersionDoc?.description ?? ''}`,
        enumDescriptions: versions.map((v) => VERSION_DOCS[v] ?? ''),
      },
      // Its values depend on the apiVersion: see `allOf`.
      kind: {
        type: 'string',
        description: kindField?.description ?? '',
        markdownDescription: `**kind** \`string\` -required-\n\n${kindField?.description ?? ''}`,
      },
    },
    allOf,
    definitions: sortedDefinitions,
  };
}

/** A kind's description, for its completion and hover. */
function kindDoc(k: string): string {
  if (k === 'Minion') return 'Minion is v1beta1’s name for a Node.';
  if (k === 'List') return structSchema('List')?.description ?? '';
  if (k.endsWith('List'))
    return `A list of ${k.slice(0, -4)} objects; kubectl handles each item on its own.`;
  return structSchema(k)?.description ?? '';
}

let memo: JsonSchema | undefined;

/**
 * The JSON Schema for manifests (draft-07), built once and shared: do not change it, and clone
 * it before handing it to a language service in the same thread (they rewrite what they get;
 * across a postMessage it is cloned anyway).
 * @example manifestJsonSchema().definitions['v1.Container'].properties.imagePullPolicy.enum // ['Always', 'IfNotPresent', 'Never']
 */
export function manifestJsonSchema(): JsonSchema {
  memo ??= build();
  return memo;
}
