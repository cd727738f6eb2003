import { describe, expect, it } from 'vitest';
import { deployment, replicaSet } from './fixtures';
import { reconcileNewReplicaSet, reconcileOldReplicaSets } from './rolling';

const sizes = (ops: { rs: { metadata: { name: string } }; replicas: number }[]) =>
  Object.fromEntries(ops.map((op) => [op.rs.metadata.name, op.replicas]));

describe('a rolling update step', () => {
  it('grows the new ReplicaSet first, within the surge', () => {
    const d = deployment(3);
    const newRS = replicaSet('web-new', 0, 0, { created: '2026-01-05T09:01:00Z' });
    const op = reconcileNewReplicaSet(d, [replicaSet('web-old', 3, 3), newRS], newRS);
    expect(op?.replicas).toBe(1);
  });

  it('does nothing to the new ReplicaSet once it has every replica', () => {
    const d = deployment(3);
    const newRS = replicaSet('web-new', 3, 0);
    expect(reconcileNewReplicaSet(d, [newRS], newRS)).toBeUndefined();
  });

  it('shrinks an oversized new ReplicaSet straight to the desired count', () => {
    const d = deployment(2);
    const newRS = replicaSet('web-new', 5, 5);
    expect(reconcileNewReplicaSet(d, [newRS], newRS)?.replicas).toBe(2);
  });

  it.each([
    // description, replicas, old [size, available], new [size, available] → old sizes
    ['waits while the new pod is not available (0 unavailable allowed)', 3, [3, 3], [1, 0], {}],
    ['removes one old pod once the new one is available', 3, [3, 3], [1, 1], { 'web-old': 2 }],
    ['removes as many as maxUnavailable allows at once', 4, [4, 4], [1, 0], { 'web-old': 3 }],
    ['removes unavailable old pods only within the budget', 4, [4, 1], [1, 0], { 'web-old': 3 }],
    ['leaves the old ReplicaSet alone when it is already empty', 3, [0, 0], [3, 3], {}],
  ] as const)('%s', (_what, replicas, [oldSize, oldAvail], [newSize, newAvail], expected) => {
    const d = deployment(replicas);
    const old = replicaSet('web-old', oldSize, oldAvail);
    const newRS = replicaSet('web-new', newSize, newAvail, { created: '2026-01-05T09:01:00Z' });
    expect(sizes(reconcileOldReplicaSets(d, [old], newRS))).toEqual(expected);
  });

  it('removes every unavailable old pod first when the budget allows', () => {
    const d = deployment(4, { surge: 1, unavailable: 2 });
    const old = replicaSet('web-old', 4, 1);
    const newRS = replicaSet('web-new', 1, 1, { created: '2026-01-05T09:01:00Z' });
    expect(sizes(reconcileOldReplicaSets(d, [old], newRS))).toEqual({ 'web-old': 1 });
  });

  it('scales the oldest old ReplicaSet down first', () => {
    const d = deployment(4, { surge: 0, unavailable: 2 });
    const older = replicaSet('web-a', 2, 2, { created: '2026-01-05T09:00:00Z' });
    const newer = replicaSet('web-b', 2, 2, { created: '2026-01-05T09:00:30Z' });
    const newRS = replicaSet('web-c', 0, 0, { created: '2026-01-05T09:01:00Z' });
    expect(sizes(reconcileOldReplicaSets(d, [newer, older], newRS))).toEqual({ 'web-a': 0 });
  });

  it('never lets a crash-looping new ReplicaSet eat the old, working pods', () => {
    // 10 replicas, 2 unavailable, 3 surge: the new pods never become available
    const d = deployment(10, { surge: 3, unavailable: 2 });
    const old = replicaSet('web-old', 8, 8);
    const newRS = replicaSet('web-new', 5, 0, { created: '2026-01-05T09:01:00Z' });
    expect(reconcileOldReplicaSets(d, [old], newRS)).toEqual([]);
  });
});
