/**
 * `kubectl get pv`: NAME CAPACITY ACCESS MODES RECLAIM POLICY STATUS CLAIM STORAGECLASS
 * VOLUMEATTRIBUTESCLASS REASON AGE | VOLUMEMODE (pkg/printers/internalversion printPersistentVolume,
 * v1.31). kubectl v1.0 printed NAME LABELS CAPACITY ACCESSMODES STATUS CLAIM, the capacity in bytes.
 */
import { parseQuantity, value } from '../../../api/quantity';
import type { PersistentVolume } from '../../../types';
import { ageSince } from '../format/duration';
import { formatLabels } from '../format/labels';
import { legacyName } from './legacyTable';
import type { Table } from './table';

/** `GetAccessModesAsString`: RWO, ROX, RWX, RWOP in that order, each once. */
export function accessModesString(modes: readonly string[] | undefined): string {
  const has = (m: string): boolean => (modes ?? []).includes(m);
  const out: string[] = [];
  if (has('ReadWriteOnce')) out.push('RWO');
  if (has('ReadOnlyMany')) out.push('ROX');
  if (has('ReadWriteMany')) out.push('RWX');
  if (has('ReadWriteOncePod')) out.push('RWOP');
  return out.join(',');
}

const BETA_CLASS = 'volume.beta.kubernetes.io/storage-class';

/** `GetPersistentVolumeClass`: the old beta annotation still wins over the field. */
export function storageClassOf(obj: {
  metadata: { annotations?: Record<string, string> };
  spec: { storageClassName?: string };
}): string {
  return obj.metadata.annotations?.[BETA_CLASS] ?? obj.spec.storageClassName ?? '';
}

const claimOf = (pv: PersistentVolume): string =>
  pv.spec.claimRef ? `${pv.spec.claimRef.namespace ?? ''}/${pv.spec.claimRef.name}` : '';

export function persistentVolumeTable(pvs: readonly PersistentVolume[], nowMs: number): Table {
  return {
    columns: [
      { name: 'Name', isName: true },
      { name: 'Capacity' },
      { name: 'Access Modes' },
      { name: 'Reclaim Policy' },
      { name: 'Status' },
      { name: 'Claim' },
      { name: 'StorageClass' },
      { name: 'VolumeAttributesClass' },
      { name: 'Reason' },
      { name: 'Age' },
      { name: 'VolumeMode', priority: 1 },
    ],
    rows: pvs.map((pv) => ({
      object: pv,
      cells: [
        pv.metadata.name,
        pv.spec.capacity?.['storage'] ?? '0',
        accessModesString(pv.spec.accessModes),
        pv.spec.persistentVolumeReclaimPolicy ?? '',
        pv.metadata.deletionTimestamp ? 'Terminating' : (pv.status?.phase ?? ''),
        claimOf(pv),
        storageClassOf(pv),
        '<unset>',
        pv.status?.reason ?? '',
        ageSince(pv.metadata.creationTimestamp, nowMs),
        pv.spec.volumeMode ?? '<unset>',
      ],
    })),
  };
}

export const LEGACY_PV_COLUMNS = ['NAME', 'LABELS', 'CAPACITY', 'ACCESSMODES', 'STATUS', 'CLAIM'];

export function legacyPersistentVolumeRows(
  pv: PersistentVolume,
  withNamespace?: boolean,
): string[][] {
  const q = parseQuantity(pv.spec.capacity?.['storage'] ?? '0');
  return [
    [
      legacyName(pv, withNamespace),
      formatLabels(pv.metadata.labels),
      String(q ? value(q) : 0),
      accessModesString(pv.spec.accessModes),
      pv.status?.phase ?? '',
      claimOf(pv),
    ],
  ];
}
