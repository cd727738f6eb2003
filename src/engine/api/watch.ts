/**
 * Watches as the API server serves them: one kind (optionally one namespace) from a
 * resourceVersion on, or everything. A resourceVersion older than etcd's history is a 410 Gone.
 */
import { RevisionCompactedError, type Store, type StoreEvent } from '../store/store';
import type { AnyObject, Kind, ObjectOfKind } from '../types';
import type { WatchEvent } from './apiserver';
import { registryPrefix, resourceFor } from './resources';
import { StatusError } from './status';

export function watchKind<K extends Kind>(
  store: Store,
  kind: K,
  opts: { namespace?: string; resourceVersion?: number },
  listener: (event: WatchEvent<ObjectOfKind<K>>) => void,
): () => void {
  const prefix = registryPrefix(resourceFor(kind), opts.namespace);
  try {
    return store.watch(
      prefix,
      (e: StoreEvent) =>
        listener({
          type: e.type,
          object: e.object as ObjectOfKind<K>,
          ...(e.prevObject ? { oldObject: e.prevObject as ObjectOfKind<K> } : {}),
          resourceVersion: e.revision,
        }),
      opts.resourceVersion,
    );
  } catch (e) {
    if (e instanceof RevisionCompactedError)
      throw new StatusError({
        kind: 'Status',
        apiVersion: 'v1',
        metadata: {},
        status: 'Failure',
        message: e.message,
        reason: 'Gone',
        code: 410,
      });
    throw e;
  }
}

export function watchEverything(
  store: Store,
  listener: (event: WatchEvent & { kind: Kind }) => void,
): () => void {
  return store.watch('/registry/', (e) => {
    const object = e.object as AnyObject;
    listener({
      type: e.type,
      kind: object.kind,
      object,
      ...(e.prevObject ? { oldObject: e.prevObject as AnyObject } : {}),
      resourceVersion: e.revision,
    });
  });
}
