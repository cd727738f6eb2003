import { describe, expect, it } from 'vitest';
import type { Pod } from '../../types';
import { NOW, names, pod } from './fixtures';
import { podsToDelete } from './ranking';

/** A long-serving, healthy pod: every rule prefers to keep it. */
const steady = { node: 'node-1', phase: 'Running', readyFor: 3600, age: 3600 } as const;

interface Case {
  rule: string;
  /** The pod the rule picks to delete first. */
  expendable: Pod;
  keeper: Pod;
  related?: Pod[];
}

const modernRules: Case[] = [
  {
    rule: '1. a pod not yet scheduled goes before a scheduled one',
    expendable: pod('b', { phase: 'Pending', age: 3600 }),
    keeper: pod('a', { ...steady, phase: 'Pending', readyFor: undefined }),
  },
  {
    rule: '2. Pending goes before Unknown',
    expendable: pod('b', { ...steady, phase: 'Pending', readyFor: undefined }),
    keeper: pod('a', { ...steady, phase: 'Unknown', readyFor: undefined }),
  },
  {
    rule: '2. Unknown goes before Running',
    expendable: pod('b', { ...steady, phase: 'Unknown', readyFor: undefined }),
    keeper: pod('a', { ...steady, readyFor: undefined }),
  },
  {
    rule: '3. not ready goes before ready',
    expendable: pod('b', { ...steady, readyFor: undefined }),
    keeper: pod('a', steady),
  },
  {
    rule: '4. a lower pod-deletion-cost goes first',
    expendable: pod('b', { ...steady, deletionCost: '-5' }),
    keeper: pod('a', { ...steady, deletionCost: '10' }),
  },
  {
    rule: '4. an unparsable cost counts as 0',
    expendable: pod('b', { ...steady, deletionCost: 'lots' }),
    keeper: pod('a', { ...steady, deletionCost: '1' }),
  },
  {
    rule: '5. a pod doubled up with its siblings goes first',
    expendable: pod('b', steady),
    keeper: pod('a', { ...steady, node: 'node-2' }),
    related: [
      pod('b', steady),
      pod('c', steady),
      pod('a', { ...steady, node: 'node-2' }),
      // a terminating sibling no longer crowds its node
      pod('d', { ...steady, node: 'node-2', terminating: true }),
    ],
  },
  {
    rule: '6. the pod ready for less time goes first',
    expendable: pod('b', { ...steady, readyFor: 30 }),
    keeper: pod('a', steady),
  },
  {
    rule: '7. the pod with more container restarts goes first',
    expendable: pod('b', { ...steady, restarts: 4 }),
    keeper: pod('a', { ...steady, restarts: 1 }),
  },
  {
    rule: '8. the newer pod goes first',
    expendable: pod('b', { ...steady, age: 60 }),
    keeper: pod('a', steady),
  },
  {
    rule: '8. a pod without a creationTimestamp goes first',
    expendable: pod('b', { ...steady, age: undefined }),
    keeper: pod('a', { ...steady, age: 5 }),
  },
  {
    rule: 'an earlier rule outranks every later one',
    expendable: pod('b', { ...steady, phase: 'Pending', readyFor: undefined, age: 7200 }),
    keeper: pod('a', { ...steady, age: 5, readyFor: 5, restarts: 9, deletionCost: '-100' }),
  },
  {
    rule: 'ages in the same power-of-two bucket tie and the lower UID goes first',
    // 100 s and 110 s are both 2^36 ns old: LogarithmicScaleDown does not prefer the newer
    expendable: pod('b', { ...steady, age: 110, uid: '1111' }),
    keeper: pod('a', { ...steady, age: 100, uid: '9999' }),
  },
];

describe('podsToDelete (modern ranking)', () => {
  it.each(modernRules)('$rule', ({ expendable, keeper, related }) => {
    for (const input of [
      [keeper, expendable],
      [expendable, keeper],
    ]) {
      expect(names(podsToDelete(input, related ?? input, 1, 'modern', NOW))).toEqual([
        expendable.metadata.name,
      ]);
    }
  });

  it('orders a whole set, most expendable first', () => {
    const pods = [
      pod('old-ready', steady),
      pod('crashing', { ...steady, restarts: 3 }),
      pod('starting', { ...steady, readyFor: undefined, age: 10 }),
      pod('unscheduled', { phase: 'Pending', age: 5 }),
      pod('just-ready', { ...steady, readyFor: 20, age: 40 }),
    ];
    expect(names(podsToDelete(pods, pods, 4, 'modern', NOW))).toEqual([
      'unscheduled',
      'starting',
      'just-ready',
      'crashing',
    ]);
  });

  it('without related pods the doubled-up rule separates nothing', () => {
    const crowded = pod('a', steady);
    const alone = pod('b', { ...steady, node: 'node-2' });
    const others = [pod('c', steady), pod('d', steady)];
    expect(names(podsToDelete([crowded, alone], [], 1, 'modern', NOW))).toEqual(['a']);
    expect(
      names(podsToDelete([alone, crowded], [...others, crowded, alone], 1, 'modern', NOW)),
    ).toEqual(['a']);
    const lonely = pod('a', { ...steady, node: 'node-3' });
    expect(names(podsToDelete([lonely, alone], [...others, alone], 1, 'modern', NOW))).toEqual([
      'b',
    ]);
  });
});

describe('podsToDelete (2015 ranking: rules 1–3, then by name)', () => {
  it.each(modernRules.slice(0, 4))('$rule', ({ expendable, keeper }) => {
    for (const input of [
      [keeper, expendable],
      [expendable, keeper],
    ])
      expect(names(podsToDelete(input, input, 1, '2015', NOW))).toEqual([expendable.metadata.name]);
  });

  it.each(modernRules.slice(4, 11))('ignores modern rule $rule', ({ expendable, keeper }) => {
    // the pods differ only in what v1.0 did not look at: the name decides
    const input = [expendable, keeper];
    expect(names(podsToDelete(input, input, 1, '2015', NOW))).toEqual(['a']);
  });
});

describe('podsToDelete counts', () => {
  const pods = [pod('a', steady), pod('b', steady), pod('c', steady)];
  it.each([
    { count: 0, want: [] },
    { count: 3, want: ['a', 'b', 'c'] },
    { count: 7, want: ['a', 'b', 'c'] },
  ])('deletes min(count, pods) = $want.length for count $count', ({ count, want }) => {
    expect(names(podsToDelete(pods, pods, count, 'modern', NOW))).toEqual(want);
  });
});
