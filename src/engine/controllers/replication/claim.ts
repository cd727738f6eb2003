/**
 * Which pods a controller owns. Modern Kubernetes decides by `metadata.ownerReferences`
 * (`ControllerRefManager.ClaimPods`); 2015 Kubernetes had no owner references, so every pod
 * matching the selector was the controller's — including pods a user made by hand, or pods
 * another controller with an overlapping selector created (k8s-reference §3.1, §3.4).
 */
import type { Era } from '../../contract';
import type { Pod } from '../../types';
import {
  controllerRefOf,
  controllerSelector,
  ownerRefOf,
  type ReplicaController,
} from './controller';

export interface PodClaim {
  /** The pods that count towards replicas after this sync (already owned, plus `adopt`). */
  owned: Pod[];
  /** Matching orphans: the controller writes its controller reference onto them. */
  adopt: Pod[];
  /** Owned pods whose labels stopped matching: the controller removes its reference. */
  release: Pod[];
}

/**
 * Claims `pods` (the caller passes the namespace's active pods, as the ReplicaSet controller
 * filters before claiming).
 *
 * Modern, per pod:
 * - owned by another controller → ignored, even if the labels match: two controllers never
 *   fight over one pod;
 * - owned by this one and matching → kept;
 * - owned by this one but no longer matching → released, so relabelling a pod takes it out of
 *   service for debugging while a replacement is created;
 * - an orphan that matches → adopted (not while it or the controller is being deleted: a dying
 *   controller must not take on new pods it would then have to delete).
 *
 * 2015: every matching pod in the namespace is owned; nothing is adopted or released because
 * there is no reference to write.
 */
export function claimPods(c: ReplicaController, pods: readonly Pod[], era: Era): PodClaim {
  const selector = controllerSelector(c);
  const meta = c.object.metadata;
  const namespace = meta.namespace ?? 'default';
  const inNamespace = (pod: Pod): boolean => (pod.metadata.namespace ?? 'default') === namespace;
  const claim: PodClaim = { owned: [], adopt: [], release: [] };

  if (era === '2015') {
    claim.owned = pods.filter((pod) => inNamespace(pod) && selector.matches(pod.metadata.labels));
    return claim;
  }

  const controllerDying = !!meta.deletionTimestamp;
  for (const pod of pods) {
    const ref = controllerRefOf(pod);
    const matches = selector.matches(pod.metadata.labels);
    if (ref) {
      if (ref.uid !== meta.uid) continue;
      if (matches) claim.owned.push(pod);
      else if (!controllerDying) claim.release.push(pod);
      continue;
    }
    if (controllerDying || !matches || pod.metadata.deletionTimestamp || !inNamespace(pod))
      continue;
    claim.adopt.push(pod);
    claim.owned.push(pod);
  }
  return claim;
}

/** The pod as the adoption patch leaves it: the controller's reference added. */
export function adoptedPod(c: ReplicaController, pod: Pod): Pod {
  const refs = pod.metadata.ownerReferences ?? [];
  return {
    ...pod,
    metadata: { ...pod.metadata, ownerReferences: [...refs, ownerRefOf(c.object)] },
  };
}

/**
 * The pod as the release patch leaves it: only this controller's reference is deleted (the
 * patch names its uid), other owners stay. An empty list is dropped, as it is omitted in JSON.
 */
export function releasedPod(c: ReplicaController, pod: Pod): Pod {
  const uid = c.object.metadata.uid;
  const refs = (pod.metadata.ownerReferences ?? []).filter((ref) => ref.uid !== uid);
  const { ownerReferences: _dropped, ...meta } = pod.metadata;
  return { ...pod, metadata: refs.length > 0 ? { ...meta, ownerReferences: refs } : meta };
}
