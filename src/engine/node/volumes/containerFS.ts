/**
 * One container instance's filesystem, as the shell and the page see it: the image's files as
 * a private writable layer (copy-on-write: the image never changes, and a restarted container
 * gets a fresh copy, so what it wrote outside its volumes is gone), with the pod's volumes
 * mounted over their paths. A volume's data is shared: a write through one mount is seen
 * through every other mount of it, in this pod, on this node (hostPath) or anywhere (NFS,
 * disks). Read-only mounts refuse changes with `Read-only file system`.
 */
import type { ImageFile } from '../images/types';
import type { ShellFS } from '../shell/types';
import type { MountedVolume } from './setup';
import { type DirNode, type TreeNode, ensureDir, lookup, newDir, segments, sizeOf } from './tree';

export interface ContainerMount {
  mountPath: string;
  volume: MountedVolume;
  readOnly: boolean;
  subPath?: string;
}

/** One path of the filesystem, for the page's browser (`docker export | tar -tv` material). */
export interface FileEntry {
  path: string;
  dir: boolean;
  size: number;
  /** Wall-clock ms of the last change (0 for files as the image shipped them). */
  mtime: number;
  /** The pod volume this path belongs to, when it is in one. */
  volume?: string;
}

export interface ContainerFS extends ShellFS {
  /** Every path, sorted, mount contents included. */
  walk(): FileEntry[];
}

interface Mount {
  at: string[];
  volume: MountedVolume;
  /** The volume's root inside its tree, subPath included. */
  base: string[];
  readOnly: boolean;
}

interface Resolved {
  tree: DirNode;
  segs: string[];
  readOnly: boolean;
  mount?: Mount;
}

const startsWith = (segs: readonly string[], prefix: readonly string[]): boolean =>
  prefix.length <= segs.length && prefix.every((s, i) => segs[i] === s);

function imageLayer(files: Record<string, ImageFile>, mtime: number): DirNode {
  const root = newDir(mtime);
  for (const [path, file] of Object.entries(files)) {
    const segs = segments(path);
    if (typeof file !== 'string') {
      ensureDir(root, segs, mtime);
      continue;
    }
    const name = segs.pop();
    const dir = ensureDir(root, segs, mtime);
    if (name !== undefined && typeof dir !== 'string')
      dir.entries.set(name, { kind: 'file', data: file, mtime });
  }
  return root;
}

/**
 * @example
 * const fs = containerFileSystem(image.files, [{ mountPath: '/data', volume, readOnly: false }], now);
 * fs.write('/data/file', 'hello\n', true); // seen by every container mounting `volume`
 */
