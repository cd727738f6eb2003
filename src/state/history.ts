/**
 * Desired, current and ready replicas of each controller over simulated time, for the
 * timeline's chart. Built on the page from the changes the host sends: a point whenever a
 * controller's figures change.
 */
import type { AnyObject } from '../engine/types';
import type { WireChange } from '../worker/protocol';
import { objectId } from './mirror';

export interface ReplicaPoint {
  /** Simulated ms. */
  time: number;
  desired: number;
  current: number;
  ready: number;
}

export interface ControllerHistory {
  kind: 'ReplicationController' | 'ReplicaSet' | 'Deployment';
  id: string;
  points: readonly ReplicaPoint[];
  /** Set when the controller was deleted (simulated ms). */
  deletedAt?: number;
}

export type ReplicaHistory = Readonly<Record<string, ControllerHistory>>;

/** Points kept per controller; older ones fall off the chart. */
export const MAX_POINTS = 600;

const CONTROLLER_KINDS = new Set(['ReplicationController', 'ReplicaSet', 'Deployment']);

interface ReplicaFigures {
  spec?: { replicas?: number };
  status?: { replicas?: number; readyReplicas?: number };
}

export function replicaFigures(object: AnyObject): Omit<ReplicaPoint, 'time'> {
  const { spec, status } = object as unknown as ReplicaFigures;
  return {
    desired: spec?.replicas ?? 1,
    current: status?.replicas ?? 0,
    ready: status?.readyReplicas ?? 0,
  };
}

/** The history after one batch; the same object when no controller changed. */
export function historyAfterChanges(
  history: ReplicaHistory,
  batch: readonly WireChange[],
): ReplicaHistory {
  let next: Record<string, ControllerHistory> | undefined;
  for (const change of batch) {
    if (!CONTROLLER_KINDS.has(change.kind)) continue;
    const key = `${change.kind}/${objectId(change.object)}`;
    const before = (next ?? history)[key];
    if (change.type === 'DELETED') {
      if (!before || before.deletedAt !== undefined) continue;
      next ??= { ...history };
      next[key] = { ...before, deletedAt: change.time };
      continue;
    }
    const point = { time: change.time, ...replicaFigures(change.object) };
    const last = before?.deletedAt === undefined ? before?.points.at(-1) : undefined;
    if (
      last &&
      last.desired === point.desired &&
      last.current === point.current &&
      last.ready === point.ready
    )
      continue;
    next ??= { ...history };
    next[key] = {
      kind: change.kind as ControllerHistory['kind'],
      id: objectId(change.object),
      points: [...(before?.deletedAt === undefined ? (before?.points ?? []) : []), point].slice(
        -MAX_POINTS,
      ),
    };
  }
  return next ?? history;
}
