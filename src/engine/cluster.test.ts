import { describe, expect, it } from 'vitest';
import { createCluster } from './index';
import { SEED_MANIFESTS } from './testing/seeds';
import type { Node } from './types';
import type { ClusterEvent } from './contract';

const SCRIPT: [string, string?][] = [
  ['run web --image=nginx'],
  ['create -f -', SEED_MANIFESTS.REDIS_MASTER_SERVICE],
  ['create -f -', SEED_MANIFESTS.REDIS_SLAVE_CONTROLLER],
  ['create -f -', SEED_MANIFESTS.COMPLEXPOD],
  ['get all -o wide'],
  ['get svc -o yaml'],
  ['get events'],
  ['describe node node-2'],
  ['create deployment api --image=busybox:1.36 --replicas=3 -- sh -c "echo up; sleep 5; exit 1"'],
  ['expose deployment api --port=80'],
  ['get pods -o wide'],
  ['logs web'],
  ['top pods'],
];

function play(seed: number): string {
  const c = createCluster({ seed });
  let out = '';
  c.watch((e: ClusterEvent) => {
    out +=
      e.type === 'change'
        ? `~ ${e.change.type} ${e.change.kind} ${e.change.resourceVersion}\n`
        : `> ${e.message.from} ${e.message.what}\n`;
  });
  for (const [line, stdin] of SCRIPT) {
    const r = c.kubectl(line, stdin);
    c.advance(1500);
    out += `$ ${line}\n${r.stdout}${r.stderr}${r.exitCode}\n`;
  }
  c.advance(60_000);
  out += JSON.stringify(c.request('redis-master')) + JSON.stringify(c.request('web'));
  c.faults.stopNode('node-2');
  c.advance(400_000);
  c.faults.startNode('node-2');
  c.faults.stopComponent('scheduler');
  c.kubectl('scale deployment api --replicas=5');
  c.advance(10_000);
  c.faults.startComponent('scheduler');
  c.advance(60_000);
  out += c.kubectl('get pods -o wide').stdout + c.kubectl('get events').stdout;
  return out + JSON.stringify(c.snapshot());
}

