/**
 * What the replication controller knows about its own objects. Kubernetes runs
 * ReplicationController through the ReplicaSet controller "as if RC were an older API version
 * of RS" (k8s-reference §3): the only differences are the selector's shape (a map versus a
 * metav1.LabelSelector), the owner reference's apiVersion/kind and the event source's name.
 */
import { Selector, selectorFromLabelSelector, selectorFromSet } from '../../labels/selector';
import type {
  AnyObject,
  OwnerReference,
  Pod,
  PodCondition,
  ReplicaSet,
  ReplicationController,
} from '../../types';

/** A ReplicationController or a ReplicaSet, tagged so one controller handles both. */
export interface ReplicaController {
  kind: 'ReplicationController' | 'ReplicaSet';
  object: ReplicationController | ReplicaSet;
}

/** Wraps a stored RC or RS. */
export function replicaController(object: ReplicationController | ReplicaSet): ReplicaController {
  return { kind: object.kind, object };
}

/**
 * The controller's pod selector. An RC's map selector converts like `labels.SelectorFromSet`
 * (an empty map would select everything, which is why validation refuses it); a ReplicaSet's
 * nil selector selects nothing, so a malformed object can never claim every pod.
 */
export function controllerSelector(c: ReplicaController): Selector {
  const obj = c.object;
  if (obj.kind === 'ReplicaSet') return selectorFromLabelSelector(obj.spec.selector);
  const set = obj.spec.selector;
  return set ? selectorFromSet(set) : Selector.nothing();
}

/** `spec.replicas`, defaulted to 1 as the API server does. */
export function desiredReplicas(c: ReplicaController): number {
  return c.object.spec.replicas ?? 1;
}

/**
 * `controller.IsPodActive`: a pod counts towards replicas unless it has finished or is being
 * deleted. Counting a terminating pod would delay its replacement for the whole grace period,
 * so ReplicaSets "no longer treat the shutting-down Pod as a valid, in-service replica".
 */
export function isPodActive(pod: Pod): boolean {
  const phase = pod.status?.phase;
  return phase !== 'Succeeded' && phase !== 'Failed' && !pod.metadata.deletionTimestamp;
}

export function podReadyCondition(pod: Pod): PodCondition | undefined {
  return pod.status?.conditions?.find((c) => c.type === 'Ready');
}

/** `podutil.IsPodReady`: the Ready condition is True. */
export function isPodReady(pod: Pod): boolean {
  return podReadyCondition(pod)?.status === 'True';
}

const GROUP_VERSION: Partial<Record<string, string>> = {
  ReplicaSet: 'apps/v1',
  Deployment: 'apps/v1',
  ReplicationController: 'v1',
  Pod: 'v1',
};

/**
 * `metav1.NewControllerRef`: the reference a controller stamps on what it creates or adopts.
 * `blockOwnerDeletion` makes a foreground delete of the owner wait for the pod.
 */
export function ownerRefOf(obj: AnyObject): OwnerReference {
  return {
    apiVersion: GROUP_VERSION[obj.kind] ?? obj.apiVersion,
    kind: obj.kind,
    name: obj.metadata.name,
    uid: obj.metadata.uid ?? '',
    controller: true,
    blockOwnerDeletion: true,
  };
}

/** `metav1.GetControllerOf`: the owner reference marked `controller: true`, if any. */
export function controllerRefOf(obj: AnyObject): OwnerReference | undefined {
  return obj.metadata.ownerReferences?.find((ref) => ref.controller === true);
}

/** The event source component, as kube-controller-manager names each controller's recorder. */
export function eventComponent(c: ReplicaController): string {
  return c.object.kind === 'ReplicaSet' ? 'replicaset-controller' : 'replication-controller';
}
