/** The Volumes section of modern `describe`, with kubectl's one-line explanation of each type. */
import type { Volume } from '../../../types';
import type { PrefixWriter } from './writer';

const v = (x: unknown): string => (x === undefined ? '' : String(x));

/** The `Type:` line and details kubectl prints for a volume source. */
function sourceLines(vol: Volume): string {
  if (vol.hostPath) {
    return `Type:\tHostPath (bare host directory volume)\n    Path:\t${vol.hostPath.path}\n    HostPathType:\t${vol.hostPath.type || '<none>'}\n`;
  }
  if (vol.emptyDir) {
    const size =
      vol.emptyDir.sizeLimit && vol.emptyDir.sizeLimit !== '0' ? vol.emptyDir.sizeLimit : '<unset>';
    return `Type:\tEmptyDir (a temporary directory that shares a pod's lifetime)\n    Medium:\t${v(vol.emptyDir.medium)}\n    SizeLimit:\t${size}\n`;
  }
  if (vol.gcePersistentDisk) {
    const d = vol.gcePersistentDisk;
    return `Type:\tGCEPersistentDisk (a Persistent Disk resource in Google Compute Engine)\n    PDName:\t${d.pdName}\n    FSType:\t${v(d.fsType)}\n    Partition:\t${d.partition ?? 0}\n    ReadOnly:\t${d.readOnly === true}\n`;
  }
  if (vol.awsElasticBlockStore) {
    const d = vol.awsElasticBlockStore;
    return `Type:\tAWSElasticBlockStore (a Persistent Disk resource in AWS)\n    VolumeID:\t${d.volumeID}\n    FSType:\t${v(d.fsType)}\n    Partition:\t${d.partition ?? 0}\n    ReadOnly:\t${d.readOnly === true}\n`;
  }
  if (vol.gitRepo) {
    return `Type:\tGitRepo (a volume that is pulled from git when the pod is created)\n    Repository:\t${vol.gitRepo.repository}\n    Revision:\t${v(vol.gitRepo.revision)}\n`;
  }
  if (vol.secret) {
    return `Type:\tSecret (a volume populated by a Secret)\n    SecretName:\t${v(vol.secret.secretName)}\n    Optional:\tfalse\n`;
  }
  if (vol.configMap) {
    return `Type:\tConfigMap (a volume populated by a ConfigMap)\n    Name:\t${v(vol.configMap.name)}\n    Optional:\tfalse\n`;
  }
  if (vol.nfs) {
    return `Type:\tNFS (an NFS mount that lasts the lifetime of a pod)\n    Server:\t${vol.nfs.server}\n    Path:\t${vol.nfs.path}\n    ReadOnly:\t${vol.nfs.readOnly === true}\n`;
  }
  if (vol.persistentVolumeClaim) {
    return `Type:\tPersistentVolumeClaim (a reference to a PersistentVolumeClaim in the same namespace)\n    ClaimName:\t${vol.persistentVolumeClaim.claimName}\n    ReadOnly:\t${vol.persistentVolumeClaim.readOnly === true}\n`;
  }
  return '<unknown>\n';
}

/** `describeVolumes`: `Volumes:  <none>` or each volume by name with its source. */
export function describeVolumes(
  w: PrefixWriter,
  volumes: readonly Volume[] | undefined,
  space: string,
): void {
  if (!volumes || volumes.length === 0) return w.write(0, `${space}Volumes:\t<none>\n`);
  w.write(0, `${space}Volumes:\n`);
  const nameIndent = space === '' ? '' : ' ';
  for (const vol of volumes) {
    w.write(1, `${nameIndent}${vol.name}:\n`);
    const lines = sourceLines(vol);
    // Unknown sources print at level 1, known ones start at level 2 (kubectl's layout).
    w.write(lines === '<unknown>\n' ? 1 : 2, lines);
  }
}
