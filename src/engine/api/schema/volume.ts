/**
 * Volume and its sources (core/v1). Sources kubesim does not model are opaque.
 * Fields, their order, types, required-ness and enum values come from the Go types of
 * Kubernetes v1.36 (k8s.io/api v0.36.3); the descriptions are kubesim's own words.
 */
import { arr, bool, field, i32, obj, opaque, quantity, str, struct } from './model';
import type { StructSchema } from './model';

export const volumeStructs: readonly StructSchema[] = [
  struct(
    'Volume',
    'Volume is a named volume in a pod that its containers may mount. Exactly one source may be set.',
    [
      field('name', str, 'The name of the volume, a DNS label unique within the pod.', {
        required: true,
      }),
      field(
        'hostPath',
        obj('HostPathVolumeSource'),
        'A file or directory on the node, exposed to the container. Data stays on that node after the pod is gone.',
      ),
      field(
        'emptyDir',
        obj('EmptyDirVolumeSource'),
        'An empty directory created when the pod starts on a node; it lives as long as the pod does.',
      ),
      field(
        'gcePersistentDisk',
        obj('GCEPersistentDiskVolumeSource'),
        'A Google Compute Engine persistent disk attached to the node and exposed to the pod. Deprecated in favor of CSI.',
      ),
      field(
        'awsElasticBlockStore',
        obj('AWSElasticBlockStoreVolumeSource'),
        'An AWS EBS disk attached to the node and exposed to the pod. Deprecated in favor of CSI.',
      ),
      field(
        'gitRepo',
        obj('GitRepoVolumeSource'),
        'A git repository cloned into the volume when the pod starts. Deprecated.',
      ),
      field('secret', obj('SecretVolumeSource'), 'A secret whose keys appear as files.'),
      field(
        'nfs',
        obj('NFSVolumeSource'),
        'An NFS share mounted on the node that outlives the pod.',
      ),
      field(
        'iscsi',
        obj('ISCSIVolumeSource'),
        'An iSCSI disk attached to the node and exposed to the pod.',
      ),
      field(
        'glusterfs',
        obj('GlusterfsVolumeSource'),
        'A Glusterfs share mounted on the node. Removed in recent releases.',
      ),
      field(
        'persistentVolumeClaim',
        obj('PersistentVolumeClaimVolumeSource'),
        'A PersistentVolumeClaim in the same namespace.',
      ),
      field(
        'rbd',
        obj('RBDVolumeSource'),
        'A Rados Block Device mount. Removed in recent releases.',
      ),
      field(
        'flexVolume',
        obj('FlexVolumeSource'),
        'A volume provisioned by an exec-based plugin. Deprecated.',
      ),
      field(
        'cinder',
        obj('CinderVolumeSource'),
        'An OpenStack Cinder volume. Deprecated in favor of CSI.',
      ),
      field(
        'cephfs',
        obj('CephFSVolumeSource'),
        'A Ceph filesystem mount. Removed in recent releases.',
      ),
      field('flocker', obj('FlockerVolumeSource'), 'A Flocker volume. Removed in recent releases.'),
      field(
        'downwardAPI',
        obj('DownwardAPIVolumeSource'),
        'Information about the pod, such as its labels, written as files.',
      ),
      field('fc', obj('FCVolumeSource'), 'A Fibre Channel disk attached to the node.'),
      field(
        'azureFile',
        obj('AzureFileVolumeSource'),
        'An Azure File share. Deprecated in favor of CSI.',
      ),
      field('configMap', obj('ConfigMapVolumeSource'), 'A ConfigMap whose keys appear as files.'),
      field(
        'vsphereVolume',
        obj('VsphereVirtualDiskVolumeSource'),
        'A vSphere volume. Deprecated in favor of CSI.',
      ),
      field('quobyte', obj('QuobyteVolumeSource'), 'A Quobyte mount. Removed in recent releases.'),
      field(
        'azureDisk',
        obj('AzureDiskVolumeSource'),
        'An Azure data disk. Deprecated in favor of CSI.',
      ),
      field(
        'photonPersistentDisk',
        obj('PhotonPersistentDiskVolumeSource'),
        'A Photon Controller persistent disk. Removed in recent releases.',
      ),
      field(
        'projected',
        obj('ProjectedVolumeSource'),
        'Several sources (secrets, ConfigMaps, the downward API, tokens) projected into one directory.',
      ),
      field(
        'portworxVolume',
        obj('PortworxVolumeSource'),
        'A Portworx volume. Deprecated in favor of CSI.',
      ),
      field('scaleIO', obj('ScaleIOVolumeSource'), 'A ScaleIO volume. Removed in recent releases.'),
      field(
        'storageos',
        obj('StorageOSVolumeSource'),
        'A StorageOS volume. Removed in recent releases.',
      ),
      field('csi', obj('CSIVolumeSource'), 'An ephemeral volume provided by a CSI driver.'),
      field(
        'ephemeral',
        obj('EphemeralVolumeSource'),
        'A volume made from a PersistentVolumeClaim template, created and deleted with the pod.',
      ),
      field(
        'image',
        obj('ImageVolumeSource'),
        'The contents of an OCI image or artifact, mounted read-only.',
      ),
    ],
  ),
  struct('HostPathVolumeSource', 'HostPathVolumeSource is a file or directory on the node.', [
    field('path', str, 'The path on the node. A symlink is followed to its target.', {
      required: true,
    }),
    field(
      'type',
      str,
      'What must exist at the path: "" (no check), DirectoryOrCreate, Directory, FileOrCreate, File, Socket, CharDevice or BlockDevice.',
      {
        go: 'v1.HostPathType',
        enum: [
          '',
          'BlockDevice',
          'CharDevice',
          'Directory',
          'DirectoryOrCreate',
          'File',
          'FileOrCreate',
          'Socket',
        ],
      },
    ),
  ]),
  struct(
    'EmptyDirVolumeSource',
    "EmptyDirVolumeSource is an empty directory that shares the pod's lifetime.",
    [
      field(
        'medium',
        str,
        'The storage medium behind the directory: "" for the node\'s default, or Memory for a tmpfs.',
        { go: 'v1.StorageMedium' },
      ),
      field('sizeLimit', quantity, 'The most local storage the directory may use.'),
    ],
  ),
  struct(
    'GCEPersistentDiskVolumeSource',
    'GCEPersistentDiskVolumeSource is a Google Compute Engine persistent disk. It must exist and be formatted; it can be mounted read-write by only one node at a time.',
    [
      field('pdName', str, 'The name of the disk in GCE.', { required: true }),
      field('fsType', str, 'The filesystem type to mount, such as ext4. Defaults to ext4.'),
      field(
        'partition',
        i32,
        'The partition to mount, for example 1 for /dev/sda1. If empty the whole device is mounted.',
      ),
      field('readOnly', bool, 'Mount the disk read-only. Defaults to false.'),
    ],
  ),
  struct(
    'AWSElasticBlockStoreVolumeSource',
    "AWSElasticBlockStoreVolumeSource is an AWS EBS disk. It must exist and be in the node's zone; it can be mounted by only one node.",
    [
      field('volumeID', str, 'The ID of the EBS volume.', { required: true }),
      field('fsType', str, 'The filesystem type to mount, such as ext4. Defaults to ext4.'),
      field('partition', i32, 'The partition to mount. If empty the whole device is mounted.'),
      field('readOnly', bool, 'Mount the disk read-only. Defaults to false.'),
    ],
  ),
  struct(
    'GitRepoVolumeSource',
    'GitRepoVolumeSource is a git repository cloned when the pod starts. Deprecated: clone in an init container instead.',
    [
      field('repository', str, 'The URL of the repository.', { required: true }),
      field('revision', str, 'The commit hash to check out.'),
      field(
        'directory',
        str,
        'The directory to clone into, relative to the volume root. "." clones into the root itself.',
      ),
    ],
  ),
  struct('SecretVolumeSource', 'SecretVolumeSource projects the keys of a secret as files.', [
    field('secretName', str, "The name of the secret in the pod's namespace."),
    field(
      'items',
      arr(obj('KeyToPath')),
      'Which keys to project and the paths to put them at. Without it every key becomes a file.',
    ),
    field(
      'defaultMode',
      i32,
      'The permission bits of the files, in octal or decimal. Defaults to 0644.',
    ),
    field('optional', bool, 'Whether the secret or its keys may be missing.'),
  ]),
  struct(
    'ConfigMapVolumeSource',
    'ConfigMapVolumeSource projects the keys of a ConfigMap as files.',
    [
      field('name', str, 'The name of the ConfigMap.'),
      field(
        'items',
        arr(obj('KeyToPath')),
        'Which keys to project and the paths to put them at. Without it every key becomes a file.',
      ),
      field('defaultMode', i32, 'The permission bits of the files. Defaults to 0644.'),
      field('optional', bool, 'Whether the ConfigMap or its keys may be missing.'),
    ],
  ),
  struct('KeyToPath', 'KeyToPath maps a key to a file path within a volume.', [
    field('key', str, 'The key to project.', { required: true }),
    field('path', str, "The relative path of the file to create. Must not contain '..'.", {
      required: true,
    }),
    field('mode', i32, 'The permission bits of this file.'),
  ]),
  struct('NFSVolumeSource', 'NFSVolumeSource is an NFS share that outlives the pod.', [
    field('server', str, 'The hostname or IP address of the NFS server.', { required: true }),
    field('path', str, 'The path the server exports.', { required: true }),
    field('readOnly', bool, 'Mount the share read-only. Defaults to false.'),
  ]),
  struct(
    'PersistentVolumeClaimVolumeSource',
    "PersistentVolumeClaimVolumeSource refers to a PersistentVolumeClaim in the pod's namespace.",
    [
      field('claimName', str, 'The name of the claim.', { required: true }),
      field('readOnly', bool, 'Mount the volume read-only. Defaults to false.'),
    ],
  ),
  opaque('ISCSIVolumeSource', 'ISCSIVolumeSource is an iSCSI disk.'),
  opaque('GlusterfsVolumeSource', 'GlusterfsVolumeSource is a Glusterfs mount.'),
  opaque('RBDVolumeSource', 'RBDVolumeSource is a Rados Block Device mount.'),
  opaque('FlexVolumeSource', 'FlexVolumeSource is a volume provisioned by an exec-based plugin.'),
  opaque('CinderVolumeSource', 'CinderVolumeSource is an OpenStack Cinder volume.'),
  opaque('CephFSVolumeSource', 'CephFSVolumeSource is a Ceph filesystem mount.'),
  opaque('FlockerVolumeSource', 'FlockerVolumeSource is a Flocker volume.'),
  opaque(
    'DownwardAPIVolumeSource',
    'DownwardAPIVolumeSource writes information about the pod as files.',
  ),
  opaque('FCVolumeSource', 'FCVolumeSource is a Fibre Channel volume.'),
  opaque('AzureFileVolumeSource', 'AzureFileVolumeSource is an Azure File share.'),
  opaque('VsphereVirtualDiskVolumeSource', 'VsphereVirtualDiskVolumeSource is a vSphere volume.'),
  opaque('QuobyteVolumeSource', 'QuobyteVolumeSource is a Quobyte mount.'),
  opaque('AzureDiskVolumeSource', 'AzureDiskVolumeSource is an Azure data disk.'),
  opaque(
    'PhotonPersistentDiskVolumeSource',
    'PhotonPersistentDiskVolumeSource is a Photon Controller persistent disk.',
  ),
  opaque(
    'ProjectedVolumeSource',
    'ProjectedVolumeSource projects several sources into one directory.',
  ),
  opaque('PortworxVolumeSource', 'PortworxVolumeSource is a Portworx volume.'),
  opaque('ScaleIOVolumeSource', 'ScaleIOVolumeSource is a ScaleIO volume.'),
  opaque('StorageOSVolumeSource', 'StorageOSVolumeSource is a StorageOS volume.'),
  opaque('CSIVolumeSource', 'CSIVolumeSource is an ephemeral volume from a CSI driver.'),
  opaque(
    'EphemeralVolumeSource',
    'EphemeralVolumeSource creates a PersistentVolumeClaim for the pod from a template.',
  ),
  opaque('ImageVolumeSource', 'ImageVolumeSource mounts an OCI image or artifact.'),
];
