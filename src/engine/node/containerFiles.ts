/**
 * A running container's filesystem as the page's file browser lists it: what
 * `docker export <id> | tar -tvf -` would print (mode, size, path), each entry marked with
 * where it comes from — the image, the container's writable layer (files the container or an
 * `exec` wrote, and the directories the runtime made for its mount points), or a volume
 * mounted over a path. `docker export` itself leaves volumes out; the page shows them, marked,
 * because where a volume sits in the tree is the lesson.
 *
 * Nothing here changes the cluster: the listing reads the container instance the kubelet
 * already runs. The catalog's images carry no modes, so modes are the usual ones for where a
 * file sits (binaries under `bin/` executable, `/tmp` sticky); that part is invented.
 */
import type { Era, FileEntry } from '../contract';
import { dialError } from '../kubectl/commands/logsPods';
import type { Container, Pod } from '../types';
import type { CatalogImage, ImageFile } from './images';
import type { Kubelet } from './kubelet';
import type { ContainerFS, FileEntry as WalkedEntry } from './volumes';

/** A container spec's mount, by the pod's volume name. */
export interface MountPoint {
  name: string;
  mountPath: string;
  /** The kubelet makes an emptyDir world-writable (0777); other volumes keep their own modes. */
  emptyDir?: boolean;
}

/**
 * The listing of one container's filesystem, in tar's order: depth first, names sorted.
 * @example
 * listContainerFiles(fs.walk(), image.files, [{ name: 'cache', mountPath: '/cache' }])
 * // [{ path: '/bin', type: 'dir', mode: 'drwxr-xr-x', size: 0, source: { kind: 'image' } }, …]
 */
export function listContainerFiles(
  walked: readonly WalkedEntry[],
  imageFiles: Readonly<Record<string, ImageFile>>,
  mounts: readonly MountPoint[],
): FileEntry[] {
  const imageDirs = imageDirectories(imageFiles);
  // deepest first, so /data/logs wins over /data when a path is under both
  const byDepth = [...mounts].sort((a, b) => depth(b.mountPath) - depth(a.mountPath));
  const entries = walked.map((w): FileEntry => {
    const type = w.dir ? 'dir' : 'file';
    const source = sourceOf(w, imageFiles, imageDirs, byDepth);
    const emptyDirRoot =
      source.kind === 'volume' &&
      w.path === source.mountPath &&
      mounts.some((m) => m.emptyDir === true && m.mountPath === w.path);
    return {
      path: w.path,
      type,
      mode: emptyDirRoot && w.dir ? 'drwxrwxrwx' : modeOf(w.path, type),
      size: w.dir ? 0 : w.size,
      source,
    };
  });
  return entries.sort((a, b) => comparePaths(a.path, b.path));
}

function sourceOf(
  w: WalkedEntry,
  imageFiles: Readonly<Record<string, ImageFile>>,
  imageDirs: ReadonlySet<string>,
  mounts: readonly MountPoint[],
): FileEntry['source'] {
  if (w.volume !== undefined) {
    const mount =
      mounts.find((m) => m.name === w.volume && isUnder(w.path, m.mountPath)) ??
      mounts.find((m) => m.name === w.volume);
    return { kind: 'volume', volume: w.volume, mountPath: mount?.mountPath ?? w.path };
  }
  // the image's own entries keep mtime 0 until something in the container changes them
  const shipped = w.dir ? imageDirs.has(w.path) : typeof imageFiles[w.path] === 'string';
  return shipped && w.mtime === 0 ? { kind: 'image' } : { kind: 'layer' };
}

/** Every directory the image has, its files' parents included (a tar lists them all). */
function imageDirectories(files: Readonly<Record<string, ImageFile>>): Set<string> {
  const dirs = new Set<string>();
  for (const [path, file] of Object.entries(files)) {
    const parts = path.split('/').filter(Boolean);
    const own = typeof file === 'string' ? parts.length - 1 : parts.length;
    for (let i = 1; i <= own; i++) dirs.add(`/${parts.slice(0, i).join('/')}`);
  }
  return dirs;
}

