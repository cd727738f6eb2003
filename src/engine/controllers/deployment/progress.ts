/**
 * The status a Deployment reports (`calculateStatus`, `syncRolloutStatus`, `checkPausedConditions`).
 * Counts come from the ReplicaSets' own status (the ReplicaSet controller counts pods); the
 * conditions say whether enough pods are available and whether the rollout is moving, stuck
 * past `progressDeadlineSeconds`, or paused.
 */
import type { Deployment, DeploymentStatus, ReplicaSet } from '../../types';
import { parseRFC3339 } from '../../util/time';
import {
  actualReplicas,
  availableReplicas,
  maxUnavailable,
  readyReplicas,
  replicasOf,
  specReplicas,
} from './fenceposts';
import {
  AVAILABLE,
  getCondition,
  newCondition,
  PROGRESSING,
  REASONS,
  removeCondition,
  REPLICA_FAILURE,
  setCondition,
} from './conditions';

/** A deadline of 2^31-1 seconds means "never time out". */
const NO_DEADLINE = 2147483647;

export const hasProgressDeadline = (d: Deployment): boolean =>
  d.spec.progressDeadlineSeconds !== undefined && d.spec.progressDeadlineSeconds !== NO_DEADLINE;

/**
 * `calculateStatus`. Zero counts are left out, as the API omits them. Available is True once
 * at least `replicas - maxUnavailable` pods are available.
 */
export function calculateStatus(
  d: Deployment,
  allRSs: readonly ReplicaSet[],
  newRS: ReplicaSet | undefined,
  nowMs: number,
): DeploymentStatus {
  const available = availableReplicas(allRSs);
  const counts = {
    replicas: actualReplicas(allRSs),
    updatedReplicas: actualReplicas([newRS]),
    readyReplicas: readyReplicas(allRSs),
    availableReplicas: available,
    unavailableReplicas: Math.max(0, specReplicas(allRSs) - available),
  };
  const status: DeploymentStatus = {};
  const generation = d.metadata.generation;
  if (generation !== undefined && generation > 0) status.observedGeneration = generation;
  for (const [key, value] of Object.entries(counts))
    if (value > 0) status[key as keyof typeof counts] = value;
  if (d.status?.collisionCount !== undefined) status.collisionCount = d.status.collisionCount;
  if (d.status?.conditions?.length) status.conditions = d.status.conditions.map((c) => ({ ...c }));

  if (available >= replicasOf(d) - maxUnavailable(d))
    setCondition(
      status,
      newCondition(
        AVAILABLE,
        'True',
        REASONS.minimumReplicasAvailable,
        'Deployment has minimum availability.',
        nowMs,
      ),
    );
  else
    setCondition(
      status,
      newCondition(
        AVAILABLE,
        'False',
        REASONS.minimumReplicasUnavailable,
        'Deployment does not have minimum availability.',
        nowMs,
      ),
    );
  return status;
}

/** `DeploymentComplete`: every desired replica updated and available, no old pods, spec observed. */
export function deploymentComplete(d: Deployment, status: DeploymentStatus): boolean {
  const desired = replicasOf(d);
  return (
    (status.updatedReplicas ?? 0) === desired &&
    (status.replicas ?? 0) === desired &&
    (status.availableReplicas ?? 0) === desired &&
    (status.observedGeneration ?? 0) >= (d.metadata.generation ?? 0)
  );
}

/** `DeploymentProgressing`: more updated, fewer old, more ready or more available pods. */
export function deploymentProgressing(d: Deployment, next: DeploymentStatus): boolean {
  const old = d.status ?? {};
  const oldOld = (old.replicas ?? 0) - (old.updatedReplicas ?? 0);
  const newOld = (next.replicas ?? 0) - (next.updatedReplicas ?? 0);
  return (
    (next.updatedReplicas ?? 0) > (old.updatedReplicas ?? 0) ||
    newOld < oldOld ||
    (next.readyReplicas ?? 0) > (old.readyReplicas ?? 0) ||
    (next.availableReplicas ?? 0) > (old.availableReplicas ?? 0)
  );
}

/** When a stuck rollout times out: the Progressing condition's last update plus the deadline. */
export function progressDeadlineAt(d: Deployment, status: DeploymentStatus): number | undefined {
  if (!hasProgressDeadline(d)) return undefined;
  const cond = getCondition(status, PROGRESSING);
  if (!cond || cond.reason === REASONS.newRSAvailable || cond.reason === REASONS.timedOut)
    return undefined;
  const from = cond.lastUpdateTime === undefined ? undefined : parseRFC3339(cond.lastUpdateTime);
  if (from === undefined) return undefined;
  return from + (d.spec.progressDeadlineSeconds ?? 0) * 1000;
}

