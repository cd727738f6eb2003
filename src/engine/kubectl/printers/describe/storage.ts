/** Modern `kubectl describe pv` and `describe pvc` (PersistentVolumeDescriber, PersistentVolumeClaimDescriber). */
import type { Event, PersistentVolume, PersistentVolumeClaim, Pod } from '../../../types';
import { MODERN_DESCRIBE } from '../format/tabwriter';
import { accessModesString } from '../get/persistentVolume';
import { describeEvents, printAnnotationsMultiline, printLabelsMultiline } from './common';
import { PrefixWriter } from './writer';

const finalizers = (f: readonly string[] | undefined): string => `[${(f ?? []).join(' ')}]`;

/** The volume source block, as kubectl's `printXVolumeSource` helpers word each kind. */
function describeSource(w: PrefixWriter, pv: PersistentVolume): void {
  const s = pv.spec;
  w.write(0, 'Source:\n');
  if (s.nfs) {
    w.write(1, 'Type:\tNFS (an NFS mount that lasts the lifetime of a pod)\n');
    w.write(1, `Server:\t${s.nfs.server}\n`);
    w.write(1, `Path:\t${s.nfs.path}\n`);
    w.write(1, `ReadOnly:\t${s.nfs.readOnly === true}\n`);
  } else if (s.hostPath) {
    w.write(1, 'Type:\tHostPath (bare host directory volume)\n');
    w.write(1, `Path:\t${s.hostPath.path}\n`);
    w.write(1, `HostPathType:\t${s.hostPath.type ?? ''}\n`);
  } else if (s.gcePersistentDisk) {
    const d = s.gcePersistentDisk;
    w.write(1, 'Type:\tGCEPersistentDisk (a Persistent Disk resource in Google Compute Engine)\n');
    w.write(1, `PDName:\t${d.pdName}\n`);
    w.write(1, `FSType:\t${d.fsType ?? ''}\n`);
    w.write(1, `Partition:\t${d.partition ?? 0}\n`);
    w.write(1, `ReadOnly:\t${d.readOnly === true}\n`);
  } else if (s.awsElasticBlockStore) {
    const d = s.awsElasticBlockStore;
    w.write(1, 'Type:\tAWSElasticBlockStore (a Persistent Disk resource in AWS)\n');
    w.write(1, `VolumeID:\t${d.volumeID}\n`);
    w.write(1, `FSType:\t${d.fsType ?? ''}\n`);
    w.write(1, `Partition:\t${d.partition ?? 0}\n`);
    w.write(1, `ReadOnly:\t${d.readOnly === true}\n`);
  }
}

export function describePersistentVolume(
  pv: PersistentVolume,
  events: readonly Event[],
  nowMs: number,
): string {
  const w = new PrefixWriter(MODERN_DESCRIBE);
  const claim = pv.spec.claimRef;
  w.write(0, `Name:\t${pv.metadata.name}\n`);
  printLabelsMultiline(w, 'Labels', pv.metadata.labels);
  printAnnotationsMultiline(w, 'Annotations', pv.metadata.annotations);
  w.write(0, `Finalizers:\t${finalizers(pv.metadata.finalizers)}\n`);
  w.write(0, `StorageClass:\t${pv.spec.storageClassName ?? ''}\n`);
  w.write(0, `Status:\t${pv.status?.phase ?? ''}\n`);
  w.write(0, `Claim:\t${claim ? `${claim.namespace ?? ''}/${claim.name ?? ''}` : ''}\n`);
  w.write(0, `Reclaim Policy:\t${pv.spec.persistentVolumeReclaimPolicy ?? ''}\n`);
  w.write(0, `Access Modes:\t${accessModesString(pv.spec.accessModes)}\n`);
  w.write(0, `VolumeMode:\t${pv.spec.volumeMode ?? 'Filesystem'}\n`);
  w.write(0, `Capacity:\t${pv.spec.capacity?.storage ?? ''}\n`);
  w.write(0, 'Node Affinity:\t<none>\n');
  w.write(0, `Message:\t${pv.status?.message ?? ''}\n`);
  describeSource(w, pv);
  describeEvents(w, events, nowMs);
  return w.toString();
}

export function describePersistentVolumeClaim(
  pvc: PersistentVolumeClaim,
  events: readonly Event[],
  users: readonly Pod[],
  nowMs: number,
): string {
  const w = new PrefixWriter(MODERN_DESCRIBE);
  const bound = pvc.spec.volumeName ? pvc.status : undefined;
  w.write(0, `Name:\t${pvc.metadata.name}\n`);
  w.write(0, `Namespace:\t${pvc.metadata.namespace ?? ''}\n`);
  w.write(0, `StorageClass:\t${pvc.spec.storageClassName ?? ''}\n`);
  w.write(0, `Status:\t${pvc.status?.phase ?? ''}\n`);
  w.write(0, `Volume:\t${pvc.spec.volumeName ?? ''}\n`);
  printLabelsMultiline(w, 'Labels', pvc.metadata.labels);
  printAnnotationsMultiline(w, 'Annotations', pvc.metadata.annotations);
  w.write(0, `Finalizers:\t${finalizers(pvc.metadata.finalizers)}\n`);
  w.write(0, `Capacity:\t${bound?.capacity?.storage ?? ''}\n`);
  w.write(0, `Access Modes:\t${bound ? accessModesString(bound.accessModes) : ''}\n`);
  w.write(0, `VolumeMode:\t${pvc.spec.volumeMode ?? 'Filesystem'}\n`);
  w.write(
    0,
    `Used By:\t${users.length ? users.map((p) => p.metadata.name).join('\n\t') : '<none>'}\n`,
  );
  describeEvents(w, events, nowMs);
  return w.toString();
}
