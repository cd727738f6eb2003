/**
 * The resources the API server serves, with the names kubectl resolves (`po`, `rc/web`,
 * `deployments.apps`, 2015's `minions`). One entry per kind.
 */
import type { Kind } from '../types';

export interface ResourceInfo {
  kind: Kind;
  /** Plural resource name, as in URLs and messages: `pods`. */
  resource: string;
  singular: string;
  shortNames: readonly string[];
  /** '' for the core group. */
  group: string;
  version: string;
  namespaced: boolean;
  /** Verbs for `kubectl api-resources -o wide`. */
  verbs: readonly string[];
  /** Other names kubectl accepted in 2015 (`minions`). */
  legacyNames?: readonly string[];
}

const ALL_VERBS = [
  'create',
  'delete',
  'deletecollection',
  'get',
  'list',
  'patch',
  'update',
  'watch',
] as const;

export const RESOURCES: readonly ResourceInfo[] = [
  {
    kind: 'Pod',
    resource: 'pods',
    singular: 'pod',
    shortNames: ['po'],
    group: '',
    version: 'v1',
    namespaced: true,
    verbs: ALL_VERBS,
  },
  {
    kind: 'ReplicationController',
    resource: 'replicationcontrollers',
    singular: 'replicationcontroller',
    shortNames: ['rc'],
    group: '',
    version: 'v1',
    namespaced: true,
    verbs: ALL_VERBS,
  },
  {
    kind: 'Service',
    resource: 'services',
    singular: 'service',
    shortNames: ['svc'],
    group: '',
    version: 'v1',
    namespaced: true,
    verbs: ['create', 'delete', 'deletecollection', 'get', 'list', 'patch', 'update', 'watch'],
  },
  {
    kind: 'Endpoints',
    resource: 'endpoints',
    singular: 'endpoints',
    shortNames: ['ep'],
    group: '',
    version: 'v1',
    namespaced: true,
    verbs: ALL_VERBS,
  },
  {
    kind: 'Node',
    resource: 'nodes',
    singular: 'node',
    shortNames: ['no'],
    group: '',
    version: 'v1',
    namespaced: false,
    verbs: ALL_VERBS,
    legacyNames: ['minions', 'minion'],
  },
  {
    kind: 'Namespace',
    resource: 'namespaces',
    singular: 'namespace',
    shortNames: ['ns'],
    group: '',
    version: 'v1',
    namespaced: false,
    verbs: ['create', 'delete', 'get', 'list', 'patch', 'update', 'watch'],
  },
  {
    kind: 'Event',
    resource: 'events',
    singular: 'event',
    shortNames: ['ev'],
    group: '',
    version: 'v1',
    namespaced: true,
    verbs: ALL_VERBS,
  },
  {
    kind: 'PersistentVolume',
    resource: 'persistentvolumes',
    singular: 'persistentvolume',
    shortNames: ['pv'],
    group: '',
    version: 'v1',
    namespaced: false,
    verbs: ALL_VERBS,
  },
  {
    kind: 'PersistentVolumeClaim',
    resource: 'persistentvolumeclaims',
    singular: 'persistentvolumeclaim',
    shortNames: ['pvc'],
    group: '',
    version: 'v1',
    namespaced: true,
    verbs: ALL_VERBS,
  },
  {
    kind: 'ReplicaSet',
    resource: 'replicasets',
    singular: 'replicaset',
    shortNames: ['rs'],
    group: 'apps',
    version: 'v1',
    namespaced: true,
    verbs: ALL_VERBS,
  },
  {
    kind: 'Deployment',
    resource: 'deployments',
    singular: 'deployment',
    shortNames: ['deploy'],
    group: 'apps',
    version: 'v1',
    namespaced: true,
    verbs: ALL_VERBS,
  },
];

const byKind = new Map<Kind, ResourceInfo>(RESOURCES.map((r) => [r.kind, r]));

export function resourceFor(kind: Kind): ResourceInfo {
  const info = byKind.get(kind);
  if (!info) throw new Error(`no resource for kind ${kind}`);
  return info;
}

/** `apps/v1` or `v1`. */
export function groupVersion(info: ResourceInfo): string {
  return info.group ? `${info.group}/${info.version}` : info.version;
}

/**
 * Resolve what a user typed (`po`, `pods`, `Pod`, `deployments.apps`, `deploy.apps`,
 * `minions` in 2015) to a resource, case-insensitively as kubectl's RESTMapper does.
 */
export function resolveResource(name: string, era: 'modern' | '2015'): ResourceInfo | undefined {
  const lower = name.toLowerCase();
  const [base, ...groupParts] = lower.split('.');
  const group = groupParts.join('.');
  for (const r of RESOURCES) {
    if (group && group !== r.group) continue;
    const names = [r.resource, r.singular, r.kind.toLowerCase(), ...r.shortNames];
    if (era === '2015' || !group) names.push(...(r.legacyNames ?? []));
    if (names.includes(base ?? '')) return r;
  }
  return undefined;
}

/** How kubectl names an object in messages and `-o name`: `pod/web`, `deployment.apps/web`. */
export function kindPrefix(info: ResourceInfo): string {
  return info.group ? `${info.singular}.${info.group}` : info.singular;
}

/** etcd key directory for a resource, as the API server lays them out: `/registry/pods/default/`. */
export function registryPrefix(info: ResourceInfo, namespace?: string): string {
  const base = `/registry/${info.resource}/`;
  return namespace && info.namespaced ? `${base}${namespace}/` : base;
}