describe('a cluster', () => {
  it('is deterministic: the same seed and inputs give byte-identical output', () => {
    expect(play(1)).toBe(play(1));
  });

  it('draws names and IPs from its seed', () => {
    expect(play(1)).not.toBe(play(2));
  });

  it('registers its nodes Ready, with capacity, addresses and a pod CIDR', () => {
    const c = createCluster({
      nodes: [{ name: 'big', cpu: '8', memory: '16Gi', pods: 50, labels: { disk: 'ssd' } }, {}],
    });
    const nodes = c.snapshot().objects.filter((o): o is Node => o.kind === 'Node');
    expect(nodes.map((n) => n.metadata.name)).toEqual(['big', 'node-2']);
    const big = nodes[0] as Node;
    expect(big.status?.capacity).toEqual({ cpu: '8', memory: '16Gi', pods: '50' });
    expect(big.status?.addresses?.[0]).toEqual({ type: 'InternalIP', address: '10.240.0.3' });
    expect(big.spec.podCIDR).toBe('10.244.1.0/24');
    expect(big.metadata.labels?.disk).toBe('ssd');
    expect(big.status?.conditions?.find((c) => c.type === 'Ready')).toMatchObject({
      status: 'True',
      reason: 'KubeletReady',
    });
    expect(c.kubectl('get nodes -l disk=ssd -o name').stdout).toBe('node/big\n');
  });

  it('has the default and kube-system namespaces', () => {
    for (const era of ['modern', '2015'] as const) {
      const names = createCluster({ era }).kubectl('get ns -o name').stdout;
      expect(names).toContain('default');
      expect(names).toContain('kube-system');
    }
  });

  it('applies manifests and takes -n and --all-namespaces in both eras', () => {
    for (const era of ['modern', '2015'] as const) {
      const c = createCluster({ era });
      expect(c.apply(SEED_MANIFESTS.REDIS_MASTER_POD).exitCode, era).toBe(0);
      expect(c.kubectl('get pods -n default -o name').stdout).toContain('redis-master-pod');
      expect(c.kubectl('get pods --all-namespaces').stdout).toContain('redis-master-pod');
      expect(c.kubectl('get pods -n kube-system -o name').stdout).toBe('');
    }
  });

  it('accepts a command line with or without the leading kubectl', () => {
    const c = createCluster();
    expect(c.kubectl('kubectl get nodes -o name')).toEqual(c.kubectl('get nodes -o name'));
  });

  it('reports every change to watchers, in order', () => {
    const c = createCluster();
    const seen: string[] = [];
    const stop = c.watch((e: ClusterEvent) => {
      if (e.type === 'change')
        seen.push(`${e.change.type} ${e.change.kind} ${e.change.object.metadata.name}`);
    });
    c.kubectl('run web --image=nginx');
    c.kubectl('delete pod web');
    stop();
    c.kubectl('run other --image=nginx');
    expect(seen).toEqual(['ADDED Pod web', 'DELETED Pod web']);
  });

  it('records each step of the control loop as a message', () => {
    const c = createCluster();
    const steps: string[] = [];
    c.watch((e: ClusterEvent) => {
      if (e.type === 'message')
        steps.push(`${e.message.from} → ${e.message.to}: ${e.message.what}`);
    });
    c.kubectl('run web --image=nginx');
    c.kubectl('delete pod web');
    // the request and its write, in order…
    expect(steps.filter((s) => s.startsWith('kubectl') || s.includes('→ etcd'))).toEqual([
      'kubectl → apiserver: create pods/web',
      'apiserver → etcd: create /registry/pods/default/web',
      'kubectl → apiserver: delete pods/web',
      'apiserver → etcd: delete /registry/pods/default/web',
    ]);
    // …and the watch events that carried the news to the controllers
    expect(steps).toContain('apiserver → controller-manager: ADDED pods/web');
    expect(steps.indexOf('apiserver → controller-manager: ADDED pods/web')).toBeGreaterThan(
      steps.indexOf('apiserver → etcd: create /registry/pods/default/web'),
    );
  });

  it('tells each write to etcd with the resourceVersion the object got', () => {
    const c = createCluster();
    const writes: { what: string; rv: number | undefined }[] = [];
    c.watch((e: ClusterEvent) => {
      if (e.type === 'message' && e.message.to === 'etcd')
        writes.push({ what: e.message.what, rv: e.message.resourceVersion });
    });
    c.kubectl('run web --image=nginx');
    const stored = c.snapshot().objects.find((o) => o.kind === 'Pod' && o.metadata.name === 'web');
    expect(writes[0]).toEqual({
      what: 'create /registry/pods/default/web',
      rv: Number(stored?.metadata.resourceVersion),
    });
  });

  it('keeps events as objects with involvedObject, reason, source, count and timestamps', () => {
    const c = createCluster();
    const events = c.snapshot().objects.filter((o) => o.kind === 'Event');
    expect(events.length).toBeGreaterThan(0);
    expect(events[0]).toMatchObject({
      involvedObject: { kind: 'Node', name: 'node-1' },
      reason: 'Starting',
      message: 'Starting kubelet.',
      source: { component: 'kubelet', host: 'node-1' },
      count: 1,
      firstTimestamp: '2026-01-05T09:00:00Z',
      lastTimestamp: '2026-01-05T09:00:00Z',
      type: 'Normal',
    });
  });

  it('moves only when told to', () => {
    const c = createCluster();
    expect(c.now).toBe(0);
    c.advance(30_000);
    expect(c.now).toBe(30_000);
    expect(() => c.advance(-1)).toThrow(RangeError);
  });
});

describe("the seeds' manifests", () => {
  for (const era of ['modern', '2015'] as const) {
    it(`are accepted as written and printed back (${era})`, () => {
      const c = createCluster({ era });
      for (const manifest of Object.values(SEED_MANIFESTS)) {
        const r = c.kubectl('create -f seed.json', manifest);
        expect(r.exitCode, r.stderr).toBe(0);
      }
      const pods = c.kubectl('get pods').stdout;
      expect(pods).toContain('complexpod');
      expect(pods).toContain('redis-master-pod');
      expect(c.kubectl('get rc').stdout).toContain('redisSlaveController');
      expect(c.kubectl('get svc redis-master -o yaml').stdout).toContain(
        '  - port: 8888\n    protocol: TCP\n    targetPort: 6379\n',
      );
      const complex = c.kubectl('get pod complexpod -o json').stdout;
      expect(JSON.parse(complex).spec.volumes).toEqual([{ name: 'pod-disk', emptyDir: {} }]);
    });
  }

  it('print the 2015 wide pods table with one row per container', () => {
    const c = createCluster({ era: '2015' });
    c.kubectl('create -f complexpod.json', SEED_MANIFESTS.COMPLEXPOD);
    c.advance(150_000);
    // the images took their 2015 minute or two to download, one after the other: each container's
    // row has its own age
    expect(c.kubectl('get pods').stdout).toBe(
      [
        'POD          IP           CONTAINER(S)   IMAGE(S)                        HOST                LABELS    STATUS    CREATED          MESSAGE',
        'complexpod   10.246.1.2                                                  node-1/10.245.1.3   <none>    Running   2 minutes        ',
        '                          simplereader   dockerinpractice/simplereader                                 Running   About a minute   ',
        '                          simplewriter   dockerinpractice/simplewriter                                 Running   48 seconds       ',
        '',
      ].join('\n'),
    );
  });
});
