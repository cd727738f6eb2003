/** `kubectl get nodes`: STATUS, ROLES, AGE, VERSION (+ addresses and system info wide); 2015: NAME LABELS STATUS. */
import type { Node } from '../../../types';
import { ageSince } from '../format/duration';
import { formatLabels } from '../format/labels';
import { nodeStatus } from '../status';
import type { Table } from './table';

const ROLE_PREFIX = 'node-role.kubernetes.io/';

/** Roles from `node-role.kubernetes.io/<role>` labels and the older `kubernetes.io/role=<role>`, sorted. */
export function nodeRoles(node: Node): string[] {
  const roles = new Set<string>();
  for (const [key, value] of Object.entries(node.metadata.labels ?? {})) {
    if (key.startsWith(ROLE_PREFIX)) {
      const role = key.slice(ROLE_PREFIX.length);
      if (role) roles.add(role);
    } else if (key === 'kubernetes.io/role' && value !== '') roles.add(value);
  }
  return [...roles].sort();
}

const address = (node: Node, type: string): string =>
  node.status?.addresses?.find((a) => a.type === type)?.address ?? '<none>';

export function nodeTable(nodes: readonly Node[], nowMs: number): Table {
  return {
    columns: [
      { name: 'Name', isName: true },
      { name: 'Status' },
      { name: 'Roles' },
      { name: 'Age' },
      { name: 'Version' },
      { name: 'Internal-IP', priority: 1 },
      { name: 'External-IP', priority: 1 },
      { name: 'OS-Image', priority: 1 },
      { name: 'Kernel-Version', priority: 1 },
      { name: 'Container-Runtime', priority: 1 },
    ],
    rows: nodes.map((node) => {
      const info = node.status?.nodeInfo;
      return {
        object: node,
        cells: [
          node.metadata.name,
          nodeStatus(node),
          nodeRoles(node).join(',') || '<none>',
          ageSince(node.metadata.creationTimestamp, nowMs),
          info?.kubeletVersion ?? '',
          address(node, 'InternalIP'),
          address(node, 'ExternalIP'),
          info?.osImage || '<unknown>',
          info?.kernelVersion || '<unknown>',
          info?.containerRuntimeVersion || '<unknown>',
        ],
      };
    }),
  };
}

export const LEGACY_NODE_COLUMNS = ['NAME', 'LABELS', 'STATUS'];

export function legacyNodeRows(node: Node): string[][] {
  return [[node.metadata.name, formatLabels(node.metadata.labels), nodeStatus(node)]];
}
