/**
 * Which volumes the picture draws where, as the seeds' diagrams do: a volume that lives and dies
 * with its pod (emptyDir, and hostPath, secret, configMap, gitRepo, which the kubelet sets up
 * per pod) once inside that pod; a volume that outlives pods (nfs, gcePersistentDisk,
 * awsElasticBlockStore, a claim's PersistentVolume) once in the storage band. Each gets a line
 * to every container that mounts it, labelled with its mount path.
 */
import type { PersistentVolume, PersistentVolumeClaim, Pod, Volume } from '../../engine/types';
import type { MirrorEntry } from '../../state/mirror';
import type { ClusterState } from '../../state/store';

const PER_POD = ['emptyDir', 'hostPath', 'secret', 'configMap', 'gitRepo'] as const;

/** The volume's source type, as `kubectl describe pod` names it (`EmptyDir`, `NFS`…). */
export function volumeType(volume: Volume): string {
  if (volume.emptyDir) return 'EmptyDir';
  if (volume.hostPath) return 'HostPath';
  if (volume.secret) return 'Secret';
  if (volume.configMap) return 'ConfigMap';
  if (volume.gitRepo) return 'GitRepo';
  if (volume.nfs) return 'NFS';
  if (volume.gcePersistentDisk) return 'GCEPersistentDisk';
  if (volume.awsElasticBlockStore) return 'AWSElasticBlockStore';
  if (volume.persistentVolumeClaim) return 'PersistentVolumeClaim';
  return 'Unknown';
}

export function isPerPod(volume: Volume): boolean {
  return PER_POD.some((source) => volume[source] !== undefined);
}

export interface Mount {
  container: string;
  mountPath: string;
  readOnly: boolean;
}

/** The containers of `pod` that mount the volume named `volume`. */
export function mountsOf(pod: Pod, volume: string): Mount[] {
  return pod.spec.containers.flatMap((c) =>
    (c.volumeMounts ?? [])
      .filter((m) => m.name === volume)
      .map((m) => ({ container: c.name, mountPath: m.mountPath, readOnly: m.readOnly === true })),
  );
}

/** A volume the storage band draws once for the whole cluster. */
export interface SharedVolume {
  /** Unique in the band, and the drawn element's `data-ref`. */
  key: string;
  /** What the student reads: the disk, export or PersistentVolume name. */
  name: string;
  type: string;
  /** `server:/path`, the PV's capacity… */
  detail: string;
  /** A PV's phase (`Available`, `Bound`…); `Mounted` / `Unused` for an inline volume. */
  status: string;
}

/** The shared volume a pod's volume stands for, or undefined for a per-pod volume. */
export function sharedVolumeOf(
  volume: Volume,
  namespace: string,
  claims: Readonly<Record<string, MirrorEntry>>,
  pvs: Readonly<Record<string, MirrorEntry>>,
): SharedVolume | undefined {
  if (volume.nfs) {
    const name = `${volume.nfs.server}:${volume.nfs.path}`;
    return { key: `nfs:${name}`, name, type: 'NFS', detail: name, status: 'Mounted' };
  }
  if (volume.gcePersistentDisk) {
    const name = volume.gcePersistentDisk.pdName;
    return {
      key: `gce:${name}`,
      name,
      type: 'GCEPersistentDisk',
      detail: 'GCE PD',
      status: 'Mounted',
    };
  }
  if (volume.awsElasticBlockStore) {
    const name = volume.awsElasticBlockStore.volumeID;
    return {
      key: `aws:${name}`,
      name,
      type: 'AWSElasticBlockStore',
      detail: 'EBS',
      status: 'Mounted',
    };
  }
  const claimRef = volume.persistentVolumeClaim;
  if (claimRef) {
    const claim = claims[`${namespace}/${claimRef.claimName}`]?.object as
      PersistentVolumeClaim | undefined;
    const pvName = claim?.spec.volumeName;
    const pv = pvName ? (pvs[pvName]?.object as PersistentVolume | undefined) : undefined;
    if (pv) return persistentVolume(pv);
    // an unbound (or missing) claim: the pod waits for storage that does not exist yet
    return {
      key: `pvc:${namespace}/${claimRef.claimName}`,
      name: claimRef.claimName,
      type: 'PersistentVolumeClaim',
      detail: claim ? 'claim not bound yet' : 'claim not found',
      status: claim?.status?.phase ?? 'Pending',
    };
  }
  return undefined;
}

