import { describe, expect, it } from 'vitest';
import { deployment, replicaSet } from './fixtures';
import { isScalingEvent, planScale } from './scale';
import { replicaSetsToCleanUp } from './cleanup';

const sizes = (ops: { rs: { metadata: { name: string } }; replicas: number }[]) =>
  Object.fromEntries(ops.map((op) => [op.rs.metadata.name, op.replicas]));

describe('scaling a Deployment', () => {
  it('sees a scaling event when an active ReplicaSet was sized for another replica count', () => {
    const d = deployment(5);
    expect(isScalingEvent(d, [replicaSet('web-a', 3, 3, { desired: 3 })])).toBe(true);
    expect(isScalingEvent(d, [replicaSet('web-a', 5, 5, { desired: 5 })])).toBe(false);
    expect(isScalingEvent(d, [replicaSet('web-a', 0, 0, { desired: 3 })])).toBe(false);
  });

  it('gives the one active ReplicaSet the new size', () => {
    const d = deployment(5);
    expect(sizes(planScale(d, replicaSet('web-a', 3, 3, { desired: 3 }), []))).toEqual({
      'web-a': 5,
    });
  });

  it('shares new replicas in proportion during a rollout, the leftover to the largest', () => {
    // 10 → 15 replicas mid-rollout: old 8 and new 5 of a 10+3 deployment; 15+4 allowed now
    const d = deployment(15, { surge: 3, unavailable: 2 });
    const old = replicaSet('web-old', 8, 8, { desired: 10, max: 13 });
    const newRS = replicaSet('web-new', 5, 0, {
      desired: 10,
      max: 13,
      created: '2026-01-05T09:01:00Z',
    });
    // old: round(8*18/13)=11 (+3), new: round(5*18/13)=7 (+2); 18 allowed in all
    expect(sizes(planScale(d, newRS, [old]))).toEqual({ 'web-old': 11, 'web-new': 7 });
  });
});

describe('revision history cleanup', () => {
  it('deletes the oldest empty revisions beyond the limit, never one with pods', () => {
    const d = { ...deployment(3), spec: { ...deployment(3).spec, revisionHistoryLimit: 1 } };
    const r1 = replicaSet('web-1', 0, 0, { revision: 1 });
    const r2 = replicaSet('web-2', 0, 0, { revision: 2, current: 1 }); // a pod still terminating
    const r3 = replicaSet('web-3', 0, 0, { revision: 3 });
    expect(replicaSetsToCleanUp(d, [r3, r1, r2]).map((rs) => rs.metadata.name)).toEqual(['web-1']);
  });
});
