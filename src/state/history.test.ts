import { describe, expect, it } from 'vitest';
import type { ReplicationController } from '../engine/types';
import type { WireChange } from '../worker/protocol';
import { historyAfterChanges, MAX_POINTS, type ReplicaHistory } from './history';

function rc(replicas: number, current?: number, ready?: number): ReplicationController {
  return {
    apiVersion: 'v1',
    kind: 'ReplicationController',
    metadata: { name: 'web', namespace: 'default' },
    spec: { replicas, selector: { app: 'web' } },
    ...(current === undefined
      ? {}
      : {
          status: {
            replicas: current,
            ...(ready === undefined ? {} : { readyReplicas: ready }),
          },
        }),
  } as ReplicationController;
}

const at = (
  time: number,
  object: ReplicationController,
  type: WireChange['type'] = 'MODIFIED',
): WireChange => ({ type, kind: 'ReplicationController', object, resourceVersion: time, time });

const KEY = 'ReplicationController/default/web';

describe('replica history', () => {
  it('records desired, current and ready each time a controller’s figures change', () => {
    let history: ReplicaHistory = {};
    history = historyAfterChanges(history, [at(1_000, rc(3), 'ADDED')]);
    history = historyAfterChanges(history, [at(1_100, rc(3, 3)), at(1_200, rc(3, 3, 1))]);
    history = historyAfterChanges(history, [at(5_000, rc(3, 3, 3))]);
    expect(history[KEY]?.points).toEqual([
      { time: 1_000, desired: 3, current: 0, ready: 0 },
      { time: 1_100, desired: 3, current: 3, ready: 0 },
      { time: 1_200, desired: 3, current: 3, ready: 1 },
      { time: 5_000, desired: 3, current: 3, ready: 3 },
    ]);
  });

  it('keeps the same history when a change leaves the figures as they were', () => {
    const before = historyAfterChanges({}, [at(1_000, rc(2, 2, 2), 'ADDED')]);
    expect(historyAfterChanges(before, [at(2_000, rc(2, 2, 2))])).toBe(before);
    expect(
      historyAfterChanges(before, [
        { type: 'MODIFIED', kind: 'Pod', object: rc(1) as never, resourceVersion: 3, time: 3 },
      ]),
    ).toBe(before);
  });

  it('marks a deleted controller, and starts afresh when one of its name comes back', () => {
    let history = historyAfterChanges({}, [at(1_000, rc(2, 2, 2), 'ADDED')]);
    history = historyAfterChanges(history, [at(9_000, rc(2, 2, 2), 'DELETED')]);
    expect(history[KEY]?.deletedAt).toBe(9_000);
    history = historyAfterChanges(history, [at(12_000, rc(5), 'ADDED')]);
    expect(history[KEY]?.deletedAt).toBeUndefined();
    expect(history[KEY]?.points).toEqual([{ time: 12_000, desired: 5, current: 0, ready: 0 }]);
  });

  it(`keeps the latest ${MAX_POINTS} points`, () => {
    let history: ReplicaHistory = {};
    for (let i = 0; i <= MAX_POINTS; i++) history = historyAfterChanges(history, [at(i, rc(i))]);
    expect(history[KEY]?.points).toHaveLength(MAX_POINTS);
    expect(history[KEY]?.points[0]?.desired).toBe(1);
  });
});
