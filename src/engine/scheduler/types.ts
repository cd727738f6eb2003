/**
 * The scheduler's decision core speaks in these shapes: the cluster as the scheduler's cache
 * sees it (nodes with the pods bound or assumed on them) goes in; a decision with a full
 * per-node, per-plugin trace comes out, as kube-scheduler-simulator records it.
 */
import type { Era } from '../contract';
import type { Rand } from '../rand';
import type { AnyObject, Node, Pod, Service } from '../types';

/** One node and the pods bound or assumed on it that are not yet gone. */
export interface NodeInfo {
  node: Node;
  pods: readonly Pod[];
}

export interface SchedulingContext {
  era: Era;
  /** The only source of chance: tie-breaks among the best nodes. */
  rand: Rand;
  /** For selector spreading. */
  services: readonly Service[];
  /** ReplicationControllers and ReplicaSets, for selector spreading. */
  controllers: readonly AnyObject[];
  /**
   * Where the modern scheduler starts looking (it rotates, so that in a large cluster the nodes
   * it samples change from one decision to the next). Default 0.
   */
  startIndex?: number;
  /** The PersistentVolumeClaims the pod's volumes name, as the VolumeBinding plugin reads them. */
  claim?: (namespace: string, name: string) => { bound: boolean } | undefined;
}

/** One filter plugin's (2015: predicate's) verdict on one node. */
export interface FilterVerdict {
  plugin: string;
  fit: boolean;
  /** Kubernetes' own reason strings, e.g. `Insufficient cpu`; empty when the node fits. */
  reasons: string[];
}

/** One score plugin's (2015: priority's) score on one node, before its weight is applied. */
export interface ScoreEntry {
  plugin: string;
  score: number;
  weight: number;
}

export interface NodeTrace {
  node: string;
  /** The filters that ran, in order; like the real framework, they stop at the first failure. */
  filters: FilterVerdict[];
  feasible: boolean;
  /** Empty for infeasible nodes, and when only one node is feasible (the scheduler skips scoring). */
  scores: ScoreEntry[];
  /** Σ score × weight. */
  total: number;
}

export interface SchedulingDecision {
  /** `namespace/name`. */
  pod: string;
  /**
   * Every node the scheduler looked at, in the order it looked. In clusters of 100 nodes or
   * more, the modern scheduler stops filtering once it has found enough feasible nodes
   * (`percentageOfNodesToScore`), so the others do not appear.
   */
  nodes: NodeTrace[];
  /** How many nodes it looked at (the next decision starts that many further on). */
  evaluated: number;
  /** The chosen node's name, when one fits. */
  chosen?: string;
  /** When none fits: the FailedScheduling event message, exact for the era. */
  message?: string;
  /** One short sentence a student can read. */
  explanation: string;
}

/**
 * A filter plugin: the reasons a pod does not fit a node, or none. `unresolvable` is the
 * framework's UnschedulableAndUnresolvable code: evicting pods from the node cannot help, so
 * preemption does not try there.
 */
export interface FilterPlugin {
  /** The modern plugin name (`NodeResourcesFit`). */
  name: string;
  /** The 2015 predicate name (`PodFitsResources`), or absent when 2015 had no such check. */
  legacyName?: string;
  unresolvable: boolean;
  filter(pod: Pod, info: NodeInfo, era: Era): string[];
}

/**
 * A score plugin (2015: priority function): one score per feasible node, already normalised
 * to the era's range (modern 0–100, 2015 0–10). `undefined` means the plugin skips this pod
 * (nothing to spread against, say) and records no score.
 */
export interface ScorePlugin {
  name: string;
  weight: number;
  score(
    pod: Pod,
    feasible: readonly NodeInfo[],
    all: readonly NodeInfo[],
    ctx: SchedulingContext,
  ): number[] | undefined;
}
