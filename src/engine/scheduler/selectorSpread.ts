/**
 * SelectorSpreadPriority (2015, Kubernetes 1.0): pods of one Service or replication controller
 * should not share a node if they can help it. Count, on each node, the pods in the namespace
 * that any of those selectors matches; the node with the most scores 0, a node with none 10:
 * `10 × (maxCount − count) / maxCount`, in float32 as the Go code did.
 */
import { MAX_PRIORITY } from './normalize';
import { controllersSelecting, sameNamespace, servicesSelecting } from './spreadSelectors';
import { selectorFromSet } from '../labels/selector';
import type { ScorePlugin } from './types';

export const SELECTOR_SPREAD_PRIORITY = 'SelectorSpreadPriority';

const f32 = Math.fround;

export const selectorSpreadPriority: ScorePlugin = {
  name: SELECTOR_SPREAD_PRIORITY,
  weight: 1,
  score(pod, feasible, all, ctx) {
    const selectors = [
      ...servicesSelecting(pod, ctx.services).map((s) => selectorFromSet(s.spec.selector)),
      ...controllersSelecting(pod, ctx.controllers, ['ReplicationController']),
    ];
    const counts = new Map<string, number>();
    let maxCount = 0;
    if (selectors.length > 0)
      for (const { node, pods } of all) {
        const n = pods.filter(
          (p) => sameNamespace(pod, p) && selectors.some((s) => s.matches(p.metadata.labels)),
        ).length;
        counts.set(node.metadata.name, n);
        maxCount = Math.max(maxCount, n);
      }
    return feasible.map(({ node }) => {
      if (maxCount === 0) return MAX_PRIORITY;
      const count = counts.get(node.metadata.name) ?? 0;
      return Math.trunc(f32(MAX_PRIORITY * f32(f32(maxCount - count) / f32(maxCount))));
    });
  },
};
