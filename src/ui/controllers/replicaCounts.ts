/**
 * desired/current/ready as `kubectl get rc,rs` prints DESIRED, CURRENT and READY: the spec's
 * replicas (defaulted to 1), the pods the controller counts, and those of them that are ready.
 *
 * A 2015 replication controller reported only `status.replicas`; the page then counts the
 * ready ones itself from its pods' Ready condition, and says so (`readyCounted`). A modern one
 * omits `readyReplicas` when it is 0 (omitempty), so absent means 0 there.
 */
import type { Era } from '../../engine/contract';
import type { Deployment, Pod, ReplicaSet, ReplicationController } from '../../engine/types';
import {
  selectControllerMap,
  selectPodsOfController,
  type ControllerKind,
} from '../../state/controllers';
import type { ClusterState } from '../../state/store';

export interface ReplicaCounts {
  desired: number;
  current: number;
  ready: number;
  /** True when `ready` was counted by the page, not reported by the controller. */
  readyCounted: boolean;
}

export function replicaCounts(
  object: ReplicationController | ReplicaSet | Deployment,
  era: Era,
  readyPods: number,
): ReplicaCounts {
  const reported = object.status?.readyReplicas;
  const counted = era === '2015' && reported === undefined;
  return {
    desired: object.spec.replicas ?? 1,
    current: object.status?.replicas ?? 0,
    ready: counted ? readyPods : (reported ?? 0),
    readyCounted: counted,
  };
}

export function isPodReady(pod: Pod): boolean {
  return pod.status?.conditions?.some((c) => c.type === 'Ready' && c.status === 'True') ?? false;
}

/**
 * Counts per controller map (recomputed whenever pods or controllers change): the store
 * updates every frame, the pods far less often.
 */
const readyCache = new WeakMap<object, Map<string, number>>();

/** How many of the controller's pods are Ready (a number, so the subscription stays cheap). */
export const selectReadyPodCount =
  (kind: ControllerKind, id: string) =>
  (s: ClusterState): number => {
    const map = selectControllerMap(s);
    let counts = readyCache.get(map);
    if (!counts) readyCache.set(map, (counts = new Map()));
    const key = `${kind}/${id}`;
    const known = counts.get(key);
    if (known !== undefined) return known;
    let ready = 0;
    for (const podId of selectPodsOfController(kind, id)(s)) {
      const pod = s.mirror.objects.Pod?.[podId]?.object as Pod | undefined;
      if (pod && isPodReady(pod)) ready++;
    }
    counts.set(key, ready);
    return ready;
  };
