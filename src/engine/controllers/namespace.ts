/**
 * The namespace controller: when a namespace is deleted it turns Terminating, this controller
 * deletes everything inside it, and once nothing is left it removes the `kubernetes` finalizer
 * so the namespace itself goes.
 */
import type { ApiClient } from '../api/client';
import { RESOURCES } from '../api/resources';
import { isStatusError } from '../api/status';
import type { SimClock } from '../clock';
import { WorkQueue } from './workqueue';

export function startNamespaceController(
  api: ApiClient,
  clock: SimClock,
  latencyMs: number,
): () => void {
  const queue = new WorkQueue(clock, latencyMs, (name) => sync(name));

  function sync(name: string): void {
    const ns = api.find('Namespace', undefined, name);
    if (!ns?.metadata.deletionTimestamp) return;
    for (const info of RESOURCES) {
      if (!info.namespaced) continue;
      for (const obj of api.list(info.kind, { namespace: name })) {
        if (obj.metadata.deletionTimestamp) continue;
        try {
          api.delete(info.kind, name, obj.metadata.name);
        } catch (e) {
          if (!isStatusError(e)) throw e;
        }
      }
    }
    // pods may still be terminating gracefully: look again in a second
    if (
      RESOURCES.some(
        (info) => info.namespaced && api.list(info.kind, { namespace: name }).length > 0,
      )
    ) {
      queue.addAfter(name, 1000);
      return;
    }
    api.finalizeDelete('Namespace', undefined, name);
  }

  const stop = api.watch('Namespace', {}, (event) => {
    if (event.type !== 'DELETED' && event.object.metadata.deletionTimestamp)
      queue.add(event.object.metadata.name);
  });
  for (const ns of api.api.list('Namespace'))
    if (ns.metadata.deletionTimestamp) queue.add(ns.metadata.name);
  return () => {
    stop();
    queue.shutDown();
  };
}
