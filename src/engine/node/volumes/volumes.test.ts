import { describe, expect, it } from 'vitest';
import { testCluster } from '../../testing/testCluster';
import { COMPLEXPOD } from '../../testing/seeds';
import type { PersistentVolume, Pod, Volume } from '../../types';
import type { ImageFile } from '../images/types';
import { containerFileSystem, type ContainerMount } from './containerFS';
import { claimResolver, type MountedVolume, setUpPodVolumes, tearDownPodVolumes } from './setup';
import { VolumeWorld } from './world';

const T0 = 1_767_600_000_000;
let clock = T0;
const now = (): number => clock;
const world = (era: 'modern' | '2015' = 'modern'): VolumeWorld => new VolumeWorld({ era, now });
const noClaims = claimResolver(
  () => undefined,
  () => undefined,
);
const IMAGE: Record<string, ImageFile> = {
  '/bin': { dir: true },
  '/bin/sh': '',
  '/etc/passwd': 'root:x:0:0:root:/root:/bin/sh\n',
};

function pod(name: string, volumes: Volume[], uid = `uid-${name}`, namespace = 'default'): Pod {
  return {
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: { name, namespace, uid },
    spec: { containers: [{ name: 'c', image: 'busybox' }], volumes },
  };
}

function setUp(w: VolumeWorld, p: Pod, node: string): Map<string, MountedVolume> {
  const r = setUpPodVolumes(w, p, node, noClaims);
  if (!r.ok) throw new Error(r.message);
  return r.volumes;
}

const mount = (
  volumes: Map<string, MountedVolume>,
  name: string,
  mountPath: string,
  extra: Partial<ContainerMount> = {},
): ContainerMount => {
  const volume = volumes.get(name);
  if (!volume) throw new Error(`no volume ${name}`);
  return { mountPath, volume, readOnly: false, ...extra };
};

describe("the seed's complexpod", () => {
  it('shares its emptyDir between the writer and the reader', () => {
    const k = testCluster({ era: '2015' });
    k.ok('create -f complexpod.json', COMPLEXPOD);
    const complexpod = k.cluster.api.get('Pod', 'default', 'complexpod');
    const w = world('2015');
    const volumes = setUp(w, complexpod, 'node-1');
    const [reader, writer] = complexpod.spec.containers.map((c) =>
      containerFileSystem(
        IMAGE,
        (c.volumeMounts ?? []).map((m) => mount(volumes, m.name, m.mountPath)),
        now,
      ),
    );
    clock = T0 + 5000;
    expect(writer?.write('/data/file', "'? U\n", true)).toBeUndefined();
    expect(reader?.read('/data/file')).toBe("'? U\n");
    expect(reader?.list('/data')).toEqual([{ name: 'file', dir: false, size: 5 }]);
  });
});

describe('emptyDir', () => {
  it('outlives a container restart and is gone when the pod leaves the node', () => {
    const w = world();
    const p = pod('web', [{ name: 'cache', emptyDir: {} }]);
    const first = containerFileSystem(
      IMAGE,
      [mount(setUp(w, p, 'node-1'), 'cache', '/cache')],
      now,
    );
    first.write('/cache/hits', '1', false);
    first.write('/tmp-note', 'lost on restart', false);

    const restarted = containerFileSystem(
      IMAGE,
      [mount(setUp(w, p, 'node-1'), 'cache', '/cache')],
      now,
    );
    expect(restarted.read('/cache/hits')).toBe('1');
    expect(restarted.exists('/tmp-note')).toBe(false);

    tearDownPodVolumes(w, p, 'node-1');
    expect(w.hasEmptyDirs('uid-web')).toBe(false);
    const replacement = pod('web', [{ name: 'cache', emptyDir: {} }], 'uid-web-2');
    const fresh = containerFileSystem(
      IMAGE,
      [mount(setUp(w, replacement, 'node-1'), 'cache', '/cache')],
      now,
    );
    expect(fresh.list('/cache')).toEqual([]);
  });
});

