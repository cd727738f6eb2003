/**
 * Thousands of random and mutated manifests and command lines through `apply` and `kubectl`:
 * each gets a result or an error message — never an exception — and the store stays consistent.
 */
import { describe, expect, it } from 'vitest';
import { SimCluster } from './cluster';
import { resourceFor, registryPrefix } from './api/resources';
import { Rand } from './rand';
import { SEED_MANIFESTS } from './testing/seeds';
import type { AnyObject } from './types';

const BASES: string[] = [
  ...Object.values(SEED_MANIFESTS),
  JSON.stringify({
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: { name: 'web', labels: { app: 'web' } },
    spec: {
      containers: [{ name: 'web', image: 'nginx', ports: [{ containerPort: 80, name: 'http' }] }],
    },
  }),
  JSON.stringify({
    apiVersion: 'v1',
    kind: 'ReplicationController',
    metadata: { name: 'rc' },
    spec: {
      replicas: 2,
      selector: { app: 'rc' },
      template: {
        metadata: { labels: { app: 'rc' } },
        spec: { containers: [{ name: 'c', image: 'redis' }] },
      },
    },
  }),
  JSON.stringify({
    apiVersion: 'v1',
    kind: 'Service',
    metadata: { name: 'svc' },
    spec: { type: 'NodePort', selector: { app: 'web' }, ports: [{ port: 80, targetPort: 'http' }] },
  }),
  JSON.stringify({
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    metadata: { name: 'd' },
    spec: {
      replicas: 1,
      selector: { matchLabels: { app: 'd' } },
      template: {
        metadata: { labels: { app: 'd' } },
        spec: { containers: [{ name: 'c', image: 'nginx' }] },
      },
    },
  }),
  JSON.stringify({
    apiVersion: 'apps/v1',
    kind: 'ReplicaSet',
    metadata: { name: 'rs' },
    spec: {
      selector: { matchExpressions: [{ key: 'app', operator: 'In', values: ['rs'] }] },
      template: {
        metadata: { labels: { app: 'rs' } },
        spec: { containers: [{ name: 'c', image: 'nginx' }] },
      },
    },
  }),
  JSON.stringify({ apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'team-a' } }),
  'apiVersion: v1\nkind: List\nitems:\n- apiVersion: v1\n  kind: Pod\n  metadata:\n    name: a\n  spec:\n    containers:\n    - name: a\n      image: busybox\n---\napiVersion: v1\nkind: Node\nmetadata:\n  name: extra\n',
];

const WEIRD: unknown[] = [
  '',
  ' ',
  'Bad_Name',
  '-x',
  'a'.repeat(300),
  'ünïcödé',
  '{}',
  '0',
  0,
  -1,
  1.5,
  70000,
  true,
  null,
  [],
  {},
  ['x'],
  { a: 1 },
  'None',
  '10.96.0.1',
];

function mutateValue(value: unknown, rand: Rand, depth = 0): unknown {
  if (depth > 8 || rand.next() < 0.15) return rand.pick(WEIRD);
  if (Array.isArray(value)) {
    const copy = value.map((v) => mutateValue(v, rand, depth + 1));
    if (rand.next() < 0.2 && copy.length) copy.push(copy[0]);
    if (rand.next() < 0.1) copy.pop();
    return copy;
  }
  if (value && typeof value === 'object') {
    const copy: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) {
      const roll = rand.next();
      if (roll < 0.05) continue; // drop a field
      copy[roll < 0.08 ? `${k}x` : k] = rand.next() < 0.5 ? mutateValue(v, rand, depth + 1) : v;
    }
    return copy;
  }
  return rand.next() < 0.3 ? rand.pick(WEIRD) : value;
}

function mutateText(text: string, rand: Rand): string {
  const i = rand.int(text.length + 1);
  switch (rand.int(5)) {
    case 0:
      return text.slice(0, i);
    case 1:
      return (
        text.slice(0, i) +
        rand.pick(['{', '}', ':', '- ', '\t', '"', '\n---\n', '&a', '*a', '!!binary', '\u0000']) +
        text.slice(i)
      );
    case 2:
      return text.split('\n').reverse().join('\n');
    case 3:
      return text.replace(/ {2}/g, rand.pick([' ', '   ', '\t']));
    default:
      return text.slice(i) + text.slice(0, i);
  }
}

