/**
 * Volumes as a student meets them through kubectl: data that outlives a container, a node's
 * own files, a share every node sees, a disk that attaches read-write to one node only, and a
 * claim bound to a volume.
 */
import { describe, expect, it } from 'vitest';
import { testCluster, type TestCluster } from '../testing/testCluster';

const podWith = (name: string, volume: string, extra = ''): string => `apiVersion: v1
kind: Pod
metadata: {name: ${name}}
spec:
${extra}  containers:
  - name: box
    image: busybox:1.36
    command: [sleep, '3600']
    volumeMounts: [{name: data, mountPath: /data}]
  volumes:
  - name: data
${volume}`;

const sh = (k: TestCluster, pod: string, script: string): string =>
  k.ok(`exec ${pod} -- sh -c "${script}"`);

describe('volumes through kubectl', () => {
  it('emptyDir: survives a container crash, gone with the pod', () => {
    const k = testCluster({ nodes: 1 });
    k.ok('create -f p.yaml', podWith('keeper', '    emptyDir: {}\n'));
    k.cluster.advance(10_000);
    sh(k, 'keeper', 'echo kept > /data/note; echo lost > /tmp/note');
    k.cluster.faults.crashContainer('keeper', 'box', 1);
    k.cluster.advance(5_000);
    expect(sh(k, 'keeper', 'cat /data/note')).toBe('kept\n');
    // the container's own layer is new after a restart
    expect(k.run('exec keeper -- cat /tmp/note').stderr).toContain('No such file or directory');
    k.ok('delete pod keeper --grace-period=0 --force');
    k.ok('create -f p.yaml', podWith('keeper', '    emptyDir: {}\n'));
    k.cluster.advance(10_000);
    expect(k.run('exec keeper -- cat /data/note').exitCode).not.toBe(0);
  });

  it("hostPath: a node's own directory, kept for the next pod on that node only", () => {
    const k = testCluster({ nodes: 2 });
    const pinned = (name: string, node: string): string =>
      podWith(name, '    hostPath: {path: /srv/shared}\n', `  nodeName: ${node}\n`);
    k.ok('create -f a.yaml', pinned('a', 'node-1'));
    k.cluster.advance(10_000);
    sh(k, 'a', 'echo from-a > /data/x');
    k.ok('create -f b.yaml', pinned('b', 'node-1'));
    k.ok('create -f c.yaml', pinned('c', 'node-2'));
    k.cluster.advance(10_000);
    expect(sh(k, 'b', 'cat /data/x')).toBe('from-a\n');
    expect(k.run('exec c -- cat /data/x').exitCode).not.toBe(0);
  });

  it('nfs: one export, seen from pods on every node', () => {
    const k = testCluster({ nodes: 2 });
    const nfs = '    nfs: {server: 10.0.0.5, path: /exports}\n';
    k.ok('create -f a.yaml', podWith('a', nfs, '  nodeName: node-1\n'));
    k.ok('create -f b.yaml', podWith('b', nfs, '  nodeName: node-2\n'));
    k.cluster.advance(10_000);
    sh(k, 'a', 'echo shared > /data/x');
    expect(sh(k, 'b', 'cat /data/x')).toBe('shared\n');
  });

  it('gcePersistentDisk: read-write on one node; a second node cannot attach it', () => {
    const k = testCluster({ nodes: 2 });
    const pd = '    gcePersistentDisk: {pdName: my-disk, fsType: ext4}\n';
    k.ok('create -f a.yaml', podWith('a', pd, '  nodeName: node-1\n'));
    k.cluster.advance(10_000);
    k.ok('create -f b.yaml', podWith('b', pd, '  nodeName: node-2\n'));
    k.cluster.advance(30_000);
    expect(k.ok('get pod b')).toMatch(/b +0\/1 +ContainerCreating/);
    expect(k.ok('describe pod b')).toContain(
      'Multi-Attach error for volume "data" Volume is already used by pod(s) a',
    );
    k.ok('delete pod a');
    k.cluster.advance(30_000);
    expect(k.ok('get pod b')).toMatch(/b +1\/1 +Running/);
  });

  it('a claim binds to a volume, and the pod mounts it', () => {
    const k = testCluster({ nodes: 1 });
    k.ok(
      'create -f pv.yaml',
      `apiVersion: v1
kind: PersistentVolume
metadata: {name: pv-small}
spec:
  capacity: {storage: 1Gi}
  accessModes: [ReadWriteOnce]
  hostPath: {path: /mnt/pv-small}
---
apiVersion: v1
kind: PersistentVolumeClaim
metadata: {name: data}
spec:
  accessModes: [ReadWriteOnce]
  resources: {requests: {storage: 500Mi}}
`,
    );
    k.cluster.advance(20_000);
    expect(k.ok('get pvc data')).toMatch(/^data +Bound +pv-small +1Gi +RWO/m);
    expect(k.ok('get pv pv-small')).toMatch(/pv-small +1Gi +RWO +Retain +Bound +default\/data/);
    k.ok('create -f p.yaml', podWith('user', '    persistentVolumeClaim: {claimName: data}\n'));
    k.cluster.advance(10_000);
    sh(k, 'user', 'echo persisted > /data/x');
    expect(sh(k, 'user', 'cat /data/x')).toBe('persisted\n');
    const pv = k.ok('describe pv pv-small');
    expect(pv).toMatch(/^Status: +Bound$/m);
    expect(pv).toMatch(/^Claim: +default\/data$/m);
    expect(pv).toMatch(/^ +Type: +HostPath \(bare host directory volume\)$/m);
    const pvc = k.ok('describe pvc data');
    expect(pvc).toMatch(/^Volume: +pv-small$/m);
    expect(pvc).toMatch(/^Capacity: +1Gi$/m);
    expect(pvc).toMatch(/^Used By: +user$/m);
  });
});

describe('the scheduler and claims', () => {
  it('a pod whose claim is missing waits, then schedules once the claim is bound', () => {
    const k = testCluster({ nodes: 3 });
    k.ok('create -f p.yaml', podWith('user', '    persistentVolumeClaim: {claimName: data}\n'));
    k.cluster.advance(2_000);
    expect(k.ok('describe pod user')).toContain(
      '0/3 nodes are available: persistentvolumeclaim "data" not found. preemption: 0/3 nodes are available: 3 Preemption is not helpful for scheduling.',
    );
    k.ok(
      'create -f pvc.yaml',
      'apiVersion: v1\nkind: PersistentVolumeClaim\nmetadata: {name: data}\nspec:\n  accessModes: [ReadWriteOnce]\n  resources: {requests: {storage: 1Gi}}\n',
    );
    k.cluster.advance(2_000);
    expect(k.ok('describe pod user')).toContain('pod has unbound immediate PersistentVolumeClaims');
    k.ok(
      'create -f pv.yaml',
      'apiVersion: v1\nkind: PersistentVolume\nmetadata: {name: pv1}\nspec:\n  capacity: {storage: 2Gi}\n  accessModes: [ReadWriteOnce]\n  nfs: {server: 10.0.0.5, path: /pv1}\n',
    );
    k.cluster.advance(30_000);
    expect(k.ok('get pod user')).toMatch(/user +1\/1 +Running/);
  });
});
