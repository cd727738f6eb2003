/**
 * What the deployment controller tells `kubectl describe deployment` (source
 * `deployment-controller`). Since Kubernetes 1.29 the scaling message names both sizes:
 * `Scaled up replica set web-7d4b9c8f5 from 0 to 3`.
 */
import type { ControllerEvent } from '../replication';

export const DEPLOYMENT_CONTROLLER = 'deployment-controller';

export function scalingReplicaSetEvent(rsName: string, from: number, to: number): ControllerEvent {
  return {
    type: 'Normal',
    reason: 'ScalingReplicaSet',
    message: `Scaled ${to > from ? 'up' : 'down'} replica set ${rsName} from ${from} to ${to}`,
  };
}

/** `Failed to create new replica set "web-7d4b9c8f5": <API error>` (also the condition's message). */
export function failedRSCreateMessage(rsName: string, err: string): string {
  return `Failed to create new replica set "${rsName}": ${err}`;
}

export function failedRSCreateEvent(rsName: string, err: string): ControllerEvent {
  return {
    type: 'Warning',
    reason: 'ReplicaSetCreateError',
    message: failedRSCreateMessage(rsName, err),
  };
}
