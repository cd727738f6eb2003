import { describe, expect, it } from 'vitest';
import { highlightedBy, selectHighlighted, selectIsHighlighted } from './highlight';
import { initialEditor } from './documents';
import type { ClusterState, HoverTarget } from './store';
import {
  deployment,
  labelledPod,
  ownedBy,
  rc,
  replicaSet,
  service,
  stateWith,
} from './testWorkloads';

const objects = [
  service('redis-master', { name: 'redis' }),
  service('no-selector'),
  rc('redisslave', { name: 'redisslave' }),
  labelledPod('redis-master', { name: 'redis' }),
  labelledPod('redisslave-a', { name: 'redisslave' }),
  labelledPod('redisslave-b', { name: 'redisslave' }),
  labelledPod('redis-elsewhere', { name: 'redis' }, { namespace: 'staging' }),
];

const hovering = (hover: HoverTarget | null, objs = objects): ClusterState => ({
  ...stateWith(objs),
  ui: { selected: null, hover },
  editor: initialEditor,
});

describe('what a hover highlights', () => {
  it('a Service: itself and the pods its selector matches in its namespace', () => {
    const s = hovering({ type: 'object', kind: 'Service', id: 'default/redis-master' });
    expect(selectIsHighlighted('Service', 'default/redis-master')(s)).toBe(true);
    expect(selectIsHighlighted('Pod', 'default/redis-master')(s)).toBe(true);
    expect(selectIsHighlighted('Pod', 'default/redisslave-a')(s)).toBe(false);
    expect(selectIsHighlighted('Pod', 'staging/redis-elsewhere')(s)).toBe(false);
  });

  it('a Service without a selector highlights only itself', () => {
    const s = hovering({ type: 'object', kind: 'Service', id: 'default/no-selector' });
    expect([...selectHighlighted(s)]).toEqual(['Service\u0000default/no-selector']);
  });

  it('a controller: its selector’s pods', () => {
    const s = hovering({ type: 'object', kind: 'ReplicationController', id: 'default/redisslave' });
    expect(selectIsHighlighted('Pod', 'default/redisslave-a')(s)).toBe(true);
    expect(selectIsHighlighted('Pod', 'default/redisslave-b')(s)).toBe(true);
    expect(selectIsHighlighted('Pod', 'default/redis-master')(s)).toBe(false);
  });

  it('a Deployment: its pods and the ReplicaSets it finds by the same selector', () => {
    const objs = [
      deployment('web', { matchLabels: { app: 'web' } }),
      replicaSet('web-1', { matchLabels: { app: 'web', h: '1' } }, ownedBy('Deployment', 'web'), {
        app: 'web',
        h: '1',
      }),
      labelledPod('web-1-a', { app: 'web', h: '1' }, { owner: ownedBy('ReplicaSet', 'web-1') }),
      labelledPod('api', { app: 'api' }),
    ];
    const set = highlightedBy(
      { type: 'object', kind: 'Deployment', id: 'default/web' },
      stateWith(objs).mirror.objects,
    );
    expect([...set].sort()).toEqual([
      'Deployment\u0000default/web',
      'Pod\u0000default/web-1-a',
      'ReplicaSet\u0000default/web-1',
    ]);
  });

  it('a label: every object that carries it, whatever its kind', () => {
    const s = hovering({ type: 'label', key: 'name', value: 'redisslave' });
    expect(selectIsHighlighted('Pod', 'default/redisslave-a')(s)).toBe(true);
    expect(selectIsHighlighted('ReplicationController', 'default/redisslave')(s)).toBe(true);
    expect(selectIsHighlighted('Pod', 'default/redis-master')(s)).toBe(false);
    expect(selectIsHighlighted('Service', 'default/redis-master')(s)).toBe(false);
  });

  it('nothing without a hover, or for a hovered pod', () => {
    expect(selectHighlighted(stateWith(objects)).size).toBe(0);
    expect(
      selectHighlighted(hovering({ type: 'object', kind: 'Pod', id: 'default/redis-master' })).size,
    ).toBe(0);
  });

  it('computes the set once per hover and mirror', () => {
    const s = hovering({ type: 'label', key: 'name', value: 'redis' });
    expect(selectHighlighted({ ...s, clock: { ...s.clock, now: 5 } })).toBe(selectHighlighted(s));
  });
});

describe('what the editor just applied', () => {
  const applied = (refs: { kind: string; id: string }[]): ClusterState => {
    const s = hovering(null);
    return { ...s, editor: { ...s.editor, applied: { refs, at: 0 } } };
  };

  it('is highlighted, with nothing hovered, and nothing else is', () => {
    const s = applied([{ kind: 'ReplicationController', id: 'default/redisslave' }]);
    expect(selectIsHighlighted('ReplicationController', 'default/redisslave')(s)).toBe(true);
    expect(selectIsHighlighted('Pod', 'default/redisslave-a')(s)).toBe(false);
  });

  it('adds to what a hover highlights', () => {
    const s = {
      ...applied([{ kind: 'Pod', id: 'default/redis-elsewhere' }]),
      ui: {
        selected: null,
        hover: { type: 'object', kind: 'Service', id: 'default/redis-master' },
      },
    } as ClusterState;
    expect(selectIsHighlighted('Pod', 'default/redis-master')(s)).toBe(true);
    expect(selectIsHighlighted('Pod', 'default/redis-elsewhere')(s)).toBe(true);
  });
});
