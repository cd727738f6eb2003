/**
 * A node's volume manager as its pod workers see it: mount a pod's volumes (attaching disks,
 * resolving claims) before its sandbox comes up, give each new container instance a filesystem
 * of its image's files under the pod's mounts, and tear the volumes down when the pod leaves.
 */
import type { ApiServer } from '../api/apiserver';
import type { Container, Pod } from '../types';
import type { ImageFile } from './images';
import {
  claimResolver,
  containerFileSystem,
  setUpPodVolumes,
  tearDownPodVolumes,
  type ContainerFS,
  type MountedVolume,
  type VolumeWorld,
} from './volumes';
import type { PodVolumes } from './workerHost';

export interface NodeVolumes extends PodVolumes {
  /** The filesystem of the container instance most recently given one (the page's browser). */
  mounted(pod: Pod): ReadonlyMap<string, MountedVolume> | undefined;
  fileSystem(pod: Pod, container: Container, imageFiles: Record<string, ImageFile>): ContainerFS;
}

export function nodeVolumes(world: VolumeWorld, nodeName: string, api: ApiServer): NodeVolumes {
  const resolve = claimResolver(
    (ns, name) => api.find('PersistentVolumeClaim', ns, name),
    (name) => api.find('PersistentVolume', undefined, name),
  );
  const byPod = new Map<string, Map<string, MountedVolume>>();
  const uid = (pod: Pod): string => pod.metadata.uid ?? '';
  return {
    setUp(pod) {
      const result = setUpPodVolumes(world, pod, nodeName, resolve);
      if (!result.ok) return result;
      byPod.set(uid(pod), result.volumes);
      return { ok: true };
    },
    fileSystem(pod, container, imageFiles) {
      const volumes = byPod.get(uid(pod)) ?? new Map<string, MountedVolume>();
      const mounts = (container.volumeMounts ?? []).flatMap((m) => {
        const volume = volumes.get(m.name);
        if (!volume) return [];
        return [
          {
            mountPath: m.mountPath,
            volume,
            readOnly: m.readOnly === true,
            ...(m.subPath ? { subPath: m.subPath } : {}),
          },
        ];
      });
      return containerFileSystem(imageFiles, mounts, world.now);
    },
    tearDown(pod) {
      byPod.delete(uid(pod));
      tearDownPodVolumes(world, pod, nodeName);
    },
    mounted: (pod) => byPod.get(uid(pod)),
  };
}
