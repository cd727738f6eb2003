import { describe, expect, it } from 'vitest';
import { applyChanges, emptyMirror, mirrorFrom, objectId } from './mirror';
import { change, node, pod } from './testObjects';

describe('the cluster mirror', () => {
  it('ids namespaced objects by namespace/name and cluster-scoped ones by name', () => {
    expect(objectId(pod('web'))).toBe('default/web');
    expect(objectId(pod('dns', undefined, 'kube-system'))).toBe('kube-system/dns');
    expect(objectId(node('node-1'))).toBe('node-1');
  });

  it('starts from the objects in ready, with their kubectl status', () => {
    const mirror = mirrorFrom(
      [
        { kind: 'Node', object: node('node-1'), status: 'Ready' },
        { kind: 'Node', object: node('node-2'), status: 'NotReady' },
      ],
      7,
    );
    expect(mirror.resourceVersion).toBe(7);
    expect(mirror.objects.Node?.['node-2']?.status).toBe('NotReady');
    expect(Object.keys(mirror.objects.Node ?? {})).toEqual(['node-1', 'node-2']);
  });

  it('applies a batch in order: the last write to an object wins', () => {
    const mirror = applyChanges(emptyMirror, [
      change('ADDED', pod('web'), 1, 'Pending'),
      change('MODIFIED', pod('web', 'node-1'), 2, 'ContainerCreating'),
      change('MODIFIED', pod('web', 'node-1'), 3, 'Running'),
    ]);
    const entry = mirror.objects.Pod?.['default/web'];
    expect(entry?.status).toBe('Running');
    expect((entry?.object as ReturnType<typeof pod>).spec.nodeName).toBe('node-1');
    expect(mirror.resourceVersion).toBe(3);
  });

  it('forgets deleted objects, and a re-created object counts as new', () => {
    let mirror = applyChanges(emptyMirror, [
      change('ADDED', pod('web'), 1, 'Pending'),
      change('ADDED', pod('db'), 2, 'Pending'),
    ]);
    mirror = applyChanges(mirror, [change('DELETED', pod('web'), 3, 'Terminating')]);
    expect(mirror.objects.Pod?.['default/web']).toBeUndefined();
    mirror = applyChanges(mirror, [change('ADDED', pod('web'), 4, 'Pending')]);
    expect(mirror.objects.Pod?.['default/web']?.seq).toBeGreaterThan(
      mirror.objects.Pod?.['default/db']?.seq ?? Infinity,
    );
  });

  it('keeps each object’s arrival order through updates, so lists do not reshuffle', () => {
    let mirror = applyChanges(emptyMirror, [
      change('ADDED', pod('b'), 1, 'Pending'),
      change('ADDED', pod('a'), 2, 'Pending'),
    ]);
    mirror = applyChanges(mirror, [change('MODIFIED', pod('b', 'node-1'), 3, 'Running')]);
    expect(mirror.objects.Pod?.['default/b']?.seq).toBe(0);
    expect(mirror.objects.Pod?.['default/a']?.seq).toBe(1);
  });

  it('keeps references of everything a batch did not touch', () => {
    const before = applyChanges(emptyMirror, [
      change('ADDED', node('node-1'), 1, 'Ready'),
      change('ADDED', pod('web'), 2, 'Pending'),
      change('ADDED', pod('db'), 3, 'Pending'),
    ]);
    const after = applyChanges(before, [change('MODIFIED', pod('web', 'node-1'), 4, 'Running')]);
    expect(after.objects.Node).toBe(before.objects.Node);
    expect(after.objects.Pod?.['default/db']).toBe(before.objects.Pod?.['default/db']);
    expect(after.objects.Pod?.['default/web']).not.toBe(before.objects.Pod?.['default/web']);
    expect(before.objects.Pod?.['default/web']?.status).toBe('Pending');
  });

  it('skips changes at or below the resourceVersion it already has', () => {
    const start = mirrorFrom(
      [{ kind: 'Pod', object: pod('web', 'node-1'), status: 'Running' }],
      10,
    );
    const after = applyChanges(start, [change('MODIFIED', pod('web'), 9, 'Pending')]);
    expect(after).toBe(start);
  });

  it('returns the same mirror for an empty batch or a delete of something unknown', () => {
    expect(applyChanges(emptyMirror, [])).toBe(emptyMirror);
    const mirror = mirrorFrom([], 5);
    const after = applyChanges(mirror, [change('DELETED', pod('ghost'), 6)]);
    expect(after.objects).toBe(mirror.objects);
    expect(after.resourceVersion).toBe(6);
  });
});

describe('a rebuilt cluster’s mirror', () => {
  it('keeps the order the page had, with new objects after it', () => {
    const before = mirrorFrom(
      [
        { kind: 'Pod', object: pod('b') },
        { kind: 'Pod', object: pod('a') },
      ],
      5,
    );
    const rebuilt = mirrorFrom(
      [
        { kind: 'Pod', object: pod('a') },
        { kind: 'Pod', object: pod('c') },
        { kind: 'Pod', object: pod('b') },
      ],
      9,
      before,
    );
    const order = Object.values(rebuilt.objects.Pod ?? {})
      .sort((x, y) => x.seq - y.seq)
      .map((e) => e.object.metadata.name);
    expect(order).toEqual(['b', 'a', 'c']);
  });
});
