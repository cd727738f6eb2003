/**
 * The scheduler tab's table, from the engine's decision trace (kube-scheduler-simulator's
 * view): one row per node the scheduler looked at; a column per filter plugin with its verdict
 * and Kubernetes' reason, a column per score plugin with its score and weight, and the total.
 * Filters stop at a node's first failure, as the framework's do, so later ones did not run.
 */
import type { SchedulingDecision } from '../engine/scheduler/types';

export type FilterCell =
  | { verdict: 'fit' }
  | { verdict: 'unfit'; reasons: string[] }
  /** An earlier filter rejected the node: this one did not run. */
  | { verdict: 'skipped' };

export interface ScoreCell {
  score: number;
  weight: number;
}

export interface TraceRow {
  node: string;
  chosen: boolean;
  feasible: boolean;
  filters: FilterCell[];
  /** Aligned with `scorePlugins`; undefined where the plugin gave this node no score. */
  scores: (ScoreCell | undefined)[];
  /** Σ score × weight; undefined for infeasible nodes (they are never scored). */
  total: number | undefined;
}

export interface TraceTable {
  filterPlugins: string[];
  /** Each score plugin with its weight (the same for every node). */
  scorePlugins: { plugin: string; weight: number }[];
  rows: TraceRow[];
  chosen?: string;
  /** The FailedScheduling message when no node fits. */
  message?: string;
  explanation: string;
  /** Feasible nodes that were not scored: only one fit, so the scheduler skipped scoring. */
  scoringSkipped: boolean;
}

/** The table for a decision, plugins in the order the scheduler ran them. */
export function traceTable(decision: SchedulingDecision): TraceTable {
  const filterPlugins: string[] = [];
  const scorePlugins: { plugin: string; weight: number }[] = [];
  for (const node of decision.nodes) {
    for (const f of node.filters)
      if (!filterPlugins.includes(f.plugin)) filterPlugins.push(f.plugin);
    for (const s of node.scores)
      if (!scorePlugins.some((p) => p.plugin === s.plugin))
        scorePlugins.push({ plugin: s.plugin, weight: s.weight });
  }
  const rows = decision.nodes.map((node): TraceRow => {
    const filters = filterPlugins.map((plugin): FilterCell => {
      const verdict = node.filters.find((f) => f.plugin === plugin);
      if (!verdict) return { verdict: 'skipped' };
      return verdict.fit ? { verdict: 'fit' } : { verdict: 'unfit', reasons: verdict.reasons };
    });
    const scores = scorePlugins.map(({ plugin }) => {
      const s = node.scores.find((x) => x.plugin === plugin);
      return s ? { score: s.score, weight: s.weight } : undefined;
    });
    return {
      node: node.node,
      chosen: node.node === decision.chosen,
      feasible: node.feasible,
      filters,
      scores,
      total: node.feasible && node.scores.length > 0 ? node.total : undefined,
    };
  });
  return {
    filterPlugins,
    scorePlugins,
    rows,
    ...(decision.chosen !== undefined ? { chosen: decision.chosen } : {}),
    ...(decision.message !== undefined ? { message: decision.message } : {}),
    explanation: decision.explanation,
    scoringSkipped: rows.some((r) => r.feasible) && scorePlugins.length === 0,
  };
}
