import { describe, expect, it } from 'vitest';
import { testCluster } from '../testing/testCluster';

const podOn = (node: string, name = 'web') =>
  `apiVersion: v1\nkind: Pod\nmetadata:\n  name: ${name}\nspec:\n  nodeName: ${node}\n  containers:\n  - name: web\n    image: nginx\n`;

const statusOf = (out: string, node: string): string =>
  (out.split('\n').find((l) => l.startsWith(`${node} `)) ?? '').split(/\s+/)[1] ?? '';

describe('the node lifecycle', () => {
  it('keeps healthy nodes Ready: their kubelets post status every 10 s', () => {
    const k = testCluster();
    k.cluster.advance(10 * 60_000);
    expect(statusOf(k.ok('get nodes'), 'node-1')).toBe('Ready');
    const node = k.cluster.api.get('Node', undefined, 'node-1');
    expect(node.status?.conditions?.find((c) => c.type === 'Ready')?.lastHeartbeatTime).toBe(
      '2026-01-05T09:10:00Z',
    );
  });

  it("turns a silent node NotReady after the 40 s grace period, with Kubernetes' words", () => {
    const k = testCluster();
    k.cluster.faults.stopNode('node-2');
    k.cluster.advance(40_000);
    expect(statusOf(k.ok('get nodes'), 'node-2')).toBe('Ready');
    k.cluster.advance(15_000);
    expect(statusOf(k.ok('get nodes'), 'node-2')).toBe('NotReady');
    const ready = k.cluster.api
      .get('Node', undefined, 'node-2')
      .status?.conditions?.find((c) => c.type === 'Ready');
    expect(ready).toMatchObject({
      status: 'Unknown',
      reason: 'NodeStatusUnknown',
      message: 'Kubelet stopped posting node status.',
    });
    expect(k.ok('describe node node-2')).toContain('NodeNotReady');
  });

  it('modern: taints the node, evicts its pods after 300 s; they stay Terminating until it returns', () => {
    const k = testCluster();
    k.ok('create -f -', podOn('node-2'));
    // what its kubelet reported while the node was up
    const running = k.cluster.api.get('Pod', 'default', 'web');
    k.cluster.api.updateStatus({
      ...running,
      status: {
        ...running.status,
        phase: 'Running',
        conditions: [{ type: 'Ready', status: 'True' }],
      },
    });
    k.cluster.faults.stopNode('node-2');
    k.cluster.advance(60_000);
    expect(
      k.cluster.api
        .get('Node', undefined, 'node-2')
        .spec.taints?.map((t) => `${t.key}:${t.effect}`),
    ).toEqual([
      'node.kubernetes.io/unreachable:NoSchedule',
      'node.kubernetes.io/unreachable:NoExecute',
    ]);
    const pod = k.cluster.api.get('Pod', 'default', 'web');
    expect(pod.status?.conditions?.find((c) => c.type === 'Ready')?.status).toBe('False');
    k.cluster.advance(240_000);
    expect(k.cluster.api.get('Pod', 'default', 'web').metadata.deletionTimestamp).toBeUndefined();
    k.cluster.advance(70_000);
    expect(k.ok('get pods')).toContain('Terminating');
    expect(k.ok('describe pod web')).toContain('Marking for deletion Pod default/web');
    k.cluster.faults.startNode('node-2');
    k.cluster.advance(10_000);
    expect(k.run('get pods').stderr).toBe('No resources found in default namespace.\n');
    expect(statusOf(k.ok('get nodes'), 'node-2')).toBe('Ready');
    expect(k.cluster.api.get('Node', undefined, 'node-2').spec.taints).toBeUndefined();
  });

  it('2015: the node controller deletes the pods of a node silent for 5 minutes', () => {
    const k = testCluster({ era: '2015' });
    k.ok('create -f -', podOn('node-1'));
    k.cluster.faults.stopNode('node-1');
    k.cluster.advance(45_000 + 290_000);
    expect(k.cluster.api.get('Pod', 'default', 'web').metadata.deletionTimestamp).toBeUndefined();
    k.cluster.advance(20_000);
    expect(k.cluster.api.get('Pod', 'default', 'web').metadata.deletionTimestamp).toBeDefined();
    expect(k.cluster.api.get('Node', undefined, 'node-1').spec.taints).toBeUndefined();
  });

  it('follows shorter timings given to createCluster', () => {
    const k = testCluster({
      timings: { nodeMonitorGracePeriodMs: 10_000, podEvictionTimeoutMs: 20_000 },
    });
    k.ok('create -f -', podOn('node-3'));
    k.cluster.faults.stopNode('node-3');
    k.cluster.advance(20_000);
    expect(statusOf(k.ok('get nodes'), 'node-3')).toBe('NotReady');
    k.cluster.advance(25_000);
    expect(k.ok('get pods')).toContain('Terminating');
  });
});
