/**
 * Why the scheduler bound a pod where it did, in words, from its decision trace (the per-node
 * filter verdicts and plugin scores kube-scheduler-simulator records): which plugin's score gave
 * the chosen node its lead, or that it was the only node left after filtering, and which nodes
 * were filtered out and why (Kubernetes' own reason strings).
 */
import type { SchedulingDecision } from '../engine/scheduler/types';

type NodeTrace = SchedulingDecision['nodes'][number];

/** What a high score from each plugin means; the plugin's name stays in the sentence. */
const WHY_BEST: Record<string, string> = {
  NodeResourcesFit: 'it had the most free CPU and memory',
  LeastRequestedPriority: 'it had the most free CPU and memory',
  NodeResourcesBalancedAllocation: 'its CPU and memory would be used most evenly',
  BalancedResourceAllocation: 'its CPU and memory would be used most evenly',
  PodTopologySpread: 'it had the fewest pods of the same service or controller',
  SelectorSpreadPriority: 'it had the fewest pods of the same service or controller',
  TaintToleration: 'it had the fewest taints the pod does not tolerate',
  NodeAffinity: "it best matched the pod's preferred node affinity",
};

/** How many filtered-out nodes a caption names before it says "and N more". */
const NAMED_FILTERED = 3;

/**
 * The reason clause for "The scheduler bound web to node-2: …". Undefined when the trace is
 * not about a binding to `node` (a later decision replaced it, or none fitted).
 */
export function bindReason(decision: SchedulingDecision, node: string): string | undefined {
  if (decision.chosen !== node) return undefined;
  const chosen = decision.nodes.find((n) => n.node === node);
  if (!chosen) return undefined;
  const feasible = decision.nodes.filter((n) => n.feasible);
  const filtered = filteredOut(decision.nodes);
  const tail = filtered ? `; ${filtered}` : '';
  if (feasible.length <= 1) return `it was the only node where the pod fits${tail}`;
  const tied = feasible.filter((n) => n.total === chosen.total);
  if (tied.length > 1)
    return `${list(tied.map((n) => n.node))} scored the same (${chosen.total}), so it picked one at random${tail}`;
  const runnerUp = feasible
    .filter((n) => n !== chosen)
    .reduce((a, b) => (b.total > a.total ? b : a));
  const lead = biggestLead(chosen, runnerUp);
  if (!lead)
    return `it scored highest (${chosen.total}, next ${runnerUp.node} with ${runnerUp.total})${tail}`;
  const why = WHY_BEST[lead.plugin] ?? 'it scored highest';
  return `${why} (${lead.plugin} scored it ${lead.score}, ${runnerUp.node} ${lead.other}; total ${chosen.total} against ${runnerUp.total})${tail}`;
}

/** The plugin whose weighted score put `chosen` furthest ahead of the runner-up. */
function biggestLead(
  chosen: NodeTrace,
  runnerUp: NodeTrace,
): { plugin: string; score: number; other: number } | undefined {
  let best: { plugin: string; score: number; other: number; lead: number } | undefined;
  for (const s of chosen.scores) {
    const other = runnerUp.scores.find((o) => o.plugin === s.plugin)?.score ?? 0;
    const lead = (s.score - other) * s.weight;
    if (lead > 0 && (!best || lead > best.lead))
      best = { plugin: s.plugin, score: s.score, other, lead };
  }
  return best;
}

/** `node-3 was filtered out (Insufficient cpu)`, for the nodes no pod could go to. */
export function filteredOut(nodes: readonly NodeTrace[]): string | undefined {
  const out = nodes.filter((n) => !n.feasible);
  if (out.length === 0) return undefined;
  const named = out.slice(0, NAMED_FILTERED).map((n) => {
    const reasons = n.filters.flatMap((f) => f.reasons);
    return reasons.length ? `${n.node} (${reasons.join(', ')})` : n.node;
  });
  const more = out.length - named.length;
  const who = more > 0 ? `${named.join(', ')} and ${more} more` : list(named);
  return `${who} ${out.length === 1 ? 'was' : 'were'} filtered out`;
}

function list(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items.at(-1) ?? ''}`;
}
