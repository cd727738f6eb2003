import { describe, expect, it } from 'vitest';
import { testCluster } from '../testing/testCluster';
import { SEED_MANIFESTS } from '../testing/seeds';

const names = (out: string): string[] => out.trim().split('\n').filter(Boolean);

describe('the replication manager', () => {
  it('creates the pods an RC asks for, named from its name, and records it', () => {
    const k = testCluster({ seed: 4 });
    k.ok('create -f rc.json', SEED_MANIFESTS.REDIS_SLAVE_CONTROLLER);
    k.cluster.advance(1000);
    const pods = names(k.ok('get pods -o name'));
    expect(pods).toHaveLength(2);
    for (const p of pods)
      expect(p).toMatch(/^pod\/redisslavecontroller-[bcdfghjklmnpqrstvwxz2456789]{5}$/);
    expect(k.ok('get rc')).toContain('redisSlaveController   2         2         0       1s');
    expect(k.ok('describe rc redisSlaveController')).toMatch(
      /SuccessfulCreate .+ Created pod: redisslavecontroller-/,
    );
    const pod = k.cluster.api.get('Pod', 'default', (pods[0] ?? '').slice(4));
    expect(pod.metadata.ownerReferences?.[0]).toMatchObject({
      kind: 'ReplicationController',
      name: 'redisSlaveController',
      controller: true,
    });
  });

  it('2015: scales with resize and names pods with the old alphabet', () => {
    const k = testCluster({ era: '2015', seed: 2 });
    k.ok('run-container todo --image=dockerinpractice/todo');
    k.ok('resize --replicas=3 replicationController todo');
    k.cluster.advance(1000);
    const pods = k.cluster.api.list('Pod', { namespace: 'default' });
    expect(pods).toHaveLength(3);
    for (const p of pods) expect(p.metadata.name).toMatch(/^todo-[a-z0-9]{5}$/);
    expect(pods.every((p) => p.metadata.ownerReferences === undefined)).toBe(true);
  });

  it('scales down, deleting the pods the ranking picks, and says so', () => {
    const k = testCluster();
    k.ok(
      'create -f rc.yaml',
      'apiVersion: v1\nkind: ReplicationController\nmetadata:\n  name: rc\nspec:\n  replicas: 4\n  template:\n    metadata:\n      labels: {app: rc}\n    spec:\n      containers:\n      - name: c\n        image: nginx\n',
    );
    k.cluster.advance(1000);
    expect(k.cluster.api.list('Pod', { namespace: 'default' })).toHaveLength(4);
    k.ok('scale rc rc --replicas=1');
    k.cluster.advance(1000);
    const live = k.cluster.api
      .list('Pod', { namespace: 'default' })
      .filter((p) => !p.metadata.deletionTimestamp);
    expect(live).toHaveLength(1);
    expect(k.ok('describe rc rc')).toMatch(/SuccessfulDelete .+ Deleted pod: rc-/);
  });

  it('replaces a pod relabelled out of its controller, and lets the relabelled pod live on', () => {
    const k = testCluster();
    k.ok(
      'create -f rc.yaml',
      'apiVersion: v1\nkind: ReplicationController\nmetadata:\n  name: rc\nspec:\n  replicas: 2\n  template:\n    metadata:\n      labels: {app: rc}\n    spec:\n      containers:\n      - name: c\n        image: nginx\n',
    );
    k.cluster.advance(1000);
    const [first] = k.cluster.api.list('Pod', { namespace: 'default' });
    const debug = first?.metadata.name ?? '';
    k.ok(`label pod ${debug} app=debug --overwrite`);
    k.cluster.advance(1000);
    const pods = k.cluster.api.list('Pod', { namespace: 'default' });
    expect(pods).toHaveLength(3);
    const released = pods.find((p) => p.metadata.name === debug);
    expect(released?.metadata.ownerReferences).toBeUndefined();
    expect(k.ok('get rc rc')).toContain('rc     2         2');
  });

  it('replaces a deleted pod at once', () => {
    const k = testCluster();
    k.ok(
      'create -f rc.yaml',
      'apiVersion: v1\nkind: ReplicationController\nmetadata:\n  name: rc\nspec:\n  replicas: 1\n  template:\n    metadata:\n      labels: {app: rc}\n    spec:\n      containers:\n      - name: c\n        image: nginx\n',
    );
    k.cluster.advance(1000);
    const [only] = k.cluster.api.list('Pod', { namespace: 'default' });
    k.ok(`delete pod ${only?.metadata.name ?? ''}`);
    k.cluster.advance(1000);
    const now = k.cluster.api.list('Pod', { namespace: 'default' });
    expect(now).toHaveLength(1);
    expect(now[0]?.metadata.name).not.toBe(only?.metadata.name);
  });

  it('with the garbage collector, deleting the RC deletes its pods (modern)', () => {
    const k = testCluster();
    k.ok('create -f rc.json', SEED_MANIFESTS.REDIS_SLAVE_CONTROLLER);
    k.cluster.advance(1000);
    k.ok('delete rc redisSlaveController');
    k.cluster.advance(1000);
    expect(k.run('get pods').stderr).toBe('No resources found in default namespace.\n');
  });
});

describe('2015 kubectl delete rc', () => {
  it('scales the controller to zero, waits for its pods to go, then deletes it', () => {
    const k = testCluster({ era: '2015' });
    k.ok('run-container todo --image=dockerinpractice/todo --replicas=3');
    k.cluster.advance(1000);
    expect(k.cluster.api.list('Pod', { namespace: 'default' })).toHaveLength(3);
    expect(k.ok('delete rc todo')).toBe('replicationcontrollers/todo\n');
    expect(k.cluster.api.list('Pod', { namespace: 'default' })).toHaveLength(0);
    expect(k.cluster.api.find('ReplicationController', 'default', 'todo')).toBeUndefined();
  });
});
