/**
 * Volumes on the node side: the cluster's simulated storage (`VolumeWorld`), the kubelet's
 * volume set-up and tear-down, and each container's filesystem with its mounts.
 */
export { VolumeWorld } from './world';
export type { DiskAttachment, PersistentDisk, VolumeWorldOptions } from './world';
export { claimResolver, setUpPodVolumes, tearDownPodVolumes } from './setup';
export type {
  ClaimResolution,
  MountedVolume,
  ResolveClaim,
  SetUpResult,
  VolumeKind,
} from './setup';
export { containerFileSystem } from './containerFS';
export type { ContainerFS, ContainerMount, FileEntry } from './containerFS';
export type { DirNode, FileNode, TreeNode } from './tree';
