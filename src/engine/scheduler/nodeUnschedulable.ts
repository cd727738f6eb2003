/**
 * NodeUnschedulable: a cordoned node (`spec.unschedulable`) takes no new pods, unless the pod
 * tolerates the `node.kubernetes.io/unschedulable:NoSchedule` taint (as DaemonSet pods do).
 * 2015 schedulers listed only schedulable nodes, so a cordoned node was simply not there.
 */
import { tolerates } from './taintToleration';
import type { FilterPlugin } from './types';

export const NODE_UNSCHEDULABLE = 'NodeUnschedulable';
export const NODE_UNSCHEDULABLE_REASON = 'node(s) were unschedulable';
export const UNSCHEDULABLE_TAINT = 'node.kubernetes.io/unschedulable';

export const nodeUnschedulable: FilterPlugin = {
  name: NODE_UNSCHEDULABLE,
  legacyName: NODE_UNSCHEDULABLE,
  unresolvable: true,
  filter(pod, { node }, era) {
    if (!node.spec.unschedulable) return [];
    if (era === 'modern' && tolerates(pod, { key: UNSCHEDULABLE_TAINT, effect: 'NoSchedule' }))
      return [];
    return [NODE_UNSCHEDULABLE_REASON];
  },
};
