/**
 * One sync of a ReplicationController or ReplicaSet, as a plan (`syncReplicaSet` +
 * `manageReplicas`, without the API calls): claim the pods, compare with `spec.replicas`, and
 * say what to create, delete, adopt and release, and which status to write. The caller carries
 * the plan out — creating pods in slow-start batches and recording events — so the decision
 * can be tested, traced and drawn on its own.
 */
import type { Era } from '../../contract';
import type { Pod, ReplicaSetStatus } from '../../types';
import { claimPods } from './claim';
import { desiredReplicas, isPodActive, type ReplicaController } from './controller';
import { podsToDelete } from './ranking';
import { calculateStatus } from './status';

/**
 * At most this many creates or deletes per sync, so one huge scale does not flood the API
 * server; the next sync does the rest.
 */
export const BURST_REPLICAS = 500;

/**
 * Batch sizes for creating `count` pods: 1, 2, 4, 8, … (the last one cut to what is left).
 * A controller whose creates all fail (a quota, a bad template) then makes one failing call
 * instead of hundreds; the caller stops at the first batch with an error.
 */
export function slowStartBatches(count: number): number[] {
  const batches: number[] = [];
  let remaining = Math.max(0, Math.floor(count));
  let size = 1;
  while (remaining > 0) {
    const batch = Math.min(size, remaining);
    batches.push(batch);
    remaining -= batch;
    size *= 2;
  }
  return batches;
}

export interface ReplicaPlan {
  /**
   * The pods the controller owns at the start of this sync. Should a create or delete fail,
   * `calculateStatus(c, owned, nowMs, { era, failure })` gives the status with ReplicaFailure.
   */
  owned: Pod[];
  /** How many pods to create from the template (`podFromTemplate`). */
  create: number;
  /** The pods to delete, in the order they were ranked. */
  delete: Pod[];
  /** Orphans to stamp with the controller reference (`adoptedPod`). */
  adopt: Pod[];
  /** Pods to let go of (`releasedPod`): they keep running, unmanaged. */
  release: Pod[];
  /** The status to write, computed from the pods owned before this plan is carried out. */
  status: ReplicaSetStatus;
}

/**
 * Plans one sync. `pods` are the pods of the controller's namespace (any state: finished and
 * terminating pods are set aside here, so a pod that starts terminating is replaced at once).
 * `nowMs` is wall-clock ms (`SimClock.wallMs`). `related` are the pods that count for the
 * "doubled up" rule when scaling down (`relatedPods`); by default none, which is exact for a
 * controller without an owner — a ReplicaSet of a Deployment should be given its siblings'.
 *
 * A controller being deleted plans nothing but its status: its pods are the garbage
 * collector's business then.
 *
 * @example
 * const plan = planSync(replicaController(rc), api.list('Pod', { namespace }), 'modern', clock.wallMs);
 * for (const batch of slowStartBatches(plan.create)) { … create `batch` pods, stop on error … }
 */
export function planSync(
  c: ReplicaController,
  pods: readonly Pod[],
  era: Era,
  nowMs: number,
  related?: readonly Pod[],
): ReplicaPlan {
  const claim = claimPods(c, pods.filter(isPodActive), era);
  const status = calculateStatus(c, claim.owned, nowMs, { era });
  const plan: ReplicaPlan = {
    owned: claim.owned,
    create: 0,
    delete: [],
    adopt: claim.adopt,
    release: claim.release,
    status,
  };
  if (c.object.metadata.deletionTimestamp) return plan;

  const diff = claim.owned.length - desiredReplicas(c);
  if (diff < 0) plan.create = Math.min(-diff, BURST_REPLICAS);
  else if (diff > 0) {
    const count = Math.min(diff, BURST_REPLICAS);
    plan.delete = podsToDelete(claim.owned, related ?? [], count, era, nowMs);
  }
  return plan;
}
