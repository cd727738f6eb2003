import { describe, expect, it } from 'vitest';
import { parseRFC3339, rfc3339 } from '../../util/time';
import { deployment, replicaSet } from './fixtures';
import { calculateStatus, pausedConditionStatus, rolloutStatus } from './progress';

const NOW = parseRFC3339('2026-01-05T09:00:00Z') ?? 0;

describe('Deployment status', () => {
  it('counts from the ReplicaSets, and reports minimum availability', () => {
    const d = deployment(3);
    const old = replicaSet('web-old', 2, 2);
    const newRS = replicaSet('web-new', 2, 1, { created: '2026-01-05T09:01:00Z' });
    const s = calculateStatus(d, [old, newRS], newRS, NOW);
    expect(s).toMatchObject({
      observedGeneration: 1,
      replicas: 4,
      updatedReplicas: 2,
      readyReplicas: 3,
      availableReplicas: 3,
      unavailableReplicas: 1,
    });
    expect(s.conditions).toEqual([
      {
        type: 'Available',
        status: 'True',
        reason: 'MinimumReplicasAvailable',
        message: 'Deployment has minimum availability.',
        lastUpdateTime: rfc3339(NOW),
        lastTransitionTime: rfc3339(NOW),
      },
    ]);
  });

  it('says NewReplicaSetAvailable when the rollout is complete', () => {
    const d = deployment(3);
    const newRS = replicaSet('web-new', 3, 3);
    const s = rolloutStatus(d, [newRS], newRS, NOW);
    expect(s.conditions?.map((c) => [c.type, c.status, c.reason, c.message])).toEqual([
      ['Available', 'True', 'MinimumReplicasAvailable', 'Deployment has minimum availability.'],
      [
        'Progressing',
        'True',
        'NewReplicaSetAvailable',
        'ReplicaSet "web-new" has successfully progressed.',
      ],
    ]);
  });

  it('times out a rollout that has not moved for progressDeadlineSeconds', () => {
    const d = deployment(3);
    const newRS = replicaSet('web-new', 1, 0);
    const old = replicaSet('web-old', 3, 3);
    d.status = {
      ...calculateStatus(d, [old, newRS], newRS, NOW),
      conditions: [
        {
          type: 'Progressing',
          status: 'True',
          reason: 'ReplicaSetUpdated',
          message: 'ReplicaSet "web-new" is progressing.',
          lastUpdateTime: rfc3339(NOW),
          lastTransitionTime: rfc3339(NOW),
        },
      ],
    };
    const before = rolloutStatus(d, [old, newRS], newRS, NOW + 600_000);
    expect(before.conditions?.find((c) => c.type === 'Progressing')?.reason).toBe(
      'ReplicaSetUpdated',
    );
    const after = rolloutStatus(d, [old, newRS], newRS, NOW + 601_000);
    expect(after.conditions?.find((c) => c.type === 'Progressing')).toMatchObject({
      status: 'False',
      reason: 'ProgressDeadlineExceeded',
      message: 'ReplicaSet "web-new" has timed out progressing.',
    });
  });

  it('marks a paused Deployment Unknown/DeploymentPaused, and resumed when it resumes', () => {
    const d = deployment(3);
    d.spec.paused = true;
    const paused = pausedConditionStatus(d, NOW);
    expect(paused?.conditions?.[0]).toMatchObject({
      status: 'Unknown',
      reason: 'DeploymentPaused',
      message: 'Deployment is paused',
    });
    const resumed = pausedConditionStatus(
      { ...d, spec: { ...d.spec, paused: false }, status: paused ?? {} },
      NOW,
    );
    expect(resumed?.conditions?.[0]).toMatchObject({
      reason: 'DeploymentResumed',
      message: 'Deployment is resumed',
    });
  });
});
