import { describe, expect, it } from 'vitest';
import { ownerRefOf, replicaController } from './controller';
import {
  failedCreateEvent,
  failedDeleteEvent,
  successfulCreateEvent,
  successfulDeleteEvent,
} from './events';
import { rc, rs } from './fixtures';
import { podFromTemplate, podNamePrefix } from './template';

describe('podFromTemplate', () => {
  const web = rc('web', { templateLabels: { app: 'web', tier: 'fe' }, namespace: 'shop' });

  it('modern: a generated name, the template labels and spec, and a controller reference', () => {
    const pod = podFromTemplate(web, 'modern');
    expect(pod.metadata).toEqual({
      name: '',
      generateName: 'web-',
      namespace: 'shop',
      labels: { app: 'web', tier: 'fe' },
      ownerReferences: [
        {
          apiVersion: 'v1',
          kind: 'ReplicationController',
          name: 'web',
          uid: 'uid-web',
          controller: true,
          blockOwnerDeletion: true,
        },
      ],
    });
    expect(pod.spec).toEqual(web.object.spec.template!.spec);
  });

  it('2015: no owner reference — the selector alone ties a pod to its controller', () => {
    expect(podFromTemplate(web, '2015').metadata).not.toHaveProperty('ownerReferences');
  });

  it('each pod gets its own copy of the template', () => {
    const a = podFromTemplate(web, 'modern');
    a.spec.containers[0]!.image = 'changed';
    a.metadata.labels!['app'] = 'changed';
    expect(podFromTemplate(web, 'modern').spec.containers[0]!.image).toBe('nginx');
    expect(web.object.spec.template!.metadata!.labels).toEqual({ app: 'web', tier: 'fe' });
  });

  it('a ReplicaSet is the owner with its apps/v1 version', () => {
    const pod = podFromTemplate(replicaController(rs('front')), 'modern');
    expect(pod.metadata.ownerReferences?.[0]).toMatchObject({
      apiVersion: 'apps/v1',
      kind: 'ReplicaSet',
      name: 'front',
    });
    expect(ownerRefOf(rs('front'))).toEqual(pod.metadata.ownerReferences?.[0]);
  });
});

describe('podNamePrefix', () => {
  it.each([
    { name: 'frontend', want: 'frontend-' },
    // a v1beta1 id from the seeds: pod names must be lower case
    { name: 'redisSlaveController', want: 'redisslavecontroller-' },
    // apimachinery checks a prefix with its last two characters masked as one, so a name of
    // the full 253 characters still gets its dash (the API server cuts the base to 58 anyway)
    { name: 'a'.repeat(253), want: `${'a'.repeat(253)}-` },
    // a prefix that can never be valid: the bare name is used and the API server refuses it
    { name: 'redis_master', want: 'redis_master' },
  ])('$name → $want', ({ name, want }) => {
    expect(podNamePrefix(name)).toBe(want);
  });
});

describe('controller events', () => {
  it.each([
    {
      event: successfulCreateEvent('web-x4k2q', 'modern'),
      want: { type: 'Normal', reason: 'SuccessfulCreate', message: 'Created pod: web-x4k2q' },
    },
    {
      event: successfulCreateEvent('web-x4k2q', '2015'),
      want: { type: 'Normal', reason: 'successfulCreate', message: 'Created pod: web-x4k2q' },
    },
    {
      event: failedCreateEvent('pods "web-" is forbidden: exceeded quota', 'modern'),
      want: {
        type: 'Warning',
        reason: 'FailedCreate',
        message: 'Error creating: pods "web-" is forbidden: exceeded quota',
      },
    },
    {
      event: failedCreateEvent('boom', '2015'),
      want: { type: 'Warning', reason: 'failedCreate', message: 'Error creating: boom' },
    },
    {
      event: successfulDeleteEvent('web-x4k2q', 'modern'),
      want: { type: 'Normal', reason: 'SuccessfulDelete', message: 'Deleted pod: web-x4k2q' },
    },
    {
      event: failedDeleteEvent('boom', 'modern'),
      want: { type: 'Warning', reason: 'FailedDelete', message: 'Error deleting: boom' },
    },
    { event: successfulDeleteEvent('web-x4k2q', '2015'), want: undefined },
  ])('$want.reason $want.message', ({ event, want }) => {
    expect(event).toEqual(want);
  });
});
