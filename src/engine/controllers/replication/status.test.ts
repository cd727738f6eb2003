import { describe, expect, it } from 'vitest';
import { NOW, ownedBy, rc } from './fixtures';
import { calculateStatus, isPodAvailable } from './status';

describe('calculateStatus', () => {
  const web = rc('web', { replicas: 4, minReadySeconds: 10, generation: 3 });

  it('counts replicas, fully labeled, ready and available pods, and the observed generation', () => {
    const c = rc('web', {
      minReadySeconds: 10,
      generation: 3,
      templateLabels: { app: 'web', tier: 'fe' },
    });
    const labelled = { app: 'web', tier: 'fe' };
    const owned = [
      ownedBy(c, 'long-ready', { readyFor: 60, labels: labelled }),
      ownedBy(c, 'just-ready', { readyFor: 5, labels: labelled }),
      ownedBy(c, 'starting', { labels: labelled }),
      ownedBy(c, 'narrow', { readyFor: 60 }),
    ];
    expect(calculateStatus(c, owned, NOW)).toEqual({
      replicas: 4,
      fullyLabeledReplicas: 3,
      readyReplicas: 3,
      availableReplicas: 2,
      observedGeneration: 3,
    });
  });

  it('leaves out counts that are zero, as the API does, but always has replicas', () => {
    expect(calculateStatus(rc('web', { generation: 2 }), [], NOW)).toEqual({
      replicas: 0,
      observedGeneration: 2,
    });
    expect(calculateStatus(web, [ownedBy(web, 'starting')], NOW)).toEqual({
      replicas: 1,
      fullyLabeledReplicas: 1,
      observedGeneration: 3,
    });
  });

  it('2015: a v1.0 controller reported only how many replicas it had', () => {
    const owned = [ownedBy(web, 'ready', { readyFor: 60 }), ownedBy(web, 'starting')];
    expect(calculateStatus(web, owned, NOW, { era: '2015' })).toEqual({ replicas: 2 });
  });

  it('sets ReplicaFailure on a failed create, keeps it, and clears it after a clean sync', () => {
    const failure = { reason: 'FailedCreate', message: 'pods "web-x" is forbidden' } as const;
    const failed = calculateStatus(web, [], NOW, { failure });
    expect(failed.conditions).toEqual([
      {
        type: 'ReplicaFailure',
        status: 'True',
        reason: 'FailedCreate',
        message: 'pods "web-x" is forbidden',
        lastTransitionTime: '2026-01-05T10:00:00Z',
      },
    ]);
    const withStatus = { ...web, object: { ...web.object, status: failed } };
    const again = calculateStatus(withStatus, [], NOW + 60_000, {
      failure: { ...failure, message: 'other' },
    });
    expect(again.conditions).toEqual(failed.conditions);
    expect(calculateStatus(withStatus, [], NOW)).not.toHaveProperty('conditions');
  });
});

describe('isPodAvailable', () => {
  const web = rc('web');
  it.each([
    { readyFor: undefined, minReadySeconds: 0, want: false },
    { readyFor: 0, minReadySeconds: 0, want: true },
    { readyFor: 9, minReadySeconds: 10, want: false },
    // ready for exactly minReadySeconds is not yet "longer than"
    { readyFor: 10, minReadySeconds: 10, want: false },
    { readyFor: 11, minReadySeconds: 10, want: true },
  ])('ready for $readyFor s with minReadySeconds $minReadySeconds → $want', (t) => {
    const p = ownedBy(web, 'p', t.readyFor === undefined ? {} : { readyFor: t.readyFor });
    expect(isPodAvailable(p, t.minReadySeconds, NOW)).toBe(t.want);
  });

  it('a ready pod without a transition time is available only without minReadySeconds', () => {
    const p = ownedBy(web, 'p', { readyFor: 100 });
    p.status!.conditions = [{ type: 'Ready', status: 'True' }];
    expect(isPodAvailable(p, 0, NOW)).toBe(true);
    expect(isPodAvailable(p, 5, NOW)).toBe(false);
  });
});
