/**
 * The scheduler's decision for one pod: filter every node, score the feasible ones, pick the
 * best — data in, decision out. The loop that watches unbound pods, calls this and binds
 * lives elsewhere; it must add each chosen pod to its node's `pods` before the next call, as
 * the real scheduler's cache "assumes" a pod onto its node, or consecutive replicas would not
 * see each other and would not spread.
 *
 * @example
 * const d = schedule(pod, [{ node: node1, pods: [] }, { node: node2, pods: [] }], {
 *   era: 'modern', rand: new Rand(1), services: [], controllers: [],
 * });
 * d.chosen;      // 'node-2'
 * d.explanation; // 'node-1, node-2 scored the same (400); the scheduler picked node-2 at random.'
 */
import type { Era } from '../contract';
import type { Pod } from '../types';
import { balancedAllocationScore, balancedResourceAllocation } from './balancedAllocation';
import { explainChoice, explainFailure } from './explain';
import {
  legacyFitErrorMessage,
  modernFitErrorMessage,
  PREEMPTION_NOT_HELPFUL,
  type NodeFailure,
} from './fitError';
import { leastAllocatedScore, leastRequestedPriority } from './leastAllocated';
import { nodeAffinity, nodeAffinityScore } from './nodeAffinity';
import { nodeName } from './nodeName';
import { nodePorts } from './nodePorts';
import { nodeReady } from './nodeReady';
import { nodeResourcesFit } from './nodeResourcesFit';
import { nodeUnschedulable } from './nodeUnschedulable';
import { podTopologySpreadScore } from './podTopologySpread';
import { selectorSpreadPriority } from './selectorSpread';
import { taintToleration, taintTolerationScore } from './taintToleration';
import type {
  FilterPlugin,
  NodeInfo,
  NodeTrace,
  SchedulingContext,
  SchedulingDecision,
  ScorePlugin,
} from './types';
import { volumeRestrictions } from './volumeRestrictions';

/** The default profile's filters in the framework's order (the not-Ready taints ride on TaintToleration). */
export const MODERN_FILTERS: readonly FilterPlugin[] = [
  nodeUnschedulable,
  nodeName,
  taintToleration,
  nodeAffinity,
  nodePorts,
  nodeResourcesFit,
  volumeRestrictions,
];

/**
 * Kubernetes 1.0: the node lister dropped nodes that were not Ready or were unschedulable;
 * then the DefaultProvider predicates ran (in Go map order — here, fixed in the order the
 * provider lists them, so a seed replays).
 */
export const LEGACY_FILTERS: readonly FilterPlugin[] = [
  nodeReady,
  nodeUnschedulable,
  nodePorts,
  nodeResourcesFit,
  volumeRestrictions,
  nodeAffinity,
  nodeName,
];

export const MODERN_SCORES: readonly ScorePlugin[] = [
  taintTolerationScore,
  nodeAffinityScore,
  leastAllocatedScore,
  podTopologySpreadScore,
  balancedAllocationScore,
];

export const LEGACY_SCORES: readonly ScorePlugin[] = [
  leastRequestedPriority,
  balancedResourceAllocation,
  selectorSpreadPriority,
];

const filtersFor = (era: Era) => (era === 'modern' ? MODERN_FILTERS : LEGACY_FILTERS);
const pluginName = (p: FilterPlugin, era: Era) =>
  era === 'modern' ? p.name : (p.legacyName ?? p.name);

/** Run the filters in order, stopping at the first that fails, as the framework does. */
function runFilters(pod: Pod, info: NodeInfo, era: Era) {
  const verdicts: NodeTrace['filters'] = [];
  for (const plugin of filtersFor(era)) {
    const reasons = plugin.filter(pod, info, era);
    verdicts.push({ plugin: pluginName(plugin, era), fit: reasons.length === 0, reasons });
    if (reasons.length > 0) return { verdicts, failure: { info, plugin, reasons } };
  }
  return { verdicts, failure: undefined };
}

/**
 * Among the tied best nodes, one at random: 2015 drew `random.Int() % len(best)`; modern
 * schedulers sample a reservoir as they walk the list. Either way the seed decides.
 */
function pickBest(best: readonly NodeTrace[], era: Era, ctx: SchedulingContext): NodeTrace {
  if (era === '2015') return ctx.rand.pick(best);
  let chosen = best[0];
  best.forEach((n, i) => {
    if (i > 0 && ctx.rand.int(i + 1) === 0) chosen = n;
  });
  if (!chosen) throw new RangeError('no feasible node to pick from');
  return chosen;
}

