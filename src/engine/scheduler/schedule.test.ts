import { describe, expect, it } from 'vitest';
import type { Pod } from '../types';
import { schedule } from './schedule';
import type { NodeInfo, SchedulingContext } from './types';
import { ctx, info, node, pod, rc, service } from './testFixtures';

/** Schedule pods one after another, assuming each onto its node as the scheduler's cache does. */
function scheduleAll(pods: Pod[], nodes: NodeInfo[], c: SchedulingContext): string[] {
  const cache = nodes.map((n) => ({ node: n.node, pods: [...n.pods] }));
  return pods.map((p) => {
    const d = schedule(p, cache, c);
    const target = cache.find((n) => n.node.metadata.name === d.chosen);
    if (!target) throw new Error(`${p.metadata.name} unschedulable: ${d.message ?? ''}`);
    target.pods.push({ ...p, spec: { ...p.spec, nodeName: target.node.metadata.name } });
    return target.node.metadata.name;
  });
}

const replicas = (n: number, prefix = 'todo') =>
  Array.from({ length: n }, (_, i) => pod(`${prefix}-${i}`, {}, { name: prefix }));
const spreadOf = (placed: string[]) => {
  const counts = new Map<string, number>();
  for (const p of placed) counts.set(p, (counts.get(p) ?? 0) + 1);
  return [...counts.values()].sort();
};

describe('spreading replicas', () => {
  it.each([
    { era: 'modern' as const, pods: 3, nodes: 2, expected: [1, 2] },
    { era: '2015' as const, pods: 3, nodes: 2, expected: [1, 2] },
    { era: 'modern' as const, pods: 4, nodes: 2, expected: [2, 2] },
    { era: 'modern' as const, pods: 7, nodes: 3, expected: [2, 2, 3] },
    { era: '2015' as const, pods: 7, nodes: 3, expected: [2, 2, 3] },
  ])('$era: $pods replicas of one RC on $nodes empty nodes spread $expected', (t) => {
    for (let seed = 1; seed <= 5; seed++) {
      const nodes = Array.from({ length: t.nodes }, (_, i) => info(node(`node-${i + 1}`)));
      const c = ctx(t.era, seed, { controllers: [rc('todo', { name: 'todo' })] });
      expect(spreadOf(scheduleAll(replicas(t.pods), nodes, c))).toEqual(t.expected);
    }
  });

  it('2015 SelectorSpread counts a Service’s pods even without a controller', () => {
    const nodes = [info(node('node-1'), [pod('web-0', {}, { app: 'web' })]), info(node('node-2'))];
    const d = schedule(
      pod('web-1', {}, { app: 'web' }),
      nodes,
      ctx('2015', 1, { services: [service('web', { app: 'web' })] }),
    );
    expect(
      d.nodes.map((n) => n.scores.find((s) => s.plugin === 'SelectorSpreadPriority')?.score),
    ).toEqual([0, 10]);
    expect(d.chosen).toBe('node-2');
  });
});

describe('tie-breaks', () => {
  it('identical nodes are a tie, broken the same way for the same seed', () => {
    const nodes = [1, 2, 3, 4].map((i) => info(node(`node-${i}`)));
    const choose = (seed: number) => schedule(pod('p'), nodes, ctx('modern', seed)).chosen;
    expect(choose(7)).toBe(choose(7));
    const seen = new Set(Array.from({ length: 40 }, (_, s) => choose(s)));
    expect(seen.size).toBeGreaterThan(1);
  });

  it('2015 also draws at random among the best', () => {
    const nodes = [1, 2, 3].map((i) => info(node(`node-${i}`)));
    const seen = new Set(
      Array.from({ length: 30 }, (_, s) => schedule(pod('p'), nodes, ctx('2015', s)).chosen),
    );
    expect(seen.size).toBeGreaterThan(1);
  });
});

