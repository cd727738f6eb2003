import { describe, expect, it } from 'vitest';
import { mirrorFrom } from './mirror';
import {
  CONTROLLER_PALETTE,
  podsOfController,
  selectControllerMap,
  selectControllerOfPod,
} from './controllers';
import { deployment, labelledPod, ownedBy, rc, replicaSet, stateWith } from './testWorkloads';

describe('which controller owns a pod', () => {
  it('modern: the controlling ownerReference names it, with a colour from the palette', () => {
    const s = stateWith([
      replicaSet('web-5d4f', { matchLabels: { app: 'web' } }),
      labelledPod('web-5d4f-abcde', { app: 'web' }, { owner: ownedBy('ReplicaSet', 'web-5d4f') }),
    ]);
    const owner = selectControllerOfPod('default/web-5d4f-abcde')(s);
    expect(owner).toMatchObject({ kind: 'ReplicaSet', id: 'default/web-5d4f', name: 'web-5d4f' });
    expect(CONTROLLER_PALETTE).toContain(owner?.colour);
  });

  it('modern: a matching pod without a reference is nobody’s until a controller adopts it', () => {
    const s = stateWith([rc('redis', { name: 'redis' }), labelledPod('stray', { name: 'redis' })]);
    expect(selectControllerOfPod('default/stray')(s)).toBeUndefined();
  });

  it('a reference to a controller made again under the same name (another uid) is not it', () => {
    const ref = { ...ownedBy('ReplicationController', 'redis'), uid: 'uid-of-an-older-redis' };
    const s = stateWith([
      rc('redis', { name: 'redis' }),
      labelledPod('old', { name: 'redis' }, { owner: ref }),
    ]);
    expect(selectControllerOfPod('default/old')(s)).toBeUndefined();
  });

  it('2015: the RC whose selector matches the pod’s labels, in the pod’s namespace', () => {
    const s = stateWith(
      [
        rc('redisslave', { name: 'redisslave' }),
        rc('other-ns', { name: 'redisslave' }, 'staging'),
        labelledPod('redisslave-x1', { name: 'redisslave' }),
        labelledPod('hand-made', { name: 'redis' }),
      ],
      '2015',
    );
    expect(selectControllerOfPod('default/redisslave-x1')(s)?.id).toBe('default/redisslave');
    expect(selectControllerOfPod('default/hand-made')(s)).toBeUndefined();
  });

  it('2015: relabelling a pod out of its RC’s selector drops it', () => {
    const before = stateWith(
      [
        rc('redisslave', { name: 'redisslave' }),
        labelledPod('redisslave-x1', { name: 'redisslave' }),
      ],
      '2015',
    );
    expect(selectControllerOfPod('default/redisslave-x1')(before)).toBeDefined();
    const after = stateWith(
      [rc('redisslave', { name: 'redisslave' }), labelledPod('redisslave-x1', { name: 'debug' })],
      '2015',
    );
    expect(selectControllerOfPod('default/redisslave-x1')(after)).toBeUndefined();
  });

  it('modern: a released pod (reference removed after relabelling) leaves its controller', () => {
    const s = stateWith([
      rc('web', { app: 'web' }),
      labelledPod('web-abcde', { app: 'debug' }),
      labelledPod('web-fghij', { app: 'web' }, { owner: ownedBy('ReplicationController', 'web') }),
    ]);
    expect(selectControllerOfPod('default/web-abcde')(s)).toBeUndefined();
    expect(podsOfController(s, 'ReplicationController', 'default/web')).toEqual([
      'default/web-fghij',
    ]);
  });

  it('a Deployment owns the pods of its ReplicaSets', () => {
    const s = stateWith([
      deployment('web', { matchLabels: { app: 'web' } }),
      replicaSet('web-1', { matchLabels: { app: 'web', h: '1' } }, ownedBy('Deployment', 'web')),
      replicaSet('web-2', { matchLabels: { app: 'web', h: '2' } }, ownedBy('Deployment', 'web')),
      labelledPod('web-1-a', { app: 'web', h: '1' }, { owner: ownedBy('ReplicaSet', 'web-1') }),
      labelledPod('web-2-a', { app: 'web', h: '2' }, { owner: ownedBy('ReplicaSet', 'web-2') }),
    ]);
    expect([...podsOfController(s, 'Deployment', 'default/web')].sort()).toEqual([
      'default/web-1-a',
      'default/web-2-a',
    ]);
  });

  it('is memoised: the same answer while nothing relevant changed, and stable descriptions', () => {
    const s = stateWith(
      [
        rc('redis', { name: 'redis' }),
        labelledPod('a', { name: 'redis' }),
        labelledPod('b', { name: 'redis' }),
      ],
      '2015',
    );
    const first = selectControllerOfPod('default/a')(s);
    expect(selectControllerMap({ ...s, clock: { ...s.clock, now: 99 } })).toBe(
      selectControllerMap(s),
    );
    // another pod arrives: the pods' record changes, the controller's description does not
    const grown = {
      ...s,
      mirror: mirrorFrom(
        [
          ...Object.values(s.mirror.objects.ReplicationController ?? {}),
          ...Object.values(s.mirror.objects.Pod ?? {}),
        ]
          .map((e) => ({ kind: e.kind, object: e.object }))
          .concat([{ kind: 'Pod', object: labelledPod('c', { name: 'redis' }) }]),
        2,
      ),
    };
    expect(selectControllerMap(grown)).not.toBe(selectControllerMap(s));
    expect(selectControllerOfPod('default/a')(grown)).toBe(first);
    expect(selectControllerOfPod('default/c')(grown)).toBe(first);
  });

  it('gives a controller the same colour every time (from its uid)', () => {
    const a = stateWith([rc('x', { a: '1' }), labelledPod('p', { a: '1' })], '2015');
    const b = stateWith([rc('x', { a: '1' }), labelledPod('p', { a: '1' })], '2015');
    expect(selectControllerOfPod('default/p')(a)?.colour).toBe(
      selectControllerOfPod('default/p')(b)?.colour,
    );
  });
});
