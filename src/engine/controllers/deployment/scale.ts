/**
 * Scaling a Deployment that is mid-rollout or paused (`DeploymentController.scale`,
 * `GetProportion`): the extra (or missing) pods are shared among the active ReplicaSets in
 * proportion to their size, so a scale neither speeds a rollout up nor rolls it back — if the
 * new version is bad, the user still has as large a share of the old one as before.
 */
import type { Deployment, ReplicaSet } from '../../types';
import { isRollingUpdate, maxSurge, replicasOf, rsReplicas, specReplicas } from './fenceposts';
import { activeReplicaSets, byCreation, bySize, isSaturated } from './replicaSets';
import { DESIRED_REPLICAS_ANNOTATION, intAnnotation, MAX_REPLICAS_ANNOTATION } from './revision';
import type { ScaleOp } from './rolling';

/**
 * `isScalingEvent`: some active ReplicaSet was sized for a different Deployment size than the
 * current one, so `spec.replicas` changed (as opposed to the template).
 */
export function isScalingEvent(d: Deployment, sets: readonly (ReplicaSet | undefined)[]): boolean {
  return activeReplicaSets(sets).some((rs) => {
    const desired = intAnnotation(rs, DESIRED_REPLICAS_ANNOTATION);
    return desired !== undefined && desired !== replicasOf(d);
  });
}

/** `FindActiveOrLatest`: the one active ReplicaSet, the newest if none is, nothing if several are. */
export function findActiveOrLatest(
  newRS: ReplicaSet | undefined,
  oldRSs: readonly ReplicaSet[],
): ReplicaSet | undefined {
  if (!newRS && oldRSs.length === 0) return undefined;
  const newestFirst = [...oldRSs].sort(byCreation).reverse();
  const active = activeReplicaSets([...newestFirst, newRS]);
  if (active.length === 0) return newRS ?? newestFirst[0];
  return active.length === 1 ? active[0] : undefined;
}

/** Go's `math.Round` for the positive and negative halves alike. */
const roundHalfAway = (x: number): number => Math.sign(x) * Math.round(Math.abs(x));

/** `getReplicaSetFraction`: this ReplicaSet's share of the change, by its recorded max size. */
function fraction(rs: ReplicaSet, d: Deployment): number {
  if (replicasOf(d) === 0) return -rsReplicas(rs);
  const deploymentReplicas = replicasOf(d) + maxSurge(d);
  const annotated = intAnnotation(rs, MAX_REPLICAS_ANNOTATION) ?? d.status?.replicas ?? 0;
  if (annotated === 0) return 0;
  return roundHalfAway((rsReplicas(rs) * deploymentReplicas) / annotated) - rsReplicas(rs);
}

function proportion(rs: ReplicaSet, d: Deployment, toAdd: number, added: number): number {
  if (rsReplicas(rs) === 0 || toAdd === 0 || toAdd === added) return 0;
  const f = fraction(rs, d);
  const allowed = toAdd - added;
  return toAdd > 0 ? Math.min(f, allowed) : Math.max(f, allowed);
}

/**
 * The sizes `scale` sets. One active ReplicaSet simply takes the new size; a saturated new one
 * means the old ones go to zero; otherwise (rolling updates only) the difference between
 * `replicas + maxSurge` and the pods asked for now is spread by proportion, the leftover going
 * to the largest ReplicaSet. The annotations are refreshed on every ReplicaSet touched, so the
 * sync that follows no longer sees a scaling event.
 */
export function planScale(
  d: Deployment,
  newRS: ReplicaSet | undefined,
  oldRSs: readonly ReplicaSet[],
): ScaleOp[] {
  const single = findActiveOrLatest(newRS, oldRSs);
  if (single) {
    return rsReplicas(single) === replicasOf(d) ? [] : [{ rs: single, replicas: replicasOf(d) }];
  }
  if (isSaturated(d, newRS)) return activeReplicaSets(oldRSs).map((rs) => ({ rs, replicas: 0 }));
  if (!isRollingUpdate(d)) return [];

  const all = activeReplicaSets([...oldRSs, newRS]);
  const allowed = replicasOf(d) > 0 ? replicasOf(d) + maxSurge(d) : 0;
  const toAdd = allowed - specReplicas(all);
  if (toAdd > 0) all.sort(bySize(true));
  else if (toAdd < 0) all.sort(bySize(false));

  let added = 0;
  const sizes = all.map((rs) => {
    if (toAdd === 0) return rsReplicas(rs);
    const p = proportion(rs, d, toAdd, added);
    added += p;
    return rsReplicas(rs) + p;
  });
  if (toAdd !== 0 && sizes.length > 0) sizes[0] = Math.max(0, (sizes[0] ?? 0) + toAdd - added);
  // every ReplicaSet is written (its annotations change even when its size does not)
  return all.map((rs, i) => ({ rs, replicas: sizes[i] ?? rsReplicas(rs) }));
}
