/**
 * `kubectl get pvc`: NAME STATUS VOLUME CAPACITY ACCESS MODES STORAGECLASS VOLUMEATTRIBUTESCLASS
 * AGE | VOLUMEMODE (printPersistentVolumeClaim, v1.31); capacity and access modes only once the
 * claim names its volume. kubectl v1.0 printed NAME LABELS STATUS VOLUME, the labels with Go's
 * `%s` of a map (`map[app:web]`).
 */
import type { PersistentVolumeClaim } from '../../../types';
import { ageSince } from '../format/duration';
import { legacyName } from './legacyTable';
import { accessModesString, storageClassOf } from './persistentVolume';
import type { Table } from './table';

export function persistentVolumeClaimTable(
  pvcs: readonly PersistentVolumeClaim[],
  nowMs: number,
): Table {
  return {
    columns: [
      { name: 'Name', isName: true },
      { name: 'Status' },
      { name: 'Volume' },
      { name: 'Capacity' },
      { name: 'Access Modes' },
      { name: 'StorageClass' },
      { name: 'VolumeAttributesClass' },
      { name: 'Age' },
      { name: 'VolumeMode', priority: 1 },
    ],
    rows: pvcs.map((pvc) => {
      const bound = !!pvc.spec.volumeName;
      return {
        object: pvc,
        cells: [
          pvc.metadata.name,
          pvc.metadata.deletionTimestamp ? 'Terminating' : (pvc.status?.phase ?? ''),
          pvc.spec.volumeName ?? '',
          bound ? (pvc.status?.capacity?.['storage'] ?? '0') : '',
          bound ? accessModesString(pvc.status?.accessModes) : '',
          storageClassOf(pvc),
          '<unset>',
          ageSince(pvc.metadata.creationTimestamp, nowMs),
          pvc.spec.volumeMode ?? '<unset>',
        ],
      };
    }),
  };
}

export const LEGACY_PVC_COLUMNS = ['NAME', 'LABELS', 'STATUS', 'VOLUME'];

/** Go's `%s` of a `map[string]string`: `map[` + sorted `k:v` pairs joined by spaces + `]`. */
const goMap = (m: Record<string, string> | undefined): string =>
  `map[${Object.entries(m ?? {})
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([k, v]) => `${k}:${v}`)
    .join(' ')}]`;

export function legacyPersistentVolumeClaimRows(
  pvc: PersistentVolumeClaim,
  withNamespace?: boolean,
): string[][] {
  return [
    [
      legacyName(pvc, withNamespace),
      goMap(pvc.metadata.labels),
      pvc.status?.phase ?? '',
      pvc.spec.volumeName ?? '',
    ],
  ];
}
