/** `kubectl get namespaces`: NAME STATUS AGE; 2015: NAME LABELS STATUS. */
import type { Namespace } from '../../../types';
import { ageSince } from '../format/duration';
import { formatLabels } from '../format/labels';
import type { Table } from './table';

export function namespaceTable(namespaces: readonly Namespace[], nowMs: number): Table {
  return {
    columns: [{ name: 'Name', isName: true }, { name: 'Status' }, { name: 'Age' }],
    rows: namespaces.map((ns) => ({
      object: ns,
      cells: [
        ns.metadata.name,
        ns.status?.phase ?? '',
        ageSince(ns.metadata.creationTimestamp, nowMs),
      ],
    })),
  };
}

export const LEGACY_NAMESPACE_COLUMNS = ['NAME', 'LABELS', 'STATUS'];

export function legacyNamespaceRows(ns: Namespace): string[][] {
  return [[ns.metadata.name, formatLabels(ns.metadata.labels), ns.status?.phase ?? '']];
}
