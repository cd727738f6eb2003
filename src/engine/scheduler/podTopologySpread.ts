/**
 * PodTopologySpread with the system default constraints — the modern successor of
 * SelectorSpread (removed in 1.26): spread the pods that the pod's Services and controllers
 * select across hostnames (maxSkew 3) and zones (maxSkew 5), ScheduleAnyway. A node scores by
 * how many such pods already sit in its domain, each constraint weighted by log(domains + 2);
 * the counts are then inverted so the emptiest domain scores 100.
 */
import type { Selector } from '../labels/selector';
import type { Pod } from '../types';
import { matchesRequiredAffinity } from './nodeAffinity';
import { MAX_NODE_SCORE } from './normalize';
import { defaultSelector, sameNamespace } from './spreadSelectors';
import type { NodeInfo, ScorePlugin } from './types';

export const POD_TOPOLOGY_SPREAD = 'PodTopologySpread';
export const HOSTNAME_KEY = 'kubernetes.io/hostname';
export const ZONE_KEY = 'topology.kubernetes.io/zone';

/** The system defaults a cluster gets when no constraints are configured. */
export const SYSTEM_DEFAULT_CONSTRAINTS = [
  { topologyKey: HOSTNAME_KEY, maxSkew: 3 },
  { topologyKey: ZONE_KEY, maxSkew: 5 },
] as const;

/** Counts per (node pod list, namespace, selector): lists are stable until a pod on the node changes. */
const COUNTS = new WeakMap<readonly Pod[], Map<string, number>>();

function countMatching(pods: readonly Pod[], selector: Selector, pod: Pod, key: string): number {
  const memo = COUNTS.get(pods);
  const hit = memo?.get(key);
  if (hit !== undefined) return hit;
  const count = countNow(pods, selector, pod);
  if (Object.isFrozen(pods)) {
    const map = memo ?? new Map<string, number>();
    map.set(key, count);
    COUNTS.set(pods, map);
  }
  return count;
}

function countNow(pods: readonly Pod[], selector: Selector, pod: Pod): number {
  return pods.filter(
    (p) =>
      !p.metadata.deletionTimestamp && sameNamespace(pod, p) && selector.matches(p.metadata.labels),
  ).length;
}

const labelOf = (info: NodeInfo, key: string): string | undefined =>
  info.node.metadata.labels?.[key];

export const podTopologySpreadScore: ScorePlugin = {
  name: POD_TOPOLOGY_SPREAD,
  weight: 2,
  score(pod, feasible, all, ctx) {
    const selector = defaultSelector(pod, ctx.services, ctx.controllers);
    if (!selector) return undefined;
    const countKey = `${pod.metadata.namespace ?? 'default'}|${selector.toString()}`;
    const weights = SYSTEM_DEFAULT_CONSTRAINTS.map((c) => {
      const size =
        c.topologyKey === HOSTNAME_KEY
          ? feasible.length
          : new Set(feasible.map((i) => labelOf(i, c.topologyKey) ?? '')).size;
      return Math.log(size + 2);
    });
    // per-domain counts for non-hostname keys, over every node the pod's node affinity allows
    const domainCounts = new Map<string, number>();
    for (const c of SYSTEM_DEFAULT_CONSTRAINTS) {
      if (c.topologyKey === HOSTNAME_KEY) continue;
      for (const i of feasible)
        domainCounts.set(`${c.topologyKey}=${labelOf(i, c.topologyKey) ?? ''}`, 0);
      for (const info of all) {
        if (!matchesRequiredAffinity(pod, info.node)) continue;
        const key = `${c.topologyKey}=${labelOf(info, c.topologyKey) ?? ''}`;
        const cur = domainCounts.get(key);
        if (cur !== undefined)
          domainCounts.set(key, cur + countMatching(info.pods, selector, pod, countKey));
      }
    }
    const raw = feasible.map((info) => {
      let score = 0;
      SYSTEM_DEFAULT_CONSTRAINTS.forEach((c, i) => {
        const value = labelOf(info, c.topologyKey);
        if (value === undefined) return;
        const count =
          c.topologyKey === HOSTNAME_KEY
            ? countMatching(info.pods, selector, pod, countKey)
            : (domainCounts.get(`${c.topologyKey}=${value}`) ?? 0);
        score += count * (weights[i] ?? 0) + (c.maxSkew - 1);
      });
      return Math.round(score);
    });
    const max = Math.max(0, ...raw);
    const min = Math.min(...raw);
    return raw.map((s) =>
      max === 0 ? MAX_NODE_SCORE : Math.trunc((MAX_NODE_SCORE * (max + min - s)) / max),
    );
  },
};
