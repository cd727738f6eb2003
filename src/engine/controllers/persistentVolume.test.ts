import { describe, expect, it } from 'vitest';
import { claimResolver, setUpPodVolumes, VolumeWorld } from '../node/volumes';
import { testCluster, type TestCluster } from '../testing/testCluster';

const PV = (name: string, size: string, policy = 'Retain'): string => `apiVersion: v1
kind: PersistentVolume
metadata:
  name: ${name}
spec:
  capacity:
    storage: ${size}
  accessModes: [ReadWriteOnce]
  persistentVolumeReclaimPolicy: ${policy}
  gcePersistentDisk:
    pdName: ${name}-disk
`;

const PVC = (name: string, size: string, extra = ''): string => `apiVersion: v1
kind: PersistentVolumeClaim
metadata:
  name: ${name}
spec:
  accessModes: [ReadWriteOnce]
  resources:
    requests:
      storage: ${size}
${extra}`;

const events = (k: TestCluster): string[] =>
  k.cluster.api
    .list('Event')
    .filter((e) => e.involvedObject.kind === 'PersistentVolumeClaim')
    .map((e) => `${e.type} ${e.reason} x${e.count}: ${e.message}`);

describe('the persistent volume controller', () => {
  it('binds a claim to the smallest volume that fits, and a pod can mount it', () => {
    const k = testCluster();
    k.ok('create -f -', PV('small', '1Gi'));
    k.ok('create -f -', PV('large', '10Gi'));
    k.ok('create -f -', PVC('mysql', '5Gi'));
    k.cluster.advance(1000);
    expect(k.ok('get pv')).toBe(
      [
        'NAME    CAPACITY   ACCESS MODES   RECLAIM POLICY   STATUS      CLAIM           STORAGECLASS   VOLUMEATTRIBUTESCLASS   REASON   AGE',
        'large   10Gi       RWO            Retain           Bound       default/mysql                  <unset>                          1s',
        'small   1Gi        RWO            Retain           Available                                  <unset>                          1s',
        '',
      ].join('\n'),
    );
    expect(k.ok('get pvc')).toBe(
      [
        'NAME    STATUS   VOLUME   CAPACITY   ACCESS MODES   STORAGECLASS   VOLUMEATTRIBUTESCLASS   AGE',
        'mysql   Bound    large    10Gi       RWO                           <unset>                 1s',
        '',
      ].join('\n'),
    );
    const claim = k.cluster.api.get('PersistentVolumeClaim', 'default', 'mysql');
    expect(claim.metadata.annotations).toEqual({
      'pv.kubernetes.io/bind-completed': 'yes',
      'pv.kubernetes.io/bound-by-controller': 'yes',
    });
    expect(k.cluster.api.get('PersistentVolume', undefined, 'large').spec.claimRef).toMatchObject({
      kind: 'PersistentVolumeClaim',
      namespace: 'default',
      name: 'mysql',
      uid: claim.metadata.uid,
    });

    const api = k.cluster.api;
    const resolve = claimResolver(
      (ns, n) => api.find('PersistentVolumeClaim', ns, n),
      (n) => api.find('PersistentVolume', undefined, n),
    );
    const world = new VolumeWorld({ era: 'modern', now: () => k.cluster.now });
    const pod = (name: string) => ({
      apiVersion: 'v1' as const,
      kind: 'Pod' as const,
      metadata: { name, namespace: 'default', uid: name },
      spec: {
        containers: [{ name: 'db', image: 'mysql' }],
        volumes: [{ name: 'data', persistentVolumeClaim: { claimName: 'mysql' } }],
      },
    });
    const first = setUpPodVolumes(world, pod('mysql-1'), 'node-1', resolve);
    expect(first.ok && first.volumes.get('data')?.persistentVolume).toBe('large');
    expect(setUpPodVolumes(world, pod('mysql-2'), 'node-2', resolve)).toEqual({
      ok: false,
      reason: 'FailedAttachVolume',
      message: 'Multi-Attach error for volume "large" Volume is already used by pod(s) mysql-1',
    });
  });

  it('leaves a claim Pending with FailedBinding, and binds it at the next resync once a volume exists', () => {
    const k = testCluster();
    k.ok('create -f -', PVC('data', '1Gi'));
    k.cluster.advance(16_000);
    expect(events(k)).toEqual([
      'Normal FailedBinding x2: no persistent volumes available for this claim and no storage class is set',
    ]);
    k.ok('create -f -', PV('pv1', '2Gi'));
    k.cluster.advance(1000);
    expect(k.cluster.api.get('PersistentVolumeClaim', 'default', 'data').status?.phase).toBe(
      'Pending',
    );
    k.cluster.advance(15_000);
    expect(k.cluster.api.get('PersistentVolumeClaim', 'default', 'data').status).toEqual({
      phase: 'Bound',
      accessModes: ['ReadWriteOnce'],
      capacity: { storage: '2Gi' },
    });
  });

  it('releases a Retain volume when its claim goes, and never binds it again by itself', () => {
    const k = testCluster();
    k.ok('create -f -', PV('keep', '1Gi'));
    k.ok('create -f -', PVC('data', '1Gi'));
    k.cluster.advance(1000);
    k.ok('delete pvc data');
    k.cluster.advance(1000);
    expect(k.ok('get pv keep --no-headers')).toMatch(
      /^keep +1Gi +RWO +Retain +Released +default\/data /,
    );
    k.ok('create -f -', PVC('data', '1Gi'));
    k.cluster.advance(31_000);
    expect(k.cluster.api.get('PersistentVolumeClaim', 'default', 'data').status?.phase).toBe(
      'Pending',
    );
  });

  it('deletes a Delete volume when its claim goes', () => {
    const k = testCluster();
    k.ok('create -f -', PV('scratch', '1Gi', 'Delete'));
    k.ok('create -f -', PVC('tmp', '1Gi'));
    k.cluster.advance(1000);
    k.ok('delete pvc tmp');
    k.cluster.advance(1000);
    expect(k.cluster.api.find('PersistentVolume', undefined, 'scratch')).toBeUndefined();
  });

  it('says why a volume requested by name does not fit', () => {
    const k = testCluster();
    k.ok('create -f -', PV('orange', '100Mi'));
    k.ok('create -f -', PVC('orange-claim', '150Mi', '  volumeName: orange\n'));
    k.cluster.advance(1000);
    expect(events(k)).toEqual([
      'Warning VolumeMismatch x1: Cannot bind to requested volume "orange": requested PV is too small',
    ]);
  });

  it('prints kubectl v1.0 tables in 2015', () => {
    const k = testCluster({ era: '2015' });
    k.ok('create -f -', PV('pv0001', '10Gi'));
    k.ok('create -f -', PVC('myclaim-1', '3Gi'));
    k.cluster.advance(1000);
    expect(k.ok('get pv')).toBe(
      [
        'NAME      LABELS    CAPACITY      ACCESSMODES   STATUS    CLAIM',
        'pv0001    <none>    10737418240   RWO           Bound     default/myclaim-1',
        '',
      ].join('\n'),
    );
    expect(k.ok('get pvc')).toBe(
      ['NAME        LABELS    STATUS    VOLUME', 'myclaim-1   map[]     Bound     pv0001', ''].join(
        '\n',
      ),
    );
  });
});
