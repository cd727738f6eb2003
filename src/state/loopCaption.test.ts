import { describe, expect, it } from 'vitest';
import { createCluster } from '../engine';
import type { ControlMessage, Era } from '../engine/contract';
import type { SchedulingDecision } from '../engine/scheduler/types';
import { captionOf } from './loopCaption';
import { drawnPartOf } from './loopEndpoints';
import { stepKindOf } from './loopSteps';

/** Every control-loop message a short story causes, as the page receives them. */
function messagesOf(
  story: (cluster: ReturnType<typeof createCluster>) => void,
  era: Era = 'modern',
): ControlMessage[] {
  const cluster = createCluster({ nodes: 3, seed: 1, era });
  cluster.advance(1_000);
  const messages: ControlMessage[] = [];
  cluster.watch((e) => {
    if (e.type === 'message') messages.push(e.message);
  });
  story(cluster);
  return messages;
}

const runWeb = (cluster: ReturnType<typeof createCluster>): void => {
  cluster.kubectl('run web --image=nginx');
  cluster.advance(30_000);
};

describe('captionOf', () => {
  it('gives every message of `kubectl run web` one readable sentence', () => {
    const messages = messagesOf(runWeb);
    expect(messages.length).toBeGreaterThan(30);
    for (const m of messages) {
      const caption = captionOf(m);
      expect(caption, m.what).toMatch(/^[A-Zk].*\.$/);
      expect(caption, m.what).not.toMatch(/undefined|null|\[object/);
      expect(caption, m.what).not.toContain('→ '); // no raw fallback: every line is understood
    }
  });

  it('tells the story of one pod in the words of the brief', () => {
    const captions = messagesOf(runWeb).map((m) => captionOf(m));
    const first = (pattern: RegExp): number => captions.findIndex((c) => pattern.test(c));
    const story = [
      /^kubectl asked the API server to create pod web\.$/,
      /^The API server stored pod web in etcd \(key \/registry\/pods\/default\/web, resourceVersion \d+\)\.$/,
      /^The scheduler was told of pod web by its watch \(ADDED\): it places pods/,
      /^The scheduler filtered and scored the nodes for pod web: /,
      /^The scheduler bound web to node-\d/,
      /^The kubelet on node-\d was told of pod web by its watch \(MODIFIED\): it runs the pods/,
      /^The kubelet on node-\d asked containerd to run pod web's sandbox/,
      /^The kubelet on node-\d asked containerd to pull image nginx for pod web/,
      /^The kubelet on node-\d asked containerd to start container web of pod web\.$/,
      /^The kubelet on node-\d reported pod web's status to the API server/,
      /^The kubelet on node-\d posted node-\d's status to the API server: its heartbeat/,
    ];
    const at = story.map(first);
    expect(
      at.every((i) => i >= 0),
      String(at),
    ).toBe(true);
    // in the order they happen (the status report and heartbeat come after the start)
    expect(at.slice(0, 9)).toEqual([...at.slice(0, 9)].sort((a, b) => a - b));
  });

  it('says how many watches told the controller manager, in words', () => {
    const m: ControlMessage = {
      seq: 1,
      time: 0,
      from: 'apiserver',
      to: 'controller-manager',
      what: 'ADDED pods/web',
      object: { kind: 'Pod', namespace: 'default', name: 'web' },
    };
    expect(captionOf(m, { count: 4 })).toBe(
      'The controller manager was told of pod web by 4 of its watches (ADDED): its controllers compare what runs with what was asked for.',
    );
  });

  it('gives the binding its reason from the scheduler trace: the winning plugin, the filtered nodes', () => {
    const bind: ControlMessage = {
      seq: 1,
      time: 0,
      from: 'scheduler',
      to: 'apiserver',
      what: 'create pods/web/binding → node-2',
      object: { kind: 'Pod', namespace: 'default', name: 'web' },
    };
    const trace: SchedulingDecision = {
      pod: 'default/web',
      evaluated: 3,
      chosen: 'node-2',
      explanation: '',
      nodes: [
        {
          node: 'node-1',
          filters: [{ plugin: 'NodeResourcesFit', fit: true, reasons: [] }],
          feasible: true,
          scores: [
            { plugin: 'NodeResourcesFit', score: 40, weight: 1 },
            { plugin: 'NodeResourcesBalancedAllocation', score: 90, weight: 1 },
          ],
          total: 130,
        },
        {
          node: 'node-2',
          filters: [{ plugin: 'NodeResourcesFit', fit: true, reasons: [] }],
          feasible: true,
          scores: [
            { plugin: 'NodeResourcesFit', score: 80, weight: 1 },
            { plugin: 'NodeResourcesBalancedAllocation', score: 85, weight: 1 },
          ],
          total: 165,
        },
        {
          node: 'node-3',
          filters: [{ plugin: 'NodeResourcesFit', fit: false, reasons: ['Insufficient cpu'] }],
          feasible: false,
          scores: [],
          total: 0,
        },
      ],
    };
    expect(captionOf(bind, { trace })).toBe(
      'The scheduler bound web to node-2: it had the most free CPU and memory (NodeResourcesFit scored it 80, node-1 40; total 165 against 130); node-3 (Insufficient cpu) was filtered out.',
    );
    // a trace of another decision says nothing about this binding
    expect(captionOf(bind, { trace: { ...trace, chosen: 'node-1' } })).toBe(
      'The scheduler bound web to node-2 (it asked the API server to create a Binding).',
    );
  });

  it('captions the real trace of a tie as a random pick among equals', () => {
    const cluster = createCluster({ nodes: 3, seed: 1 });
    cluster.kubectl('run web --image=nginx');
    cluster.advance(2_000);
    const trace = cluster.schedulingTrace('default', 'web');
    expect(trace?.chosen).toBeDefined();
    const bind: ControlMessage = {
      seq: 1,
      time: 0,
      from: 'scheduler',
      to: 'apiserver',
      what: `create pods/web/binding → ${trace?.chosen ?? ''}`,
      object: { kind: 'Pod', namespace: 'default', name: 'web' },
    };
    expect(captionOf(bind, { trace: trace ?? null })).toMatch(
      /^The scheduler bound web to node-\d: node-1, node-2 and node-3 scored the same \(\d+\), so it picked one at random\.$/,
    );
  });

  it('captions a deletion, a crash and a stopped component', () => {
    const messages = messagesOf((cluster) => {
      runWeb(cluster);
      cluster.faults.crashContainer('web', 'web', 1);
      cluster.advance(5_000);
      cluster.kubectl('delete pod web');
      cluster.advance(40_000);
      cluster.faults.stopComponent('scheduler');
      cluster.faults.startComponent('scheduler');
    });
    const captions = messages.map((m) => captionOf(m));
    for (const c of captions) expect(c).not.toMatch(/undefined|→ /);
    expect(captions).toContain(
      'kubectl asked the API server to delete pod web: it is marked for deletion and its kubelet stops it gracefully.',
    );
    expect(captions.some((c) => /asked containerd to stop container web of pod web/.test(c))).toBe(
      true,
    );
    expect(captions.some((c) => /remove pod web for good \(grace period 0\)/.test(c))).toBe(true);
    expect(captions.some((c) => /^The API server removed pod web from etcd/.test(c))).toBe(true);
    expect(captions).toContain(
      'You stopped the scheduler (a simulated fault): it no longer takes part in the control loop.',
    );
  });

  it('captions the 2015 era with Docker and its infra container', () => {
    // a 2015 pull of nginx takes about a minute
    const captions = messagesOf((cluster) => {
      cluster.kubectl('run web --image=nginx');
      cluster.advance(120_000);
    }, '2015').map((m) => captionOf(m));
    expect(
      captions.some((c) => /asked Docker to start pod web-\w+'s infra container \(pause\)/.test(c)),
    ).toBe(true);
    expect(
      captions.some((c) => /asked Docker to start container web of pod web-\w+\./.test(c)),
    ).toBe(true);
  });

  it('captions what kubectl get asks', () => {
    const captions = messagesOf((cluster) => {
      runWeb(cluster);
      cluster.kubectl('get pods');
      cluster.kubectl('get pod web');
    }).map((m) => captionOf(m));
    expect(captions).toContain('kubectl asked the API server for the list of pods.');
    expect(captions).toContain('kubectl read pod web from the API server.');
  });

  it('captions a request through a service proxy', () => {
    const messages = messagesOf((cluster) => {
      cluster.kubectl('create deployment web --image=nginx');
      cluster.kubectl('expose deployment web --port=80');
      cluster.advance(30_000);
      cluster.request('web');
      cluster.kubectl('scale deployment web --replicas=0');
      cluster.advance(40_000);
      cluster.request('web');
    });
    const traffic = messages.filter((m) => stepKindOf(m) === 'traffic').map((m) => captionOf(m));
    expect(traffic[0]).toMatch(
      /^kube-proxy on node-\d sent GET http:\/\/[\d.]+:80\/ \(service web\) to pod web-[\w-]+ at [\d.]+:80\.$/,
    );
    expect(traffic[1]).toMatch(/^kube-proxy on node-\d refused GET .*: .*web has no endpoints\.$/);
  });
});

describe('drawnPartOf', () => {
  it('names each component as the picture draws it', () => {
    expect(drawnPartOf('kubectl')).toEqual({ kind: 'Kubectl', name: 'kubectl' });
    expect(drawnPartOf('etcd')).toEqual({ kind: 'Component', name: 'etcd' });
    expect(drawnPartOf('default-scheduler')).toEqual({ kind: 'Component', name: 'scheduler' });
    expect(drawnPartOf('replicaset-controller')).toEqual({
      kind: 'Component',
      name: 'controller-manager',
    });
    expect(drawnPartOf('kubelet/node-2')).toEqual({ kind: 'Kubelet', name: 'node-2' });
    expect(drawnPartOf('proxy/node-2')).toEqual({ kind: 'Proxy', name: 'node-2' });
    expect(drawnPartOf('containerd/node-2')).toEqual({ kind: 'Runtime', name: 'node-2' });
    expect(drawnPartOf('docker/node-2')).toEqual({ kind: 'Runtime', name: 'node-2' });
    expect(drawnPartOf('pod/default/web-1')).toEqual({
      kind: 'Pod',
      name: 'web-1',
      namespace: 'default',
    });
    expect(drawnPartOf('10.0.0.3')).toBeUndefined();
  });
});
