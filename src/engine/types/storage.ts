/**
 * PersistentVolume (cluster-scoped) and PersistentVolumeClaim (namespaced), core v1: storage
 * that outlives pods, and a namespace's request for some of it. The PV controller binds them
 * one to one (src/engine/controllers/persistentVolume.ts).
 */
import type { ObjectReference } from './cluster';
import type { KubeObject, LabelSelector, ResourceList } from './meta';
import type { Volume } from './pod';

export type PersistentVolumeAccessMode =
  'ReadWriteOnce' | 'ReadOnlyMany' | 'ReadWriteMany' | 'ReadWriteOncePod';

export type PersistentVolumeReclaimPolicy = 'Retain' | 'Delete' | 'Recycle';
export type PersistentVolumePhase = 'Pending' | 'Available' | 'Bound' | 'Released' | 'Failed';
export type PersistentVolumeClaimPhase = 'Pending' | 'Bound' | 'Lost';

export interface PersistentVolumeSpec {
  capacity?: ResourceList;
  accessModes?: (PersistentVolumeAccessMode | string)[];
  /** The claim this volume is bound to (or reserved for, when set by hand). */
  claimRef?: ObjectReference;
  persistentVolumeReclaimPolicy?: PersistentVolumeReclaimPolicy | string;
  storageClassName?: string;
  mountOptions?: string[];
  volumeMode?: 'Filesystem' | 'Block' | string;
  // The sources kubesim models; exactly one is set on a valid volume.
  hostPath?: Volume['hostPath'];
  nfs?: Volume['nfs'];
  gcePersistentDisk?: Volume['gcePersistentDisk'];
  awsElasticBlockStore?: Volume['awsElasticBlockStore'];
}

export interface PersistentVolumeStatus {
  phase?: PersistentVolumePhase;
  message?: string;
  reason?: string;
  lastPhaseTransitionTime?: string;
}

export interface PersistentVolume extends KubeObject {
  kind: 'PersistentVolume';
  spec: PersistentVolumeSpec;
  status?: PersistentVolumeStatus;
}

export interface PersistentVolumeClaimSpec {
  accessModes?: (PersistentVolumeAccessMode | string)[];
  selector?: LabelSelector;
  resources?: { requests?: ResourceList; limits?: ResourceList };
  /** Set by the binder, or by the user to ask for one volume by name. */
  volumeName?: string;
  storageClassName?: string;
  volumeMode?: 'Filesystem' | 'Block' | string;
}

export interface PersistentVolumeClaimStatus {
  phase?: PersistentVolumeClaimPhase;
  accessModes?: (PersistentVolumeAccessMode | string)[];
  capacity?: ResourceList;
}

export interface PersistentVolumeClaim extends KubeObject {
  kind: 'PersistentVolumeClaim';
  spec: PersistentVolumeClaimSpec;
  status?: PersistentVolumeClaimStatus;
}
