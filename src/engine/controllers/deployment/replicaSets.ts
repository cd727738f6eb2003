/**
 * Which ReplicaSets belong to a Deployment and which of them is the new one
 * (`FindNewReplicaSet`, `FindOldReplicaSets`, `ControllerRefManager.ClaimReplicaSets`), and the
 * new ReplicaSet itself: the Deployment's template plus the pod-template-hash label, so the new
 * and old ReplicaSets never select each other's pods.
 */
import { selectorFromLabelSelector } from '../../labels/selector';
import type { Deployment, LabelSelector, PodTemplateSpec, ReplicaSet } from '../../types';
import { clone } from '../../util/freeze';
import { stableJson } from '../../util/json';
import { controllerRefOf, ownerRefOf } from '../replication';
import { replicasOf, rsReplicas } from './fenceposts';
import { computeHash, POD_TEMPLATE_HASH_LABEL } from './hash';
import { DESIRED_REPLICAS_ANNOTATION, intAnnotation, revisionOf } from './revision';

function withoutHash(template: PodTemplateSpec | undefined): unknown {
  if (!template) return {};
  const labels = { ...template.metadata?.labels };
  delete labels[POD_TEMPLATE_HASH_LABEL];
  const metadata = { ...template.metadata, labels };
  if (Object.keys(labels).length === 0) delete (metadata as { labels?: unknown }).labels;
  return { ...template, metadata };
}

/**
 * `EqualIgnoreHash`: the same template bar the pod-template-hash label, which a Deployment's
 * own template never has (an empty label map and a missing one are the same to Go's semantic
 * equality).
 */
export function equalIgnoreHash(
  a: PodTemplateSpec | undefined,
  b: PodTemplateSpec | undefined,
): boolean {
  return stableJson(withoutHash(a)) === stableJson(withoutHash(b));
}

/** `ReplicaSetsByCreationTimestamp`: oldest first, then by name. */
export function byCreation(a: ReplicaSet, b: ReplicaSet): number {
  const ta = a.metadata.creationTimestamp ?? '';
  const tb = b.metadata.creationTimestamp ?? '';
  if (ta !== tb) return ta < tb ? -1 : 1;
  return a.metadata.name < b.metadata.name ? -1 : a.metadata.name > b.metadata.name ? 1 : 0;
}

/** `ReplicaSetsByRevision`: lowest revision first (creation order breaks ties). */
export function byRevision(a: ReplicaSet, b: ReplicaSet): number {
  const ra = revisionOf(a);
  const rb = revisionOf(b);
  return ra !== rb ? ra - rb : byCreation(a, b);
}

/**
 * `ReplicaSetsBySizeNewer` / `BySizeOlder`: larger first; among equals the newer (or older)
 * first. Proportional scaling hands the leftover pod to the first one.
 */
export function bySize(newerFirst: boolean) {
  return (a: ReplicaSet, b: ReplicaSet): number => {
    const diff = rsReplicas(b) - rsReplicas(a);
    if (diff !== 0) return diff;
    return newerFirst ? byCreation(b, a) : byCreation(a, b);
  };
}

/**
 * The new ReplicaSet: the oldest whose template is the Deployment's (there can be two after an
 * upgrade changed the hash function; choosing the oldest is deterministic).
 */
export function findNewReplicaSet(
  d: Deployment,
  sets: readonly ReplicaSet[],
): ReplicaSet | undefined {
  return [...sets]
    .sort(byCreation)
    .find((rs) => equalIgnoreHash(rs.spec.template, d.spec.template));
}

/** Every other owned ReplicaSet, in creation order. */
export function findOldReplicaSets(d: Deployment, sets: readonly ReplicaSet[]): ReplicaSet[] {
  const newRS = findNewReplicaSet(d, sets);
  return [...sets].sort(byCreation).filter((rs) => rs !== newRS);
}

