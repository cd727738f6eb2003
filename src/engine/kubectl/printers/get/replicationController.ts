/** `kubectl get rc`: DESIRED/CURRENT/READY now; CONTROLLER … REPLICAS with a row per container in 2015. */
import type { ReplicationController } from '../../../types';
import { ageSince } from '../format/duration';
import { formatLabels } from '../format/labels';
import { containerCells, int } from '../format/objects';
import type { Table } from './table';
import { legacyName } from './legacyTable';

export const REPLICA_COLUMNS = [
  { name: 'Name', isName: true },
  { name: 'Desired' },
  { name: 'Current' },
  { name: 'Ready' },
  { name: 'Age' },
  { name: 'Containers', priority: 1 as const },
  { name: 'Images', priority: 1 as const },
  { name: 'Selector', priority: 1 as const },
];

export function replicationControllerTable(
  rcs: readonly ReplicationController[],
  nowMs: number,
): Table {
  return {
    columns: REPLICA_COLUMNS,
    rows: rcs.map((rc) => {
      const { names, images } = containerCells(rc.spec.template?.spec.containers);
      return {
        object: rc,
        cells: [
          rc.metadata.name,
          int(rc.spec.replicas ?? 1),
          int(rc.status?.replicas),
          int(rc.status?.readyReplicas),
          ageSince(rc.metadata.creationTimestamp, nowMs),
          names,
          images,
          formatLabels(rc.spec.selector),
        ],
      };
    }),
  };
}

export const LEGACY_RC_COLUMNS = ['CONTROLLER', 'CONTAINER(S)', 'IMAGE(S)', 'SELECTOR', 'REPLICAS'];

export function legacyReplicationControllerRows(
  rc: ReplicationController,
  withNamespace: boolean | undefined,
): string[][] {
  const [first, ...others] = rc.spec.template?.spec.containers ?? [];
  const rows = [
    [
      legacyName(rc, withNamespace),
      first?.name ?? '',
      first?.image ?? '',
      formatLabels(rc.spec.selector),
      int(rc.spec.replicas ?? 1),
    ],
  ];
  for (const c of others) rows.push(['', c.name, c.image, '', '']);
  return rows;
}
