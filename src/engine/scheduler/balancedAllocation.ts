/**
 * BalancedAllocation: prefer the node whose CPU and memory would be used in equal proportion,
 * so neither is stranded. Modern (NodeResourcesBalancedAllocation) counts real requests and
 * scores `(1 − |cpu% − mem%| / 2) × 100`; 2015 (BalancedResourceAllocation) counted the
 * scoring defaults, scored `10 − |cpu% − mem%| × 10`, and gave 0 to a node the pod would fill.
 */
import { MAX_NODE_SCORE, MAX_PRIORITY } from './normalize';
import { nodeAllocatable, podRequests, requestedOn } from './resources';
import { requestedWithPod } from './leastAllocated';
import type { ScorePlugin } from './types';

export const BALANCED_ALLOCATION = 'NodeResourcesBalancedAllocation';
export const BALANCED_RESOURCE_ALLOCATION = 'BalancedResourceAllocation';

const fraction = (requested: number, capacity: number): number =>
  capacity === 0 ? 1 : requested / capacity;

export const balancedAllocationScore: ScorePlugin = {
  name: BALANCED_ALLOCATION,
  weight: 1,
  score(pod, feasible) {
    const want = podRequests(pod);
    return feasible.map((info) => {
      const alloc = nodeAllocatable(info.node, 'modern');
      const on = requestedOn(info.pods);
      const cpu = on.milliCPU + want.milliCPU;
      const mem = on.memory + want.memory;
      // a resource the node does not offer is left out; with fewer than two, nothing to balance
      const fractions: number[] = [];
      if (alloc.milliCPU > 0) fractions.push(Math.min(1, cpu / alloc.milliCPU));
      if (alloc.memory > 0) fractions.push(Math.min(1, mem / alloc.memory));
      const [a, b] = fractions;
      const std = a !== undefined && b !== undefined ? Math.abs((a - b) / 2) : 0;
      return Math.trunc((1 - std) * MAX_NODE_SCORE);
    });
  },
};

export const balancedResourceAllocation: ScorePlugin = {
  name: BALANCED_RESOURCE_ALLOCATION,
  weight: 1,
  score(pod, feasible) {
    const want = podRequests(pod, true);
    return feasible.map((info) => {
      const alloc = nodeAllocatable(info.node, '2015');
      const req = requestedWithPod(want, info);
      const cpu = fraction(req.milliCPU, alloc.milliCPU);
      const mem = fraction(req.memory, alloc.memory);
      if (cpu >= 1 || mem >= 1) return 0;
      return Math.trunc(MAX_PRIORITY - Math.abs(cpu - mem) * MAX_PRIORITY);
    });
  },
};
