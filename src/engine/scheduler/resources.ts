/**
 * Resource arithmetic shared by NodeResourcesFit and the resource scorers. Quantities become
 * integers the way the scheduler keeps them: CPU in millicores, memory in bytes.
 */
import { milliValue, parseQuantity, value } from '../api/quantity';
import type { Era } from '../contract';
import type { Container, Node, Pod, ResourceList } from '../types';

export interface Resources {
  milliCPU: number;
  memory: number;
}

/**
 * For scoring only, a container that requests nothing counts as 100m CPU and 200 MiB, so
 * that pods without requests still spread instead of piling onto one node
 * (`DefaultMilliCPURequest`, `DefaultMemoryRequest`).
 */
export const DEFAULT_MILLI_CPU_REQUEST = 100;
export const DEFAULT_MEMORY_REQUEST = 200 * 1024 * 1024;

const milli = (list: ResourceList | undefined, name: string): number | undefined => {
  const text = list?.[name];
  const q = text === undefined ? undefined : parseQuantity(text);
  return q ? milliValue(q) : undefined;
};
const whole = (list: ResourceList | undefined, name: string): number | undefined => {
  const text = list?.[name];
  const q = text === undefined ? undefined : parseQuantity(text);
  return q ? value(q) : undefined;
};

function containerRequest(c: Container, nonZero: boolean): Resources {
  const requests = c.resources?.requests;
  const cpu = milli(requests, 'cpu');
  const memory = whole(requests, 'memory');
  return {
    milliCPU: cpu ?? (nonZero ? DEFAULT_MILLI_CPU_REQUEST : 0),
    memory: memory ?? (nonZero ? DEFAULT_MEMORY_REQUEST : 0),
  };
}

/**
 * What a pod asks of a node: the sum over its containers, but at least the largest init
 * container (init containers run one at a time, before the others). `nonZero` substitutes
 * the scoring defaults for containers that request nothing.
 */
export function podRequests(pod: Pod, nonZero = false): Resources {
  // stored pods are frozen and replaced on every change, so their identity is a safe cache key
  const memo = REQUESTS.get(pod);
  const hit = memo?.[nonZero ? 1 : 0];
  if (hit) return hit;
  const sum = computeRequests(pod, nonZero);
  if (Object.isFrozen(pod)) {
    const entry = memo ?? [undefined, undefined];
    entry[nonZero ? 1 : 0] = sum;
    REQUESTS.set(pod, entry);
  }
  return sum;
}

const REQUESTS = new WeakMap<Pod, [Resources | undefined, Resources | undefined]>();
const REQUESTED_ON = new WeakMap<readonly Pod[], [Resources | undefined, Resources | undefined]>();
const ALLOCATABLE = new WeakMap<Node, Map<Era, Resources & { pods: number }>>();

function computeRequests(pod: Pod, nonZero: boolean): Resources {
  const sum: Resources = { milliCPU: 0, memory: 0 };
  for (const c of pod.spec.containers) {
    const r = containerRequest(c, nonZero);
    sum.milliCPU += r.milliCPU;
    sum.memory += r.memory;
  }
  for (const c of pod.spec.initContainers ?? []) {
    const r = containerRequest(c, nonZero);
    sum.milliCPU = Math.max(sum.milliCPU, r.milliCPU);
    sum.memory = Math.max(sum.memory, r.memory);
  }
  return sum;
}

/** The requests of every pod on a node, added up. */
export function requestedOn(pods: readonly Pod[], nonZero = false): Resources {
  // the scheduler's cache keeps a node's pod list until a pod on that node changes
  const memo = REQUESTED_ON.get(pods);
  const hit = memo?.[nonZero ? 1 : 0];
  if (hit) return hit;
  const sum: Resources = { milliCPU: 0, memory: 0 };
  for (const p of pods) {
    const r = podRequests(p, nonZero);
    sum.milliCPU += r.milliCPU;
    sum.memory += r.memory;
  }
  if (Object.isFrozen(pods)) {
    const entry = memo ?? [undefined, undefined];
    entry[nonZero ? 1 : 0] = sum;
    REQUESTED_ON.set(pods, entry);
  }
  return sum;
}

/**
 * What the scheduler may hand out on a node. Modern schedulers read `allocatable` (capacity
 * minus what the kubelet holds back); 2015 schedulers read `capacity`, as allocatable did not
 * exist yet.
 */
export function nodeAllocatable(node: Node, era: Era): Resources & { pods: number } {
  const hit = ALLOCATABLE.get(node)?.get(era);
  if (hit) return hit;
  const result = computeAllocatable(node, era);
  if (Object.isFrozen(node)) {
    const byEra = ALLOCATABLE.get(node) ?? new Map<Era, Resources & { pods: number }>();
    byEra.set(era, result);
    ALLOCATABLE.set(node, byEra);
  }
  return result;
}

function computeAllocatable(node: Node, era: Era): Resources & { pods: number } {
  const list =
    era === 'modern'
      ? (node.status?.allocatable ?? node.status?.capacity)
      : (node.status?.capacity ?? node.status?.allocatable);
  return {
    milliCPU: milli(list, 'cpu') ?? 0,
    memory: whole(list, 'memory') ?? 0,
    pods: whole(list, 'pods') ?? 0,
  };
}
