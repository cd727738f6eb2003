/**
 * The status a replication controller reports (k8s-reference §3.5). It is computed from the
 * pods the controller owned at the start of the sync, before its own creates and deletes: the
 * next sync (triggered by those very pods appearing or going) reports their effect, as in
 * Kubernetes, so `kubectl get rc` shows CURRENT catching up with DESIRED.
 */
import type { Era } from '../../contract';
import type { Pod, ReplicaSetStatus } from '../../types';
import { selectorFromSet } from '../../labels/selector';
import { parseRFC3339, rfc3339 } from '../../util/time';
import { isPodReady, podReadyCondition, type ReplicaController } from './controller';

/** The condition a controller sets while it cannot create or delete pods. */
export const REPLICA_FAILURE = 'ReplicaFailure';

/**
 * `podutil.IsPodAvailable`: ready, and (with `minReadySeconds`) ready for strictly longer than
 * that — a pod that crashes straight after its first good probe should not count as capacity.
 * `nowMs` is wall-clock ms, the scale of the pods' timestamps.
 */
export function isPodAvailable(pod: Pod, minReadySeconds: number, nowMs: number): boolean {
  if (!isPodReady(pod)) return false;
  if (minReadySeconds === 0) return true;
  const stamp = podReadyCondition(pod)?.lastTransitionTime;
  const since = stamp === undefined ? undefined : parseRFC3339(stamp);
  return since !== undefined && since + minReadySeconds * 1000 < nowMs;
}

/** What went wrong in the last sync's creates or deletes (`manageReplicasErr`). */
export interface ReplicaFailure {
  /** `FailedCreate` when pods were missing, `FailedDelete` when there were too many. */
  reason: 'FailedCreate' | 'FailedDelete';
  message: string;
}

export interface StatusOptions {
  /** 2015 (v1.0) controllers reported only `replicas`; the other fields came in 1.1–1.5. */
  era?: Era;
  /** Set when this sync's creates or deletes failed. */
  failure?: ReplicaFailure;
}

/**
 * `calculateStatus` of the ReplicaSet controller, plus `observedGeneration` (set when the
 * status is written), so clients can tell the status describes the current spec.
 *
 * - replicas: the owned active pods;
 * - fullyLabeledReplicas: those carrying every template label — a pod matching a narrower
 *   selector but missing template labels counts towards replicas but is not "fully labeled";
 * - readyReplicas / availableReplicas: ready, and ready for longer than minReadySeconds.
 *
 * Counts that are zero are left out, as the API omits them (`omitempty`); `replicas` is always
 * there. A `ReplicaFailure` condition is set on a failure and cleared on the next clean sync;
 * other conditions are kept.
 */
export function calculateStatus(
  c: ReplicaController,
  owned: readonly Pod[],
  nowMs: number,
  options: StatusOptions = {},
): ReplicaSetStatus {
  if (options.era === '2015') return { replicas: owned.length };
  const spec = c.object.spec;
  const templateLabels = selectorFromSet(spec.template?.metadata?.labels);
  const minReadySeconds = spec.minReadySeconds ?? 0;
  let fullyLabeled = 0;
  let ready = 0;
  let available = 0;
  for (const pod of owned) {
    if (templateLabels.matches(pod.metadata.labels)) fullyLabeled++;
    if (isPodReady(pod)) {
      ready++;
      if (isPodAvailable(pod, minReadySeconds, nowMs)) available++;
    }
  }

  const status: ReplicaSetStatus = { replicas: owned.length };
  if (fullyLabeled > 0) status.fullyLabeledReplicas = fullyLabeled;
  if (ready > 0) status.readyReplicas = ready;
  if (available > 0) status.availableReplicas = available;
  const generation = c.object.metadata.generation;
  if (generation !== undefined && generation > 0) status.observedGeneration = generation;

  const conditions = failureConditions(c.object.status?.conditions ?? [], options.failure, nowMs);
  if (conditions.length > 0) status.conditions = conditions;
  return status;
}

type Condition = NonNullable<ReplicaSetStatus['conditions']>[number];

/** An existing ReplicaFailure is left as it is (its first message and time stand). */
function failureConditions(
  existing: readonly Condition[],
  failure: ReplicaFailure | undefined,
  nowMs: number,
): Condition[] {
  const hasFailure = existing.some((cond) => cond.type === REPLICA_FAILURE);
  if (failure && !hasFailure) {
    return [
      ...existing,
      {
        type: REPLICA_FAILURE,
        status: 'True',
        reason: failure.reason,
        message: failure.message,
        lastTransitionTime: rfc3339(nowMs),
      },
    ];
  }
  if (!failure && hasFailure) return existing.filter((cond) => cond.type !== REPLICA_FAILURE);
  return [...existing];
}
