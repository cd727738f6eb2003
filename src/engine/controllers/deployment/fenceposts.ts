/**
 * maxSurge and maxUnavailable as numbers of pods (`ResolveFenceposts`, `MaxSurge`,
 * `MaxUnavailable`, `NewRSNewReplicas`). Percentages of the desired replicas round the safe
 * way for each: surge rounds up (a rollout of 3 replicas at 25% may still add one pod),
 * unavailability rounds down (at 25% of 3 no pod may be missing).
 */
import type { Deployment, IntOrString, ReplicaSet } from '../../types';

export const ROLLING_UPDATE = 'RollingUpdate';
export const RECREATE = 'Recreate';

/** `intstr.GetScaledValueFromIntOrPercent`: an int, or `N%` of `total` rounded up or down. */
export function valueFromIntOrPercent(
  value: IntOrString | undefined,
  total: number,
  roundUp: boolean,
): number {
  if (value === undefined) return 0;
  if (typeof value === 'number') return value;
  const match = /^(-?\d+)%$/.exec(value);
  // validation refuses anything else; a bare numeric string is what old clients sent
  if (!match) return Number.isFinite(Number(value)) ? Number(value) : 0;
  const scaled = (Number(match[1]) * total) / 100;
  return roundUp ? Math.ceil(scaled) : Math.floor(scaled);
}

/**
 * Both fenceposts for `desired` replicas. If both come to zero (25% of 1 rounds down, and a
 * surge of 0), unavailability becomes 1: a rollout that can neither add nor remove a pod would
 * never move.
 */
export function resolveFenceposts(
  maxSurge: IntOrString | undefined,
  maxUnavailable: IntOrString | undefined,
  desired: number,
): { surge: number; unavailable: number } {
  const surge = valueFromIntOrPercent(maxSurge ?? 0, desired, true);
  let unavailable = valueFromIntOrPercent(maxUnavailable ?? 0, desired, false);
  if (surge === 0 && unavailable === 0) unavailable = 1;
  return { surge, unavailable };
}

export const replicasOf = (d: Deployment): number => d.spec.replicas ?? 1;
export const rsReplicas = (rs: ReplicaSet): number => rs.spec.replicas ?? 1;
export const isRollingUpdate = (d: Deployment): boolean =>
  (d.spec.strategy?.type ?? ROLLING_UPDATE) === ROLLING_UPDATE;

/** `MaxSurge`: how many pods above the desired count a rolling update may run (0 for Recreate). */
export function maxSurge(d: Deployment): number {
  if (!isRollingUpdate(d)) return 0;
  const ru = d.spec.strategy?.rollingUpdate;
  return resolveFenceposts(ru?.maxSurge, ru?.maxUnavailable, replicasOf(d)).surge;
}

/** `MaxUnavailable`: never more than the desired count itself; 0 for Recreate or 0 replicas. */
export function maxUnavailable(d: Deployment): number {
  const desired = replicasOf(d);
  if (!isRollingUpdate(d) || desired === 0) return 0;
  const ru = d.spec.strategy?.rollingUpdate;
  return Math.min(
    resolveFenceposts(ru?.maxSurge, ru?.maxUnavailable, desired).unavailable,
    desired,
  );
}

/** The sum of `spec.replicas` (`GetReplicaCountForReplicaSets`). */
export const specReplicas = (sets: readonly (ReplicaSet | undefined)[]): number =>
  sets.reduce((n, rs) => n + (rs ? rsReplicas(rs) : 0), 0);

/** Sums of what the ReplicaSet controller reported. */
export const actualReplicas = (sets: readonly (ReplicaSet | undefined)[]): number =>
  sets.reduce((n, rs) => n + (rs?.status?.replicas ?? 0), 0);
export const readyReplicas = (sets: readonly (ReplicaSet | undefined)[]): number =>
  sets.reduce((n, rs) => n + (rs?.status?.readyReplicas ?? 0), 0);
export const availableReplicas = (sets: readonly (ReplicaSet | undefined)[]): number =>
  sets.reduce((n, rs) => n + (rs?.status?.availableReplicas ?? 0), 0);

/**
 * `NewRSNewReplicas`: the size the new ReplicaSet may grow to now. Rolling: up to
 * `replicas + maxSurge` pods across all ReplicaSets, never past `replicas`. Recreate: all of it
 * (the old pods are gone by the time it is called).
 */
export function newRSNewReplicas(
  d: Deployment,
  allRSs: readonly ReplicaSet[],
  newRS: ReplicaSet,
): number {
  const desired = replicasOf(d);
  if (!isRollingUpdate(d)) return desired;
  const current = specReplicas(allRSs);
  const maxTotal = desired + maxSurge(d);
  if (current >= maxTotal) return rsReplicas(newRS);
  const scaleUp = Math.min(maxTotal - current, desired - rsReplicas(newRS));
  return rsReplicas(newRS) + scaleUp;
}
