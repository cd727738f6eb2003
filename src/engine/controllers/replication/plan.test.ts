import { describe, expect, it } from 'vitest';
import { adoptedPod } from './claim';
import { NOW, names, ownedBy, pod, rc, rs } from './fixtures';
import { BURST_REPLICAS, planSync, slowStartBatches } from './plan';
import { relatedPods } from './related';
import { replicaController } from './controller';

const ready = { node: 'node-1', readyFor: 600, age: 600 } as const;

describe('planSync: scaling', () => {
  it('creates the missing pods', () => {
    const web = rc('web', { replicas: 3 });
    const plan = planSync(web, [ownedBy(web, 'web-a', ready)], 'modern', NOW);
    expect(plan.create).toBe(2);
    expect(plan.delete).toEqual([]);
    expect(plan.status.replicas).toBe(1);
  });

  it(`creates at most ${BURST_REPLICAS} pods in one sync`, () => {
    expect(planSync(rc('web', { replicas: 1200 }), [], 'modern', NOW).create).toBe(500);
  });

  it('deletes the surplus, most expendable first', () => {
    const web = rc('web', { replicas: 1 });
    const pods = [
      ownedBy(web, 'web-old', ready),
      ownedBy(web, 'web-new', { ...ready, age: 20, readyFor: 10 }),
      ownedBy(web, 'web-pending', { phase: 'Pending', age: 5 }),
    ];
    const plan = planSync(web, pods, 'modern', NOW);
    expect(plan.create).toBe(0);
    expect(names(plan.delete)).toEqual(['web-pending', 'web-new']);
  });

  it('does nothing when the count is right', () => {
    const web = rc('web', { replicas: 2 });
    const plan = planSync(web, [ownedBy(web, 'a', ready), ownedBy(web, 'b', ready)], 'modern', NOW);
    expect([plan.create, plan.delete, plan.adopt, plan.release]).toEqual([0, [], [], []]);
  });

  it.each([
    { state: 'terminating', facts: { ...ready, terminating: true } },
    { state: 'Succeeded', facts: { ...ready, phase: 'Succeeded' } },
    { state: 'Failed', facts: { ...ready, phase: 'Failed' } },
  ] as const)('a $state pod is not counted and is replaced at once', ({ facts }) => {
    const web = rc('web', { replicas: 2 });
    const pods = [ownedBy(web, 'a', ready), ownedBy(web, 'b', facts)];
    const plan = planSync(web, pods, 'modern', NOW);
    expect(plan.create).toBe(1);
    expect(plan.status.replicas).toBe(1);
  });

  it('a controller being deleted plans no creates or deletes', () => {
    const plan = planSync(rc('web', { replicas: 3, deleting: true }), [], 'modern', NOW);
    expect(plan.create).toBe(0);
    expect(plan.status).toEqual({ replicas: 0, observedGeneration: 1 });
  });
});

describe('planSync: relabelling a pod to debug it', () => {
  it('modern: the pod is released and a replacement is created', () => {
    const web = rc('web', { replicas: 2 });
    const pods = [
      ownedBy(web, 'a', ready),
      ownedBy(web, 'b', { ...ready, labels: { app: 'debug' } }),
    ];
    const plan = planSync(web, pods, 'modern', NOW);
    expect(names(plan.release)).toEqual(['b']);
    expect(plan.create).toBe(1);
  });

  it('2015: the pod simply stops matching and a replacement is created', () => {
    const web = rc('web', { replicas: 2 });
    const pods = [pod('a', ready), pod('b', { ...ready, labels: { app: 'debug' } })];
    const plan = planSync(web, pods, '2015', NOW);
    expect(plan.release).toEqual([]);
    expect(plan.create).toBe(1);
    expect(plan.status).toEqual({ replicas: 1 });
  });
});

describe('planSync: a foreign pod labelled into the selector', () => {
  it('is adopted, and the surplus is deleted by the ranking, not necessarily the newcomer', () => {
    const web = rc('web', { replicas: 2 });
    const pods = [
      ownedBy(web, 'web-a', ready),
      ownedBy(web, 'web-b', { node: 'node-2', phase: 'Pending', age: 30 }),
      pod('by-hand', { ...ready, node: 'node-3', age: 7200, readyFor: 7200 }),
    ];
    const plan = planSync(web, pods, 'modern', NOW);
    expect(names(plan.adopt)).toEqual(['by-hand']);
    expect(plan.create).toBe(0);
    expect(names(plan.delete)).toEqual(['web-b']);
    expect(plan.status.replicas).toBe(3);
    expect(names(plan.owned)).toEqual(['web-a', 'web-b', 'by-hand']);
    // once the reference is written, the next sync owns it without adopting again
    const next = planSync(web, [pods[0]!, adoptedPod(web, pods[2]!)], 'modern', NOW);
    expect([next.adopt, next.delete, next.create]).toEqual([[], [], 0]);
  });

  it('2015: it just counts, and the surplus goes the same way', () => {
    const web = rc('web', { replicas: 1 });
    const plan = planSync(web, [pod('a', ready), pod('b', { phase: 'Pending' })], '2015', NOW);
    expect(plan.adopt).toEqual([]);
    expect(names(plan.delete)).toEqual(['b']);
  });
});

describe('planSync: spreading across a Deployment’s ReplicaSets', () => {
  it('uses the related pods of sibling ReplicaSets for the doubled-up rule', () => {
    const deployment = { apiVersion: 'apps/v1', kind: 'Deployment', name: 'web', uid: 'uid-d' };
    const owner = { ...deployment, controller: true, blockOwnerDeletion: true };
    const oldRS = rs('web-old', { owner, selector: { app: 'web', hash: 'old' }, replicas: 1 });
    const newRS = rs('web-new', { owner, selector: { app: 'web', hash: 'new' } });
    const c = replicaController(oldRS);
    const mine = [
      ownedBy(c, 'old-1', { ...ready, labels: { app: 'web', hash: 'old' } }),
      ownedBy(c, 'old-2', { ...ready, node: 'node-2', labels: { app: 'web', hash: 'old' } }),
    ];
    const theirs = [
      pod('new-1', { ...ready, node: 'node-2', labels: { app: 'web', hash: 'new' } }),
      pod('new-2', { ...ready, node: 'node-2', labels: { app: 'web', hash: 'new' } }),
    ];
    const all = [...mine, ...theirs];
    const related = relatedPods(oldRS, [oldRS, newRS, rs('lone')], all);
    expect(names(related)).toEqual(['old-1', 'old-2', 'new-1', 'new-2']);
    // node-2 is crowded with the new ReplicaSet's pods: the old pod there goes
    expect(names(planSync(c, all, 'modern', NOW, related).delete)).toEqual(['old-2']);
    // a ReplicaSet without an owner has no related pods (as in Kubernetes)
    expect(relatedPods(rs('lone'), [oldRS, newRS], all)).toEqual([]);
  });
});

describe('slowStartBatches', () => {
  it.each([
    { count: 0, want: [] },
    { count: 1, want: [1] },
    { count: 3, want: [1, 2] },
    { count: 10, want: [1, 2, 4, 3] },
    { count: 500, want: [1, 2, 4, 8, 16, 32, 64, 128, 245] },
  ])('$count pods are created in batches $want', ({ count, want }) => {
    expect(slowStartBatches(count)).toEqual(want);
  });
});
