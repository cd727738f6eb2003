/**
 * LeastAllocated (NodeResourcesFit's default scoring; 2015: LeastRequestedPriority): prefer
 * the node with the most room left after this pod lands, per resource
 * `(allocatable − requested) × max / allocatable`, integer arithmetic, averaged over CPU and
 * memory. "Requested" counts the pod being placed and substitutes 100m / 200Mi for containers
 * that request nothing — otherwise empty pods would all pile onto one node.
 */
import type { Era } from '../contract';
import { MAX_NODE_SCORE, MAX_PRIORITY } from './normalize';
import { nodeAllocatable, podRequests, requestedOn, type Resources } from './resources';
import type { NodeInfo, ScorePlugin } from './types';

function leastRequestedScore(requested: number, capacity: number, max: number): number {
  if (capacity === 0 || requested > capacity) return 0;
  return Math.trunc(((capacity - requested) * max) / capacity);
}

/** Requests on the node including the incoming pod, with the scoring defaults. */
export function requestedWithPod(pod: Resources, info: NodeInfo): Resources {
  const on = requestedOn(info.pods, true);
  return { milliCPU: on.milliCPU + pod.milliCPU, memory: on.memory + pod.memory };
}

function leastAllocated(name: string, era: Era, max: number): ScorePlugin {
  return {
    name,
    weight: 1,
    score(pod, feasible) {
      const want = podRequests(pod, true);
      return feasible.map((info) => {
        const alloc = nodeAllocatable(info.node, era);
        const req = requestedWithPod(want, info);
        const cpu = leastRequestedScore(req.milliCPU, alloc.milliCPU, max);
        const mem = leastRequestedScore(req.memory, alloc.memory, max);
        return Math.trunc((cpu + mem) / 2);
      });
    },
  };
}

export const LEAST_ALLOCATED = 'NodeResourcesFit';
export const LEAST_REQUESTED_PRIORITY = 'LeastRequestedPriority';

export const leastAllocatedScore = leastAllocated(LEAST_ALLOCATED, 'modern', MAX_NODE_SCORE);
export const leastRequestedPriority = leastAllocated(
  LEAST_REQUESTED_PRIORITY,
  '2015',
  MAX_PRIORITY,
);
