/**
 * Every struct of the schema by Go name, the kinds kubesim serves and the names kubectl accepts
 * for them (`pods`, `pod`, `po`, `Pod`), as the API server's discovery documents list them.
 */
import type { Kind } from '../../types';
import { clusterStructs } from './cluster';
import { containerStructs } from './container';
import { metaStructs } from './meta';
import type { SchemaType, StructSchema } from './model';
import { podStructs } from './pod';
import { podStatusStructs } from './podStatus';
import { serviceStructs } from './service';
import { storageStructs } from './storage';
import { volumeStructs } from './volume';
import { workloadsStructs } from './workloads';

const STRUCTS: ReadonlyMap<string, StructSchema> = new Map(
  [
    ...metaStructs,
    ...podStructs,
    ...containerStructs,
    ...volumeStructs,
    ...podStatusStructs,
    ...workloadsStructs,
    ...serviceStructs,
    ...clusterStructs,
    ...storageStructs,
  ].map((s) => [s.name, s]),
);

/** A struct of the schema by its Go name (`Container`, `ObjectMeta`). */
export function structSchema(name: string): StructSchema | undefined {
  return STRUCTS.get(name);
}

/** The root struct of a kind, or of the `List` wrapper. */
export function schemaFor(kind: Kind | 'List'): StructSchema {
  const s = STRUCTS.get(kind);
  if (!s) throw new Error(`kubesim: no schema for kind ${kind}`);
  return s;
}

/**
 * What `kubectl explain` adds after a field's own description when the field's type is one of
 * apimachinery's special types (their OpenAPI definitions carry a description of their own).
 */
export function typeDescription(t: SchemaType): string | undefined {
  switch (t.type) {
    case 'quantity':
      return 'Quantity is a fixed-point number with an optional suffix: decimal SI (m, k, M, G, T, P, E), binary SI (Ki, Mi, Gi, Ti, Pi, Ei) or an exponent (e3). It is written as a string such as 100m, 0.5 or 64Mi, and the server stores it in canonical form.';
    case 'intOrString':
      return 'IntOrString holds either an int32 or a string. In JSON or YAML it is written as a bare number or a quoted name.';
    case 'time':
      return t.precision === 'micro'
        ? 'MicroTime is a timestamp written in RFC 3339 form with microsecond precision.'
        : 'Time is a timestamp written in RFC 3339 form with second precision, for example 2015-07-01T12:00:00Z.';
    case 'rawObject':
      return 'RawExtension holds a complete object of any kind, with its own apiVersion and kind.';
    case 'object':
      return structSchema(t.struct)?.description;
    default:
      return undefined;
  }
}

export interface ResourceInfo {
  kind: Kind;
  /** The plural resource name used in URLs and messages: `pods`, `deployments`. */
  resource: string;
  singular: string;
  shortNames: readonly string[];
  /** `''` for the core group. */
  group: string;
  version: string;
  namespaced: boolean;
}

export const RESOURCES: readonly ResourceInfo[] = [
  {
    kind: 'Pod',
    resource: 'pods',
    singular: 'pod',
    shortNames: ['po'],
    group: '',
    version: 'v1',
    namespaced: true,
  },
  {
    kind: 'ReplicationController',
    resource: 'replicationcontrollers',
    singular: 'replicationcontroller',
    shortNames: ['rc'],
    group: '',
    version: 'v1',
    namespaced: true,
  },
  {
    kind: 'Service',
    resource: 'services',
    singular: 'service',
    shortNames: ['svc'],
    group: '',
    version: 'v1',
    namespaced: true,
  },
  {
    kind: 'Endpoints',
    resource: 'endpoints',
    singular: 'endpoints',
    shortNames: ['ep'],
    group: '',
    version: 'v1',
    namespaced: true,
  },
  {
    kind: 'Node',
    resource: 'nodes',
    singular: 'node',
    shortNames: ['no'],
    group: '',
    version: 'v1',
    namespaced: false,
  },
  {
    kind: 'Namespace',
    resource: 'namespaces',
    singular: 'namespace',
    shortNames: ['ns'],
    group: '',
    version: 'v1',
    namespaced: false,
  },
  {
    kind: 'Event',
    resource: 'events',
    singular: 'event',
    shortNames: ['ev'],
    group: '',
    version: 'v1',
    namespaced: true,
  },
  {
    kind: 'PersistentVolume',
    resource: 'persistentvolumes',
    singular: 'persistentvolume',
    shortNames: ['pv'],
    group: '',
    version: 'v1',
    namespaced: false,
  },
  {
    kind: 'PersistentVolumeClaim',
    resource: 'persistentvolumeclaims',
    singular: 'persistentvolumeclaim',
    shortNames: ['pvc'],
    group: '',
    version: 'v1',
    namespaced: true,
  },
  {
    kind: 'ReplicaSet',
    resource: 'replicasets',
    singular: 'replicaset',
    shortNames: ['rs'],
    group: 'apps',
    version: 'v1',
    namespaced: true,
  },
  {
    kind: 'Deployment',
    resource: 'deployments',
    singular: 'deployment',
    shortNames: ['deploy'],
    group: 'apps',
    version: 'v1',
    namespaced: true,
  },
];

/** `v1` or `apps/v1`: the version kubesim stores a kind in. */
export function apiVersionOf(kind: Kind): string {
  const r = RESOURCES.find((x) => x.kind === kind);
  if (!r) throw new Error(`kubesim: unknown kind ${kind}`);
  return r.group ? `${r.group}/${r.version}` : r.version;
}

/**
 * The resource a name on the command line means, matched as kubectl's REST mapper does:
 * case-insensitively against the plural, the singular, the short names and the kind.
 */
export function resolveResource(name: string): ResourceInfo | undefined {
  const n = name.toLowerCase();
  return RESOURCES.find(
    (r) =>
      r.resource === n ||
      r.singular === n ||
      r.shortNames.includes(n) ||
      r.kind.toLowerCase() === n,
  );
}