describe('hostPath', () => {
  const logs: Volume = {
    name: 'logs',
    hostPath: { path: '/var/log/app', type: 'DirectoryOrCreate' },
  };

  it('keeps data on its node for later pods, and other nodes do not see it', () => {
    const w = world();
    const a = containerFileSystem(
      IMAGE,
      [mount(setUp(w, pod('a', [logs]), 'node-1'), 'logs', '/logs')],
      now,
    );
    a.write('/logs/a.log', 'hello\n', true);
    tearDownPodVolumes(w, pod('a', [logs]), 'node-1');

    const b = containerFileSystem(
      IMAGE,
      [mount(setUp(w, pod('b', [logs]), 'node-1'), 'logs', '/logs')],
      now,
    );
    expect(b.read('/logs/a.log')).toBe('hello\n');
    const c = containerFileSystem(
      IMAGE,
      [mount(setUp(w, pod('c', [logs]), 'node-2'), 'logs', '/logs')],
      now,
    );
    expect(c.exists('/logs/a.log')).toBe(false);
  });

  it("shows the node's own files", () => {
    const w = world();
    const etc: Volume = { name: 'etc', hostPath: { path: '/etc', type: 'Directory' } };
    const fs = containerFileSystem(
      IMAGE,
      [mount(setUp(w, pod('p', [etc]), 'node-2'), 'etc', '/host/etc')],
      now,
    );
    expect(fs.read('/host/etc/hostname')).toBe('node-2\n');
    expect(fs.read('/host/etc/os-release')).toContain('PRETTY_NAME="Ubuntu 22.04.4 LTS"');
  });

  it.each([
    [
      'Directory',
      '/srv/missing',
      'MountVolume.SetUp failed for volume "v" : hostPath type check failed: /srv/missing is not a directory',
    ],
    [
      'Directory',
      '/etc/hostname',
      'MountVolume.SetUp failed for volume "v" : hostPath type check failed: /etc/hostname is not a directory',
    ],
    [
      'File',
      '/etc',
      'MountVolume.SetUp failed for volume "v" : hostPath type check failed: /etc is not a file',
    ],
    [
      'Socket',
      '/var/run/docker.sock',
      'MountVolume.SetUp failed for volume "v" : hostPath type check failed: /var/run/docker.sock is not a socket file',
    ],
    [
      'FileOrCreate',
      '/nowhere/x.conf',
      'MountVolume.SetUp failed for volume "v" : open /nowhere/x.conf: no such file or directory',
    ],
  ])('type %s at %s fails: %s', (type, path, message) => {
    const r = setUpPodVolumes(
      world(),
      pod('p', [{ name: 'v', hostPath: { path, type } }]),
      'node-1',
      noClaims,
    );
    expect(r).toEqual({ ok: false, reason: 'FailedMount', message });
  });

  it('FileOrCreate makes an empty file that the container sees at its mount path', () => {
    const w = world();
    const v: Volume = { name: 'v', hostPath: { path: '/tmp/app.lock', type: 'FileOrCreate' } };
    const fs = containerFileSystem(
      IMAGE,
      [mount(setUp(w, pod('p', [v]), 'node-1'), 'v', '/run/app.lock')],
      now,
    );
    expect(fs.read('/run/app.lock')).toBe('');
    expect(fs.write('/run/app.lock', '42', false)).toBeUndefined();
    expect(w.nodeRoot('node-1').entries.get('tmp')).toMatchObject({ kind: 'dir' });
    const again = containerFileSystem(
      IMAGE,
      [mount(setUp(w, pod('q', [v]), 'node-1'), 'v', '/lock')],
      now,
    );
    expect(again.read('/lock')).toBe('42');
  });
});

describe('nfs', () => {
  it('is one share for pods on every node', () => {
    const w = world();
    const share: Volume = { name: 'share', nfs: { server: '10.0.0.5', path: '/exports/web' } };
    const one = containerFileSystem(
      IMAGE,
      [mount(setUp(w, pod('a', [share]), 'node-1'), 'share', '/usr/share/nginx/html')],
      now,
    );
    const two = containerFileSystem(
      IMAGE,
      [mount(setUp(w, pod('b', [share]), 'node-2'), 'share', '/srv')],
      now,
    );
    one.write('/usr/share/nginx/html/index.html', '<h1>hi</h1>\n', false);
    expect(two.read('/srv/index.html')).toBe('<h1>hi</h1>\n');
  });
});