/** `FilterActiveReplicaSets`: those that still want pods. */
export const activeReplicaSets = (sets: readonly (ReplicaSet | undefined)[]): ReplicaSet[] =>
  sets.filter((rs): rs is ReplicaSet => !!rs && rsReplicas(rs) > 0);

/**
 * `IsSaturated`: the new ReplicaSet holds every desired replica, it was sized for this very
 * Deployment size, and all of them are available — so the old ones can go to zero at once.
 */
export function isSaturated(d: Deployment, rs: ReplicaSet | undefined): boolean {
  if (!rs) return false;
  const desired = intAnnotation(rs, DESIRED_REPLICAS_ANNOTATION);
  return (
    desired !== undefined &&
    rsReplicas(rs) === replicasOf(d) &&
    desired === replicasOf(d) &&
    (rs.status?.availableReplicas ?? 0) === replicasOf(d)
  );
}

function selectorWithHash(selector: LabelSelector | undefined, hash: string): LabelSelector {
  const copy = clone(selector ?? {});
  copy.matchLabels = { ...copy.matchLabels, [POD_TEMPLATE_HASH_LABEL]: hash };
  return copy;
}

/**
 * The ReplicaSet `getNewReplicaSet` creates (before its size and annotations are set): named
 * `<deployment>-<hash>` so a retried create is idempotent, labelled and selecting with the
 * hash, owned by the Deployment.
 */
export function newReplicaSetFor(d: Deployment): ReplicaSet {
  const hash = computeHash(d.spec.template, d.status?.collisionCount);
  const template = clone(d.spec.template ?? { spec: { containers: [] } });
  const labels = { ...template.metadata?.labels, [POD_TEMPLATE_HASH_LABEL]: hash };
  template.metadata = { ...template.metadata, labels };
  const metadata: ReplicaSet['metadata'] = {
    name: `${d.metadata.name}-${hash}`,
    labels: { ...labels },
    ownerReferences: [ownerRefOf(d)],
  };
  if (d.metadata.namespace !== undefined) metadata.namespace = d.metadata.namespace;
  const spec: ReplicaSet['spec'] = {
    replicas: 0,
    selector: selectorWithHash(d.spec.selector, hash),
    template,
  };
  if (d.spec.minReadySeconds !== undefined) spec.minReadySeconds = d.spec.minReadySeconds;
  return { apiVersion: 'apps/v1', kind: 'ReplicaSet', metadata, spec };
}

export interface ReplicaSetClaim {
  /** The Deployment's ReplicaSets after this sync (owned and matching, plus `adopt`). */
  owned: ReplicaSet[];
  /** Matching orphans the Deployment takes on. */
  adopt: ReplicaSet[];
  /** Owned ReplicaSets whose labels stopped matching the Deployment's selector. */
  release: ReplicaSet[];
}

/**
 * `ClaimReplicaSets`, as for pods (replication/claim.ts): another controller's ReplicaSet is
 * never touched; a Deployment being deleted adopts nothing and releases nothing.
 */
export function claimReplicaSets(d: Deployment, sets: readonly ReplicaSet[]): ReplicaSetClaim {
  const selector = selectorFromLabelSelector(d.spec.selector);
  const namespace = d.metadata.namespace ?? 'default';
  const dying = !!d.metadata.deletionTimestamp;
  const claim: ReplicaSetClaim = { owned: [], adopt: [], release: [] };
  for (const rs of sets) {
    if ((rs.metadata.namespace ?? 'default') !== namespace) continue;
    const ref = controllerRefOf(rs);
    const matches = selector.matches(rs.metadata.labels);
    if (ref) {
      if (ref.uid !== d.metadata.uid) continue;
      if (matches) claim.owned.push(rs);
      else if (!dying) claim.release.push(rs);
      continue;
    }
    if (dying || !matches || rs.metadata.deletionTimestamp) continue;
    claim.adopt.push(rs);
    claim.owned.push(rs);
  }
  return claim;
}
