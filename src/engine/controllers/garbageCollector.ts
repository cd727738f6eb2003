/**
 * The garbage collector (modern clusters; 2015 had no ownerReferences). Objects name their
 * owners in `metadata.ownerReferences`; when an owner goes, its dependents go too:
 * - background (kubectl's default): the owner is deleted at once, then the collector deletes
 *   every dependent whose owners are all gone;
 * - foreground: the owner waits (finalizer `foregroundDeletion`) until the collector has
 *   deleted its dependents;
 * - orphan (`--cascade=orphan`): the owner waits (finalizer `orphan`) until the collector has
 *   removed the ownerReference from each dependent, which then lives on unmanaged.
 */
import type { ApiClient } from '../api/client';
import { FOREGROUND_FINALIZER, ORPHAN_FINALIZER } from '../api/apiserver';
import { isStatusError } from '../api/status';
import type { SimClock } from '../clock';
import type { AnyObject, Kind } from '../types';
import { clone } from '../util/freeze';
import { WorkQueue } from './workqueue';

/** Kinds that own others in kubesim (Deployment → ReplicaSet → Pod, RC → Pod). */
const OWNER_KINDS: readonly Kind[] = ['Deployment', 'ReplicaSet', 'ReplicationController'];
const DEPENDENT_KINDS: readonly Kind[] = ['ReplicaSet', 'Pod'];

export function startGarbageCollector(
  api: ApiClient,
  clock: SimClock,
  latencyMs: number,
): () => void {
  /** uid → the object, for every live object of an owner kind */
  const owners = new Map<string, AnyObject>();
  const queue = new WorkQueue(clock, latencyMs, (key) => sync(key));

  const dependentsOf = (uid: string): AnyObject[] =>
    DEPENDENT_KINDS.flatMap((kind) => api.api.list(kind)).filter((o) =>
      o.metadata.ownerReferences?.some((r) => r.uid === uid),
    );

  const ignoreGone = (write: () => void): void => {
    try {
      write();
    } catch (e) {
      if (!isStatusError(e) || (e.reason !== 'NotFound' && e.reason !== 'Conflict')) throw e;
    }
  };

  /** key: `owner/<uid>` (an owner changed or went) or `dependent/<kind>/<ns>/<name>` (check its owners). */
  function sync(key: string): void {
    const [type, ...rest] = key.split('/');
    if (type === 'dependent') {
      const [kind, ns, name] = rest as [Kind, string, string];
      const obj = api.api.find(kind, ns || undefined, name);
      const refs = obj?.metadata.ownerReferences ?? [];
      if (!obj || obj.metadata.deletionTimestamp || refs.length === 0) return;
      // a dependent whose owners are all gone is garbage
      if (refs.every((r) => !owners.has(r.uid)))
        ignoreGone(() => api.delete(kind, ns || undefined, name));
      return;
    }
    const uid = rest.join('/');
    const owner = owners.get(uid);
    const finalizers = owner?.metadata.finalizers ?? [];
    if (owner && finalizers.includes(ORPHAN_FINALIZER)) {
      for (const dep of dependentsOf(uid)) {
        ignoreGone(() => {
          const next = clone(dep);
          next.metadata.ownerReferences = (dep.metadata.ownerReferences ?? []).filter(
            (r) => r.uid !== uid,
          );
          if (next.metadata.ownerReferences.length === 0) delete next.metadata.ownerReferences;
          api.update(next);
        });
      }
      removeFinalizer(owner, ORPHAN_FINALIZER);
      return;
    }
    if (owner && finalizers.includes(FOREGROUND_FINALIZER)) {
      const deps = dependentsOf(uid);
      for (const dep of deps)
        if (!dep.metadata.deletionTimestamp)
          ignoreGone(() => api.delete(dep.kind, dep.metadata.namespace, dep.metadata.name));
      if (deps.length === 0) removeFinalizer(owner, FOREGROUND_FINALIZER);
      else queue.addAfter(key, 1000);
      return;
    }
    if (!owner) {
      for (const dep of dependentsOf(uid)) {
        const alive = (dep.metadata.ownerReferences ?? []).some(
          (r) => r.uid !== uid && owners.has(r.uid),
        );
        if (!alive && !dep.metadata.deletionTimestamp)
          ignoreGone(() => api.delete(dep.kind, dep.metadata.namespace, dep.metadata.name));
      }
    }
  }

  function removeFinalizer(owner: AnyObject, finalizer: string): void {
    ignoreGone(() => {
      const live = api.api.find(owner.kind, owner.metadata.namespace, owner.metadata.name);
      if (!live) return;
      const next = clone(live);
      next.metadata.finalizers = (live.metadata.finalizers ?? []).filter((f) => f !== finalizer);
      if (next.metadata.finalizers.length === 0) delete next.metadata.finalizers;
      api.update(next);
    });
  }

  const stops = [
    ...OWNER_KINDS.map((kind) =>
      api.watch(kind, {}, (e) => {
        const uid = e.object.metadata.uid ?? '';
        if (e.type === 'DELETED') owners.delete(uid);
        else owners.set(uid, e.object);
        if (e.type === 'DELETED' || e.object.metadata.deletionTimestamp) queue.add(`owner/${uid}`);
      }),
    ),
    ...DEPENDENT_KINDS.map((kind) =>
      api.watch(kind, {}, (e) => {
        if (e.type !== 'DELETED' && e.object.metadata.ownerReferences?.length)
          queue.add(
            `dependent/${kind}/${e.object.metadata.namespace ?? ''}/${e.object.metadata.name}`,
          );
      }),
    ),
  ];
  // owners that exist before the collector starts
  for (const kind of OWNER_KINDS)
    for (const o of api.api.list(kind)) {
      owners.set(o.metadata.uid ?? '', o);
      if (o.metadata.deletionTimestamp) queue.add(`owner/${o.metadata.uid ?? ''}`);
    }
  // dependents whose owners went while the collector was away
  for (const kind of DEPENDENT_KINDS)
    for (const d of api.api.list(kind))
      if (d.metadata.ownerReferences?.length)
        queue.add(`dependent/${kind}/${d.metadata.namespace ?? ''}/${d.metadata.name}`);
  return () => {
    stops.forEach((stop) => stop());
    queue.shutDown();
  };
}
