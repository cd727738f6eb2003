import { describe, expect, it } from 'vitest';
import { testCluster } from '../testing/testCluster';

const hungry = (cpu: string) =>
  `apiVersion: v1\nkind: Pod\nmetadata:\n  name: big\nspec:\n  containers:\n  - name: c\n    image: nginx\n    resources:\n      requests:\n        cpu: "${cpu}"\n`;

const TODO_RC = `apiVersion: v1
kind: ReplicationController
metadata:
  name: todo
spec:
  replicas: 1
  template:
    metadata:
      labels: {run: todo}
    spec:
      containers:
      - name: todo
        image: dockerinpractice/todo
`;

describe('the scheduler', () => {
  for (const era of ['modern', '2015'] as const) {
    it(`spreads the seeds' todo pods 2/1 over two nodes (${era})`, () => {
      const k = testCluster({ era, nodes: 2 });
      if (era === '2015') {
        k.ok('run-container todo --image=dockerinpractice/todo');
        k.ok('resize --replicas=3 replicationController todo');
      } else {
        k.ok('create -f todo.yaml', TODO_RC);
        k.ok('scale --replicas=3 rc todo');
      }
      k.cluster.advance(2000);
      const perNode = new Map<string, number>();
      for (const p of k.cluster.api.list('Pod', { namespace: 'default' }))
        perNode.set(p.spec.nodeName ?? '', (perNode.get(p.spec.nodeName ?? '') ?? 0) + 1);
      expect([...perNode.values()].sort()).toEqual([1, 2]);
      expect(perNode.has('')).toBe(false);
    });
  }

  it('binds with a Scheduled event and keeps a trace of why', () => {
    const k = testCluster();
    k.ok('run web --image=nginx');
    k.cluster.advance(1000);
    const pod = k.cluster.api.get('Pod', 'default', 'web');
    expect(pod.spec.nodeName).toMatch(/^node-[123]$/);
    expect(k.ok('describe pod web')).toContain(
      `Successfully assigned default/web to ${pod.spec.nodeName ?? ''}`,
    );
    const trace = k.cluster.schedulingTrace('default', 'web');
    expect(trace?.chosen).toBe(pod.spec.nodeName);
    expect(trace?.nodes.map((n) => n.node)).toEqual(['node-1', 'node-2', 'node-3']);
  });

  it('leaves a pod that fits nowhere Pending, says why, and retries when a node is uncordoned', () => {
    const k = testCluster();
    k.ok('cordon node-1');
    k.ok('cordon node-2');
    k.ok('create -f big.yaml', hungry('3'));
    k.cluster.advance(1000);
    const pod = k.cluster.api.get('Pod', 'default', 'big');
    expect(pod.spec.nodeName).toBeUndefined();
    const condition = pod.status?.conditions?.find((c) => c.type === 'PodScheduled');
    expect(condition).toMatchObject({ status: 'False', reason: 'Unschedulable' });
    expect(condition?.message).toMatch(
      /^0\/3 nodes are available: 1 Insufficient cpu, 2 node\(s\) were unschedulable\./,
    );
    expect(k.ok('describe pod big')).toContain('FailedScheduling');
    k.ok('delete pod big');
    k.ok('create -f small.yaml', hungry('1').replace('name: big', 'name: small'));
    k.ok('create -f small2.yaml', hungry('1.5').replace('name: big', 'name: small2'));
    k.cluster.advance(1000);
    expect(k.cluster.api.get('Pod', 'default', 'small2').spec.nodeName).toBeUndefined();
    k.ok('uncordon node-1');
    k.cluster.advance(1000);
    expect(k.cluster.api.get('Pod', 'default', 'small2').spec.nodeName).toBe('node-1');
  });

  it('2015: says it the 2015 way', () => {
    const k = testCluster({ era: '2015' });
    k.ok('create -f big.yaml', hungry('3'));
    k.cluster.advance(1000);
    expect(k.ok('get events')).toContain('Failed for reason PodFitsResources and possibly others');
  });

  it('never places a pod on a node that went silent', () => {
    const k = testCluster({ nodes: 2 });
    k.cluster.faults.stopNode('node-2');
    k.cluster.advance(60_000);
    for (let i = 0; i < 4; i++) k.ok(`run web-${i} --image=nginx`);
    k.cluster.advance(1000);
    const nodes = k.cluster.api.list('Pod', { namespace: 'default' }).map((p) => p.spec.nodeName);
    expect(nodes).toEqual(['node-1', 'node-1', 'node-1', 'node-1']);
  });
});
