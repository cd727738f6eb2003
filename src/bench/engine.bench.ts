/**
 * `npm run bench:engine` — the whole cluster at scale. 500 nodes and a ReplicationController of
 * 10,000 replicas: wall time until every pod is Running and what scheduling costs per pod; then
 * what one simulated second costs with 10,000 running pods and nothing changing (it must not
 * grow with idle objects: compare the 1,000-pod figure); heap. Figures, not assertions.
 *
 * `npm run bench:engine -- 100 2000` runs a smaller cluster (nodes, replicas).
 */
import { SimCluster } from '../engine/cluster';
import { Rand } from '../engine/rand';
import { schedule } from '../engine/scheduler';
import type { Pod } from '../engine/types';

const NODES = Number(process.argv[2] ?? 500);
const REPLICAS = Number(process.argv[3] ?? 10_000);

function heapMiB(): number {
  (globalThis as { gc?: () => void }).gc?.();
  return process.memoryUsage().heapUsed / 1024 / 1024;
}

const rc = (replicas: number): string => `apiVersion: v1
kind: ReplicationController
metadata: {name: web}
spec:
  replicas: ${replicas}
  selector: {app: web}
  template:
    metadata: {labels: {app: web}}
    spec:
      containers:
      - name: web
        image: nginx:1.27
        resources: {requests: {cpu: 10m, memory: 16Mi}}
`;

function running(cluster: SimCluster): number {
  let n = 0;
  for (const p of cluster.api.list('Pod', { namespace: 'default' }))
    if (p.status?.phase === 'Running') n++;
  return n;
}

function idleSecondMs(cluster: SimCluster, seconds: number): number {
  const t0 = performance.now();
  cluster.advance(seconds * 1000);
  return (performance.now() - t0) / seconds;
}

interface BringUp {
  cluster: SimCluster;
  wallMs: number;
  simMs: number;
  schedulingMs: number;
  /** One simulated second with the nodes alone, before any pod. */
  emptyIdleMs: number;
}

function bringUp(nodes: number, replicas: number): BringUp {
  const cluster = new SimCluster({
    nodes: Array.from({ length: nodes }, () => ({ cpu: '8', memory: '32Gi', pods: 110 })),
    seed: 1,
  });
  cluster.advance(30_000);
  const emptyIdleMs = idleSecondMs(cluster, 30);
  const t0 = performance.now();
  const start = cluster.now;
  cluster.kubectl('create -f rc.yaml', rc(replicas));
  while (running(cluster) < replicas && cluster.now - start < 3_600_000) cluster.advance(5_000);
  const wallMs = performance.now() - t0;
  return {
    cluster,
    wallMs,
    simMs: cluster.now - start,
    schedulingMs: schedulingCost(cluster),
    emptyIdleMs,
  };
}

/** One scheduling decision (every filter and score over every node) at the cluster's present load. */
function schedulingCost(cluster: SimCluster): number {
  const byNode = new Map<string, Pod[]>();
  for (const pod of cluster.api.list('Pod')) {
    const node = pod.spec.nodeName;
    if (node) byNode.set(node, [...(byNode.get(node) ?? []), pod]);
  }
  // frozen lists, as the scheduler's cache hands them out (plugins remember sums per list)
  const nodes = cluster.api
    .list('Node')
    .map((node) => ({ node, pods: Object.freeze(byNode.get(node.metadata.name) ?? []) }));
  const template = cluster.api.list('Pod', { namespace: 'default' })[0];
  if (!template) return 0;
  const ctx = {
    era: cluster.era,
    rand: new Rand(7),
    services: cluster.api.list('Service', { namespace: 'default' }),
    controllers: cluster.api.list('ReplicationController', { namespace: 'default' }),
  };
  const runs = 50;
  schedule(
    {
      ...template,
      metadata: { ...template.metadata, name: 'warm-up' },
      spec: { ...template.spec, nodeName: '' },
    } as Pod,
    nodes,
    ctx,
  );
  const t0 = performance.now();
  for (let i = 0; i < runs; i++)
    schedule(
      {
        ...template,
        metadata: { ...template.metadata, name: `probe-${i}` },
        spec: { ...template.spec, nodeName: '' },
      } as Pod,
      nodes,
      ctx,
    );
  return (performance.now() - t0) / runs;
}

const heap0 = heapMiB();
const small = bringUp(Math.max(1, Math.round(NODES / 10)), Math.round(REPLICAS / 10));
const smallIdle = idleSecondMs(small.cluster, 60);
small.cluster.advance(0);
const big = bringUp(NODES, REPLICAS);
const heap1 = heapMiB();
const bigIdle = idleSecondMs(big.cluster, 60);

const f = (n: number, d = 1): string => n.toFixed(d);
console.log(`kubesim engine benchmark (Node ${process.version})`);
console.log(`${NODES} nodes, RC of ${REPLICAS} replicas:`);
console.log(
  `  all Running after ${f(big.simMs / 1000)} s simulated, ${f(big.wallMs / 1000, 2)} s wall`,
);
console.log(
  `  scheduling: ${f(big.schedulingMs, 3)} ms per pod (filter + score over ${NODES} nodes)`,
);
console.log(
  `  one idle simulated second: ${f(big.emptyIdleMs, 2)} ms wall with no pods, ${f(bigIdle, 2)} ms with ${REPLICAS} running pods`,
);
console.log(
  `  (${Math.round(NODES / 10)} nodes: ${f(small.emptyIdleMs, 2)} ms with no pods, ${f(smallIdle, 2)} ms with ${Math.round(REPLICAS / 10)}; brought up in ${f(small.wallMs / 1000, 2)} s wall)`,
);
console.log(
  `  heap: ${f(heap0)} → ${f(heap1)} MiB (${f(((heap1 - heap0) * 1024) / REPLICAS)} KiB per pod, both clusters)`,
);
