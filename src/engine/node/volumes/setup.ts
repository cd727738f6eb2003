/**
 * The kubelet's volume manager, simulated: before a pod's containers start, every volume it
 * declares is attached (disks) and set up (directories made, type checks run); when the pod
 * leaves the node its emptyDirs are deleted and disks no pod on the node uses are detached.
 *
 * Failure texts are Kubernetes' (k8s-reference §8): the attach/detach controller's
 * `Multi-Attach error for volume "<name>" Volume is already used by pod(s) <pods>` for a disk
 * that is attached elsewhere, the operation generator's `MountVolume.SetUp failed for volume
 * "<name>" : <err>` (with Go's space before the colon) for a failed set-up, and the volume
 * populator's words for a claim that is missing or unbound. A 2015 kubelet said
 * `Unable to mount volumes for pod "<name>_<namespace>": <err>` and let GCE refuse the
 * second attachment itself.
 */
import type { Era } from '../../contract';
import type { PersistentVolume, PersistentVolumeClaim, Pod, Volume } from '../../types';
import { hostPathStep, setUpFailed, type Step } from './hostPath';
import { type DirNode, segments } from './tree';
import type { PersistentDisk, VolumeWorld } from './world';

export type VolumeKind =
  'emptyDir' | 'hostPath' | 'nfs' | 'gcePersistentDisk' | 'awsElasticBlockStore';

/** A volume ready to be mounted: the tree holding its data and where in it the volume starts. */
export interface MountedVolume {
  /** The pod's name for the volume. */
  name: string;
  kind: VolumeKind;
  tree: DirNode;
  /** Absolute path of the volume's root inside `tree` (`/` for emptyDir and disks). */
  path: string;
  /** The volume itself is read-only (a read-only disk, NFS export or claim). */
  readOnly: boolean;
  /** Where the data lives, for the page: `emptyDir`, `node-1:/var/log`, `nfs 10.0.0.5:/exports`, `gce-pd my-disk`. */
  location: string;
  /** The PersistentVolume behind a claim. */
  persistentVolume?: string;
}

/** What a claim resolves to: its bound volume, or the reason the kubelet cannot use it. */
export type ClaimResolution =
  { ok: true; volume: PersistentVolume } | { ok: false; message: string };

export type ResolveClaim = (namespace: string, claimName: string) => ClaimResolution;

export type SetUpResult =
  | { ok: true; volumes: Map<string, MountedVolume> }
  | { ok: false; reason: 'FailedAttachVolume' | 'FailedMount'; message: string };

/**
 * A `ResolveClaim` over the kubelet's view of the API, with the volume populator's messages.
 * @example claimResolver((ns, n) => api.find('PersistentVolumeClaim', ns, n), (n) => api.find('PersistentVolume', undefined, n))
 */
export function claimResolver(
  findClaim: (namespace: string, name: string) => PersistentVolumeClaim | undefined,
  findVolume: (name: string) => PersistentVolume | undefined,
): ResolveClaim {
  return (namespace, name) => {
    const claim = findClaim(namespace, name);
    if (!claim) return { ok: false, message: `persistentvolumeclaim "${name}" not found` };
    const volumeName = claim.spec.volumeName ?? '';
    const phase = claim.status?.phase ?? '';
    if (phase !== 'Bound' || !volumeName)
      return {
        ok: false,
        message: `PVC ${namespace}/${name} has non-bound phase ("${phase}") or empty pvc.Spec.VolumeName ("${volumeName}")`,
      };
    const volume = findVolume(volumeName);
    if (!volume)
      return {
        ok: false,
        message: `failed to fetch PV ${volumeName} from API server: persistentvolumes "${volumeName}" not found`,
      };
    return { ok: true, volume };
  };
}

const podKey = (pod: Pod): string => `${pod.metadata.namespace ?? 'default'}/${pod.metadata.name}`;

/** The attach/detach controller's message naming the pods that hold the disk elsewhere. */
function multiAttachMessage(volumeName: string, holders: string[], namespace: string): string {
  const local = holders
    .filter((k) => k.startsWith(`${namespace}/`))
    .map((k) => k.slice(namespace.length + 1));
  const others = holders.length - local.length;
  let msg: string;
  if (holders.length === 0)
    msg = "Volume is already exclusively attached to one node and can't be attached to another";
  else if (local.length === 0)
    msg = `Volume is already used by ${others} pod(s) in different namespaces`;
  else {
    msg = `Volume is already used by pod(s) ${local.join(', ')}`;
    if (others > 0) msg += ` and ${others} pod(s) in different namespaces`;
  }
  return `Multi-Attach error for volume "${volumeName}" ${msg}`;
}

/** GCE's own refusal, which a 2015 kubelet passed on (project and zone are kubesim's). */
const gceInUse = (pd: string, node: string): string =>
  `googleapi: Error 400: The disk resource 'projects/kubesim/zones/us-central1-b/disks/${pd}' is already being used by 'projects/kubesim/zones/us-central1-b/instances/${node}', resourceInUseByAnotherResource`;

/** Attach a disk to the node for this pod, unless another node holds it in a conflicting mode. */
function attach(
  disk: PersistentDisk,
  node: string,
  pod: Pod,
  readOnly: boolean,
  shownName: string,
  era: Era,
): Step | undefined {
  for (const [other, att] of disk.attachments) {
    if (other === node || (readOnly && att.readOnly)) continue;
    const message =
      era === '2015'
        ? gceInUse(disk.id.slice(disk.id.indexOf('/') + 1), other)
        : multiAttachMessage(shownName, [...att.pods].sort(), pod.metadata.namespace ?? 'default');
    return { ok: false, reason: 'FailedAttachVolume', message };
  }
  const att = disk.attachments.get(node) ?? { readOnly, pods: new Set<string>() };
  // one node's attachment is read-write as soon as any of its pods writes
  att.readOnly = att.readOnly && readOnly;
  att.pods.add(podKey(pod));
  disk.attachments.set(node, att);
  return undefined;
}

