/**
 * The PV binder's pure decisions (pkg/controller/volume/persistentvolume: index.go,
 * pv_controller.go): which Available volume a claim gets, why a requested volume does not fit,
 * and the objects a binding writes. The loop that applies them is ../persistentVolume.ts.
 */
import { compareQuantity, parseQuantity } from '../../api/quantity';
import { selectorFromLabelSelector } from '../../labels/selector';
import type { PersistentVolume, PersistentVolumeClaim } from '../../types';

export const BOUND_BY_CONTROLLER = 'pv.kubernetes.io/bound-by-controller';
export const BIND_COMPLETED = 'pv.kubernetes.io/bind-completed';
const BETA_CLASS = 'volume.beta.kubernetes.io/storage-class';

/** No DefaultStorageClass admission runs in kubesim, so a claim without a class asks for "". */
export const claimClass = (c: PersistentVolumeClaim): string =>
  c.metadata.annotations?.[BETA_CLASS] ?? c.spec.storageClassName ?? '';
export const volumeClass = (v: PersistentVolume): string =>
  v.metadata.annotations?.[BETA_CLASS] ?? v.spec.storageClassName ?? '';

const storage = (list: Record<string, string> | undefined) =>
  parseQuantity(list?.['storage'] ?? '0') ?? parseQuantity('0');

/** Every mode the claim asks for is one the volume offers. */
export function accessModesContain(
  volumeModes: readonly string[] | undefined,
  wanted: readonly string[] | undefined,
): boolean {
  return (wanted ?? []).every((m) => (volumeModes ?? []).includes(m));
}

/** The volume is reserved for (or bound to) exactly this claim. */
export function isVolumeBoundToClaim(v: PersistentVolume, c: PersistentVolumeClaim): boolean {
  const ref = v.spec.claimRef;
  if (!ref) return false;
  if (ref.name !== c.metadata.name || (ref.namespace ?? '') !== (c.metadata.namespace ?? ''))
    return false;
  return !ref.uid || ref.uid === c.metadata.uid;
}

/**
 * Why a volume the claim names in `volumeName` cannot serve it (checkVolumeSatisfyClaim), in
 * Kubernetes' words, or undefined when it can.
 */
export function volumeMismatch(v: PersistentVolume, c: PersistentVolumeClaim): string | undefined {
  if (v.metadata.deletionTimestamp) return `the volume is marked for deletion "${v.metadata.name}"`;
  const have = storage(v.spec.capacity);
  const want = storage(c.spec.resources?.requests);
  if (have && want && compareQuantity(have, want) < 0) return 'requested PV is too small';
  if (volumeClass(v) !== claimClass(c)) return 'storageClassName does not match';
  if ((v.spec.volumeMode ?? 'Filesystem') !== (c.spec.volumeMode ?? 'Filesystem'))
    return 'incompatible volumeMode';
  if (!accessModesContain(v.spec.accessModes, c.spec.accessModes)) return 'incompatible accessMode';
  return undefined;
}

/**
 * The volume an unbound claim gets (findMatchingVolume): a volume already reserved for it if
 * one fits, otherwise the best Available one with the same class and volume mode, every
 * requested access mode, enough capacity and matching labels. Kubernetes indexes volumes by
 * their access-mode sets and searches the smallest sets first, so a volume offering only what
 * was asked beats a larger set; among those, the smallest capacity wins, so big volumes are
 * kept for claims that need them.
 */
export function findMatchingVolume(
  claim: PersistentVolumeClaim,
  volumes: readonly PersistentVolume[],
): PersistentVolume | undefined {
  const want = storage(claim.spec.resources?.requests);
  const selector = claim.spec.selector ? selectorFromLabelSelector(claim.spec.selector) : undefined;
  let best: PersistentVolume | undefined;
  const better = (a: PersistentVolume, b: PersistentVolume): boolean => {
    const modes = (a.spec.accessModes ?? []).length - (b.spec.accessModes ?? []).length;
    if (modes !== 0) return modes < 0;
    const qa = storage(a.spec.capacity);
    const qb = storage(b.spec.capacity);
    const size = qa && qb ? compareQuantity(qa, qb) : 0;
    return size !== 0 ? size < 0 : a.metadata.name < b.metadata.name;
  };
  for (const v of volumes) {
    if (v.metadata.deletionTimestamp) continue;
    const have = storage(v.spec.capacity);
    const fits =
      volumeClass(v) === claimClass(claim) &&
      (v.spec.volumeMode ?? 'Filesystem') === (claim.spec.volumeMode ?? 'Filesystem') &&
      accessModesContain(v.spec.accessModes, claim.spec.accessModes) &&
      !!have &&
      !!want &&
      compareQuantity(have, want) >= 0;
    if (isVolumeBoundToClaim(v, claim)) {
      if (fits) return v;
      continue;
    }
    if (v.spec.claimRef || v.status?.phase !== 'Available' || !fits) continue;
    if (selector && !selector.matches(v.metadata.labels ?? {})) continue;
    if (!best || better(v, best)) best = v;
  }
  return best;
}

/** The volume after binding: claimRef to this claim, marked as the controller's doing. */
export function boundVolume(v: PersistentVolume, c: PersistentVolumeClaim): PersistentVolume {
  const byController = !v.spec.claimRef;
  return {
    ...v,
    metadata: {
      ...v.metadata,
      ...(byController
        ? { annotations: { ...v.metadata.annotations, [BOUND_BY_CONTROLLER]: 'yes' } }
        : {}),
    },
    spec: {
      ...v.spec,
      claimRef: {
        kind: 'PersistentVolumeClaim',
        namespace: c.metadata.namespace ?? 'default',
        name: c.metadata.name,
        ...(c.metadata.uid ? { uid: c.metadata.uid } : {}),
        apiVersion: 'v1',
        ...(c.metadata.resourceVersion ? { resourceVersion: c.metadata.resourceVersion } : {}),
      },
    },
  };
}

/** The claim after binding: it names its volume; the annotations say the binder finished. */
export function boundClaim(c: PersistentVolumeClaim, v: PersistentVolume): PersistentVolumeClaim {
  const byController = !c.spec.volumeName;
  return {
    ...c,
    metadata: {
      ...c.metadata,
      annotations: {
        ...c.metadata.annotations,
        [BIND_COMPLETED]: 'yes',
        ...(byController ? { [BOUND_BY_CONTROLLER]: 'yes' } : {}),
      },
    },
    spec: { ...c.spec, volumeName: v.metadata.name },
  };
}

/** What a volume's phase should be, given the claim its claimRef names (if it still exists). */
export function desiredVolumePhase(
  v: PersistentVolume,
  claim: PersistentVolumeClaim | undefined,
): 'Available' | 'Bound' | 'Released' {
  const ref = v.spec.claimRef;
  if (!ref) return 'Available';
  if (!ref.uid) return 'Available'; // reserved for a claim that is not bound yet
  if (!claim || claim.metadata.uid !== ref.uid) return 'Released';
  return claim.spec.volumeName === v.metadata.name ? 'Bound' : 'Available';
}
