import { describe, expect, it } from 'vitest';
import { printName, printTable } from './index';
import {
  NOW,
  deployment,
  event,
  namespace,
  pod,
  replicaSet,
  replicationController,
  service,
} from './testing/fixtures';

describe('printName (-o name)', () => {
  it.each([
    ['a pod', pod('web'), 'pod/web', 'pods/web'],
    [
      'a replication controller',
      replicationController('frontend'),
      'replicationcontroller/frontend',
      'replicationcontrollers/frontend',
    ],
    ['a service', service('redis-master'), 'service/redis-master', 'services/redis-master'],
    [
      'a deployment, with its API group',
      deployment('web'),
      'deployment.apps/web',
      'deployments/web',
    ],
    [
      'a replica set, with its API group',
      replicaSet('web-5d4f8b9c7'),
      'replicaset.apps/web-5d4f8b9c7',
      'replicasets/web-5d4f8b9c7',
    ],
    ['a namespace', namespace('shop'), 'namespace/shop', 'namespaces/shop'],
  ])('%s', (_, obj, modern, legacy) => {
    expect(printName(obj, 'modern')).toBe(modern);
    expect(printName(obj, '2015')).toBe(legacy);
  });
});

describe('printTable decorations kubectl applies selectively', () => {
  const o = { era: 'modern' as const, nowMs: NOW };

  it('does not add a NAMESPACE column to cluster-scoped kinds', () => {
    expect(printTable('Namespace', [namespace('default')], { ...o, withNamespace: true })).toBe(
      'NAME      STATUS   AGE\ndefault   Active   3d\n',
    );
  });

  it("prefixes only the events table's wide NAME column, so get events,pods shows no prefix", () => {
    const e = event('web.17a', { kind: 'Pod', name: 'web' }, 'Killing', 'Stopping container web', {
      first: 30,
    });
    expect(printTable('Event', [e], { ...o, withKind: true })).toBe(
      'LAST SEEN   TYPE     REASON    OBJECT    MESSAGE\n30s         Normal   Killing   pod/web   Stopping container web\n',
    );
    expect(printTable('Event', [e], { ...o, withKind: true, wide: true })).toContain(
      'event/web.17a\n',
    );
  });

  it('cuts a cell at its first line break', () => {
    const e = event('web.17b', { kind: 'Pod', name: 'web' }, 'Failed', 'first line\nsecond line', {
      first: 30,
    });
    expect(printTable('Event', [e], o)).toBe(
      'LAST SEEN   TYPE     REASON   OBJECT    MESSAGE\n30s         Normal   Failed   pod/web   first line...\n',
    );
  });
});