describe('gcePersistentDisk', () => {
  const disk = (readOnly: boolean): Volume => ({
    name: 'pd',
    gcePersistentDisk: { pdName: 'mysql-disk', fsType: 'ext4', readOnly },
  });

  it('refuses a read-write disk on a second node, with the pods that hold it', () => {
    const w = world();
    setUp(w, pod('mysql-1', [disk(false)]), 'node-1');
    setUp(w, pod('mysql-2', [disk(false)]), 'node-1'); // same node: shared
    expect(setUpPodVolumes(w, pod('mysql-3', [disk(false)]), 'node-2', noClaims)).toEqual({
      ok: false,
      reason: 'FailedAttachVolume',
      message:
        'Multi-Attach error for volume "pd" Volume is already used by pod(s) mysql-1, mysql-2',
    });
    expect(
      setUpPodVolumes(w, pod('other', [disk(true)], 'u', 'team-b'), 'node-3', noClaims),
    ).toEqual({
      ok: false,
      reason: 'FailedAttachVolume',
      message:
        'Multi-Attach error for volume "pd" Volume is already used by 2 pod(s) in different namespaces',
    });
  });

  it('attaches read-only to many nodes, and detaches when no pod on a node uses it', () => {
    const w = world();
    setUp(w, pod('r1', [disk(true)]), 'node-1');
    setUp(w, pod('r2', [disk(true)]), 'node-2');
    expect([...w.disk('gce', 'mysql-disk').attachments.keys()]).toEqual(['node-1', 'node-2']);
    expect(setUpPodVolumes(w, pod('w', [disk(false)]), 'node-3', noClaims).ok).toBe(false);
    tearDownPodVolumes(w, pod('r1', [disk(true)]), 'node-1');
    tearDownPodVolumes(w, pod('r2', [disk(true)]), 'node-2');
    expect(setUpPodVolumes(w, pod('w', [disk(false)]), 'node-3', noClaims).ok).toBe(true);
  });

  it('keeps its data from node to node', () => {
    const w = world();
    const p1 = pod('db', [disk(false)]);
    const fs1 = containerFileSystem(
      IMAGE,
      [mount(setUp(w, p1, 'node-1'), 'pd', '/var/lib/mysql')],
      now,
    );
    fs1.write('/var/lib/mysql/ibdata1', 'rows', false);
    tearDownPodVolumes(w, p1, 'node-1');
    const fs2 = containerFileSystem(
      IMAGE,
      [mount(setUp(w, pod('db', [disk(false)], 'uid-2'), 'node-2'), 'pd', '/data')],
      now,
    );
    expect(fs2.read('/data/ibdata1')).toBe('rows');
  });

  it('in 2015 passes on GCE refusing the second attachment', () => {
    const w = world('2015');
    setUp(w, pod('mysql-1', [disk(false)]), 'node-1');
    const r = setUpPodVolumes(w, pod('mysql-2', [disk(false)]), 'node-2', noClaims);
    expect(r).toEqual({
      ok: false,
      reason: 'FailedAttachVolume',
      message:
        "Unable to mount volumes for pod \"mysql-2_default\": googleapi: Error 400: The disk resource 'projects/kubesim/zones/us-central1-b/disks/mysql-disk' is already being used by 'projects/kubesim/zones/us-central1-b/instances/node-1', resourceInUseByAnotherResource",
    });
  });
});

describe('persistentVolumeClaim', () => {
  const pv: PersistentVolume = {
    apiVersion: 'v1',
    kind: 'PersistentVolume',
    metadata: { name: 'pv-nfs' },
    spec: {
      capacity: { storage: '1Gi' },
      accessModes: ['ReadWriteMany'],
      nfs: { server: 'nfs.example', path: '/data' },
    },
  };
  const claimVolume: Volume = { name: 'data', persistentVolumeClaim: { claimName: 'web-data' } };

  it.each([
    [undefined, 'persistentvolumeclaim "web-data" not found'],
    [
      { phase: 'Pending' as const },
      'PVC default/web-data has non-bound phase ("Pending") or empty pvc.Spec.VolumeName ("")',
    ],
  ])('cannot be mounted while the claim is %o', (status, message) => {
    const resolve = claimResolver(
      () =>
        status && {
          apiVersion: 'v1',
          kind: 'PersistentVolumeClaim',
          metadata: { name: 'web-data', namespace: 'default' },
          spec: {},
          status,
        },
      () => pv,
    );
    expect(setUpPodVolumes(world(), pod('web', [claimVolume]), 'node-1', resolve)).toEqual({
      ok: false,
      reason: 'FailedMount',
      message,
    });
  });

  it('mounts the bound volume, read-only when the pod says so', () => {
    const w = world();
    const resolve = () => ({ ok: true as const, volume: pv });
    const r = setUpPodVolumes(w, pod('web', [claimVolume]), 'node-1', resolve);
    if (!r.ok) throw new Error(r.message);
    expect(r.volumes.get('data')).toMatchObject({
      kind: 'nfs',
      persistentVolume: 'pv-nfs',
      path: '/data',
    });
    const ro: Volume = {
      name: 'data',
      persistentVolumeClaim: { claimName: 'web-data', readOnly: true },
    };
    const r2 = setUpPodVolumes(w, pod('viewer', [ro]), 'node-2', resolve);
    if (!r2.ok) throw new Error(r2.message);
    const fs = containerFileSystem(IMAGE, [mount(r2.volumes, 'data', '/data')], now);
    expect(fs.write('/data/x', 'y', false)).toBe('Read-only file system');
  });
});

