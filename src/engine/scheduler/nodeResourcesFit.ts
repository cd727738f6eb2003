/**
 * NodeResourcesFit (2015: PodFitsResources): the pod's requests must fit in what is left of
 * the node after the requests of the pods already there, and the node must have room for one
 * more pod. A pod that requests nothing always fits resource-wise, however full the node —
 * only the pod count can stop it. One node may fail for several reasons at once.
 */
import { nodeAllocatable, podRequests, requestedOn } from './resources';
import type { FilterPlugin } from './types';

export const NODE_RESOURCES_FIT = 'NodeResourcesFit';
export const TOO_MANY_PODS = 'Too many pods';
export const INSUFFICIENT_CPU = 'Insufficient cpu';
export const INSUFFICIENT_MEMORY = 'Insufficient memory';

export const nodeResourcesFit: FilterPlugin = {
  name: NODE_RESOURCES_FIT,
  legacyName: 'PodFitsResources',
  unresolvable: false,
  filter(pod, { node, pods }, era) {
    const allocatable = nodeAllocatable(node, era);
    const reasons: string[] = [];
    if (pods.length + 1 > allocatable.pods) reasons.push(TOO_MANY_PODS);
    const want = podRequests(pod);
    if (want.milliCPU === 0 && want.memory === 0) return reasons;
    const used = requestedOn(pods);
    if (want.milliCPU > 0 && want.milliCPU > allocatable.milliCPU - used.milliCPU)
      reasons.push(INSUFFICIENT_CPU);
    if (want.memory > 0 && want.memory > allocatable.memory - used.memory)
      reasons.push(INSUFFICIENT_MEMORY);
    return reasons;
  },
};
