/**
 * A node that is not Ready is never a candidate, but the two eras say so differently. Modern
 * clusters taint such nodes `node.kubernetes.io/not-ready` (Ready=False) or
 * `node.kubernetes.io/unreachable` (Ready=Unknown) with NoSchedule, and the TaintToleration
 * filter turns them away — so a pod that tolerates the taint may still land there. 2015
 * schedulers listed only Ready nodes: the others were never considered at all.
 */
import type { Node } from '../types';
import type { FilterPlugin } from './types';

export const NOT_READY_TAINT = 'node.kubernetes.io/not-ready';
export const UNREACHABLE_TAINT = 'node.kubernetes.io/unreachable';
/** The CheckNodeCondition predicate's text (Kubernetes 1.8–1.16). */
export const NODE_NOT_READY_REASON = 'node(s) were not ready';

const READY = new WeakMap<Node, 'True' | 'False' | 'Unknown'>();

export function readyStatus(node: Node): 'True' | 'False' | 'Unknown' {
  const known = READY.get(node);
  if (known) return known;
  const status = node.status?.conditions?.find((c) => c.type === 'Ready')?.status ?? 'Unknown';
  // stored nodes are frozen and replaced on change: their identity keys the answer
  if (Object.isFrozen(node)) READY.set(node, status);
  return status;
}

/** The NoSchedule taint the node lifecycle controller puts on a node that is not Ready. */
export function readinessTaints(node: Node): { key: string; effect: string }[] {
  switch (readyStatus(node)) {
    case 'True':
      return [];
    case 'False':
      return [{ key: NOT_READY_TAINT, effect: 'NoSchedule' }];
    default:
      return [{ key: UNREACHABLE_TAINT, effect: 'NoSchedule' }];
  }
}

/** 2015 only: the node lister's `Ready=True` condition filter, ahead of every predicate. */
export const nodeReady: FilterPlugin = {
  name: 'NodeReady',
  legacyName: 'NodeCondition',
  unresolvable: true,
  filter(_pod, { node }) {
    return readyStatus(node) === 'True' ? [] : [NODE_NOT_READY_REASON];
  },
};
