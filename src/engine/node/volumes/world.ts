/**
 * The storage outside the pods, cluster-wide: NFS servers and their exports, persistent disks
 * with their attachment table, each node's own disk (hostPath), and each pod's emptyDir
 * directories. Created once per cluster; the kubelets' volume set-up reads and changes it.
 */
import type { Era } from '../../contract';
import { nodeRootFS } from './hostFiles';
import { type DirNode, ensureDir, newDir, segments } from './tree';

/** One node's use of a disk: how it is attached and which pods (`namespace/name`) use it. */
export interface DiskAttachment {
  readOnly: boolean;
  pods: Set<string>;
}

/** A cloud disk (GCE PD or AWS EBS): its data, and which nodes it is attached to. */
export interface PersistentDisk {
  /** `gce/my-disk` or `aws/vol-0abc`. */
  id: string;
  root: DirNode;
  attachments: Map<string, DiskAttachment>;
}

export interface VolumeWorldOptions {
  era: Era;
  /** Wall-clock ms, for the modification times of what the world creates. */
  now: () => number;
}

export class VolumeWorld {
  readonly era: Era;
  readonly now: () => number;
  private readonly nfs = new Map<string, DirNode>();
  private readonly disks = new Map<string, PersistentDisk>();
  private readonly nodes = new Map<string, DirNode>();
  private readonly emptyDirs = new Map<string, Map<string, DirNode>>();

  constructor(opts: VolumeWorldOptions) {
    this.era = opts.era;
    this.now = opts.now;
  }

  /** An NFS server's disk; its exports are directories in it, created when first mounted. */
  nfsServer(server: string): DirNode {
    let root = this.nfs.get(server);
    if (!root) this.nfs.set(server, (root = newDir(this.now())));
    return root;
  }

  /** The directory `server:path` exports (made if missing: kubesim's servers export anything). */
  nfsExport(server: string, path: string): DirNode {
    const dir = ensureDir(this.nfsServer(server), segments(path), this.now());
    if (typeof dir === 'string') throw new Error(`nfs ${server}:${path}: ${dir}`);
    return dir;
  }

  /** A disk by cloud and name; kubesim's cloud has every disk a manifest names, empty at first. */
  disk(cloud: 'gce' | 'aws', name: string): PersistentDisk {
    const id = `${cloud}/${name}`;
    let disk = this.disks.get(id);
    if (!disk)
      this.disks.set(id, (disk = { id, root: newDir(this.now()), attachments: new Map() }));
    return disk;
  }

  /** Every disk known so far, for the page (which disk is attached where). */
  allDisks(): PersistentDisk[] {
    return [...this.disks.values()];
  }

  /** A node's own filesystem, where hostPath volumes live. */
  nodeRoot(nodeName: string): DirNode {
    let root = this.nodes.get(nodeName);
    if (!root) this.nodes.set(nodeName, (root = nodeRootFS(nodeName, this.era, this.now())));
    return root;
  }

  /** The emptyDir `volumeName` of the pod with this UID: made empty on first use. */
  emptyDir(podUid: string, volumeName: string): DirNode {
    let dirs = this.emptyDirs.get(podUid);
    if (!dirs) this.emptyDirs.set(podUid, (dirs = new Map()));
    let dir = dirs.get(volumeName);
    if (!dir) dirs.set(volumeName, (dir = newDir(this.now())));
    return dir;
  }

  hasEmptyDirs(podUid: string): boolean {
    return this.emptyDirs.has(podUid);
  }

  /** An emptyDir is gone for good when its pod leaves the node. */
  removeEmptyDirs(podUid: string): void {
    this.emptyDirs.delete(podUid);
  }
}
