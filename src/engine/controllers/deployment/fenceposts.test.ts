import { describe, expect, it } from 'vitest';
import { maxSurge, maxUnavailable, newRSNewReplicas, resolveFenceposts } from './fenceposts';
import { deployment, replicaSet } from './fixtures';

describe('maxSurge and maxUnavailable', () => {
  it.each([
    // replicas, surge, unavailable → surge pods, unavailable pods
    [3, '25%', '25%', 1, 0], // surge rounds up, unavailability down
    [4, '25%', '25%', 1, 1],
    [10, '25%', '25%', 3, 2],
    [10, 3, 2, 3, 2],
    [1, '25%', '25%', 1, 0],
    [1, 0, '25%', 0, 1], // both zero: one pod may be unavailable, or nothing would ever move
    [2, '0%', '1%', 0, 1],
    [5, '100%', '100%', 5, 5],
    [3, 0, 10, 0, 3], // never more unavailable than the replicas themselves
  ])('%i replicas, surge %s, unavailable %s → +%i / -%i', (replicas, surge, unav, s, u) => {
    const d = deployment(replicas, { surge, unavailable: unav });
    expect(maxSurge(d)).toBe(s);
    expect(maxUnavailable(d)).toBe(u);
  });

  it('a Recreate deployment neither surges nor counts unavailability', () => {
    const d = deployment(4, { recreate: true });
    expect([maxSurge(d), maxUnavailable(d)]).toEqual([0, 0]);
  });

  it('resolves the fenceposts of an empty deployment to one unavailable', () => {
    expect(resolveFenceposts('25%', '25%', 0)).toEqual({ surge: 0, unavailable: 1 });
  });
});

describe('how far the new ReplicaSet may grow', () => {
  it.each([
    // replicas, old size, new size → new size allowed
    [3, 3, 0, 1], // 3 + 1 surge = 4 pods in all
    [3, 2, 1, 2],
    [3, 3, 1, 1], // at 4 pods already: no growth until an old pod goes
    [10, 10, 0, 3],
    [10, 8, 3, 5],
    [3, 0, 2, 3], // never past the desired count
  ])('%i replicas, old %i, new %i → %i', (replicas, old, current, expected) => {
    const d = deployment(replicas);
    const newRS = replicaSet('web-new', current, 0);
    expect(newRSNewReplicas(d, [replicaSet('web-old', old, old), newRS], newRS)).toBe(expected);
  });

  it('Recreate takes every replica at once', () => {
    const d = deployment(5, { recreate: true });
    const newRS = replicaSet('web-new', 0, 0);
    expect(newRSNewReplicas(d, [newRS], newRS)).toBe(5);
  });
});