/** `DeploymentTimedOut`. */
export function deploymentTimedOut(
  d: Deployment,
  status: DeploymentStatus,
  nowMs: number,
): boolean {
  if (!hasProgressDeadline(d)) return false;
  const cond = getCondition(status, PROGRESSING);
  if (!cond || cond.reason === REASONS.newRSAvailable) return false;
  if (cond.reason === REASONS.timedOut) return true;
  const at = progressDeadlineAt(d, status);
  return at !== undefined && at < nowMs;
}

/** The ReplicaSets' ReplicaFailure condition the Deployment repeats (the new one's first). */
function replicaFailure(allRSs: readonly ReplicaSet[], newRS: ReplicaSet | undefined) {
  const ordered = newRS ? [newRS, ...allRSs.filter((rs) => rs !== newRS)] : [...allRSs];
  for (const rs of ordered) {
    const cond = rs.status?.conditions?.find((c) => c.type === REPLICA_FAILURE);
    if (cond)
      return {
        type: REPLICA_FAILURE,
        status: cond.status as 'True' | 'False' | 'Unknown',
        ...(cond.lastTransitionTime
          ? { lastUpdateTime: cond.lastTransitionTime, lastTransitionTime: cond.lastTransitionTime }
          : {}),
        ...(cond.reason !== undefined ? { reason: cond.reason } : {}),
        ...(cond.message !== undefined ? { message: cond.message } : {}),
      };
  }
  return undefined;
}

/**
 * `syncRolloutStatus`: the counts and Available, then Progressing — NewReplicaSetAvailable
 * when the rollout is complete, ReplicaSetUpdated (refreshing lastUpdateTime) whenever it
 * moved, ProgressDeadlineExceeded once it has not moved for `progressDeadlineSeconds`. A
 * finished rollout is not re-judged until a new one starts.
 */
export function rolloutStatus(
  d: Deployment,
  allRSs: readonly ReplicaSet[],
  newRS: ReplicaSet | undefined,
  nowMs: number,
): DeploymentStatus {
  const status = calculateStatus(d, allRSs, newRS, nowMs);
  if (!hasProgressDeadline(d)) removeCondition(status, PROGRESSING);
  const current = getCondition(d.status, PROGRESSING);
  const complete =
    status.replicas === status.updatedReplicas && current?.reason === REASONS.newRSAvailable;
  if (hasProgressDeadline(d) && !complete) {
    const subject = newRS
      ? `ReplicaSet "${newRS.metadata.name}"`
      : `Deployment "${d.metadata.name}"`;
    if (deploymentComplete(d, status)) {
      setCondition(
        status,
        newCondition(
          PROGRESSING,
          'True',
          REASONS.newRSAvailable,
          `${subject} has successfully progressed.`,
          nowMs,
        ),
      );
    } else if (deploymentProgressing(d, status)) {
      const cond = newCondition(
        PROGRESSING,
        'True',
        REASONS.replicaSetUpdated,
        `${subject} is progressing.`,
        nowMs,
      );
      // progress refreshes lastUpdateTime even with the same reason; the transition stands
      if (current?.status === 'True' && current.lastTransitionTime)
        cond.lastTransitionTime = current.lastTransitionTime;
      removeCondition(status, PROGRESSING);
      setCondition(status, cond);
    } else if (deploymentTimedOut(d, status, nowMs)) {
      setCondition(
        status,
        newCondition(
          PROGRESSING,
          'False',
          REASONS.timedOut,
          `${subject} has timed out progressing.`,
          nowMs,
        ),
      );
    }
  }
  const failure = replicaFailure(allRSs, newRS);
  if (failure) setCondition(status, failure);
  else removeCondition(status, REPLICA_FAILURE);
  return status;
}

/**
 * `checkPausedConditions`: pausing sets Progressing to Unknown/DeploymentPaused so the time
 * spent paused never counts against the progress deadline; resuming sets DeploymentResumed,
 * which restarts the clock. A timed-out rollout keeps saying so. Undefined: nothing to change.
 */
export function pausedConditionStatus(d: Deployment, nowMs: number): DeploymentStatus | undefined {
  if (!hasProgressDeadline(d)) return undefined;
  const cond = getCondition(d.status, PROGRESSING);
  if (cond?.reason === REASONS.timedOut) return undefined;
  const pausedCond = cond?.reason === REASONS.paused;
  const status: DeploymentStatus = { ...d.status };
  if (d.spec.paused && !pausedCond)
    setCondition(
      status,
      newCondition(PROGRESSING, 'Unknown', REASONS.paused, 'Deployment is paused', nowMs),
    );
  else if (!d.spec.paused && pausedCond)
    setCondition(
      status,
      newCondition(PROGRESSING, 'Unknown', REASONS.resumed, 'Deployment is resumed', nowMs),
    );
  else return undefined;
  return status;
}