const EXECUTABLE_DIRS = /^\/(usr\/(local\/)?)?s?bin\//;

/**
 * The mode `tar -tv` would print. Invented where the catalog does not say: directories 755,
 * `/tmp` 1777 (sticky), `/root` 700; files under a `bin/` or ending `.sh` 755, others 644
 * (umask 022). An emptyDir's root is 777, as the kubelet makes it (see listContainerFiles).
 */
export function modeOf(path: string, type: FileEntry['type']): string {
  if (type === 'link') return 'lrwxrwxrwx';
  if (type === 'dir') {
    if (path === '/tmp' || path === '/var/tmp') return 'drwxrwxrwt';
    if (path === '/root') return 'drwx------';
    return 'drwxr-xr-x';
  }
  return EXECUTABLE_DIRS.test(path) || path.endsWith('.sh') ? '-rwxr-xr-x' : '-rw-r--r--';
}

/** Tar's order: a directory, then everything inside it, then its next sibling. */
function comparePaths(a: string, b: string): number {
  const x = a.split('/');
  const y = b.split('/');
  for (let i = 0; i < Math.min(x.length, y.length); i++) {
    const p = x[i] ?? '';
    const q = y[i] ?? '';
    if (p !== q) return p < q ? -1 : 1;
  }
  return x.length - y.length;
}

const depth = (path: string): number => path.split('/').filter(Boolean).length;

const isUnder = (path: string, dir: string): boolean => {
  const d = dir.replace(/\/+$/, '');
  return path === d || path.startsWith(`${d}/`);
};

/**
 * The running instance of `container` in `pod` and its listing, or an error in the words
 * kubectl's `exec` and `logs` use for the same situations (the API server's checks, then the
 * kubelet's).
 */
export function containerFilesOf(
  pod: Pod | undefined,
  names: { namespace: string; pod: string; container: string },
  kubeletOf: (node: string) => Kubelet | undefined,
  era: Era,
): FileEntry[] {
  const { pod: podName, container } = names;
  if (!pod) throw new Error(`pods "${podName}" not found`);
  const spec = [...pod.spec.containers, ...(pod.spec.initContainers ?? [])].find(
    (c) => c.name === container,
  );
  if (!spec) throw new Error(`container ${container} is not valid for pod ${podName}`);
  const notRunning = new Error(`container "${container}" in pod "${podName}" is not running`);
  const nodeName = pod.spec.nodeName;
  if (!nodeName) throw new Error(`pod ${podName} does not have a host assigned`);
  const kubelet = kubeletOf(nodeName);
  if (!kubelet) throw notRunning;
  if (kubelet.power !== 'on')
    throw new Error(`error dialing backend: ${dialError(era, kubelet.nodeIP)}`);
  const ip = pod.status?.podIP;
  const worker = ip ? kubelet.workerByIP(ip) : undefined;
  if (!worker || worker.pod.metadata.name !== podName || worker.namespace !== names.namespace)
    throw notRunning;
  const process = worker.container(container)?.current;
  if (!process?.running) throw notRunning;
  const fs = process.ctx.fs as Partial<ContainerFS>;
  if (typeof fs.walk !== 'function') throw notRunning;
  return listContainerFiles(fs.walk(), imageOf(process.ctx)?.files ?? {}, mountPoints(pod, spec));
}

function mountPoints(pod: Pod, spec: Container): MountPoint[] {
  const emptyDirs = new Set(
    (pod.spec.volumes ?? []).filter((v) => v.emptyDir !== undefined).map((v) => v.name),
  );
  return (spec.volumeMounts ?? []).map((m) => ({
    name: m.name,
    mountPath: m.mountPath,
    emptyDir: emptyDirs.has(m.name),
  }));
}

/** The image a process runs: its program context carries it (the shell's context does not). */
function imageOf(ctx: object): CatalogImage | undefined {
  return 'image' in ctx ? (ctx.image as CatalogImage) : undefined;
}
