import { describe, expect, it } from 'vitest';
import { testCluster } from '../testing/testCluster';

const RC = `apiVersion: v1
kind: ReplicationController
metadata:
  name: web
spec:
  replicas: 2
  template:
    metadata:
      labels: {app: web}
    spec:
      containers:
      - name: web
        image: nginx
`;

/** Two pods owned by the RC, as its controller would create them. */
function setUp(era: 'modern' | '2015' = 'modern') {
  const k = testCluster({ era });
  k.ok('create -f rc.yaml', RC);
  const rc = k.cluster.api.get('ReplicationController', 'default', 'web');
  for (const name of ['web-a', 'web-b'])
    k.cluster.api.create({
      apiVersion: 'v1',
      kind: 'Pod',
      metadata: {
        name,
        labels: { app: 'web' },
        ownerReferences: [
          {
            apiVersion: 'v1',
            kind: 'ReplicationController',
            name: 'web',
            uid: rc.metadata.uid ?? '',
            controller: true,
            blockOwnerDeletion: true,
          },
        ],
      },
      spec: { containers: [{ name: 'web', image: 'nginx' }] },
    });
  return k;
}

describe('the garbage collector', () => {
  it('deletes the pods of a deleted controller (background, the default)', () => {
    const k = setUp();
    expect(k.ok('delete rc web')).toBe('replicationcontroller "web" deleted\n');
    k.cluster.advance(1000);
    expect(k.run('get pods').stderr).toBe('No resources found in default namespace.\n');
  });

  it('leaves the pods running, unowned, with --cascade=orphan', () => {
    const k = setUp();
    k.ok('delete rc web --cascade=orphan');
    k.cluster.advance(1000);
    expect(k.run('get rc').stderr).toBe('No resources found in default namespace.\n');
    expect(k.ok('get pods -o name')).toBe('pod/web-a\npod/web-b\n');
    const pod = k.cluster.api.get('Pod', 'default', 'web-a');
    expect(pod.metadata.ownerReferences).toBeUndefined();
  });

  it('keeps the owner until its pods are gone with --cascade=foreground', () => {
    const k = setUp();
    k.ok('delete rc web --cascade=foreground --wait=false');
    const waiting = k.cluster.api.get('ReplicationController', 'default', 'web');
    expect(waiting.metadata.deletionTimestamp).toBeDefined();
    expect(waiting.metadata.finalizers).toEqual(['foregroundDeletion']);
    k.cluster.advance(3000);
    expect(k.cluster.api.find('ReplicationController', 'default', 'web')).toBeUndefined();
    expect(k.run('get pods').stderr).toBe('No resources found in default namespace.\n');
  });

  it('deletes a dependent created for an owner that no longer exists', () => {
    const k = setUp();
    k.ok('delete rc web --cascade=orphan');
    k.cluster.advance(1000);
    k.cluster.api.create({
      apiVersion: 'v1',
      kind: 'Pod',
      metadata: {
        name: 'stray',
        ownerReferences: [
          { apiVersion: 'v1', kind: 'ReplicationController', name: 'gone', uid: 'no-such-uid' },
        ],
      },
      spec: { containers: [{ name: 'web', image: 'nginx' }] },
    });
    k.cluster.advance(1000);
    expect(k.cluster.api.find('Pod', 'default', 'stray')).toBeUndefined();
  });
});
