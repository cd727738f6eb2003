/**
 * `npm run bench:api` — how fast the API server takes writes and answers selector lists.
 * 10,000 pod creations, then 1,000 lists with a label selector over them; prints operations per
 * second and heap. Figures, not assertions: the machine is shared and noisy.
 */
import { SimCluster } from '../engine/cluster';
import { parseSelector } from '../engine/labels/parse';
import type { Pod } from '../engine/types';

const PODS = 10_000;
const LISTS = 1_000;

function heapMiB(): number {
  (globalThis as { gc?: () => void }).gc?.();
  return process.memoryUsage().heapUsed / 1024 / 1024;
}

function pod(i: number): Pod {
  return {
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: {
      name: `web-${i}`,
      labels: { app: `app-${i % 10}`, tier: i % 2 ? 'frontend' : 'backend' },
    },
    spec: { containers: [{ name: 'web', image: 'nginx:1.27', ports: [{ containerPort: 80 }] }] },
  };
}

const before = heapMiB();
const cluster = new SimCluster({ nodes: 3, seed: 1 });

let t0 = performance.now();
for (let i = 0; i < PODS; i++) cluster.api.create(pod(i));
const createMs = performance.now() - t0;
const after = heapMiB();

const selector = parseSelector('app=app-3,tier in (frontend)');
let matched = 0;
t0 = performance.now();
for (let i = 0; i < LISTS; i++)
  matched = cluster.api.list('Pod', { namespace: 'default', labelSelector: selector }).length;
const listMs = performance.now() - t0;

t0 = performance.now();
const KUBECTL = 200;
let lines = 0;
for (let i = 0; i < KUBECTL; i++)
  lines = cluster.kubectl('get pods -l app=app-7 -o name').stdout.split('\n').length - 1;
const kubectlMs = performance.now() - t0;

const fmt = (n: number): string => Math.round(n).toLocaleString('en-US');
console.log(`kubesim bench:api (node ${process.version})`);
console.log(
  `  create ${fmt(PODS)} pods:         ${fmt(createMs)} ms  → ${fmt((PODS / createMs) * 1000)} creates/s`,
);
console.log(
  `  list with selector x${fmt(LISTS)}:  ${fmt(listMs)} ms  → ${fmt((LISTS / listMs) * 1000)} lists/s over ${fmt(PODS)} pods (${matched} match)`,
);
console.log(
  `  kubectl get -l -o name x${KUBECTL}: ${fmt(kubectlMs)} ms  → ${fmt((KUBECTL / kubectlMs) * 1000)} commands/s (${lines} names each)`,
);
console.log(
  `  heap: ${before.toFixed(1)} MiB before, ${after.toFixed(1)} MiB after creates (${(((after - before) * 1024) / PODS).toFixed(1)} KiB per pod, store revision ${cluster.store.currentRevision})`,
);
