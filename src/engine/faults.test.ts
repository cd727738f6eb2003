/**
 * Faults and their consequences, as real Kubernetes has them: each control-plane component
 * stopped and started, and nodes that die with their pods on them.
 */
import { describe, expect, it } from 'vitest';
import { testCluster, type TestCluster } from './testing/testCluster';
import type { Pod } from './types';

const RC = `apiVersion: v1
kind: ReplicationController
metadata: {name: web}
spec:
  replicas: 2
  selector: {app: web}
  template:
    metadata: {labels: {app: web}}
    spec:
      containers:
      - name: web
        image: nginx:1.27
        ports: [{containerPort: 80}]
---
apiVersion: v1
kind: Service
metadata: {name: web}
spec:
  selector: {app: web}
  ports: [{port: 80}]
`;

const pods = (k: TestCluster): Pod[] => k.cluster.api.list('Pod', { namespace: 'default' });
const running = (k: TestCluster): Pod[] =>
  pods(k).filter((p) => p.status?.phase === 'Running' && !p.metadata.deletionTimestamp);

function webCluster(era: 'modern' | '2015' = 'modern'): TestCluster {
  const k = testCluster({ era, seed: 5, timings: { imagePullBytesPerSecond: 20 * 1024 * 1024 } });
  k.ok('create -f web.yaml', RC);
  k.cluster.advance(20_000);
  expect(running(k)).toHaveLength(2);
  return k;
}

describe('the scheduler stopped', () => {
  it('leaves new pods Pending until it is back', () => {
    const k = webCluster();
    k.cluster.faults.stopComponent('scheduler');
    k.ok('scale rc web --replicas=3');
    k.cluster.advance(6 * 60_000); // past the scheduler's 5-minute retry of unschedulable pods
    const pending = pods(k).filter((p) => !p.spec.nodeName);
    expect(pending).toHaveLength(1);
    expect(k.ok('get pods')).toMatch(/web-\w+ +0\/1 +Pending/);
    k.cluster.faults.startComponent('scheduler');
    k.cluster.advance(20_000);
    expect(running(k)).toHaveLength(3);
  });
});

describe('the controller manager stopped (loose coupling)', () => {
  it('heals nothing and updates no endpoints, while the pods run on and serve', () => {
    const k = webCluster();
    k.cluster.faults.stopComponent('controller-manager');
    const [victim] = running(k);
    k.ok(`delete pod ${victim?.metadata.name ?? ''}`);
    k.cluster.advance(60_000);
    expect(running(k)).toHaveLength(1);
    // the endpoints still list the deleted pod: nobody updated them
    const ep = k.cluster.api.get('Endpoints', 'default', 'web');
    expect(ep.subsets?.[0]?.addresses?.map((a) => a.ip)).toContain(victim?.status?.podIP);
    expect(k.cluster.request('web')).toMatchObject({ status: 200 });
    k.cluster.faults.startComponent('controller-manager');
    k.cluster.advance(30_000);
    expect(running(k)).toHaveLength(2);
    const healed = k.cluster.api.get('Endpoints', 'default', 'web');
    expect(healed.subsets?.[0]?.addresses).toHaveLength(2);
  });
});

describe('the API server stopped', () => {
  it('kubectl is refused; containers keep serving; everything answers again on restart', () => {
    const k = webCluster();
    k.cluster.faults.stopComponent('apiserver');
    expect(k.fails('get pods')).toBe(
      'The connection to the server 10.240.0.2:6443 was refused - did you specify the right host or port?\n',
    );
    k.cluster.advance(60_000);
    expect(k.cluster.request('web')).toMatchObject({ status: 200 });
    k.cluster.faults.startComponent('apiserver');
    k.cluster.advance(15_000);
    expect(k.ok('get nodes')).not.toContain('NotReady');
    expect(running(k)).toHaveLength(2);
  });

  it('2015: kubectl cannot read the server version', () => {
    const k = webCluster('2015');
    k.cluster.faults.stopComponent('apiserver');
    expect(k.fails('get pods')).toBe(
      "error: couldn't read version from server: Get https://10.245.1.2/api: dial tcp 10.245.1.2:443: connection refused\n",
    );
  });
});