export function containerFileSystem(
  imageFiles: Record<string, ImageFile>,
  mounts: readonly ContainerMount[],
  now: () => number,
  options: { imageMtime?: number } = {},
): ContainerFS {
  // deepest mount first, so /data/logs wins over /data
  const table: Mount[] = mounts
    .map((m) => ({
      at: segments(m.mountPath),
      volume: m.volume,
      base: [...segments(m.volume.path), ...segments(m.subPath ?? '')],
      readOnly: m.readOnly || m.volume.readOnly,
    }))
    .sort((a, b) => b.at.length - a.at.length);

  // the kubelet makes a missing subPath directory before the container starts
  for (const m of table)
    if (!lookup(m.volume.tree, m.base) && m.base.length > segments(m.volume.path).length)
      ensureDir(m.volume.tree, m.base, now());

  // The writable layer is built the first time anything looks at it: most containers never
  // touch their image's files, and a cluster of 10,000 pods should not hold 10,000 copies.
  let built: DirNode | undefined;
  const layer = (): DirNode => {
    if (built) return built;
    built = imageLayer(imageFiles, options.imageMtime ?? 0);
    // the runtime makes each mount point in the layer
    for (const m of [...table].reverse()) {
      const target = lookup(m.volume.tree, m.base);
      const outer = resolve(m.at.slice(0, -1));
      const name = m.at[m.at.length - 1];
      const parent = ensureDir(outer.tree, outer.segs, options.imageMtime ?? 0);
      if (name === undefined || typeof parent === 'string' || parent.entries.has(name)) continue;
      parent.entries.set(
        name,
        target?.kind === 'file' ? { kind: 'file', data: '', mtime: 0 } : newDir(0),
      );
    }
    return built;
  };

  function resolve(segs: string[]): Resolved {
    const m = table.find((x) => startsWith(segs, x.at));
    if (!m) return { tree: layer(), segs, readOnly: false };
    return {
      tree: m.volume.tree,
      segs: [...m.base, ...segs.slice(m.at.length)],
      readOnly: m.readOnly,
      mount: m,
    };
  }

  const nodeAt = (path: string): TreeNode | undefined => {
    const r = resolve(segments(path));
    return lookup(r.tree, r.segs);
  };

  /** A mount point at or below `segs`: such a path cannot be removed. */
  const busy = (segs: string[]): Mount | undefined => table.find((m) => startsWith(m.at, segs));

  function parentOf(r: Resolved): { dir: DirNode; name: string } | string {
    const name = r.segs[r.segs.length - 1];
    const parent = lookup(r.tree, r.segs.slice(0, -1));
    if (name === undefined) return 'Device or resource busy';
    if (!parent) return 'No such file or directory';
    if (parent.kind !== 'dir') return 'Not a directory';
    return { dir: parent, name };
  }

  const fs: ContainerFS = {
    read(path) {
      const node = nodeAt(path);
      return node?.kind === 'file' ? node.data : undefined;
    },
    write(path, data, append) {
      const r = resolve(segments(path));
      const node = lookup(r.tree, r.segs);
      if (node?.kind === 'dir') return 'Is a directory';
      const at = parentOf(r);
      if (typeof at === 'string') return at;
      if (r.readOnly) return 'Read-only file system';
      const t = now();
      if (node) {
        node.data = append ? node.data + data : data;
        node.mtime = t;
      } else {
        at.dir.entries.set(at.name, { kind: 'file', data, mtime: t });
        at.dir.mtime = t;
      }
      return undefined;
    },
    remove(path) {
      const segs = segments(path);
      const r = resolve(segs);
      const node = lookup(r.tree, r.segs);
      if (!node) return 'No such file or directory';
      if (r.readOnly) return 'Read-only file system';
      const inTheWay = busy(segs);
      if (segs.length === 0 || inTheWay) {
        // `rm -rf` of a mount point empties the volume, then cannot remove the mount itself
        if (inTheWay && inTheWay.at.length === segs.length && node.kind === 'dir') {
          node.entries.clear();
          node.mtime = now();
        }
        return 'Device or resource busy';
      }
      const at = parentOf(r);
      if (typeof at === 'string') return at;
      at.dir.entries.delete(at.name);
      at.dir.mtime = now();
      return undefined;
    },
    mkdir(path, parents) {
      const r = resolve(segments(path));
      if (lookup(r.tree, r.segs)) return 'File exists';
      const parent = lookup(r.tree, r.segs.slice(0, -1));
      if (parent && parent.kind !== 'dir') return 'Not a directory';
      if (!parent && !parents) return 'No such file or directory';
      if (r.readOnly) return 'Read-only file system';
      const made = ensureDir(r.tree, r.segs, now());
      return typeof made === 'string' ? made : undefined;
    },
    list(path) {
      const segs = segments(path);
      const r = resolve(segs);
      const node = lookup(r.tree, r.segs);
      if (node?.kind !== 'dir') return undefined;
      const out = new Map<string, { name: string; dir: boolean; size: number }>();
      for (const [name, child] of node.entries)
        out.set(name, { name, dir: child.kind === 'dir', size: sizeOf(child) });
      // mount points show their volume's root, whatever the layer below has there
      for (const m of table) {
        const name = m.at[segs.length];
        if (m.at.length !== segs.length + 1 || !startsWith(m.at, segs) || name === undefined)
          continue;
        const root = lookup(m.volume.tree, m.base);
        out.set(name, {
          name,
          dir: root?.kind !== 'file',
          size: root ? sizeOf(root) : 4096,
        });
      }
      return [...out.values()].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    },
    isDir: (path) => nodeAt(path)?.kind === 'dir',
    exists: (path) => nodeAt(path) !== undefined,
    walk() {
      const entries: FileEntry[] = [];
      const visit = (path: string): void => {
        for (const child of fs.list(path) ?? []) {
          const full = path === '/' ? `/${child.name}` : `${path}/${child.name}`;
          const segs = segments(full);
          const r = resolve(segs);
          const node = lookup(r.tree, r.segs);
          entries.push({
            path: full,
            dir: child.dir,
            size: child.size,
            mtime: node?.mtime ?? 0,
            ...(r.mount ? { volume: r.mount.volume.name } : {}),
          });
          if (child.dir) visit(full);
        }
      };
      visit('/');
      return entries;
    },
  };
  return fs;
}
