/**
 * One step of a rolling update, as scale operations (`rolling.go`). The controller first tries
 * to grow the new ReplicaSet within `replicas + maxSurge`; only if it could not does it shrink
 * old ones, and then only as far as `replicas - maxUnavailable` pods stay available. Each step
 * is small and safe; the ReplicaSet controller's reports (pods created, pods ready) trigger the
 * next one.
 */
import type { Deployment, ReplicaSet } from '../../types';
import {
  availableReplicas,
  maxUnavailable,
  newRSNewReplicas,
  replicasOf,
  rsReplicas,
  specReplicas,
} from './fenceposts';
import { activeReplicaSets, byCreation } from './replicaSets';

/** Set `rs` to `replicas` pods. */
export interface ScaleOp {
  rs: ReplicaSet;
  replicas: number;
}

/** `reconcileNewReplicaSet`: the new ReplicaSet's next size, or nothing to do. */
export function reconcileNewReplicaSet(
  d: Deployment,
  allRSs: readonly ReplicaSet[],
  newRS: ReplicaSet,
): ScaleOp | undefined {
  const desired = replicasOf(d);
  const current = rsReplicas(newRS);
  if (current === desired) return undefined;
  // more than wanted (the Deployment was scaled down): straight to the desired size
  if (current > desired) return { rs: newRS, replicas: desired };
  const next = newRSNewReplicas(d, allRSs, newRS);
  return next === current ? undefined : { rs: newRS, replicas: next };
}

const resized = (rs: ReplicaSet, replicas: number): ReplicaSet => ({
  ...rs,
  spec: { ...rs.spec, replicas },
});

/**
 * `reconcileOldReplicaSets`. How far the old ReplicaSets may shrink is
 * `allPods - minAvailable - newRSUnavailable`: counting the new ReplicaSet's pods that are not
 * available yet keeps a crash-looping new version from eating the old, working pods. Within
 * that budget, first the old pods that are not available go (`cleanupUnhealthyReplicas`: they
 * serve nobody, and would block the rollout), then available ones while more than
 * `minAvailable` pods remain available (`scaleDownOldReplicaSetsForRollingUpdate`), oldest
 * ReplicaSet first.
 */
export function reconcileOldReplicaSets(
  d: Deployment,
  oldRSs: readonly ReplicaSet[],
  newRS: ReplicaSet,
): ScaleOp[] {
  let olds = activeReplicaSets(oldRSs).sort(byCreation);
  if (specReplicas(olds) === 0) return [];
  const allPods = specReplicas([...olds, newRS]);
  const minAvailable = replicasOf(d) - maxUnavailable(d);
  const newUnavailable = rsReplicas(newRS) - (newRS.status?.availableReplicas ?? 0);
  const maxScaledDown = allPods - minAvailable - newUnavailable;
  if (maxScaledDown <= 0) return [];

  const ops: ScaleOp[] = [];
  const scale = (rs: ReplicaSet, replicas: number): ReplicaSet => {
    const existing = ops.find((op) => op.rs.metadata.name === rs.metadata.name);
    if (existing) existing.replicas = replicas;
    else ops.push({ rs, replicas });
    return resized(rs, replicas);
  };

  let cleaned = 0;
  olds = olds.map((rs) => {
    const unhealthy = rsReplicas(rs) - (rs.status?.availableReplicas ?? 0);
    if (cleaned >= maxScaledDown || rsReplicas(rs) === 0 || unhealthy <= 0) return rs;
    const count = Math.min(maxScaledDown - cleaned, unhealthy);
    cleaned += count;
    return scale(rs, rsReplicas(rs) - count);
  });

  const available = availableReplicas([...olds, newRS]);
  if (available > minAvailable) {
    const budget = available - minAvailable;
    let scaledDown = 0;
    for (const rs of olds) {
      if (scaledDown >= budget) break;
      if (rsReplicas(rs) === 0) continue;
      const count = Math.min(rsReplicas(rs), budget - scaledDown);
      scaledDown += count;
      scale(rs, rsReplicas(rs) - count);
    }
  }
  return ops;
}
