/**
 * PersistentVolume and PersistentVolumeClaim (core/v1). Field order, types and enum values
 * follow the Go types of Kubernetes v1.36 (k8s.io/api v0.36.3), cut down to the volume sources
 * kubesim models; the descriptions are kubesim's own words.
 */
import { arr, field, map, obj, quantity, str, struct, time, typeMetaFields } from './model';
import type { StructSchema } from './model';

const ACCESS_MODES = ['ReadOnlyMany', 'ReadWriteMany', 'ReadWriteOnce', 'ReadWriteOncePod'];
const accessModes = (what: string) =>
  field('accessModes', arr(str), what, {
    go: '[]v1.PersistentVolumeAccessMode',
    enum: ACCESS_MODES,
  });
const volumeMode = field(
  'volumeMode',
  str,
  'Whether the volume is meant to be used with a formatted filesystem (Filesystem) or as a raw block device (Block). Defaults to Filesystem.',
  { go: 'v1.PersistentVolumeMode', enum: ['Block', 'Filesystem'] },
);
const metadata = field(
  'metadata',
  obj('ObjectMeta'),
  'Standard object metadata: name, namespace, labels, annotations and the fields the system maintains.',
);

export const storageStructs: readonly StructSchema[] = [
  struct(
    'PersistentVolume',
    'PersistentVolume is a piece of storage in the cluster, provisioned by an administrator. It outlives any pod that uses it.',
    [
      ...typeMetaFields(),
      metadata,
      field(
        'spec',
        obj('PersistentVolumeSpec'),
        'What the volume is and offers: capacity, access modes, where its data lives.',
      ),
      field(
        'status',
        obj('PersistentVolumeStatus'),
        'The most recently observed state of the volume, written by the system. Read-only.',
      ),
    ],
  ),
  struct('PersistentVolumeSpec', 'PersistentVolumeSpec describes a persistent volume.', [
    field(
      'capacity',
      map(quantity),
      'The size of the volume, under the key storage (for example storage: 10Gi).',
      { go: 'v1.ResourceList' },
    ),
    field(
      'gcePersistentDisk',
      obj('GCEPersistentDiskVolumeSource'),
      'A Google Compute Engine persistent disk. Deprecated in favor of CSI.',
    ),
    field(
      'awsElasticBlockStore',
      obj('AWSElasticBlockStoreVolumeSource'),
      'An AWS EBS disk. Deprecated in favor of CSI.',
    ),
    field(
      'hostPath',
      obj('HostPathVolumeSource'),
      'A directory on one node. Good for single-node tests only: the data stays on that node.',
    ),
    field('nfs', obj('NFSVolumeSource'), 'An NFS share that any node may mount.'),
    accessModes('The ways the volume can be mounted: ReadWriteOnce, ReadOnlyMany, ReadWriteMany.'),
    field(
      'claimRef',
      obj('ObjectReference'),
      'The claim this volume is bound to. Set by the binder, or by hand to reserve the volume for one claim.',
    ),
    field(
      'persistentVolumeReclaimPolicy',
      str,
      'What happens when the claim is released: Retain (keep the data, default for volumes created by hand), Delete or Recycle.',
      { go: 'v1.PersistentVolumeReclaimPolicy', enum: ['Delete', 'Recycle', 'Retain'] },
    ),
    field(
      'storageClassName',
      str,
      'The StorageClass the volume belongs to; only claims asking for that class bind to it. Empty means no class.',
    ),
    field('mountOptions', arr(str), 'Mount options used when the volume is mounted.'),
    volumeMode,
  ]),
  struct(
    'PersistentVolumeStatus',
    'PersistentVolumeStatus is the current state of a persistent volume.',
    [
      field(
        'phase',
        str,
        'Pending, Available (free), Bound (to a claim), Released (its claim was deleted) or Failed.',
        {
          go: 'v1.PersistentVolumePhase',
          enum: ['Available', 'Bound', 'Failed', 'Pending', 'Released'],
        },
      ),
      field('message', str, 'A human-readable message saying why the volume is in this state.'),
      field('reason', str, 'A brief CamelCase reason for a failure, shown by kubectl.'),
      field('lastPhaseTransitionTime', time, 'When the volume last moved to another phase.'),
    ],
  ),
  struct(
    'PersistentVolumeClaim',
    "PersistentVolumeClaim is a user's request for storage, which the binder satisfies with a persistent volume.",
    [
      ...typeMetaFields(),
      metadata,
      field(
        'spec',
        obj('PersistentVolumeClaimSpec'),
        'What the claim asks for: size, access modes, class, or one volume by name.',
      ),
      field(
        'status',
        obj('PersistentVolumeClaimStatus'),
        'The most recently observed state of the claim, written by the system. Read-only.',
      ),
    ],
  ),
  struct(
    'PersistentVolumeClaimSpec',
    'PersistentVolumeClaimSpec describes the storage a claim asks for.',
    [
      accessModes('The access modes the volume must offer (every one of them).'),
      field(
        'selector',
        obj('LabelSelector'),
        'A label query over volumes; only matching volumes are considered.',
      ),
      field(
        'resources',
        obj('VolumeResourceRequirements'),
        'The least size the volume must have, under requests.storage.',
      ),
      field('volumeName', str, 'The volume backing this claim. Set by the binder, or by hand.'),
      field(
        'storageClassName',
        str,
        'The StorageClass the claim wants. An empty string asks for a volume with no class.',
      ),
      volumeMode,
    ],
  ),
  struct('VolumeResourceRequirements', 'VolumeResourceRequirements is the size a claim asks for.', [
    field('limits', map(quantity), 'The most storage the claim may use.', {
      go: 'v1.ResourceList',
    }),
    field('requests', map(quantity), 'The least storage the claim needs, as storage: 1Gi.', {
      go: 'v1.ResourceList',
    }),
  ]),
  struct(
    'PersistentVolumeClaimStatus',
    'PersistentVolumeClaimStatus is the current state of a claim.',
    [
      field('phase', str, 'Pending (not bound yet), Bound or Lost (its volume is gone).', {
        go: 'v1.PersistentVolumeClaimPhase',
        enum: ['Bound', 'Lost', 'Pending'],
      }),
      accessModes('The access modes of the volume the claim is bound to.'),
      field('capacity', map(quantity), 'The size of the volume the claim is bound to.', {
        go: 'v1.ResourceList',
      }),
    ],
  ),
];
