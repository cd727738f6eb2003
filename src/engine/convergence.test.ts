/**
 * A property test of the whole cluster: random sequences of creates, scales, deletes, relabels
 * and faults, then quiet time with every node back. Whatever happened, the cluster must settle:
 * every controller at its desired count of Running pods on Ready nodes, no pod bound to a node
 * that does not exist, every Service's endpoints exactly its ready matching pods, and
 * resourceVersions that only grow.
 */
import { describe, expect, it } from 'vitest';
import { Rand } from './rand';
import { testCluster, type TestCluster } from './testing/testCluster';
import type { Pod } from './types';

const APPS = ['web', 'api', 'db'];

const controller = (app: string, replicas: number, modern: boolean): string => `apiVersion: v1
kind: ReplicationController
metadata: {name: ${app}}
spec:
  replicas: ${replicas}
  selector: {app: ${app}}
  template:
    metadata: {labels: {app: ${app}}}
    spec:
      containers:
      - name: ${app}
        image: ${modern ? 'nginx:1.27' : 'nginx'}
        ports: [{containerPort: 80}]
---
apiVersion: v1
kind: Service
metadata: {name: ${app}}
spec:
  selector: {app: ${app}}
  ports: [{port: 80}]
`;

type Step = (k: TestCluster, rand: Rand) => string;

const livePods = (k: TestCluster): Pod[] => k.cluster.api.list('Pod', { namespace: 'default' });

const STEPS: Step[] = [
  (k, r) => {
    const app = r.pick(APPS);
    k.run(`apply -f ${app}.yaml`, controller(app, r.int(5), k.cluster.era === 'modern'));
    return `apply ${app}`;
  },
  (k, r) => {
    const app = r.pick(APPS);
    const n = r.int(6);
    k.run(`scale rc ${app} --replicas=${n}`);
    return `scale ${app} ${n}`;
  },
  (k, r) => {
    const pods = livePods(k);
    if (pods.length === 0) return 'no pod to delete';
    const p = r.pick(pods).metadata.name;
    k.run(`delete pod ${p} --wait=false`);
    return `delete pod ${p}`;
  },
  (k, r) => {
    const pods = livePods(k).filter((p) => !p.metadata.deletionTimestamp);
    if (pods.length === 0) return 'no pod to relabel';
    const p = r.pick(pods).metadata.name;
    k.run(`label pod ${p} app=debug-${r.int(100)} --overwrite`);
    return `relabel ${p}`;
  },
  (k, r) => {
    const app = r.pick(APPS);
    k.run(`delete rc ${app}`);
    return `delete rc ${app}`;
  },
  (k, r) => {
    const node = `node-${1 + r.int(3)}`;
    const mode = r.int(2) === 0 ? 'power-off' : 'network';
    k.cluster.faults.stopNode(node, { mode });
    return `stop ${node} (${mode})`;
  },
  (k, r) => {
    const node = `node-${1 + r.int(3)}`;
    k.cluster.faults.startNode(node);
    return `start ${node}`;
  },
  (k, r) => {
    const node = `node-${1 + r.int(3)}`;
    k.run(`${r.int(2) ? 'cordon' : 'uncordon'} ${node}`);
    return `cordon/uncordon ${node}`;
  },
  (k, r) => {
    // a bare pod on the one shared disk, read-write or read-only, pinned to a random node
    const name = `disk-${r.int(1000)}`;
    const readOnly = r.int(2) === 0;
    k.run(
      `create -f ${name}.yaml`,
      `apiVersion: v1
kind: Pod
metadata: {name: ${name}}
spec:
  nodeName: node-${1 + r.int(3)}
  containers:
  - name: box
    image: busybox:1.36
    command: [sleep, '86400']
    volumeMounts: [{name: disk, mountPath: /disk, readOnly: ${readOnly}}]
  volumes:
  - name: disk
    gcePersistentDisk: {pdName: shared-disk, readOnly: ${readOnly}}
`,
    );
    return `disk pod ${name} (${readOnly ? 'ro' : 'rw'})`;
  },
  (k, r) => {
    const ms = r.int(400) * 1000;
    k.cluster.advance(ms);
    return `wait ${ms / 1000}s`;
  },
];

