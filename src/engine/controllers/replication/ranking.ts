/**
 * Which pods die first when a controller scales down (k8s-reference §3.3). The ranking prefers
 * to delete pods whose loss hurts least: one that never reached a node, never started or never
 * became ready costs nothing to lose; a pod sharing a node with its siblings leaves the set
 * better spread when it goes; a pod that became ready recently or keeps crashing is worth less
 * than a long-serving, stable one. Modern Kubernetes compares ages on a log2 scale
 * (LogarithmicScaleDown) so pods of about the same age are picked at random (by UID) instead of
 * always the very newest — otherwise repeated scale up/down cycles would keep killing the same
 * fresh pods while old ones stay on their original, perhaps now crowded, nodes.
 */
import type { Era } from '../../contract';
import type { Pod } from '../../types';
import { parseRFC3339 } from '../../util/time';
import { isPodActive, isPodReady, podReadyCondition } from './controller';

/** Pods with a lower cost are deleted first (the PodDeletionCost feature, on since 1.22). */
export const POD_DELETION_COST = 'controller.kubernetes.io/pod-deletion-cost';

const PHASE_ORDINAL: Partial<Record<string, number>> = { Pending: 0, Unknown: 1, Running: 2 };

/** A pod with the facts the rules compare, read once rather than on every comparison. */
interface Ranked {
  pod: Pod;
  /** Active related pods on the same node: higher means more doubled up. */
  rank: number;
  node: string;
  phase: number;
  ready: boolean;
  cost: number;
  /** Wall-clock ms; undefined is Go's zero time. */
  readyAt: number | undefined;
  restarts: number;
  createdAt: number | undefined;
}

function facts(pod: Pod, rank: number): Ranked {
  return {
    pod,
    rank,
    node: pod.spec.nodeName ?? '',
    phase: PHASE_ORDINAL[pod.status?.phase ?? ''] ?? 0,
    ready: isPodReady(pod),
    cost: deletionCost(pod),
    readyAt: timeOf(podReadyCondition(pod)?.lastTransitionTime),
    restarts: maxContainerRestarts(pod),
    createdAt: timeOf(pod.metadata.creationTimestamp),
  };
}

/**
 * The `count` pods to delete, most expendable first. `related` are the pods whose placement
 * matters for spreading — the controller's own pods (for a ReplicaSet of a Deployment, the pods
 * of all its sibling ReplicaSets). `nowMs` is wall-clock ms, the scale the pods' RFC 3339
 * timestamps are written in (`SimClock.wallMs`).
 *
 * 2015 (v1.0) ranked by rules 1–3 only and left the rest to Go's unstable sort; here ties fall
 * back to the pod's name so the same cluster always loses the same pod.
 */
export function podsToDelete(
  pods: readonly Pod[],
  related: readonly Pod[],
  count: number,
  era: Era,
  nowMs: number,
): Pod[] {
  const n = Math.max(0, Math.min(count, pods.length));
  // deleting every pod needs no choice (and Kubernetes skips the sort)
  if (n === pods.length) return [...pods];
  const onNode = new Map<string, number>();
  for (const pod of related) {
    if (!isPodActive(pod)) continue;
    const node = pod.spec.nodeName ?? '';
    onNode.set(node, (onNode.get(node) ?? 0) + 1);
  }
  const ranked = pods.map((pod) => facts(pod, onNode.get(pod.spec.nodeName ?? '') ?? 0));
  const less = era === '2015' ? legacyLess : (a: Ranked, b: Ranked) => modernLess(a, b, nowMs);
  ranked.sort((a, b) => (less(a, b) ? -1 : less(b, a) ? 1 : byName(a.pod, b.pod)));
  return ranked.slice(0, n).map((r) => r.pod);
}

function byName(a: Pod, b: Pod): number {
  const x = a.metadata.name;
  const y = b.metadata.name;
  return x < y ? -1 : x > y ? 1 : 0;
}

/**
 * Rules 1–3 of v1.0's `activePods.Less`. (v1.0 tested each rule in one direction only, which
 * is not a consistent ordering; this is the ordering it meant.)
 */
function legacyLess(a: Ranked, b: Ranked): boolean {
  return firstRules(a, b) ?? false;
}

/** Unassigned < assigned; Pending < Unknown < Running; not ready < ready. */
function firstRules(a: Ranked, b: Ranked): boolean | undefined {
  if (a.node !== b.node && (a.node === '' || b.node === '')) return a.node === '';
  if (a.phase !== b.phase) return a.phase < b.phase;
  if (a.ready !== b.ready) return !a.ready;
  return undefined;
}

/** `controller.ActivePodsWithRanks.Less` with PodDeletionCost and LogarithmicScaleDown on. */
function modernLess(a: Ranked, b: Ranked, nowMs: number): boolean {
  const first = firstRules(a, b);
  if (first !== undefined) return first;
  if (a.cost !== b.cost) return a.cost < b.cost;
  if (a.rank !== b.rank) return a.rank > b.rank;
  if (a.ready && b.ready && a.readyAt !== b.readyAt)
    return newerOnLogScale(a.readyAt, b.readyAt, a.pod, b.pod, nowMs);
  if (a.restarts !== b.restarts) return a.restarts > b.restarts;
  if (a.createdAt !== b.createdAt)
    return newerOnLogScale(a.createdAt, b.createdAt, a.pod, b.pod, nowMs);
  return false;
}

/** A missing or malformed timestamp is Go's zero time. */
function timeOf(stamp: string | undefined): number | undefined {
  return stamp === undefined ? undefined : parseRFC3339(stamp);
}

/**
 * Newer first, a zero time before any; times whose ages fall in the same power-of-two bucket
 * (in nanoseconds, as Go's Duration) are tied and split by UID.
 */
function newerOnLogScale(
  a: number | undefined,
  b: number | undefined,
  podA: Pod,
  podB: Pod,
  nowMs: number,
): boolean {
  if (a === undefined || b === undefined) return a === undefined;
  const diff = logAge(a, nowMs) - logAge(b, nowMs);
  if (diff === 0) return (podA.metadata.uid ?? '') < (podB.metadata.uid ?? '');
  return diff < 0;
}

function logAge(at: number, nowMs: number): number {
  const nanos = (nowMs - at) * 1_000_000;
  return nanos > 0 ? Math.floor(Math.log2(nanos)) : -1;
}

/** Go's `strconv.ParseInt(s, 10, 32)`; an unparsable cost counts as 0. */
function deletionCost(pod: Pod): number {
  const text = pod.metadata.annotations?.[POD_DELETION_COST];
  if (text === undefined || !/^[+-]?\d+$/.test(text)) return 0;
  const value = Number(text);
  return value >= -2_147_483_648 && value <= 2_147_483_647 ? value : 0;
}

function maxContainerRestarts(pod: Pod): number {
  let max = 0;
  for (const s of pod.status?.containerStatuses ?? []) max = Math.max(max, s.restartCount);
  return max;
}
