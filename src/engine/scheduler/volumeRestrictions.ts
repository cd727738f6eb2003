/**
 * VolumeRestrictions (2015: NoDiskConflict): a GCE persistent disk can be attached read-write
 * to one machine only, so a second pod on the same node may use the same PD only when both
 * mount it read-only; an AWS EBS volume attaches to one machine, full stop. The check is per
 * node: two pods on different nodes are not stopped here (their attach fails later).
 */
import type { Pod, Volume } from '../types';
import type { FilterPlugin } from './types';

export const VOLUME_RESTRICTIONS = 'VolumeRestrictions';
export const DISK_CONFLICT_REASON = 'node(s) had no available disk';

function volumesConflict(a: Volume, b: Volume): boolean {
  if (a.gcePersistentDisk && b.gcePersistentDisk)
    return (
      a.gcePersistentDisk.pdName === b.gcePersistentDisk.pdName &&
      !(a.gcePersistentDisk.readOnly && b.gcePersistentDisk.readOnly)
    );
  if (a.awsElasticBlockStore && b.awsElasticBlockStore)
    return a.awsElasticBlockStore.volumeID === b.awsElasticBlockStore.volumeID;
  return false;
}

const podsConflict = (pod: Pod, other: Pod): boolean =>
  (pod.spec.volumes ?? []).some((v) =>
    (other.spec.volumes ?? []).some((o) => volumesConflict(v, o)),
  );

export const volumeRestrictions: FilterPlugin = {
  name: VOLUME_RESTRICTIONS,
  legacyName: 'NoDiskConflict',
  unresolvable: false,
  filter(pod, { pods }) {
    // only disks that attach to one machine can conflict; most pods have none
    const disks = (pod.spec.volumes ?? []).some(
      (v) => v.gcePersistentDisk ?? v.awsElasticBlockStore,
    );
    if (!disks) return [];
    return pods.some((other) => podsConflict(pod, other)) ? [DISK_CONFLICT_REASON] : [];
  },
};
