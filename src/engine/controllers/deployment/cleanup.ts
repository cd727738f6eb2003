/**
 * `cleanupDeployment`: old ReplicaSets beyond `revisionHistoryLimit` (default 10) are deleted,
 * lowest revision first — but only empty ones the ReplicaSet controller has caught up with, so
 * the history never deletes pods.
 */
import type { Deployment, ReplicaSet } from '../../types';
import { rsReplicas } from './fenceposts';
import { byRevision } from './replicaSets';

/** A limit of 2^31-1 means "keep everything", as in Kubernetes. */
const KEEP_ALL = 2147483647;

export function replicaSetsToCleanUp(d: Deployment, oldRSs: readonly ReplicaSet[]): ReplicaSet[] {
  const limit = d.spec.revisionHistoryLimit;
  if (limit === undefined || limit === KEEP_ALL) return [];
  const cleanable = oldRSs.filter((rs) => !rs.metadata.deletionTimestamp).sort(byRevision);
  const diff = cleanable.length - limit;
  if (diff <= 0) return [];
  return cleanable
    .slice(0, diff)
    .filter(
      (rs) =>
        (rs.status?.replicas ?? 0) === 0 &&
        rsReplicas(rs) === 0 &&
        (rs.metadata.generation ?? 0) <= (rs.status?.observedGeneration ?? 0),
    );
}
