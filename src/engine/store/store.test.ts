import { describe, expect, it } from 'vitest';
import {
  PreconditionFailedError,
  RevisionCompactedError,
  Store,
  type StoreEvent,
  type StoredObject,
} from './store';

const obj = (name: string, extra: Record<string, unknown> = {}): StoredObject => ({
  metadata: { name },
  ...extra,
});

describe('the store', () => {
  it('gives every write a strictly increasing resourceVersion', () => {
    const s = new Store();
    const a = s.create('/registry/pods/default/a', obj('a'));
    const b = s.create('/registry/pods/default/b', obj('b'));
    const a2 = s.update('/registry/pods/default/a', obj('a', { x: 1 }));
    const gone = s.delete('/registry/pods/default/b');
    expect([a, b, a2, gone].map((o) => Number(o.metadata.resourceVersion))).toEqual([1, 2, 3, 4]);
  });

  it('lists a directory in key order, and a namespace within it', () => {
    const s = new Store();
    for (const key of [
      '/registry/pods/kube-system/z',
      '/registry/pods/default/b',
      '/registry/pods/default/a',
      '/registry/services/default/a',
    ])
      s.create(key, obj(key));
    expect(s.keys('/registry/pods/')).toEqual([
      '/registry/pods/default/a',
      '/registry/pods/default/b',
      '/registry/pods/kube-system/z',
    ]);
    expect(s.keys('/registry/pods/default/')).toEqual([
      '/registry/pods/default/a',
      '/registry/pods/default/b',
    ]);
  });

  it('rejects a write that names a stale revision', () => {
    const s = new Store();
    s.create('/registry/pods/default/a', obj('a'));
    s.update('/registry/pods/default/a', obj('a', { v: 2 }));
    expect(() => s.update('/registry/pods/default/a', obj('a', { v: 3 }), 1)).toThrow(
      PreconditionFailedError,
    );
    expect(() => s.create('/registry/pods/default/a', obj('a'))).toThrow(PreconditionFailedError);
  });

  it('freezes what it stores', () => {
    const s = new Store();
    const stored = s.create('/registry/pods/default/a', obj('a', { spec: { x: 1 } }));
    expect(Object.isFrozen(stored)).toBe(true);
    expect(Object.isFrozen((stored as unknown as { spec: object }).spec)).toBe(true);
  });

  it('replays every change after a revision, then keeps delivering, in order', () => {
    const s = new Store();
    s.create('/registry/pods/default/a', obj('a'));
    s.create('/registry/pods/default/b', obj('b'));
    s.update('/registry/pods/default/a', obj('a', { v: 2 }));
    const seen: string[] = [];
    s.watch('/registry/pods/', (e) => seen.push(`${e.type} ${e.key} ${e.revision}`), 1);
    s.delete('/registry/pods/default/b');
    expect(seen).toEqual([
      'ADDED /registry/pods/default/b 2',
      'MODIFIED /registry/pods/default/a 3',
      'DELETED /registry/pods/default/b 4',
    ]);
  });

  it('delivers in revision order to every watcher even when a watcher writes while notified', () => {
    const s = new Store();
    const first: number[] = [];
    const second: number[] = [];
    s.watch('/registry/', (e: StoreEvent) => {
      first.push(e.revision);
      if (e.key === '/registry/pods/default/a' && e.type === 'ADDED')
        s.create('/registry/events/default/a.1', obj('a.1'));
    });
    s.watch('/registry/', (e) => second.push(e.revision));
    s.create('/registry/pods/default/a', obj('a'));
    s.create('/registry/pods/default/b', obj('b'));
    expect(first).toEqual([1, 2, 3]);
    expect(second).toEqual([1, 2, 3]);
  });

  it('does not deliver changes from before a watch that starts now', () => {
    const s = new Store();
    s.create('/registry/pods/default/a', obj('a'));
    const seen: number[] = [];
    s.watch('/registry/', (e) => seen.push(e.revision));
    s.create('/registry/pods/default/b', obj('b'));
    expect(seen).toEqual([2]);
  });

  it('refuses to resume from a compacted revision', () => {
    const s = new Store({ historyLimit: 2 });
    for (let i = 0; i < 10; i++) s.create(`/registry/pods/default/p${i}`, obj(`p${i}`));
    expect(() => s.watch('/registry/', () => {}, 1)).toThrow(RevisionCompactedError);
  });

  it('stops delivering after unsubscribe', () => {
    const s = new Store();
    const seen: number[] = [];
    const stop = s.watch('/registry/', (e) => seen.push(e.revision));
    s.create('/registry/pods/default/a', obj('a'));
    stop();
    s.create('/registry/pods/default/b', obj('b'));
    expect(seen).toEqual([1]);
  });
});
