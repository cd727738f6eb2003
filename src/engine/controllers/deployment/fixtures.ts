/** Small builders for the deployment planning tests. */
import type { Deployment, IntOrString, ReplicaSet } from '../../types';
import {
  DESIRED_REPLICAS_ANNOTATION,
  MAX_REPLICAS_ANNOTATION,
  REVISION_ANNOTATION,
} from './revision';

export function deployment(
  replicas: number,
  opts: { surge?: IntOrString; unavailable?: IntOrString; recreate?: boolean } = {},
): Deployment {
  const labels = { app: 'web' };
  return {
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    metadata: { name: 'web', namespace: 'default', uid: 'd-uid', generation: 1 },
    spec: {
      replicas,
      selector: { matchLabels: labels },
      template: {
        metadata: { labels },
        spec: { containers: [{ name: 'web', image: 'nginx:1.27' }] },
      },
      strategy: opts.recreate
        ? { type: 'Recreate' }
        : {
            type: 'RollingUpdate',
            rollingUpdate: {
              maxSurge: opts.surge ?? '25%',
              maxUnavailable: opts.unavailable ?? '25%',
            },
          },
      revisionHistoryLimit: 10,
      progressDeadlineSeconds: 600,
    },
  };
}

/** A ReplicaSet of `web` with `replicas` wanted, of which `available` are available. */
export function replicaSet(
  name: string,
  replicas: number,
  available: number,
  opts: {
    revision?: number;
    created?: string;
    desired?: number;
    max?: number;
    current?: number;
  } = {},
): ReplicaSet {
  const annotations: Record<string, string> = {};
  if (opts.revision !== undefined) annotations[REVISION_ANNOTATION] = String(opts.revision);
  if (opts.desired !== undefined) annotations[DESIRED_REPLICAS_ANNOTATION] = String(opts.desired);
  if (opts.max !== undefined) annotations[MAX_REPLICAS_ANNOTATION] = String(opts.max);
  return {
    apiVersion: 'apps/v1',
    kind: 'ReplicaSet',
    metadata: {
      name,
      namespace: 'default',
      uid: `${name}-uid`,
      creationTimestamp: opts.created ?? '2026-01-05T09:00:00Z',
      annotations,
      generation: 1,
    },
    spec: { replicas, selector: { matchLabels: { app: 'web' } } },
    status: {
      replicas: opts.current ?? replicas,
      availableReplicas: available,
      readyReplicas: available,
      observedGeneration: 1,
    },
  };
}
