/**
 * The deployment controller's decisions, pure: which ReplicaSet is new, how far each may be
 * scaled in a rolling or Recreate step, what status to report. `../deploymentController.ts`
 * lists, asks these, and writes.
 */
export { computeHash, fnv32a, POD_TEMPLATE_HASH_LABEL, safeEncodeString, utf8 } from './hash';
export {
  isRollingUpdate,
  maxSurge,
  maxUnavailable,
  newRSNewReplicas,
  RECREATE,
  resolveFenceposts,
  ROLLING_UPDATE,
  valueFromIntOrPercent,
} from './fenceposts';
export {
  ANNOTATIONS_TO_SKIP,
  CHANGE_CAUSE_ANNOTATION,
  DESIRED_REPLICAS_ANNOTATION,
  LAST_APPLIED_ANNOTATION,
  MAX_REPLICAS_ANNOTATION,
  maxRevision,
  REVISION_ANNOTATION,
  REVISION_HISTORY_ANNOTATION,
  revisionOf,
  setNewReplicaSetAnnotations,
  setReplicasAnnotations,
  replicasAnnotationsNeedUpdate,
} from './revision';
export {
  activeReplicaSets,
  byCreation,
  claimReplicaSets,
  equalIgnoreHash,
  findNewReplicaSet,
  findOldReplicaSets,
  isSaturated,
  newReplicaSetFor,
  type ReplicaSetClaim,
} from './replicaSets';
export { reconcileNewReplicaSet, reconcileOldReplicaSets, type ScaleOp } from './rolling';
export { oldPodsRunning, scaleDownOldForRecreate } from './recreate';
export { findActiveOrLatest, isScalingEvent, planScale } from './scale';
export { replicaSetsToCleanUp } from './cleanup';
export { AVAILABLE, getCondition, PROGRESSING, REASONS, setCondition } from './conditions';
export {
  calculateStatus,
  deploymentComplete,
  hasProgressDeadline,
  pausedConditionStatus,
  progressDeadlineAt,
  rolloutStatus,
} from './progress';
export {
  DEPLOYMENT_CONTROLLER,
  failedRSCreateEvent,
  failedRSCreateMessage,
  scalingReplicaSetEvent,
} from './events';