function randomManifest(rand: Rand): string {
  const base = rand.pick(BASES);
  if (rand.next() < 0.4) return mutateText(base, rand);
  try {
    return JSON.stringify(mutateValue(JSON.parse(base), rand));
  } catch {
    return mutateText(base, rand);
  }
}

const VERBS = [
  'get',
  'describe',
  'delete',
  'label',
  'annotate',
  'create',
  'apply',
  'run',
  'scale',
  'resize',
  'run-container',
  'explain',
  'version',
  'api-resources',
  'cordon',
  'uncordon',
  'logs',
  'exec',
  'help',
  'frobnicate',
  '',
];
const NOUNS = [
  'pods',
  'po',
  'rc',
  'svc',
  'no',
  'nodes',
  'ep',
  'ev',
  'rs',
  'deploy',
  'ns',
  'all',
  'pods,svc',
  'minions',
  'foo',
  'pod/web',
  'rc/rc',
  'node/node-1',
  'web',
  'redis-master',
  '',
];
const FLAGS = [
  '-o wide',
  '-o yaml',
  '-o json',
  '-o name',
  '-o bogus',
  '-l app=web',
  "-l 'env in (a,b)'",
  '-l ,',
  '--show-labels',
  '-A',
  '-n team-a',
  '-n ghost',
  '--all',
  '-f -',
  '--image=nginx',
  '--replicas=3',
  '--replicas=x',
  'app=new',
  'app-',
  '--overwrite',
  '--grace-period=0 --force',
  '--cascade=orphan',
  '"unterminated',
  '--',
  '-z',
  '--no-headers',
  '-L app',
  '--dry-run=client',
  '--field-selector status.phase=Pending',
];

function randomCommand(rand: Rand): string {
  const parts = [rand.pick(VERBS), rand.pick(NOUNS)];
  for (let i = rand.int(4); i > 0; i--) parts.push(rand.pick(FLAGS));
  if (rand.next() < 0.3) parts.push(rand.pick(['web', 'rc', 'node-1', 'x=y', "'a b'", '\\']));
  return (rand.next() < 0.5 ? 'kubectl ' : '') + parts.join(' ');
}

function checkStore(cluster: SimCluster): void {
  const objects = cluster.store.list<AnyObject>('/registry/');
  const seenRv = new Set<string>();
  for (const obj of objects) {
    const info = resourceFor(obj.kind);
    const key = cluster.api.key(info, obj.metadata.namespace, obj.metadata.name);
    expect(cluster.store.get(key)).toBe(obj);
    expect(key.startsWith(registryPrefix(info))).toBe(true);
    expect(Number(obj.metadata.resourceVersion)).toBeLessThanOrEqual(cluster.store.currentRevision);
    expect(seenRv.has(obj.metadata.resourceVersion ?? '')).toBe(false);
    seenRv.add(obj.metadata.resourceVersion ?? '');
    if (info.namespaced)
      expect(
        cluster.api.find('Namespace', undefined, obj.metadata.namespace ?? ''),
        JSON.stringify(obj),
      ).toBeDefined();
  }
  expect(() => JSON.stringify(cluster.snapshot())).not.toThrow();
}

describe('fuzz: random and mutated input never breaks the cluster', () => {
  for (const era of ['modern', '2015'] as const) {
    it(`${era}: 2,000 manifests and 2,000 command lines each get a result`, () => {
      const rand = new Rand(era === 'modern' ? 42 : 2015);
      const cluster = new SimCluster({ era, seed: 5 });
      for (let i = 0; i < 2000; i++) {
        const manifest = randomManifest(rand);
        const applied = cluster.apply(manifest);
        expect(typeof applied.stdout).toBe('string');
        expect(applied.exitCode === 0 || applied.stderr.length > 0).toBe(true);
        expect(applied.stderr, manifest).not.toMatch(/internal error/);

        const line = randomCommand(rand);
        const result = cluster.kubectl(line, rand.next() < 0.5 ? randomManifest(rand) : undefined);
        // kubectl exec exits with the remote command's own code (sh: foo: not found → 127)
        if (!/\bexec\b/.test(line)) expect([0, 1]).toContain(result.exitCode);
        expect(result.exitCode === 0 || result.stderr.length > 0).toBe(true);
        expect(result.stderr, line).not.toMatch(/internal error/);
        if (i % 250 === 0) {
          cluster.advance(rand.int(60_000));
          checkStore(cluster);
        }
      }
      checkStore(cluster);
    }, 120_000);
  }
});
