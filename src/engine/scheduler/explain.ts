/**
 * One sentence a student can read about a decision: which score made the difference, or why
 * no node would take the pod. The numbers stay in the trace; the sentence says what they mean.
 */
import { BALANCED_ALLOCATION, BALANCED_RESOURCE_ALLOCATION } from './balancedAllocation';
import { INSUFFICIENT_CPU, INSUFFICIENT_MEMORY, TOO_MANY_PODS } from './nodeResourcesFit';
import { LEAST_ALLOCATED, LEAST_REQUESTED_PRIORITY } from './leastAllocated';
import { NODE_AFFINITY, NODE_AFFINITY_REASON } from './nodeAffinity';
import { NODE_NAME_REASON } from './nodeName';
import { NODE_PORTS_REASON } from './nodePorts';
import { NODE_NOT_READY_REASON } from './nodeReady';
import { NODE_UNSCHEDULABLE_REASON } from './nodeUnschedulable';
import { POD_TOPOLOGY_SPREAD } from './podTopologySpread';
import { SELECTOR_SPREAD_PRIORITY } from './selectorSpread';
import { TAINT_TOLERATION } from './taintToleration';
import { DISK_CONFLICT_REASON } from './volumeRestrictions';
import type { NodeTrace } from './types';

const WHY_BEST: Record<string, string> = {
  [LEAST_ALLOCATED]: 'had the most free CPU and memory',
  [LEAST_REQUESTED_PRIORITY]: 'had the most free CPU and memory',
  [BALANCED_ALLOCATION]: 'would use its CPU and memory most evenly',
  [BALANCED_RESOURCE_ALLOCATION]: 'would use its CPU and memory most evenly',
  [POD_TOPOLOGY_SPREAD]: 'had the fewest pods of the same service or controller',
  [SELECTOR_SPREAD_PRIORITY]: 'had the fewest pods of the same service or controller',
  [TAINT_TOLERATION]: 'had the fewest taints the pod does not tolerate',
  [NODE_AFFINITY]: "best matched the pod's preferred node affinity",
};

const WHY_NOT: Record<string, [string, string]> = {
  [INSUFFICIENT_CPU]: ['has', 'not enough free CPU'],
  [INSUFFICIENT_MEMORY]: ['has', 'not enough free memory'],
  [TOO_MANY_PODS]: ['is', 'already full of pods'],
  [NODE_UNSCHEDULABLE_REASON]: ['is', 'cordoned'],
  [NODE_NOT_READY_REASON]: ['is', 'not Ready'],
  [NODE_AFFINITY_REASON]: ['does', "not match the pod's node selector or affinity"],
  [NODE_PORTS_REASON]: ['has', 'the host port already taken'],
  [DISK_CONFLICT_REASON]: ['has', 'the disk already in use'],
  [NODE_NAME_REASON]: ['is', 'not the node the pod names'],
};

const plural: Record<string, string> = { has: 'have', is: 'are', does: 'do' };

function whyNot(reason: string, count: number): string {
  const [verb, rest] =
    WHY_NOT[reason] ??
    (reason.startsWith('node(s) had untolerated taint')
      ? ['has', `a taint the pod does not tolerate ${reason.slice(reason.indexOf('{'))}`]
      : ['says', `"${reason}"`]);
  const v = count === 1 ? verb : (plural[verb] ?? verb);
  return `${count} ${count === 1 ? 'node' : 'nodes'} ${v} ${rest}`;
}

export function explainFailure(nodes: readonly NodeTrace[]): string {
  if (nodes.length === 0) return 'The pod stays Pending: the cluster has no nodes.';
  const counts = new Map<string, number>();
  for (const n of nodes)
    for (const f of n.filters) for (const r of f.reasons) counts.set(r, (counts.get(r) ?? 0) + 1);
  const parts = [...counts].map(([r, c]) => whyNot(r, c));
  return `The pod stays Pending: no node fits (${parts.join('; ')}).`;
}

/** Why `chosen` won: the score with the largest weighted lead over the runner-up. */
export function explainChoice(chosen: NodeTrace, feasible: readonly NodeTrace[]): string {
  if (feasible.length === 1) return `${chosen.node} is the only node where the pod fits.`;
  const tied = feasible.filter((n) => n.total === chosen.total);
  if (tied.length > 1)
    return `${tied.map((n) => n.node).join(', ')} scored the same (${chosen.total}); the scheduler picked ${chosen.node} at random.`;
  const rest = feasible.filter((n) => n !== chosen);
  const runnerUp = rest.reduce((a, b) => (b.total > a.total ? b : a));
  let best: { plugin: string; lead: number } | undefined;
  for (const s of chosen.scores) {
    const other = runnerUp.scores.find((o) => o.plugin === s.plugin);
    const lead = (s.score - (other?.score ?? 0)) * s.weight;
    if (!best || lead > best.lead) best = { plugin: s.plugin, lead };
  }
  const why = (best && WHY_BEST[best.plugin]) ?? 'scored highest';
  return `${chosen.node} ${why} (score ${chosen.total}, next ${runnerUp.node} with ${runnerUp.total}).`;
}
