/**
 * The replication controller's decisions, pure: ReplicationController and ReplicaSet through
 * one set of functions. The loop that lists, calls `planSync` and writes lives with the
 * controller manager.
 */
export {
  controllerRefOf,
  controllerSelector,
  desiredReplicas,
  eventComponent,
  isPodActive,
  isPodReady,
  ownerRefOf,
  replicaController,
  type ReplicaController,
} from './controller';
export { adoptedPod, claimPods, releasedPod, type PodClaim } from './claim';
export { podsToDelete, POD_DELETION_COST } from './ranking';
export { relatedPods } from './related';
export { calculateStatus, isPodAvailable, REPLICA_FAILURE, type ReplicaFailure } from './status';
export { podFromTemplate, podNamePrefix } from './template';
export {
  failedCreateEvent,
  failedDeleteEvent,
  successfulCreateEvent,
  successfulDeleteEvent,
  type ControllerEvent,
} from './events';
export { BURST_REPLICAS, planSync, slowStartBatches, type ReplicaPlan } from './plan';