describe('etcd stopped', () => {
  it('the API server answers with errors until etcd is back', () => {
    const k = webCluster();
    k.cluster.faults.stopComponent('etcd');
    expect(k.fails('get pods')).toBe('Error from server: etcdserver: request timed out\n');
    k.cluster.faults.startComponent('etcd');
    expect(k.ok('get pods')).toContain('Running');
  });
});

describe('a node dies with pods on it', () => {
  it('modern: NotReady after 40 s, tainted, pods evicted after 5 min and replaced elsewhere; the old ones stay Terminating', () => {
    const k = webCluster();
    const victim = running(k)[0];
    const node = victim?.spec.nodeName ?? '';
    k.cluster.faults.stopNode(node);
    k.cluster.advance(45_000);
    expect(k.ok(`get node ${node}`)).toMatch(/NotReady/);
    const tainted = k.cluster.api.get('Node', undefined, node);
    expect(tainted.spec.taints?.map((t) => `${t.key}:${t.effect}`)).toEqual([
      'node.kubernetes.io/unreachable:NoSchedule',
      'node.kubernetes.io/unreachable:NoExecute',
    ]);
    k.cluster.advance(300_000);
    const old = k.cluster.api.get('Pod', 'default', victim?.metadata.name ?? '');
    expect(old.metadata.deletionTimestamp).toBeDefined();
    k.cluster.advance(30_000);
    expect(running(k).filter((p) => p.spec.nodeName !== node)).toHaveLength(2);
    expect(k.ok('get pods')).toMatch(new RegExp(`${victim?.metadata.name} .* Terminating`));
    k.cluster.faults.startNode(node);
    k.cluster.advance(20_000);
    expect(k.cluster.api.find('Pod', 'default', victim?.metadata.name ?? '')).toBeUndefined();
  });

  it('2015: the node controller deletes its pods after 5 minutes, and the RC replaces them', () => {
    const k = webCluster('2015');
    const victim = running(k)[0];
    const node = victim?.spec.nodeName ?? '';
    k.cluster.faults.stopNode(node);
    k.cluster.advance(360_000);
    k.cluster.advance(60_000);
    expect(running(k).filter((p) => p.spec.nodeName !== node)).toHaveLength(2);
  });

  it('a bare pod on a dead node is not recreated', () => {
    const k = webCluster();
    k.ok('run bare --image=nginx:1.27');
    k.cluster.advance(20_000);
    const bare = k.cluster.api.get('Pod', 'default', 'bare');
    k.cluster.faults.stopNode(bare.spec.nodeName ?? '');
    k.cluster.advance(400_000);
    const names = pods(k).map((p) => p.metadata.name);
    expect(names.filter((n) => n.startsWith('bare'))).toEqual(['bare']);
    expect(k.cluster.api.get('Pod', 'default', 'bare').metadata.deletionTimestamp).toBeDefined();
  });
});

describe('cordon', () => {
  it('modern: the node is tainted unschedulable and new pods go elsewhere', () => {
    const k = webCluster();
    k.ok('cordon node-1');
    k.cluster.advance(6_000);
    expect(k.cluster.api.get('Node', undefined, 'node-1').spec.taints).toEqual([
      expect.objectContaining({ key: 'node.kubernetes.io/unschedulable', effect: 'NoSchedule' }),
    ]);
    k.ok('scale rc web --replicas=6');
    k.cluster.advance(20_000);
    const fresh = pods(k).filter((p) => p.spec.nodeName === 'node-1');
    expect(fresh.length).toBeLessThanOrEqual(1);
    k.ok('uncordon node-1');
    k.cluster.advance(6_000);
    expect(k.cluster.api.get('Node', undefined, 'node-1').spec.taints).toBeUndefined();
  });
});

describe("the API server's own service", () => {
  it('comes back at the same address when deleted', () => {
    const k = testCluster();
    expect(k.ok('delete svc kubernetes')).toBe('service "kubernetes" deleted\n');
    k.cluster.advance(11_000);
    expect(k.ok('get svc kubernetes')).toMatch(/^kubernetes +ClusterIP +10\.96\.0\.1 /m);
    expect(k.ok('get endpoints kubernetes')).toContain('10.240.0.2:6443');
  });
});
