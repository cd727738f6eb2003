/** Builders for the selection, controller and highlight tests: a state holding these objects. */
import type { Era } from '../engine/contract';
import type {
  AnyObject,
  Deployment,
  LabelSelector,
  OwnerReference,
  Pod,
  ReplicaSet,
  ReplicationController,
  Service,
} from '../engine/types';
import { mirrorFrom } from './mirror';
import type { ClusterState } from './store';

export function stateWith(objects: readonly AnyObject[], era: Era = 'modern'): ClusterState {
  // only the slices these selectors read (the store module need not load)
  const partial: Pick<ClusterState, 'cluster' | 'mirror' | 'clock' | 'ui'> = {
    clock: { now: 0, paused: false, speed: 1 },
    ui: { selected: null, hover: null },
    // the rest of the cluster's facts do not matter to these selectors
    cluster: { era, seed: 1, epochMs: 0 } as ClusterState['cluster'],
    mirror: mirrorFrom(
      objects.map((object) => ({ kind: object.kind, object })),
      1,
    ),
  };
  return partial as ClusterState;
}

export function labelledPod(
  name: string,
  labels: Record<string, string>,
  options: { owner?: OwnerReference; namespace?: string; nodeName?: string } = {},
): Pod {
  return {
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: {
      name,
      namespace: options.namespace ?? 'default',
      uid: `uid-${name}`,
      labels,
      ...(options.owner ? { ownerReferences: [options.owner] } : {}),
    },
    spec: {
      containers: [{ name: 'c', image: 'nginx' }],
      ...(options.nodeName ? { nodeName: options.nodeName } : {}),
    },
  };
}

export function rc(name: string, selector: Record<string, string>, namespace = 'default') {
  const object: ReplicationController = {
    apiVersion: 'v1',
    kind: 'ReplicationController',
    metadata: { name, namespace, uid: `uid-${name}`, labels: selector },
    spec: { replicas: 2, selector },
    status: { replicas: 2, readyReplicas: 1 },
  };
  return object;
}

export function replicaSet(
  name: string,
  selector: LabelSelector,
  owner?: OwnerReference,
  labels: Record<string, string> = selector.matchLabels ?? {},
): ReplicaSet {
  return {
    apiVersion: 'apps/v1',
    kind: 'ReplicaSet',
    metadata: {
      name,
      namespace: 'default',
      uid: `uid-${name}`,
      labels,
      ...(owner ? { ownerReferences: [owner] } : {}),
    },
    spec: { replicas: 2, selector },
    status: { replicas: 2 },
  };
}

export function deployment(name: string, selector: LabelSelector): Deployment {
  return {
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    metadata: {
      name,
      namespace: 'default',
      uid: `uid-${name}`,
      labels: selector.matchLabels ?? {},
    },
    spec: { replicas: 2, selector },
  };
}

export function service(name: string, selector?: Record<string, string>, namespace = 'default') {
  const object: Service = {
    apiVersion: 'v1',
    kind: 'Service',
    metadata: { name, namespace, uid: `uid-${name}`, labels: { svc: name } },
    spec: { ports: [{ port: 80, protocol: 'TCP' }], ...(selector ? { selector } : {}) },
  };
  return object;
}

/** The controlling reference a controller writes on what it owns. */
export function ownedBy(kind: string, name: string): OwnerReference {
  return { apiVersion: 'v1', kind, name, uid: `uid-${name}`, controller: true };
}