function persistentVolume(pv: PersistentVolume): SharedVolume {
  const source = pv.spec.nfs
    ? `NFS ${pv.spec.nfs.server}:${pv.spec.nfs.path}`
    : pv.spec.gcePersistentDisk
      ? `GCE PD ${pv.spec.gcePersistentDisk.pdName}`
      : pv.spec.awsElasticBlockStore
        ? `EBS ${pv.spec.awsElasticBlockStore.volumeID}`
        : pv.spec.hostPath
          ? `HostPath ${pv.spec.hostPath.path}`
          : '';
  const capacity = pv.spec.capacity?.storage;
  return {
    key: `pv:${pv.metadata.name}`,
    name: pv.metadata.name,
    type: 'PersistentVolume',
    detail: [capacity, source].filter(Boolean).join(' · '),
    status: pv.status?.phase ?? 'Pending',
  };
}

/** A line from a drawn volume to a container that mounts it. */
export interface MountLine {
  /** `data-ref` of the Volume element (`ns/pod/volume`, or a shared volume's key). */
  volume: string;
  /** `data-ref` of the Container element (`ns/pod/container`). */
  container: string;
  mountPath: string;
  /** The volume is in the storage band (the line is long: its label sits by the container). */
  shared: boolean;
}

export interface VolumePicture {
  shared: SharedVolume[];
  lines: MountLine[];
}

const NO_RECORD: Readonly<Record<string, MirrorEntry>> = Object.freeze({});

/** Every shared volume (used by a pod, or a PersistentVolume) and every mount line. */
export function volumePicture(
  pods: Readonly<Record<string, MirrorEntry>>,
  claims: Readonly<Record<string, MirrorEntry>>,
  pvs: Readonly<Record<string, MirrorEntry>>,
): VolumePicture {
  const shared = new Map<string, SharedVolume>();
  const lines: MountLine[] = [];
  for (const entry of Object.values(pods).sort((a, b) => a.seq - b.seq)) {
    const pod = entry.object as Pod;
    const ns = pod.metadata.namespace ?? 'default';
    for (const volume of pod.spec.volumes ?? []) {
      const drawn = isPerPod(volume)
        ? `${ns}/${pod.metadata.name}/${volume.name}`
        : sharedVolumeOf(volume, ns, claims, pvs);
      if (drawn === undefined) continue;
      let key: string;
      if (typeof drawn === 'string') key = drawn;
      else {
        key = drawn.key;
        if (!shared.has(key)) shared.set(key, drawn);
      }
      for (const mount of mountsOf(pod, volume.name)) {
        lines.push({
          volume: key,
          container: `${ns}/${pod.metadata.name}/${mount.container}`,
          mountPath: mount.mountPath,
          shared: typeof drawn !== 'string',
        });
      }
    }
  }
  for (const entry of Object.values(pvs)) {
    const pv = persistentVolume(entry.object as PersistentVolume);
    if (!shared.has(pv.key)) shared.set(pv.key, { ...pv });
  }
  return {
    shared: [...shared.values()].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0)),
    lines,
  };
}

interface Cached {
  claims: Readonly<Record<string, MirrorEntry>>;
  pvs: Readonly<Record<string, MirrorEntry>>;
  value: VolumePicture;
}
const cache = new WeakMap<Readonly<Record<string, MirrorEntry>>, Cached>();

/**
 * The volume picture, recomputed only when pods, claims or volumes change (clock ticks and
 * stats leave these records alone); cached by the records themselves, so two pages never mix.
 */
export const selectVolumePicture = (s: ClusterState): VolumePicture => {
  const pods = s.mirror.objects.Pod ?? NO_RECORD;
  const claims = s.mirror.objects.PersistentVolumeClaim ?? NO_RECORD;
  const pvs = s.mirror.objects.PersistentVolume ?? NO_RECORD;
  const hit = cache.get(pods);
  if (hit && hit.claims === claims && hit.pvs === pvs) return hit.value;
  const value = volumePicture(pods, claims, pvs);
  cache.set(pods, { claims, pvs, value });
  return value;
};
