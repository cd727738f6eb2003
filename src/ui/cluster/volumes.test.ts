import { describe, expect, it } from 'vitest';
import type { PersistentVolume, PersistentVolumeClaim, Pod } from '../../engine/types';
import type { MirrorEntry } from '../../state/mirror';
import { volumePicture } from './volumes';

function entries(...objects: (Pod | PersistentVolume | PersistentVolumeClaim)[]) {
  const record: Record<string, MirrorEntry> = {};
  objects.forEach((object, seq) => {
    const { namespace, name } = object.metadata;
    const id = namespace ? `${namespace}/${name}` : name;
    record[id] = { kind: object.kind, id, object, seq };
  });
  return record;
}

/** The seeds' picture: two containers sharing an emptyDir, and a pod on an NFS export. */
const shared: Pod = {
  apiVersion: 'v1',
  kind: 'Pod',
  metadata: { name: 'www', namespace: 'default' },
  spec: {
    volumes: [{ name: 'content', emptyDir: {} }],
    containers: [
      {
        name: 'nginx',
        image: 'nginx',
        volumeMounts: [{ name: 'content', mountPath: '/srv' }],
      },
      { name: 'git', image: 'git', volumeMounts: [{ name: 'content', mountPath: '/data' }] },
    ],
  },
};

const onNfs = (name: string): Pod => ({
  apiVersion: 'v1',
  kind: 'Pod',
  metadata: { name, namespace: 'default' },
  spec: {
    volumes: [{ name: 'exports', nfs: { server: 'nfs.local', path: '/exports' } }],
    containers: [
      { name: 'web', image: 'nginx', volumeMounts: [{ name: 'exports', mountPath: '/var/www' }] },
    ],
  },
});

describe('where volumes are drawn', () => {
  it('draws an emptyDir inside its pod, with a line to each container at its mount path', () => {
    const picture = volumePicture(entries(shared), {}, {});
    expect(picture.shared).toEqual([]);
    expect(picture.lines).toEqual([
      {
        volume: 'default/www/content',
        container: 'default/www/nginx',
        mountPath: '/srv',
        shared: false,
      },
      {
        volume: 'default/www/content',
        container: 'default/www/git',
        mountPath: '/data',
        shared: false,
      },
    ]);
  });

  it('draws one NFS export once for the cluster, however many pods mount it', () => {
    const picture = volumePicture(entries(onNfs('a'), onNfs('b')), {}, {});
    expect(picture.shared).toHaveLength(1);
    expect(picture.shared[0]).toMatchObject({ name: 'nfs.local:/exports', type: 'NFS' });
    expect(picture.lines.map((l) => l.container)).toEqual(['default/a/web', 'default/b/web']);
    expect(new Set(picture.lines.map((l) => l.volume)).size).toBe(1);
  });

  it('draws a claim as the PersistentVolume it is bound to, and unused volumes too', () => {
    const pv: PersistentVolume = {
      apiVersion: 'v1',
      kind: 'PersistentVolume',
      metadata: { name: 'pv-1' },
      spec: { capacity: { storage: '1Gi' }, nfs: { server: 'nfs.local', path: '/pv1' } },
      status: { phase: 'Bound' },
    };
    const spare: PersistentVolume = {
      apiVersion: 'v1',
      kind: 'PersistentVolume',
      metadata: { name: 'pv-2' },
      spec: { capacity: { storage: '5Gi' } },
      status: { phase: 'Available' },
    };
    const claim: PersistentVolumeClaim = {
      apiVersion: 'v1',
      kind: 'PersistentVolumeClaim',
      metadata: { name: 'data', namespace: 'default' },
      spec: { volumeName: 'pv-1' },
      status: { phase: 'Bound' },
    };
    const db: Pod = {
      apiVersion: 'v1',
      kind: 'Pod',
      metadata: { name: 'db', namespace: 'default' },
      spec: {
        volumes: [{ name: 'store', persistentVolumeClaim: { claimName: 'data' } }],
        containers: [
          { name: 'db', image: 'redis', volumeMounts: [{ name: 'store', mountPath: '/data' }] },
        ],
      },
    };
    const picture = volumePicture(entries(db), entries(claim), entries(pv, spare));
    expect(picture.shared.map((v) => [v.name, v.status])).toEqual([
      ['pv-1', 'Bound'],
      ['pv-2', 'Available'],
    ]);
    expect(picture.shared[0]?.detail).toBe('1Gi · NFS nfs.local:/pv1');
    expect(picture.lines).toEqual([
      { volume: 'pv:pv-1', container: 'default/db/db', mountPath: '/data', shared: true },
    ]);
  });

  it('shows an unbound claim as Pending storage the pod waits for', () => {
    const pod: Pod = {
      ...onNfs('waiter'),
      spec: {
        volumes: [{ name: 'store', persistentVolumeClaim: { claimName: 'missing' } }],
        containers: [{ name: 'web', image: 'nginx' }],
      },
    };
    const picture = volumePicture(entries(pod), {}, {});
    expect(picture.shared).toEqual([
      expect.objectContaining({ name: 'missing', status: 'Pending', detail: 'claim not found' }),
    ]);
    expect(picture.lines).toEqual([]);
  });
});
