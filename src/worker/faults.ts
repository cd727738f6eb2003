/** Runs one fault from the page's menus on the engine's `faults`. */
import type { ClusterFaults } from '../engine/contract';
import type { FaultInput } from './protocol';

export function runFault(faults: ClusterFaults, fault: FaultInput): void {
  switch (fault.action) {
    case 'stopNode':
      return faults.stopNode(fault.node, fault.mode ? { mode: fault.mode } : {});
    case 'startNode':
      return faults.startNode(fault.node);
    case 'crashContainer':
      return faults.crashContainer(fault.pod, fault.container, fault.exitCode, fault.namespace);
    case 'stopComponent':
      return faults.stopComponent(fault.component);
    case 'startComponent':
      return faults.startComponent(fault.component);
  }
}