/** A disk attached read-write to a node is attached to no other node. */
function expectOneWriterPerDisk(k: TestCluster, history: string[]): void {
  for (const disk of k.cluster.volumeWorld.allDisks()) {
    const attachments = [...disk.attachments.values()];
    if (attachments.some((a) => !a.readOnly))
      expect(attachments.length, `${disk.id} after ${history.join('; ')}`).toBe(1);
  }
}

function settle(k: TestCluster): void {
  for (const node of ['node-1', 'node-2', 'node-3']) {
    k.cluster.faults.startNode(node);
    k.run(`uncordon ${node}`);
  }
  // long enough for evictions, back-offs and replacements to play out
  k.cluster.advance(15 * 60_000);
}

function checkConverged(k: TestCluster, history: string[]): void {
  const why = `after:\n  ${history.join('\n  ')}`;
  const api = k.cluster.api;
  const nodes = new Set(api.list('Node').map((n) => n.metadata.name));
  const pods = livePods(k);
  for (const p of pods)
    if (p.spec.nodeName) expect(nodes.has(p.spec.nodeName), `${p.metadata.name} ${why}`).toBe(true);
  for (const rc of api.list('ReplicationController', { namespace: 'default' })) {
    const app = rc.spec.selector?.app;
    const mine = pods.filter(
      (p) => p.metadata.labels?.app === app && !p.metadata.deletionTimestamp,
    );
    expect(mine.length, `${rc.metadata.name} pods ${why}`).toBe(rc.spec.replicas ?? 1);
    for (const p of mine) {
      expect(p.status?.phase, `${p.metadata.name} phase ${why}`).toBe('Running');
      const ready = p.status?.conditions?.find((c) => c.type === 'Ready')?.status;
      expect(ready, `${p.metadata.name} ready ${why}`).toBe('True');
    }
  }
  for (const svc of api.list('Service', { namespace: 'default' })) {
    const selector = svc.spec.selector;
    if (!selector) continue;
    const expected = pods
      .filter(
        (p) =>
          Object.entries(selector).every(([key, v]) => p.metadata.labels?.[key] === v) &&
          !p.metadata.deletionTimestamp &&
          p.status?.podIP &&
          p.status.conditions?.some((c) => c.type === 'Ready' && c.status === 'True'),
      )
      .map((p) => p.status?.podIP)
      .sort();
    const ep = api.find('Endpoints', 'default', svc.metadata.name);
    const actual = (ep?.subsets ?? []).flatMap((s) => (s.addresses ?? []).map((a) => a.ip)).sort();
    expect(actual, `endpoints of ${svc.metadata.name} ${why}`).toEqual(expected);
  }
}

describe('whatever happens, the cluster converges once the faults are over', () => {
  for (const era of ['modern', '2015'] as const) {
    for (const seed of [1, 2, 3, 4, 5, 6, 7, 8]) {
      it(`${era}, sequence ${seed}`, () => {
        const k = testCluster({
          era,
          seed,
          timings: { imagePullBytesPerSecond: 20 * 1024 * 1024 },
        });
        const rand = new Rand(1000 + seed);
        let lastVersion = 0;
        let monotonic = true;
        const stop = k.cluster.watch((e) => {
          if (e.type !== 'change') return;
          if (e.change.resourceVersion <= lastVersion) monotonic = false;
          lastVersion = e.change.resourceVersion;
        });
        const history: string[] = [];
        for (let i = 0; i < 40; i++) {
          history.push(rand.pick(STEPS)(k, rand));
          expectOneWriterPerDisk(k, history);
        }
        settle(k);
        stop();
        expect(monotonic).toBe(true);
        checkConverged(k, history);
      });
    }
  }
});