/**
 * kube-scheduler's `numFeasibleNodesToFind` with the default adaptive percentage: every node
 * in a cluster under 100 nodes; otherwise (50 − nodes/125)% of them, at least 5% and at least
 * 100 nodes — in a 5,000-node cluster it stops after 500 feasible ones.
 */
export function numFeasibleNodesToFind(nodes: number): number {
  if (nodes < 100) return nodes;
  const percentage = Math.max(5, 50 - Math.floor(nodes / 125));
  return Math.max(100, Math.floor((nodes * percentage) / 100));
}

/**
 * VolumeBinding's PreFilter: a claim the pod names must exist and (with immediate binding, the
 * only mode kubesim has) be bound, or no node is even looked at.
 */
function claimProblem(pod: Pod, ctx: SchedulingContext): string | undefined {
  if (ctx.era !== 'modern' || !ctx.claim) return undefined;
  const ns = pod.metadata.namespace ?? 'default';
  let unbound = false;
  for (const v of pod.spec.volumes ?? []) {
    const name = v.persistentVolumeClaim?.claimName;
    if (name === undefined) continue;
    const claim = ctx.claim(ns, name);
    if (!claim) return `persistentvolumeclaim "${name}" not found`;
    if (!claim.bound) unbound = true;
  }
  return unbound ? 'pod has unbound immediate PersistentVolumeClaims' : undefined;
}

export function schedule(
  pod: Pod,
  nodes: readonly NodeInfo[],
  ctx: SchedulingContext,
): SchedulingDecision {
  const era = ctx.era;
  const key = `${pod.metadata.namespace ?? 'default'}/${pod.metadata.name}`;
  const preFilter = nodes.length ? claimProblem(pod, ctx) : undefined;
  if (preFilter !== undefined) {
    const total = nodes.length;
    return {
      pod: key,
      nodes: [],
      evaluated: 0,
      message: `0/${total} nodes are available: ${preFilter}. preemption: 0/${total} nodes are available: ${total} ${PREEMPTION_NOT_HELPFUL}.`,
      explanation: `No node was considered: ${preFilter}.`,
    };
  }
  const traces: NodeTrace[] = [];
  const failures: NodeFailure[] = [];
  const feasible: NodeInfo[] = [];
  const wanted = era === 'modern' ? numFeasibleNodesToFind(nodes.length) : nodes.length;
  const start = nodes.length ? (ctx.startIndex ?? 0) % nodes.length : 0;
  let evaluated = 0;
  for (; evaluated < nodes.length && feasible.length < wanted; evaluated++) {
    const info = nodes[(start + evaluated) % nodes.length];
    if (!info) continue;
    const { verdicts, failure } = runFilters(pod, info, era);
    traces.push({
      node: info.node.metadata.name,
      filters: verdicts,
      feasible: !failure,
      scores: [],
      total: 0,
    });
    if (failure) failures.push(failure);
    else feasible.push(info);
  }
  const feasibleTraces = traces.filter((t) => t.feasible);

  if (feasible.length === 0) {
    const message =
      era === 'modern'
        ? modernFitErrorMessage(
            pod,
            nodes.length,
            failures,
            (info) => runFilters(pod, info, era).failure?.reasons.slice() ?? [],
          )
        : legacyFitErrorMessage(failures);
    return { pod: key, nodes: traces, evaluated, message, explanation: explainFailure(traces) };
  }

  // a lone feasible node needs no scoring in the modern framework; 2015 scored it anyway
  if (era === '2015' || feasible.length > 1)
    for (const plugin of era === 'modern' ? MODERN_SCORES : LEGACY_SCORES) {
      const scores = plugin.score(pod, feasible, nodes, ctx);
      if (!scores) continue;
      feasibleTraces.forEach((t, i) => {
        const score = scores[i] ?? 0;
        t.scores.push({ plugin: plugin.name, score, weight: plugin.weight });
        t.total += score * plugin.weight;
      });
    }

  const top = Math.max(...feasibleTraces.map((t) => t.total));
  const chosen = pickBest(
    feasibleTraces.filter((t) => t.total === top),
    era,
    ctx,
  );
  return {
    pod: key,
    nodes: traces,
    evaluated,
    chosen: chosen.node,
    explanation: explainChoice(chosen, feasibleTraces),
  };
}
