/**
 * The Recreate strategy's decisions (`recreate.go`): every old pod goes before any new one
 * starts — the downtime is the point (two versions must never run side by side, or they share
 * a volume that only one may hold).
 */
import type { Pod, ReplicaSet } from '../../types';
import { controllerRefOf } from '../replication';
import { actualReplicas } from './fenceposts';
import { activeReplicaSets } from './replicaSets';
import type { ScaleOp } from './rolling';

/** `scaleDownOldReplicaSetsForRecreate`: every active old ReplicaSet to zero. */
export function scaleDownOldForRecreate(oldRSs: readonly ReplicaSet[]): ScaleOp[] {
  return activeReplicaSets(oldRSs).map((rs) => ({ rs, replicas: 0 }));
}

/**
 * `oldPodsRunning`: an old ReplicaSet still reports pods, or a pod of one still exists in a
 * phase other than Succeeded/Failed — terminating pods included, since their containers may
 * still be running and holding what the new version needs.
 */
export function oldPodsRunning(
  newRS: ReplicaSet | undefined,
  oldRSs: readonly ReplicaSet[],
  pods: readonly Pod[],
): boolean {
  if (actualReplicas(oldRSs) > 0) return true;
  const oldUids = new Set(oldRSs.map((rs) => rs.metadata.uid));
  return pods.some((pod) => {
    const ref = controllerRefOf(pod);
    if (!ref || !oldUids.has(ref.uid) || (newRS && ref.uid === newRS.metadata.uid)) return false;
    const phase = pod.status?.phase;
    return phase !== 'Succeeded' && phase !== 'Failed';
  });
}
