/**
 * The 2015 seed texts' objects (shared/seeds), written directly in the internal shape their
 * v1beta1 manifests decode to. They must validate cleanly — a student following those texts
 * should never meet an error the real cluster did not give.
 */
import { describe, expect, it } from 'vitest';
import type { AnyObject, Pod, ReplicationController, Service } from '../../types';
import { setDefaults } from '../defaults';
import { errorText } from '../field';
import { validateCreate } from './index';

const eras = ['2015', 'modern'] as const;

function defaulted<T extends AnyObject>(obj: T, era: (typeof eras)[number]): T {
  const copy = structuredClone(obj);
  setDefaults(copy, { era });
  return copy;
}

const redisMasterPod: Pod = {
  apiVersion: 'v1',
  kind: 'Pod',
  metadata: { name: 'redis-master-pod', namespace: 'default', labels: { name: 'redis' } },
  spec: {
    containers: [
      {
        name: 'redis-master',
        image: 'gurpartap/redis',
        ports: [{ name: 'redis-server', containerPort: 6379 }],
      },
    ],
  },
};

const redisMasterService: Service = {
  apiVersion: 'v1',
  kind: 'Service',
  metadata: { name: 'redis-master', namespace: 'default', labels: { name: 'redis' } },
  spec: { ports: [{ port: 8888, targetPort: 6379 }], selector: { name: 'redis' } },
};

const redisSlaveController: ReplicationController = {
  apiVersion: 'v1',
  kind: 'ReplicationController',
  metadata: { name: 'redisSlaveController', namespace: 'default', labels: { name: 'redisslave' } },
  spec: {
    replicas: 2,
    selector: { name: 'redisslave' },
    template: {
      metadata: { labels: { name: 'redisslave' } },
      spec: {
        containers: [
          {
            name: 'slave',
            image: 'brendanburns/redis-slave',
            ports: [{ containerPort: 6379, hostPort: 8888 }],
          },
        ],
      },
    },
  },
};

const complexPod: Pod = {
  apiVersion: 'v1',
  kind: 'Pod',
  metadata: { name: 'complexpod', namespace: 'default' },
  spec: {
    containers: [
      {
        name: 'simplereader',
        image: 'dockerinpractice/simplereader',
        volumeMounts: [{ mountPath: '/data', name: 'pod-disk' }],
      },
      {
        name: 'simplewriter',
        image: 'dockerinpractice/simplewriter',
        volumeMounts: [{ mountPath: '/data', name: 'pod-disk' }],
      },
    ],
    volumes: [{ name: 'pod-disk', emptyDir: {} }],
  },
};

/** `kubectl run-container todo --image=dockerinpractice/todo` (kubectl v0.x's generator). */
const todoController: ReplicationController = {
  apiVersion: 'v1',
  kind: 'ReplicationController',
  metadata: { name: 'todo', namespace: 'default', labels: { 'run-container': 'todo' } },
  spec: {
    replicas: 1,
    selector: { 'run-container': 'todo' },
    template: {
      metadata: { labels: { 'run-container': 'todo' } },
      spec: { containers: [{ name: 'todo', image: 'dockerinpractice/todo' }] },
    },
  },
};

describe.each(eras)('the seeds in a %s cluster', (era) => {
  it.each([
    ['redis-master-pod', redisMasterPod],
    ['redis-master service (8888 → 6379)', redisMasterService],
    ['complexpod (emptyDir shared by two containers)', complexPod],
    ['todo replication controller', todoController],
  ] as [string, AnyObject][])('%s validates cleanly', (_name, obj) => {
    expect(validateCreate(defaulted(obj, era), { era }).map(errorText)).toEqual([]);
  });

  it('accepts the RC named redisSlaveController from a v1beta1 manifest', () => {
    expect(
      validateCreate(defaulted(redisSlaveController, era), { era, legacyNames: true }),
    ).toEqual([]);
  });

  it('rejects that name from a v1 manifest', () => {
    expect(validateCreate(defaulted(redisSlaveController, era), { era }).map(errorText)).toEqual([
      "metadata.name: Invalid value: \"redisSlaveController\": a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character (e.g. 'example.com', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*')",
    ]);
  });
});

it('defaults the seeds the way the 2015 API server did', () => {
  const svc = defaulted(redisMasterService, '2015');
  expect(svc.spec.ports).toEqual([{ port: 8888, targetPort: 6379, protocol: 'TCP' }]);
  const pod = defaulted(complexPod, '2015');
  expect(pod.spec.containers.map((c) => c.imagePullPolicy)).toEqual(['Always', 'Always']);
});
