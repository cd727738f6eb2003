/**
 * The API server's half of decoding one document: strict decoding for v1 and apps/v1 (as a
 * modern server does under kubectl's default `--validate=strict`), Go-1.4-style lenient
 * decoding plus conversion for v1beta1 and v1beta3, and the BadRequest Status for what fails.
 */
import type { AnyObject, Kind } from '../../types';
import { schemaFor, apiVersionOf } from '../schema/registry';
import { orderLikeGo } from '../schema/order';
import type { FieldSchema } from '../schema/model';
import { newBadRequest } from '../status';
import { isLegacyVersion } from './kinds';
import { Links } from './legacy/links';
import { convertV1beta1 } from './legacy/v1beta1';
import { v1beta1Struct } from './legacy/v1beta1Schema';
import { convertV1beta3, v1beta3Struct } from './legacy/v1beta3';
import { locator, type LineIndex } from './locate';
import type { ObjectNode, Span } from './node';
import type { DecodedDocument } from './types';
import { unmarshal, type Dialect } from './unmarshal';
import { structSchema } from '../schema/registry';

const STRICT: Dialect = {
  strict: true,
  structSchema,
  goType: (f: FieldSchema) => f.goType,
  intOrStringInt: 'int32',
};

const V1BETA1: Dialect = {
  strict: false,
  structSchema: v1beta1Struct,
  goType: (f) => f.goType,
  intOrStringInt: 'int',
};
const V1BETA3: Dialect = {
  strict: false,
  structSchema: v1beta3Struct,
  goType: (f) => f.goType,
  intOrStringInt: 'int',
};

export interface ServerDecodeInput {
  node: ObjectNode;
  apiVersion: string;
  kind: string;
  canonical: Kind;
  name: string;
  index: number;
  lines: LineIndex;
}

export function serverDecode(input: ServerDecodeInput): DecodedDocument {
  const { node, apiVersion, kind, canonical, index, lines } = input;
  const legacy = isLegacyVersion(apiVersion);
  const dialect = apiVersion === 'v1beta1' ? V1BETA1 : apiVersion === 'v1beta3' ? V1BETA3 : STRICT;
  const rootStruct =
    apiVersion === 'v1beta1'
      ? v1beta1Struct(canonical === 'Node' ? 'Minion' : canonical)
      : dialect.structSchema(canonical);
  if (!rootStruct) throw new Error(`kubesim: no ${apiVersion} schema for ${canonical}`);

  const result = unmarshal(node, rootStruct, dialect);
  const reject = (reason: string, span: Span): DecodedDocument => {
    const version = apiVersion.slice(apiVersion.lastIndexOf('/') + 1);
    const message = `${kind} in version "${version}" cannot be handled as a ${canonical}: ${reason}`;
    const at = lines.position(span.start);
    return {
      ok: false,
      index,
      error: {
        message: `${message} (line ${at.line}, column ${at.column})`,
        status: newBadRequest(message).status,
        ...at,
      },
      apiVersion,
      kind,
      name: input.name,
    };
  };
  if (result.error) return reject(result.error.message, result.error.span);
  const firstUnknown = result.unknown[0];
  if (dialect.strict && firstUnknown) {
    const fields = result.unknown.map((u) => `unknown field "${u.path}"`).join(', ');
    return reject(`strict decoding error: ${fields}`, firstUnknown.span);
  }

  let object: Record<string, unknown>;
  let links: Links | undefined;
  if (legacy) {
    links = new Links();
    object =
      apiVersion === 'v1beta1'
        ? convertV1beta1(canonical, result.value, links)
        : convertV1beta3(canonical, result.value, links);
  } else {
    object = { ...result.value, apiVersion: apiVersionOf(canonical), kind: canonical };
  }
  return {
    ok: true,
    index,
    object: orderLikeGo(withZeroStructs(object, canonical) as unknown as AnyObject),
    apiVersion,
    kind,
    legacy,
    warnings: legacy ? result.unknown.map((u) => `unknown field "${u.path}"`) : [],
    locate: locator(node, lines, links),
  };
}

/**
 * Go's typed objects always have their metadata and spec structs (zero when absent); the
 * internal types rely on them being there.
 */
function withZeroStructs(obj: Record<string, unknown>, kind: Kind): Record<string, unknown> {
  const out = { ...obj };
  if (typeof out['metadata'] !== 'object' || out['metadata'] === null) out['metadata'] = {};
  const hasSpec = schemaFor(kind).fields.some((f) => f.name === 'spec');
  if (hasSpec && kind !== 'Namespace' && (typeof out['spec'] !== 'object' || out['spec'] === null))
    out['spec'] = {};
  return out;
}
