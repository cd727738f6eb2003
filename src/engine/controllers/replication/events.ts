/**
 * What the replication controller tells `kubectl describe rc` about its work. The texts are
 * `controller.RealPodControl`'s. v1.0 used lower-camel-case reasons (`successfulCreate`) and
 * recorded nothing when it deleted a pod; the `SuccessfulDelete` event came later.
 */
import type { Era } from '../../contract';

export interface ControllerEvent {
  type: 'Normal' | 'Warning';
  reason: string;
  message: string;
}

export function successfulCreateEvent(podName: string, era: Era): ControllerEvent {
  return {
    type: 'Normal',
    reason: era === '2015' ? 'successfulCreate' : 'SuccessfulCreate',
    message: `Created pod: ${podName}`,
  };
}

/** `err` is the API error's message, e.g. `pods "web-x" is forbidden: exceeded quota: …`. */
export function failedCreateEvent(err: string, era: Era): ControllerEvent {
  return {
    type: 'Warning',
    reason: era === '2015' ? 'failedCreate' : 'FailedCreate',
    message: `Error creating: ${err}`,
  };
}

/** Undefined in 2015: v1.0 deleted pods without recording an event. */
export function successfulDeleteEvent(podName: string, era: Era): ControllerEvent | undefined {
  if (era === '2015') return undefined;
  return { type: 'Normal', reason: 'SuccessfulDelete', message: `Deleted pod: ${podName}` };
}

export function failedDeleteEvent(err: string, era: Era): ControllerEvent | undefined {
  if (era === '2015') return undefined;
  return { type: 'Warning', reason: 'FailedDelete', message: `Error deleting: ${err}` };
}