interface Source {
  hostPath?: Volume['hostPath'] | undefined;
  nfs?: Volume['nfs'] | undefined;
  gcePersistentDisk?: Volume['gcePersistentDisk'] | undefined;
  awsElasticBlockStore?: Volume['awsElasticBlockStore'] | undefined;
}

function sourceStep(
  world: VolumeWorld,
  pod: Pod,
  node: string,
  v: Volume,
  src: Source,
  shownName: string,
  extraReadOnly: boolean,
): Step {
  if (src.hostPath) return hostPathStep(world, { ...v, hostPath: src.hostPath }, node, v.name);
  if (src.nfs) {
    const tree = world.nfsServer(src.nfs.server);
    world.nfsExport(src.nfs.server, src.nfs.path);
    const path = `/${segments(src.nfs.path).join('/')}`;
    return {
      ok: true,
      volume: {
        name: v.name,
        kind: 'nfs',
        tree,
        path,
        readOnly: extraReadOnly || !!src.nfs.readOnly,
        location: `nfs ${src.nfs.server}:${path}`,
      },
    };
  }
  const gce = src.gcePersistentDisk;
  const aws = src.awsElasticBlockStore;
  if (gce || aws) {
    const disk = gce ? world.disk('gce', gce.pdName) : world.disk('aws', aws?.volumeID ?? '');
    const readOnly = extraReadOnly || !!(gce ?? aws)?.readOnly;
    const refused = attach(disk, node, pod, readOnly, shownName, world.era);
    if (refused) return refused;
    const kind = gce ? 'gcePersistentDisk' : 'awsElasticBlockStore';
    const location = gce ? `gce-pd ${gce.pdName}` : `aws-ebs ${aws?.volumeID ?? ''}`;
    return {
      ok: true,
      volume: { name: v.name, kind, tree: disk.root, path: '/', readOnly, location },
    };
  }
  return {
    ok: false,
    reason: 'FailedMount',
    message: `volume "${v.name}" has no source kubesim can mount`,
  };
}

function volumeStep(
  world: VolumeWorld,
  pod: Pod,
  node: string,
  v: Volume,
  resolve: ResolveClaim,
): Step {
  const uid = pod.metadata.uid ?? podKey(pod);
  // v1beta1: a volume without a source is an emptyDir; gitRepo is a directory the kubelet
  // clones into, whose repository kubesim does not model, so it starts empty like an emptyDir
  if (v.emptyDir || v.gitRepo || !Object.keys(v).some((k) => k !== 'name'))
    return {
      ok: true,
      volume: {
        name: v.name,
        kind: 'emptyDir',
        tree: world.emptyDir(uid, v.name),
        path: '/',
        readOnly: false,
        location: 'emptyDir',
      },
    };
  if (v.secret) return setUpFailed(v.name, `secret "${v.secret.secretName ?? ''}" not found`);
  if (v.configMap) return setUpFailed(v.name, `configmap "${v.configMap.name ?? ''}" not found`);
  if (v.persistentVolumeClaim) {
    const claim = resolve(pod.metadata.namespace ?? 'default', v.persistentVolumeClaim.claimName);
    if (!claim.ok) return { ok: false, reason: 'FailedMount', message: claim.message };
    const pv = claim.volume;
    const step = sourceStep(
      world,
      pod,
      node,
      v,
      pv.spec,
      pv.metadata.name,
      !!v.persistentVolumeClaim.readOnly,
    );
    return step.ok
      ? { ok: true, volume: { ...step.volume, persistentVolume: pv.metadata.name } }
      : step;
  }
  return sourceStep(world, pod, node, v, v, v.name, false);
}

/**
 * Attach and set up every volume of `pod` on `nodeName`, in the pod's order; the first failure
 * stops it (the kubelet tries again later, as its volume manager does).
 */
export function setUpPodVolumes(
  world: VolumeWorld,
  pod: Pod,
  nodeName: string,
  resolveClaim: ResolveClaim,
): SetUpResult {
  const volumes = new Map<string, MountedVolume>();
  for (const v of pod.spec.volumes ?? []) {
    const step = volumeStep(world, pod, nodeName, v, resolveClaim);
    if (!step.ok) {
      if (world.era !== '2015') return step;
      const full = `${pod.metadata.name}_${pod.metadata.namespace ?? 'default'}`;
      return {
        ok: false,
        reason: step.reason,
        message: `Unable to mount volumes for pod "${full}": ${step.message}`,
      };
    }
    volumes.set(v.name, step.volume);
  }
  return { ok: true, volumes };
}

/**
 * The pod has left `nodeName` (deleted, evicted, its node gone): its emptyDirs are deleted for
 * good, and a disk no other pod on the node uses is detached from it.
 */
export function tearDownPodVolumes(world: VolumeWorld, pod: Pod, nodeName: string): void {
  world.removeEmptyDirs(pod.metadata.uid ?? podKey(pod));
  const key = podKey(pod);
  for (const disk of world.allDisks()) {
    const att = disk.attachments.get(nodeName);
    if (!att?.pods.delete(key)) continue;
    if (att.pods.size === 0) disk.attachments.delete(nodeName);
  }
}
