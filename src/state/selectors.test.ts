import { describe, expect, it } from 'vitest';
import { applyChanges, emptyMirror } from './mirror';
import {
  selectIsSelected,
  selectPendingReasons,
  selectPullOfPod,
  selectStoredObjectCount,
} from './selectors';
import { initialClusterState, type ClusterState } from './store';
import { change, node, pod } from './testObjects';

function stateWith(...changes: Parameters<typeof applyChanges>[1]): ClusterState {
  return { ...initialClusterState(), mirror: applyChanges(emptyMirror, changes) };
}

describe('picture selectors', () => {
  it('counts the objects etcd holds, once per mirror', () => {
    const s = stateWith(
      change('ADDED', node('node-1'), 1),
      change('ADDED', pod('web', 'node-1'), 2),
      change('ADDED', pod('db'), 3),
    );
    expect(selectStoredObjectCount(s)).toBe(3);
    expect(selectStoredObjectCount({ ...s, clock: { ...s.clock, now: 5 } })).toBe(3);
  });

  it('knows which drawn object the Inspector shows', () => {
    const s = {
      ...initialClusterState(),
      ui: { selected: { kind: 'Pod', id: 'default/web' }, hover: null },
    };
    expect(selectIsSelected('Pod', 'default/web')(s)).toBe(true);
    expect(selectIsSelected('Container', 'default/web')(s)).toBe(false);
  });

  it('finds the pull in progress of one pod on its node', () => {
    const pull = {
      namespace: 'default',
      pod: 'web',
      image: 'nginx',
      pulledBytes: 5,
      totalBytes: 10,
    };
    const s: ClusterState = {
      ...initialClusterState(),
      stats: {
        ...initialClusterState().stats,
        nodes: {
          'node-1': {
            name: 'node-1',
            power: 'on',
            cpuMilli: 0,
            memoryBytes: 0,
            images: [],
            pulls: [pull],
          },
        },
      },
    };
    expect(selectPullOfPod('node-1', 'default', 'web')(s)).toBe(pull);
    expect(selectPullOfPod('node-1', 'default', 'db')(s)).toBeUndefined();
    expect(selectPullOfPod('node-2', 'default', 'web')(s)).toBeUndefined();
  });

  it('sums up why pods wait, most common reason first', () => {
    const waiting = (name: string, message: string) => ({
      ...pod(name),
      status: { conditions: [{ type: 'PodScheduled', status: 'False' as const, message }] },
    });
    const full = '0/3 nodes are available: 3 Too many pods.';
    const cpu = '0/3 nodes are available: 3 Insufficient cpu.';
    const s = stateWith(
      change('ADDED', waiting('a', cpu), 1),
      change('ADDED', waiting('b', full), 2),
      change('ADDED', waiting('c', full), 3),
      change('ADDED', pod('d', 'node-1'), 4),
    );
    expect(selectPendingReasons(s)).toEqual([
      { message: full, pods: 2 },
      { message: cpu, pods: 1 },
    ]);
    expect(selectPendingReasons(s)).toBe(selectPendingReasons(s));
  });
});
