/** `kubectl get deploy`: READY is ready/desired (both eras; Deployments are post-2015). */
import type { Deployment } from '../../../types';
import { ageSince } from '../format/duration';
import { labelSelectorString } from '../format/labels';
import { containerCells, int } from '../format/objects';
import type { Table } from './table';

export function deploymentTable(deployments: readonly Deployment[], nowMs: number): Table {
  return {
    columns: [
      { name: 'Name', isName: true },
      { name: 'Ready' },
      { name: 'Up-to-date' },
      { name: 'Available' },
      { name: 'Age' },
      { name: 'Containers', priority: 1 },
      { name: 'Images', priority: 1 },
      { name: 'Selector', priority: 1 },
    ],
    rows: deployments.map((d) => {
      const { names, images } = containerCells(d.spec.template?.spec.containers);
      return {
        object: d,
        cells: [
          d.metadata.name,
          `${int(d.status?.readyReplicas)}/${int(d.spec.replicas ?? 1)}`,
          int(d.status?.updatedReplicas),
          int(d.status?.availableReplicas),
          ageSince(d.metadata.creationTimestamp, nowMs),
          names,
          images,
          // Unlike rs, an empty selector prints as an empty cell here (selector.String()).
          labelSelectorString(d.spec.selector),
        ],
      };
    }),
  };
}
