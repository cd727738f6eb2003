/**
 * The kubelet's events, as each era wrote them. Modern kubelets use CamelCase reasons and
 * speak of containers by name; the v1.0 kubelet used lower-case reasons and spoke of Docker
 * container ids.
 */
import type { Era } from '../contract';
import type { Pod } from '../types';
import { backOffEventMessage } from './backoff';

export interface KubeletEvent {
  type: 'Normal' | 'Warning';
  reason: string;
  message: string;
}

const ev = (type: KubeletEvent['type'], reason: string, message: string): KubeletEvent => ({
  type,
  reason,
  message,
});
const shortId = (id: string): string => id.slice(0, 12);

export const kubeletEvents = (era: Era) => {
  const legacy = era === '2015';
  const r = (modern: string, old: string): string => (legacy ? old : modern);
  return {
    pulling: (message: string) => ev('Normal', r('Pulling', 'pulling'), message),
    pulled: (message: string) => ev('Normal', r('Pulled', 'pulled'), message),
    pullFailed: (message: string) => ev('Warning', r('Failed', 'failed'), message),
    /** Modern kubelets follow a failure event with the waiting reason as an error. */
    errorReason: (reason: string): KubeletEvent | undefined =>
      legacy ? undefined : ev('Warning', 'Failed', `Error: ${reason}`),
    pullBackOff: (message: string) => ev('Normal', r('BackOff', 'backoff'), message),
    created: (name: string, id: string) =>
      ev(
        'Normal',
        r('Created', 'created'),
        legacy ? `Created with docker id ${shortId(id)}` : `Created container ${name}`,
      ),
    started: (name: string, id: string) =>
      ev(
        'Normal',
        r('Started', 'started'),
        legacy ? `Started with docker id ${shortId(id)}` : `Started container ${name}`,
      ),
    killing: (name: string, id: string, why?: string) =>
      ev(
        'Normal',
        r('Killing', 'killing'),
        legacy ? `Killing with docker id ${shortId(id)}` : (why ?? `Stopping container ${name}`),
      ),
    restartBackOff: (name: string, pod: Pod) =>
      ev(
        'Warning',
        r('BackOff', 'backoff'),
        legacy ? 'Back-off restarting failed docker container' : backOffEventMessage(name, pod),
      ),
    startFailed: (id: string, message: string) =>
      ev(
        'Warning',
        r('Failed', 'failed'),
        legacy
          ? `Failed to start with docker id ${shortId(id)} with error: ${message}`
          : `Error: ${message}`,
      ),
    configError: (message: string) => ev('Warning', r('Failed', 'failed'), `Error: ${message}`),
    unhealthy: (message: string) => ev('Warning', r('Unhealthy', 'unhealthy'), message),
    failedMount: (reason: string, message: string) =>
      ev('Warning', legacy ? 'failedMount' : reason, message),
  };
};

export type KubeletEventTexts = ReturnType<typeof kubeletEvents>;
