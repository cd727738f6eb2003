/** `kubectl get rs` (apps/v1; ReplicaSets did not exist in 2015, so both eras print this). */
import type { ReplicaSet } from '../../../types';
import { ageSince } from '../format/duration';
import { formatLabelSelector } from '../format/labels';
import { containerCells, int } from '../format/objects';
import { REPLICA_COLUMNS } from './replicationController';
import type { Table } from './table';

export function replicaSetTable(sets: readonly ReplicaSet[], nowMs: number): Table {
  return {
    columns: REPLICA_COLUMNS,
    rows: sets.map((rs) => {
      const { names, images } = containerCells(rs.spec.template?.spec.containers);
      return {
        object: rs,
        cells: [
          rs.metadata.name,
          int(rs.spec.replicas ?? 1),
          int(rs.status?.replicas),
          int(rs.status?.readyReplicas),
          ageSince(rs.metadata.creationTimestamp, nowMs),
          names,
          images,
          formatLabelSelector(rs.spec.selector),
        ],
      };
    }),
  };
}
