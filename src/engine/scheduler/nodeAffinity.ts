/**
 * NodeAffinity (2015: MatchNodeSelector): the pod's `nodeSelector` must be a subset of the
 * node's labels, and (modern) at least one of its required node-affinity terms must match.
 * Terms are ORed, expressions within a term ANDed; a term with nothing in it matches nothing.
 * Preferred terms do not filter; they add their weight to the node's score.
 */
import type { Node, NodeSelectorRequirement, NodeSelectorTerm, Pod } from '../types';
import { defaultNormalizeScore, MAX_NODE_SCORE } from './normalize';
import type { FilterPlugin, ScorePlugin } from './types';

export const NODE_AFFINITY = 'NodeAffinity';
export const NODE_AFFINITY_REASON = "node(s) didn't match Pod's node affinity/selector";

/** Gt and Lt compare integers; a label that is not one never matches. */
const integer = (s: string | undefined): number | undefined =>
  s !== undefined && /^[+-]?\d+$/.test(s) ? Number(s) : undefined;

function requirementMatches(
  r: NodeSelectorRequirement,
  values: Readonly<Record<string, string>>,
): boolean {
  const has = Object.prototype.hasOwnProperty.call(values, r.key);
  const v = has ? values[r.key] : undefined;
  const wanted = r.values ?? [];
  switch (r.operator) {
    case 'In':
      return has && wanted.includes(v ?? '');
    case 'NotIn':
      return !has || !wanted.includes(v ?? '');
    case 'Exists':
      return has;
    case 'DoesNotExist':
      return !has;
    case 'Gt':
    case 'Lt': {
      const label = integer(v);
      const bound = wanted.length === 1 ? integer(wanted[0]) : undefined;
      if (label === undefined || bound === undefined) return false;
      return r.operator === 'Gt' ? label > bound : label < bound;
    }
    default:
      return false;
  }
}

/** A term matches when all its label expressions and field expressions (`metadata.name`) do. */
export function termMatches(term: NodeSelectorTerm, node: Node): boolean {
  const exprs = term.matchExpressions ?? [];
  const fields = term.matchFields ?? [];
  if (exprs.length === 0 && fields.length === 0) return false;
  const labels = node.metadata.labels ?? {};
  const nodeFields = { 'metadata.name': node.metadata.name };
  return (
    exprs.every((r) => requirementMatches(r, labels)) &&
    fields.every((r) => r.key === 'metadata.name' && requirementMatches(r, nodeFields))
  );
}

/** `nodeSelector` ⊆ labels and, when there are required terms, one of them matches. */
export function matchesRequiredAffinity(pod: Pod, node: Node, modern = true): boolean {
  const labels = node.metadata.labels ?? {};
  for (const [k, v] of Object.entries(pod.spec.nodeSelector ?? {}))
    if (labels[k] !== v) return false;
  if (!modern) return true;
  const required = pod.spec.affinity?.nodeAffinity?.requiredDuringSchedulingIgnoredDuringExecution;
  if (!required) return true;
  return required.nodeSelectorTerms.some((t) => termMatches(t, node));
}

export const nodeAffinity: FilterPlugin = {
  name: NODE_AFFINITY,
  legacyName: 'MatchNodeSelector',
  unresolvable: true,
  filter(pod, { node }, era) {
    return matchesRequiredAffinity(pod, node, era === 'modern') ? [] : [NODE_AFFINITY_REASON];
  },
};

/** Score input: the summed weight of the preferred terms this node matches. */
export function preferredAffinityWeight(pod: Pod, node: Node): number {
  const preferred =
    pod.spec.affinity?.nodeAffinity?.preferredDuringSchedulingIgnoredDuringExecution ?? [];
  return preferred.reduce((sum, p) => sum + (termMatches(p.preference, node) ? p.weight : 0), 0);
}

/** Modern score: the weights of matching preferred terms, scaled to 0–100 (weight 2). */
export const nodeAffinityScore: ScorePlugin = {
  name: NODE_AFFINITY,
  weight: 2,
  score(pod, feasible) {
    const raw = feasible.map(({ node }) => preferredAffinityWeight(pod, node));
    return defaultNormalizeScore(raw, MAX_NODE_SCORE, false);
  },
};
