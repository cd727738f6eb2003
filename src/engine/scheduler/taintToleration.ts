/**
 * TaintToleration: a node's NoSchedule and NoExecute taints keep away every pod that does not
 * tolerate them; PreferNoSchedule taints only lower the node's score. Taints arrived in
 * Kubernetes 1.6, so 2015 clusters have neither the filter nor the score.
 */
import type { Node, Pod, Taint, Toleration } from '../types';
import { readinessTaints } from './nodeReady';
import { defaultNormalizeScore, MAX_NODE_SCORE } from './normalize';
import type { FilterPlugin, ScorePlugin } from './types';

export const TAINT_TOLERATION = 'TaintToleration';

export const untoleratedTaintReason = (t: Taint): string =>
  `node(s) had untolerated taint {${t.key}: ${t.value ?? ''}}`;

/** `Toleration.ToleratesTaint`: an empty key with `Exists` tolerates every taint. */
export function toleratesTaint(tol: Toleration, taint: Taint): boolean {
  if (tol.effect && tol.effect !== taint.effect) return false;
  if (tol.key && tol.key !== taint.key) return false;
  switch (tol.operator ?? 'Equal') {
    case 'Equal':
    case '':
      return (tol.value ?? '') === (taint.value ?? '');
    case 'Exists':
      return true;
    default:
      return false;
  }
}

export const tolerates = (pod: Pod, taint: Taint): boolean =>
  (pod.spec.tolerations ?? []).some((tol) => toleratesTaint(tol, taint));

/**
 * The taints the scheduler sees: the node's own, plus the not-ready/unreachable taint its
 * Ready condition implies when the node lifecycle controller has not written it yet.
 */
export function effectiveTaints(node: Node): Taint[] {
  const own = node.spec.taints ?? [];
  const implied = readinessTaints(node).filter(
    (t) => !own.some((o) => o.key === t.key && o.effect === t.effect),
  );
  return [...own, ...implied];
}

export const taintToleration: FilterPlugin = {
  name: TAINT_TOLERATION,
  unresolvable: true,
  filter(pod, { node }) {
    const blocking = effectiveTaints(node).find(
      (t) => (t.effect === 'NoSchedule' || t.effect === 'NoExecute') && !tolerates(pod, t),
    );
    return blocking ? [untoleratedTaintReason(blocking)] : [];
  },
};

/** Score input: how many PreferNoSchedule taints the pod does not tolerate (fewer is better). */
export const intolerablePreferNoSchedule = (pod: Pod, node: Node): number =>
  effectiveTaints(node).filter((t) => t.effect === 'PreferNoSchedule' && !tolerates(pod, t)).length;

/** Modern score: fewer untolerated PreferNoSchedule taints is better (weight 3). */
export const taintTolerationScore: ScorePlugin = {
  name: TAINT_TOLERATION,
  weight: 3,
  score(pod, feasible) {
    const raw = feasible.map(({ node }) => intolerablePreferNoSchedule(pod, node));
    return defaultNormalizeScore(raw, MAX_NODE_SCORE, true);
  },
};
