/**
 * The page's file browser reads `cluster.containerFiles`: a running container's files as
 * `docker export | tar -tv` lists them, with the volumes mounted over them marked.
 */
import { describe, expect, it } from 'vitest';
import type { FileEntry } from '../contract';
import { testCluster, type TestCluster } from '../testing/testCluster';
import { listContainerFiles, modeOf } from './containerFiles';

const webWithCache = `apiVersion: v1
kind: Pod
metadata: {name: web}
spec:
  containers:
  - name: web
    image: nginx
    volumeMounts: [{name: cache, mountPath: /var/cache/scratch}]
  volumes:
  - name: cache
    emptyDir: {}
`;

function runningWeb(): TestCluster {
  const k = testCluster({ nodes: 1 });
  k.ok('create -f web.yaml', webWithCache);
  k.cluster.advance(30_000);
  return k;
}

const at = (files: FileEntry[], path: string): FileEntry | undefined =>
  files.find((f) => f.path === path);

describe('a running container’s files', () => {
  it('lists the image’s files: nginx serves /usr/share/nginx/html/index.html', () => {
    const files = runningWeb().cluster.containerFiles('default', 'web', 'web');
    expect(at(files, '/usr/share/nginx/html/index.html')).toMatchObject({
      type: 'file',
      mode: '-rw-r--r--',
      source: { kind: 'image' },
    });
    expect(at(files, '/usr/share/nginx/html/index.html')?.size).toBeGreaterThan(0);
    expect(at(files, '/usr/share/nginx')).toMatchObject({ type: 'dir', size: 0 });
  });

  it('marks an emptyDir at its mount path, with what the container wrote into it', () => {
    const k = runningWeb();
    k.ok('exec web -- sh -c "echo hot > /var/cache/scratch/page"');
    const files = k.cluster.containerFiles('default', 'web', 'web');
    const volume = { kind: 'volume', volume: 'cache', mountPath: '/var/cache/scratch' };
    expect(at(files, '/var/cache/scratch')).toMatchObject({
      type: 'dir',
      mode: 'drwxrwxrwx',
      source: volume,
    });
    expect(at(files, '/var/cache/scratch/page')).toMatchObject({ size: 4, source: volume });
  });

  it('shows a file written by exec in the writable layer', () => {
    const k = runningWeb();
    k.ok('exec web -- sh -c "echo note > /tmp/note"');
    const files = k.cluster.containerFiles('default', 'web', 'web');
    expect(at(files, '/tmp/note')).toMatchObject({ size: 5, source: { kind: 'layer' } });
    expect(at(files, '/tmp')).toMatchObject({ mode: 'drwxrwxrwt' });
  });

  it('lists parents before children, in tar’s order', () => {
    const files = runningWeb().cluster.containerFiles('default', 'web', 'web');
    const paths = files.map((f) => f.path);
    for (const [i, path] of paths.entries()) {
      const parent = path.slice(0, path.lastIndexOf('/'));
      if (parent) expect(paths.indexOf(parent)).toBeLessThan(i);
    }
    expect(new Set(paths).size).toBe(paths.length);
  });

  it('changes nothing and answers the same twice', () => {
    const k = runningWeb();
    const before = JSON.stringify(k.cluster.snapshot());
    const first = k.cluster.containerFiles('default', 'web', 'web');
    expect(k.cluster.containerFiles('default', 'web', 'web')).toEqual(first);
    expect(JSON.stringify(k.cluster.snapshot())).toBe(before);
  });

  it('answers in Kubernetes’ words when there is nothing to list', () => {
    const k = runningWeb();
    expect(() => k.cluster.containerFiles('default', 'nope', 'web')).toThrow(
      'pods "nope" not found',
    );
    expect(() => k.cluster.containerFiles('default', 'web', 'db')).toThrow(
      'container db is not valid for pod web',
    );
    k.ok('create -f p.yaml', webWithCache.replace('name: web}', 'name: early}'));
    expect(() => k.cluster.containerFiles('default', 'early', 'web')).toThrow(
      'pod early does not have a host assigned',
    );
    k.cluster.advance(1_000);
    expect(k.ok('get pod early -o wide')).toContain('node-1');
    expect(() => k.cluster.containerFiles('default', 'early', 'web')).toThrow(
      'container "web" in pod "early" is not running',
    );
  });

  it('cannot reach a stopped node’s kubelet', () => {
    const k = runningWeb();
    k.cluster.faults.stopNode('node-1');
    expect(() => k.cluster.containerFiles('default', 'web', 'web')).toThrow(
      /^error dialing backend: dial tcp [\d.]+:10250: connect: no route to host$/,
    );
  });
});

describe('listContainerFiles', () => {
  const image = { '/bin/sh': '', '/etc/motd': 'hi\n', '/srv': { dir: true } } as const;

  it('tells the image from the layer by what changed', () => {
    const files = listContainerFiles(
      [
        { path: '/bin', dir: true, size: 4096, mtime: 0 },
        { path: '/bin/sh', dir: false, size: 0, mtime: 0 },
        { path: '/etc', dir: true, size: 4096, mtime: 5 },
        { path: '/etc/motd', dir: false, size: 4, mtime: 5 },
        { path: '/srv', dir: true, size: 4096, mtime: 0 },
        { path: '/srv/data', dir: true, size: 4096, mtime: 0, volume: 'data' },
      ],
      image,
      [{ name: 'data', mountPath: '/srv/data', emptyDir: true }],
    );
    expect(files.map((f) => [f.path, f.mode, f.source.kind])).toEqual([
      ['/bin', 'drwxr-xr-x', 'image'],
      ['/bin/sh', '-rwxr-xr-x', 'image'],
      ['/etc', 'drwxr-xr-x', 'layer'],
      ['/etc/motd', '-rw-r--r--', 'layer'],
      ['/srv', 'drwxr-xr-x', 'image'],
      ['/srv/data', 'drwxrwxrwx', 'volume'],
    ]);
  });

  it('puts a directory’s contents right after it, before a sibling that sorts between', () => {
    const files = listContainerFiles(
      [
        { path: '/a-b', dir: false, size: 0, mtime: 0 },
        { path: '/a', dir: true, size: 4096, mtime: 0 },
        { path: '/a/b', dir: false, size: 0, mtime: 0 },
      ],
      {},
      [],
    );
    expect(files.map((f) => f.path)).toEqual(['/a', '/a/b', '/a-b']);
  });

  it('gives scripts and binaries the executable bit', () => {
    expect(modeOf('/docker-entrypoint.sh', 'file')).toBe('-rwxr-xr-x');
    expect(modeOf('/usr/local/bin/redis-server', 'file')).toBe('-rwxr-xr-x');
    expect(modeOf('/etc/passwd', 'file')).toBe('-rw-r--r--');
  });
});