describe('a container filesystem', () => {
  const setup = () => {
    const w = world();
    const volumes = setUp(w, pod('p', [{ name: 'shared', emptyDir: {} }]), 'node-1');
    return { w, volumes };
  };

  it('refuses every change through a read-only mount', () => {
    const { volumes } = setup();
    const rw = containerFileSystem(IMAGE, [mount(volumes, 'shared', '/data')], now);
    rw.write('/data/config', 'a=1\n', false);
    const ro = containerFileSystem(
      IMAGE,
      [mount(volumes, 'shared', '/config', { readOnly: true })],
      now,
    );
    expect(ro.read('/config/config')).toBe('a=1\n');
    expect(ro.write('/config/config', 'a=2\n', false)).toBe('Read-only file system');
    expect(ro.remove('/config/config')).toBe('Read-only file system');
    expect(ro.mkdir('/config/sub', false)).toBe('Read-only file system');
    expect(ro.write('/etc/motd', 'the image layer stays writable', false)).toBeUndefined();
  });

  it('mounts a subPath, made on first use, and sees only that directory', () => {
    const { volumes } = setup();
    const web = containerFileSystem(
      IMAGE,
      [mount(volumes, 'shared', '/usr/share/html', { subPath: 'html' })],
      now,
    );
    web.write('/usr/share/html/index.html', 'hi', false);
    const whole = containerFileSystem(IMAGE, [mount(volumes, 'shared', '/vol')], now);
    expect(whole.list('/vol')).toEqual([{ name: 'html', dir: true, size: 4096 }]);
    expect(whole.read('/vol/html/index.html')).toBe('hi');
  });

  it('gives errors as the shell prints them', () => {
    const { volumes } = setup();
    const fs = containerFileSystem(IMAGE, [mount(volumes, 'shared', '/data')], now);
    expect(fs.write('/nope/file', 'x', false)).toBe('No such file or directory');
    expect(fs.write('/etc/passwd/x', 'x', false)).toBe('Not a directory');
    expect(fs.write('/data', 'x', false)).toBe('Is a directory');
    expect(fs.mkdir('/data', false)).toBe('File exists');
    expect(fs.mkdir('/a/b', false)).toBe('No such file or directory');
    expect(fs.mkdir('/a/b', true)).toBeUndefined();
    fs.write('/data/f', 'x', false);
    expect(fs.remove('/data')).toBe('Device or resource busy');
    expect(fs.list('/data')).toEqual([]);
  });

  it('walks every path with its size, time and volume', () => {
    const { volumes } = setup();
    clock = T0 + 60_000;
    const fs = containerFileSystem(IMAGE, [mount(volumes, 'shared', '/data')], now);
    fs.write('/data/log', 'hello', false);
    expect(fs.walk()).toEqual([
      { path: '/bin', dir: true, size: 4096, mtime: 0 },
      { path: '/bin/sh', dir: false, size: 0, mtime: 0 },
      { path: '/data', dir: true, size: 4096, mtime: T0 + 60_000, volume: 'shared' },
      { path: '/data/log', dir: false, size: 5, mtime: T0 + 60_000, volume: 'shared' },
      { path: '/etc', dir: true, size: 4096, mtime: 0 },
      { path: '/etc/passwd', dir: false, size: 30, mtime: 0 },
    ]);
  });
});