describe('scores', () => {
  it('modern: LeastAllocated counts the pod itself, with 100m / 200Mi for no requests', () => {
    const busy = info(node('node-1'), [pod('a', {}, {}, { cpu: '1', memory: '2Gi' })]);
    const d = schedule(pod('p'), [busy, info(node('node-2'))], ctx());
    expect(d.nodes.map((n) => n.scores)).toEqual([
      [
        { plugin: 'TaintToleration', score: 100, weight: 3 },
        { plugin: 'NodeAffinity', score: 0, weight: 2 },
        // cpu (2000−1100)×100/2000 = 45; mem (4096−2248)Mi ×100/4096Mi = 45
        { plugin: 'NodeResourcesFit', score: 45, weight: 1 },
        // real requests only: cpu 1/2 = 0.5, mem 2/4 = 0.5 → perfectly balanced
        { plugin: 'NodeResourcesBalancedAllocation', score: 100, weight: 1 },
      ],
      [
        { plugin: 'TaintToleration', score: 100, weight: 3 },
        { plugin: 'NodeAffinity', score: 0, weight: 2 },
        // cpu (2000−100)×100/2000 = 95; mem (4096−200)×100/4096 = 95
        { plugin: 'NodeResourcesFit', score: 95, weight: 1 },
        { plugin: 'NodeResourcesBalancedAllocation', score: 100, weight: 1 },
      ],
    ]);
    expect(d.nodes.map((n) => n.total)).toEqual([445, 495]);
    expect(d.chosen).toBe('node-2');
    expect(d.explanation).toBe(
      'node-2 had the most free CPU and memory (score 495, next node-1 with 445).',
    );
  });

  it('2015: priorities score 0–10 with weight 1', () => {
    const busy = info(node('node-1'), [pod('a', {}, {}, { cpu: '1500m', memory: '1Gi' })]);
    const d = schedule(pod('p'), [busy, info(node('node-2'))], ctx('2015'));
    expect(d.nodes.map((n) => n.scores.map((s) => `${s.plugin}=${s.score}×${s.weight}`))).toEqual([
      // cpu (2000−1600)×10/2000 = 2, mem (4096−1224)×10/4096 = 7 → 4; 10 − |0.8 − 0.299|×10 = 4.99 → 4
      [
        'LeastRequestedPriority=4×1',
        'BalancedResourceAllocation=4×1',
        'SelectorSpreadPriority=10×1',
      ],
      [
        'LeastRequestedPriority=9×1',
        'BalancedResourceAllocation=9×1',
        'SelectorSpreadPriority=10×1',
      ],
    ]);
  });

  it('a PreferNoSchedule taint and preferred affinity steer the pod', () => {
    const tainted = node('node-1', {
      taints: [{ key: 'spot', value: 'yes', effect: 'PreferNoSchedule' }],
    });
    const d = schedule(pod('p'), [info(tainted), info(node('node-2'))], ctx());
    expect(d.chosen).toBe('node-2');
    expect(d.explanation).toMatch(/^node-2 had the fewest taints the pod does not tolerate/);
    const preferring = pod('q', {
      affinity: {
        nodeAffinity: {
          preferredDuringSchedulingIgnoredDuringExecution: [
            {
              weight: 10,
              preference: { matchExpressions: [{ key: 'disk', operator: 'In', values: ['ssd'] }] },
            },
          ],
        },
      },
    });
    const e = schedule(
      preferring,
      [info(node('node-1')), info(node('node-2', { labels: { disk: 'ssd' } }))],
      ctx(),
    );
    expect(e.chosen).toBe('node-2');
    expect(e.explanation).toMatch(/^node-2 best matched the pod's preferred node affinity/);
  });
});

describe('the decision trace', () => {
  it('lists every node in order, stopping each node’s filters at the first failure', () => {
    const d = schedule(
      pod('p', { nodeSelector: { disk: 'ssd' } }, {}, { cpu: '100m' }),
      [
        info(node('node-1', { unschedulable: true })),
        info(node('node-2')),
        info(node('node-3', { labels: { disk: 'ssd' } })),
      ],
      ctx(),
    );
    expect(d.pod).toBe('default/p');
    expect(
      d.nodes.map((n) => [
        n.node,
        n.feasible,
        n.filters.map((f) => `${f.plugin}:${f.fit}`).join(' '),
      ]),
    ).toEqual([
      ['node-1', false, 'NodeUnschedulable:false'],
      [
        'node-2',
        false,
        'NodeUnschedulable:true NodeName:true TaintToleration:true NodeAffinity:false',
      ],
      [
        'node-3',
        true,
        'NodeUnschedulable:true NodeName:true TaintToleration:true NodeAffinity:true NodePorts:true NodeResourcesFit:true VolumeRestrictions:true',
      ],
    ]);
    // one feasible node: the framework skips scoring
    expect(d.nodes[2]?.scores).toEqual([]);
    expect(d.chosen).toBe('node-3');
    expect(d.message).toBeUndefined();
    expect(d.explanation).toBe('node-3 is the only node where the pod fits.');
  });

  it('2015 uses the predicate names', () => {
    const d = schedule(pod('p', {}, {}, { cpu: '3' }), [info(node('node-1'))], ctx('2015'));
    expect(d.nodes[0]?.filters.map((f) => f.plugin)).toEqual([
      'NodeCondition',
      'NodeUnschedulable',
      'PodFitsPorts',
      'PodFitsResources',
    ]);
    expect(d.nodes[0]?.filters[3]?.reasons).toEqual(['Insufficient cpu']);
  });
});

describe('FailedScheduling messages', () => {
  const big = (p: Partial<Pod['spec']> = {}) => pod('big', p, {}, { cpu: '3' });
  it.each([
    {
      name: 'modern: reasons counted, sorted as strings, with preemption finding no victims',
      era: 'modern' as const,
      pod: big({ nodeSelector: { disk: 'ssd' } }),
      nodes: [
        info(node('node-1', { labels: { disk: 'ssd' } })),
        info(node('node-2')),
        info(node('node-3')),
      ],
      message:
        "0/3 nodes are available: 1 Insufficient cpu, 2 node(s) didn't match Pod's node affinity/selector. preemption: 0/3 nodes are available: 1 No preemption victims found for incoming pod, 2 Preemption is not helpful for scheduling.",
      explanation:
        "The pod stays Pending: no node fits (1 node has not enough free CPU; 2 nodes do not match the pod's node selector or affinity).",
    },
    {
      name: 'modern: all short of cpu',
      era: 'modern' as const,
      pod: big(),
      nodes: [info(node('node-1')), info(node('node-2')), info(node('node-3'))],
      message:
        '0/3 nodes are available: 3 Insufficient cpu. preemption: 0/3 nodes are available: 3 No preemption victims found for incoming pod.',
      explanation: 'The pod stays Pending: no node fits (3 nodes have not enough free CPU).',
    },
    {
      name: 'modern: cordoned and NotReady nodes',
      era: 'modern' as const,
      pod: pod('p'),
      nodes: [
        info(node('node-1', { unschedulable: true })),
        info(node('node-2', { ready: 'Unknown' })),
      ],
      message:
        '0/2 nodes are available: 1 node(s) had untolerated taint {node.kubernetes.io/unreachable: }, 1 node(s) were unschedulable. preemption: 0/2 nodes are available: 2 Preemption is not helpful for scheduling.',
      explanation:
        'The pod stays Pending: no node fits (1 node is cordoned; 1 node has a taint the pod does not tolerate {node.kubernetes.io/unreachable: }).',
    },
    {
      name: 'modern: no nodes at all',
      era: 'modern' as const,
      pod: pod('p'),
      nodes: [],
      message: 'no nodes available to schedule pods',
      explanation: 'The pod stays Pending: the cluster has no nodes.',
    },
    {
      name: '2015: the first failing predicate',
      era: '2015' as const,
      pod: big(),
      nodes: [info(node('node-1')), info(node('node-2'))],
      message: 'Failed for reason PodFitsResources and possibly others',
      explanation: 'The pod stays Pending: no node fits (2 nodes have not enough free CPU).',
    },
    {
      name: '2015: skips nodes the scheduler never listed',
      era: '2015' as const,
      pod: pod('p', { nodeSelector: { disk: 'ssd' } }),
      nodes: [info(node('node-1', { ready: 'False' })), info(node('node-2'))],
      message: 'Failed for reason MatchNodeSelector and possibly others',
      explanation:
        "The pod stays Pending: no node fits (1 node is not Ready; 1 node does not match the pod's node selector or affinity).",
    },
    {
      name: '2015: no Ready, schedulable node',
      era: '2015' as const,
      pod: pod('p'),
      nodes: [
        info(node('node-1', { ready: 'False' })),
        info(node('node-2', { unschedulable: true })),
      ],
      message: 'no nodes available to schedule pods',
      explanation: 'The pod stays Pending: no node fits (1 node is not Ready; 1 node is cordoned).',
    },
  ])('$name', (t) => {
    const d = schedule(t.pod, t.nodes, ctx(t.era));
    expect(d.chosen).toBeUndefined();
    expect(d.message).toBe(t.message);
    expect(d.explanation).toBe(t.explanation);
  });

  it('preemption re-filters without lower-priority pods and reports what still does not fit', () => {
    const low = {
      ...pod('low', {}, {}, { cpu: '1' }),
      spec: { ...pod('low', {}, {}, { cpu: '1' }).spec, priority: -10 },
    };
    const d = schedule(pod('p', {}, {}, { cpu: '3' }), [info(node('node-1'), [low])], ctx());
    expect(d.message).toBe(
      '0/1 nodes are available: 1 Insufficient cpu. preemption: 0/1 nodes are available: 1 Insufficient cpu.',
    );
  });

  it('no preemption tail when evicting lower-priority pods would make room', () => {
    const low = pod('low', { priority: -10 }, {}, { cpu: '1500m' });
    const d = schedule(pod('p', {}, {}, { cpu: '1' }), [info(node('node-1'), [low])], ctx());
    expect(d.message).toBe('0/1 nodes are available: 1 Insufficient cpu.');
  });
});
