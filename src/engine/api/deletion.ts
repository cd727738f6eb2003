/**
 * The rules of deletion the API server applies: how long a pod's graceful deletion takes, which
 * finalizers hand an object to the garbage collector, which namespaces never go, and when an
 * update changes nothing.
 */
import type { AnyObject, Pod } from '../types';
import { jsonEqual } from '../util/json';

/** `--cascade=orphan`: the garbage collector frees the dependents, then lets the owner go. */
export const ORPHAN_FINALIZER = 'orphan';
/** `--cascade=foreground`: the owner waits for its dependents to be deleted first. */
export const FOREGROUND_FINALIZER = 'foregroundDeletion';

/** The NamespaceLifecycle admission plugin never lets these go. */
export const IMMORTAL_NAMESPACES: readonly string[] = ['default', 'kube-system', 'kube-public'];

/**
 * Seconds a deletion waits for the kubelet: pods bound to a node get their grace period (the
 * request's, else `terminationGracePeriodSeconds`, else 30); an unscheduled or finished pod has
 * nothing to stop and goes at once, as does every other kind.
 */
export function gracePeriodFor(obj: AnyObject, requested: number | undefined): number {
  if (obj.kind !== 'Pod') return 0;
  const pod = obj as Pod;
  if (!pod.spec.nodeName) return 0;
  if (pod.status?.phase === 'Succeeded' || pod.status?.phase === 'Failed') return 0;
  const grace = requested ?? pod.spec.terminationGracePeriodSeconds ?? 30;
  return Math.max(0, grace);
}

/** Equal apart from resourceVersion (an update that changes nothing writes nothing). */
export function sameObject(a: AnyObject, b: AnyObject): boolean {
  return jsonEqual(
    { ...a, metadata: { ...a.metadata, resourceVersion: '' } },
    { ...b, metadata: { ...b.metadata, resourceVersion: '' } },
  );
}
