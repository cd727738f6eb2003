/**
 * The FailedScheduling message, exactly as each era's scheduler wrote it.
 *
 * Modern (`framework.FitError`): every failing node's reasons are counted per distinct string,
 * `"<count> <reason>"` sorted as strings and joined, then DefaultPreemption's own verdict is
 * appended — it always runs after a failed filter. For each node preemption either is "not
 * helpful" (the node failed a filter that evicting pods cannot fix), finds "no victims" (no
 * pod there has a lower priority than the incoming one) or re-runs the filters without the
 * lower-priority pods and reports what still does not fit. When some node would fit after
 * evictions, preemption succeeds and the message has no tail.
 *
 * 2015 (Kubernetes 1.0): `Failed for reason <predicate> and possibly others`, naming the first
 * failing predicate; when no node was Ready and schedulable, `no nodes available to schedule pods`.
 */
import type { Pod } from '../types';
import type { FilterPlugin, NodeInfo } from './types';

export const NO_NODES_AVAILABLE = 'no nodes available to schedule pods';
export const NO_PREEMPTION_VICTIMS = 'No preemption victims found for incoming pod';
export const PREEMPTION_NOT_HELPFUL = 'Preemption is not helpful for scheduling';

/** One failing node: the reasons and the plugin that gave them. */
export interface NodeFailure {
  info: NodeInfo;
  plugin: FilterPlugin;
  reasons: readonly string[];
}

/** `"<count> <reason>"` per distinct reason, sorted as strings, joined by `", "`. */
export function reasonHistogram(reasonLists: readonly (readonly string[])[]): string {
  const counts = new Map<string, number>();
  for (const list of reasonLists) for (const r of list) counts.set(r, (counts.get(r) ?? 0) + 1);
  return [...counts]
    .map(([reason, n]) => `${n} ${reason}`)
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))
    .join(', ');
}

export const noNodesAvailable = (total: number, histogram: string): string =>
  `0/${total} nodes are available: ${histogram}.`;

const priorityOf = (p: Pod): number => p.spec.priority ?? 0;

/**
 * What preemption says about one node. `refilter` runs the filters against the node without
 * the given pods and returns the reasons that remain (empty: the pod would fit).
 */
export function preemptionVerdict(
  pod: Pod,
  failure: NodeFailure,
  refilter: (info: NodeInfo) => string[],
): string[] {
  if (failure.plugin.unresolvable) return [PREEMPTION_NOT_HELPFUL];
  const remaining = failure.info.pods.filter((p) => priorityOf(p) >= priorityOf(pod));
  if (remaining.length === failure.info.pods.length) return [NO_PREEMPTION_VICTIMS];
  return refilter({ node: failure.info.node, pods: remaining });
}

/** The modern FailedScheduling message for `total` nodes of which `failures` all failed. */
export function modernFitErrorMessage(
  pod: Pod,
  total: number,
  failures: readonly NodeFailure[],
  refilter: (info: NodeInfo) => string[],
): string {
  if (total === 0) return NO_NODES_AVAILABLE;
  const filterMsg = noNodesAvailable(total, reasonHistogram(failures.map((f) => f.reasons)));
  const verdicts = failures.map((f) => preemptionVerdict(pod, f, refilter));
  if (verdicts.some((v) => v.length === 0)) return filterMsg;
  return `${filterMsg} preemption: ${noNodesAvailable(total, reasonHistogram(verdicts))}`;
}

/** The 2015 event message: the first failing predicate, in node order. */
export function legacyFitErrorMessage(failures: readonly NodeFailure[]): string {
  const first = failures.find((f) => f.plugin.legacyName !== undefined && !isExclusion(f.plugin));
  if (!first) return NO_NODES_AVAILABLE;
  return `Failed for reason ${first.plugin.legacyName ?? first.plugin.name} and possibly others`;
}

/** 2015 schedulers never saw nodes that were not Ready or were unschedulable. */
export const isExclusion = (plugin: FilterPlugin): boolean =>
  plugin.legacyName === 'NodeCondition' || plugin.name === 'NodeUnschedulable';
