/**
 * Small factories for the replication tests: a pod or controller is described by the few facts
 * a test is about, everything else is a plain default.
 */
import type {
  OwnerReference,
  Pod,
  PodCondition,
  PodPhase,
  ReplicaSet,
  ReplicationController,
} from '../../types';
import { msFromCivil, rfc3339 } from '../../util/time';
import { ownerRefOf, replicaController, type ReplicaController } from './controller';

/** Wall-clock ms of the tests' "now": an hour after the first pods were made. */
export const NOW = msFromCivil(2026, 1, 5, 10, 0, 0);

/** The RFC 3339 stamp of `seconds` before NOW. */
export const ago = (seconds: number): string => rfc3339(NOW - seconds * 1000);

export interface PodFacts {
  labels?: Record<string, string>;
  namespace?: string;
  uid?: string;
  node?: string;
  phase?: PodPhase;
  /** Seconds since the pod became ready; omitted = not ready. */
  readyFor?: number | undefined;
  /** Seconds since creation; omitted = no creationTimestamp. */
  age?: number | undefined;
  restarts?: number;
  deletionCost?: string;
  owner?: OwnerReference;
  terminating?: boolean;
}

export function pod(name: string, facts: PodFacts = {}): Pod {
  const conditions: PodCondition[] =
    facts.readyFor === undefined
      ? [{ type: 'Ready', status: 'False' }]
      : [{ type: 'Ready', status: 'True', lastTransitionTime: ago(facts.readyFor) }];
  const p: Pod = {
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: {
      name,
      namespace: facts.namespace ?? 'default',
      uid: facts.uid ?? `uid-${name}`,
      labels: facts.labels ?? { app: 'web' },
    },
    spec: { containers: [{ name: 'web', image: 'nginx' }] },
    status: {
      phase: facts.phase ?? 'Running',
      conditions,
      containerStatuses: [
        {
          name: 'web',
          state: {},
          lastState: {},
          ready: facts.readyFor !== undefined,
          restartCount: facts.restarts ?? 0,
          image: 'nginx',
          imageID: '',
        },
      ],
    },
  };
  if (facts.node !== undefined) p.spec.nodeName = facts.node;
  if (facts.age !== undefined) p.metadata.creationTimestamp = ago(facts.age);
  if (facts.deletionCost !== undefined)
    p.metadata.annotations = { 'controller.kubernetes.io/pod-deletion-cost': facts.deletionCost };
  if (facts.owner) p.metadata.ownerReferences = [facts.owner];
  if (facts.terminating) p.metadata.deletionTimestamp = ago(0);
  return p;
}

export interface ControllerFacts {
  replicas?: number;
  selector?: Record<string, string>;
  templateLabels?: Record<string, string>;
  minReadySeconds?: number;
  generation?: number;
  deleting?: boolean;
  namespace?: string;
}

export function rc(name: string, facts: ControllerFacts = {}): ReplicaController {
  const object: ReplicationController = {
    apiVersion: 'v1',
    kind: 'ReplicationController',
    metadata: {
      name,
      namespace: facts.namespace ?? 'default',
      uid: `uid-${name}`,
      generation: facts.generation ?? 1,
    },
    spec: {
      replicas: facts.replicas ?? 3,
      selector: facts.selector ?? { app: 'web' },
      template: {
        metadata: { labels: facts.templateLabels ?? facts.selector ?? { app: 'web' } },
        spec: { containers: [{ name: 'web', image: 'nginx' }] },
      },
    },
  };
  if (facts.minReadySeconds !== undefined) object.spec.minReadySeconds = facts.minReadySeconds;
  if (facts.deleting) object.metadata.deletionTimestamp = ago(0);
  return replicaController(object);
}

export function rs(
  name: string,
  facts: ControllerFacts & { owner?: OwnerReference } = {},
): ReplicaSet {
  const labels = facts.selector ?? { app: 'web' };
  const object: ReplicaSet = {
    apiVersion: 'apps/v1',
    kind: 'ReplicaSet',
    metadata: { name, namespace: 'default', uid: `uid-${name}`, generation: facts.generation ?? 1 },
    spec: {
      replicas: facts.replicas ?? 3,
      selector: { matchLabels: labels },
      template: { metadata: { labels }, spec: { containers: [{ name: 'web', image: 'nginx' }] } },
    },
  };
  if (facts.owner) object.metadata.ownerReferences = [facts.owner];
  return object;
}

/** A pod owned by `c` (modern clusters stamp one on every pod a controller makes). */
export function ownedBy(c: ReplicaController, name: string, facts: PodFacts = {}): Pod {
  return pod(name, { ...facts, owner: ownerRefOf(c.object) });
}

export const names = (pods: readonly Pod[]): string[] => pods.map((p) => p.metadata.name);
