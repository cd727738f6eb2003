import { describe, expect, it } from 'vitest';
import { Rand } from '../rand';
import { numFeasibleNodesToFind, schedule } from './schedule';
import { info, node, pod } from './testFixtures';

describe('the modern scheduler samples large clusters (percentageOfNodesToScore)', () => {
  it.each([
    [3, 3],
    [99, 99],
    [100, 100],
    [500, 230],
    [1000, 420],
    [5000, 500],
  ])('in %i nodes it looks for %i feasible ones', (nodes, wanted) => {
    expect(numFeasibleNodesToFind(nodes)).toBe(wanted);
  });

  it('stops filtering once it has enough, and starts where the last decision stopped', () => {
    const nodes = Array.from({ length: 500 }, (_, i) => info(node(`node-${i + 1}`)));
    const ctx = { era: 'modern' as const, rand: new Rand(1), services: [], controllers: [] };
    const first = schedule(pod('a'), nodes, ctx);
    expect(first.evaluated).toBe(230);
    expect(first.nodes[0]?.node).toBe('node-1');
    const second = schedule(pod('b'), nodes, { ...ctx, startIndex: first.evaluated });
    expect(second.nodes[0]?.node).toBe('node-231');
  });

  it('2015 looked at every node', () => {
    const nodes = Array.from({ length: 150 }, (_, i) => info(node(`node-${i + 1}`)));
    const ctx = { era: '2015' as const, rand: new Rand(1), services: [], controllers: [] };
    expect(schedule(pod('a'), nodes, ctx).evaluated).toBe(150);
  });
});
