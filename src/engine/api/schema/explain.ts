/**
 * `kubectl explain` in its modern (OpenAPI v3, kubectl ≥ 1.27) plaintext layout. The layout
 * follows kubectl's `explain/v2/templates/plaintext.tmpl` rule for rule: blank lines, the
 * 4-space line after a description, tabs between a field and its type, `enum:` lines, wrapping
 * at 76 columns, and the error texts.
 */
import type { FieldSchema, SchemaType } from './model';
import { compareGoStrings } from './order';
import { resolveResource, structSchema, typeDescription, type ResourceInfo } from './registry';
import { indent, wrapWords } from './wordwrap';

export interface ExplainOptions {
  /** `--recursive`: list every nested field by name and type, without descriptions. */
  recursive?: boolean;
  /** `--api-version`, e.g. `apps/v1`. */
  apiVersion?: string;
}

export type ExplainResult = { ok: true; text: string } | { ok: false; error: string };

/** The served group versions (the OpenAPI v3 documents the API server publishes). */
const SERVED = new Set(['/v1', 'apps/v1']);

/**
 * Render `kubectl explain <path>`. Errors carry kubectl's `error: ` prefix.
 * @example explain('pods.spec.containers').text // 'KIND:       Pod\nVERSION:    v1\n\nFIELD: containers <[]Container>…'
 */
export function explain(path: string, opts: ExplainOptions = {}): ExplainResult {
  const input = path.endsWith('.') ? path.slice(0, -1) : path;
  const dotParts = input.split('.');
  const first = dotParts[0] ?? '';
  const r = resolveResource(first);
  if (!r) return { ok: false, error: `error: the server doesn't have a resource type "${first}"` };

  let fieldPath = dotParts.slice(1);
  if (opts.apiVersion) {
    const parts = opts.apiVersion.split('/');
    if (parts.length > 2)
      return { ok: false, error: `error: unexpected GroupVersion string: ${opts.apiVersion}` };
    const [group, version] =
      parts.length === 2 ? [parts[0] ?? '', parts[1] ?? ''] : ['', parts[0] ?? ''];
    const gvr = `${group}/${version}, Resource=${r.resource}`;
    if (!SERVED.has(`${group}/${version}`))
      return { ok: false, error: `error: couldn't find resource for "${gvr}"` };
    if (group !== r.group || version !== r.version) {
      return { ok: false, error: `error: GVR (${gvr}) not found in OpenAPI schema` };
    }
  } else {
    // kubectl lets the path start with `<resource>.<group>`, matched on the full resource name.
    const groupResource = r.group ? `${r.resource}.${r.group}` : r.resource;
    if (input.startsWith(groupResource)) {
      const suffix = input.slice(groupResource.length);
      fieldPath = suffix ? suffix.slice(1).split('.') : [];
    }
  }

  const body = output(
    { type: { type: 'object', struct: r.kind } },
    fieldPath,
    opts.recursive ?? false,
  );
  if (!body)
    return {
      ok: false,
      error: `error: field "${fieldPath[fieldPath.length - 1] ?? ''}" does not exist`,
    };
  return { ok: true, text: header(r) + body + '\n' };
}

function header(r: ResourceInfo): string {
  return (
    (r.group ? `GROUP:      ${r.group}\n` : '') +
    `KIND:       ${r.kind}\nVERSION:    ${r.version}\n\n`
  );
}

/** A schema as the template sees it: a type, plus the description and enum of the field it came from. */
interface Node {
  type: SchemaType;
  field?: FieldSchema;
}

/** The template's "output": follow the path, then print the description and fields found there. */
function output(node: Node, path: readonly string[], recursive: boolean): string {
  const [name, ...rest] = path;
  if (name === undefined) {
    const fields = fieldList(node.type, 1, recursive);
    return (
      'DESCRIPTION:\n' +
      indent(wrapWords(description(node) || '<empty>', 76), 4) +
      '\n' +
      (fields ? 'FIELDS:\n' + fields : '')
    );
  }
  const t = node.type;
  if (t.type === 'object') {
    const s = structSchema(t.struct);
    const f = s?.fields.find((x) => x.name === name);
    if (!f) return '';
    const head =
      rest.length === 0 ? `FIELD: ${name} <${typeGuess(f.type)}>\n${enumLong(f)}\n\n` : '';
    return head + output({ type: f.type, field: f }, rest, recursive);
  }
  // Arrays and maps are walked through to their items with the same path.
  if (t.type === 'array') return output({ type: t.items }, path, recursive);
  if (t.type === 'map') return output({ type: t.values }, path, recursive);
  return '';
}

/** A field's own description, then those of the types it refers to, one per line. */
function description(node: Node): string {
  let text = node.field ? node.field.description + '\n' : '';
  let t: SchemaType | undefined = node.type;
  while (t) {
    const d = typeDescription(t);
    if (d) text += d + '\n';
    t = t.type === 'array' ? t.items : t.type === 'map' ? t.values : undefined;
  }
  return text;
}

/** The fields of the struct a type leads to (through arrays and maps), sorted by name. */
function fieldList(t: SchemaType, level: number, recursive: boolean): string {
  if (t.type === 'array') return fieldList(t.items, level, recursive);
  if (t.type === 'map') return fieldList(t.values, level, recursive);
  if (t.type !== 'object') return '';
  const s = structSchema(t.struct);
  if (!s) return '';
  let out = '';
  for (const f of [...s.fields].sort((a, b) => compareGoStrings(a.name, b.name))) {
    out += fieldDetail(f, level, recursive);
    if (recursive) out += fieldList(f.type, level + 1, recursive);
  }
  return out;
}

function fieldDetail(f: FieldSchema, level: number, short: boolean): string {
  const pad = level * 2;
  let line = `${' '.repeat(pad)}${f.name}\t<${typeGuess(f.type)}>${f.required ? ' -required-' : ''}${enumShort(f, pad)}\n`;
  if (!short)
    line += indent(wrapWords(f.description || '<no description>', 78 - pad), pad + 2) + '\n\n';
  return line;
}

/** `enum: A, B, C, D, ....` under a field in a list (at most four values). */
function enumShort(f: FieldSchema, pad: number): string {
  if (!f.enum) return '';
  const shown = f.enum.slice(0, 4).map(enumValue).join(', ');
  return `\n${' '.repeat(pad)}enum: ${shown}${f.enum.length > 4 ? ', ....' : ''}`;
}

/** `ENUM:` and every value on its own line, under the `FIELD:` header. */
function enumLong(f: FieldSchema): string {
  if (!f.enum) return '';
  return 'ENUM:' + f.enum.map((v) => `\n    ${enumValue(v)}`).join('');
}

const enumValue = (v: string): string => (v === '' ? '""' : v);

/** The type hint kubectl prints: `string`, `[]Container`, `map[string]Quantity`, `IntOrString`. */
export function typeGuess(t: SchemaType): string {
  switch (t.type) {
    case 'string':
    case 'time':
      return 'string';
    case 'integer':
      return 'integer';
    case 'boolean':
      return 'boolean';
    case 'object':
      return t.struct;
    case 'array':
      return `[]${typeGuess(t.items)}`;
    case 'map':
      return `map[string]${typeGuess(t.values)}`;
    case 'intOrString':
      return 'IntOrString';
    case 'quantity':
      return 'Quantity';
    case 'rawObject':
      return 'RawExtension';
  }
}
