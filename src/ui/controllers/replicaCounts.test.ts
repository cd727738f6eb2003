import { describe, expect, it } from 'vitest';
import type { Pod } from '../../engine/types';
import { labelledPod, ownedBy, rc, stateWith } from '../../state/testWorkloads';
import { replicaCounts, selectReadyPodCount } from './replicaCounts';

const ready = (pod: Pod): Pod => ({
  ...pod,
  status: { phase: 'Running', conditions: [{ type: 'Ready', status: 'True' }] },
});

describe('desired/current/ready', () => {
  it('reads a modern controller’s status; an omitted readyReplicas is 0', () => {
    const web = rc('web', { app: 'web' });
    expect(replicaCounts(web, 'modern', 7)).toEqual({
      desired: 2,
      current: 2,
      ready: 1,
      readyCounted: false,
    });
    const { readyReplicas: _omitted, ...status } = web.status ?? { replicas: 0 };
    expect(replicaCounts({ ...web, status }, 'modern', 7).ready).toBe(0);
  });

  it('counts a 2015 RC’s ready pods itself: the RC reported only replicas', () => {
    const redis = { ...rc('redis', { name: 'redis' }), status: { replicas: 2 } };
    const s = stateWith(
      [
        redis,
        ready(labelledPod('redis-a', { name: 'redis' })),
        labelledPod('redis-b', { name: 'redis' }),
      ],
      '2015',
    );
    const count = selectReadyPodCount('ReplicationController', 'default/redis')(s);
    expect(count).toBe(1);
    expect(replicaCounts(redis, '2015', count)).toEqual({
      desired: 2,
      current: 2,
      ready: 1,
      readyCounted: true,
    });
  });

  it('counts only the controller’s own pods', () => {
    const s = stateWith([
      rc('web', { app: 'web' }),
      ready(
        labelledPod('web-a', { app: 'web' }, { owner: ownedBy('ReplicationController', 'web') }),
      ),
      ready(labelledPod('stray', { app: 'web' })),
    ]);
    expect(selectReadyPodCount('ReplicationController', 'default/web')(s)).toBe(1);
  });
});
