/**
 * Resource arithmetic kubectl does for `describe`: a pod's total requests and limits (containers
 * summed, an init container counted when it alone asks for more) and its QoS class. Quantities
 * are exact (nano-units) and print in Kubernetes' canonical form.
 */
import {
  canonicalQuantity,
  compareQuantity,
  parseQuantity,
  quantityFromNanos,
  type Quantity,
} from '../../../api/quantity';
import type { Pod, ResourceList } from '../../../types';

export type Quantities = Map<string, Quantity>;

const ZERO = quantityFromNanos(0n);

export function quantityOf(list: Quantities | ResourceList | undefined, name: string): Quantity {
  if (list instanceof Map) return list.get(name) ?? ZERO;
  const text = list?.[name];
  return (text !== undefined ? parseQuantity(text) : undefined) ?? ZERO;
}

/** The canonical text of a quantity (`100m`, `64Mi`, `0`). */
export const quantityText = (q: Quantity): string => canonicalQuantity(q);

function parsedList(list: ResourceList | undefined): [string, Quantity][] {
  const out: [string, Quantity][] = [];
  for (const [name, text] of Object.entries(list ?? {})) {
    const q = parseQuantity(text);
    if (q) out.push([name, q]);
  }
  return out;
}

/** `Quantity.Add`: the sum keeps the first operand's format. */
function add(into: Quantities, list: ResourceList | undefined): void {
  for (const [name, q] of parsedList(list)) {
    const had = into.get(name);
    into.set(name, had ? quantityFromNanos(had.nanos + q.nanos, had.format) : q);
  }
}

function max(into: Quantities, list: ResourceList | undefined): void {
  for (const [name, q] of parsedList(list)) {
    const had = into.get(name);
    if (!had || compareQuantity(q, had) > 0) into.set(name, q);
  }
}

/** kubectl's `PodRequestsAndLimits` for one side (`requests` or `limits`). */
export function podTotals(pod: Pod, side: 'requests' | 'limits'): Quantities {
  const total: Quantities = new Map();
  for (const c of pod.spec.containers) add(total, c.resources?.[side]);
  for (const c of pod.spec.initContainers ?? []) max(total, c.resources?.[side]);
  return total;
}

/** Totals over several pods, as `describe node` adds them up. */
export function sumTotals(totals: readonly Quantities[]): Quantities {
  const sum: Quantities = new Map();
  for (const t of totals) {
    for (const [name, q] of t) {
      const had = sum.get(name);
      sum.set(name, had ? quantityFromNanos(had.nanos + q.nanos, had.format) : q);
    }
  }
  return sum;
}

/** `qos.GetPodQOS`: the recorded class, else computed from cpu and memory requests and limits. */
export function podQOSClass(pod: Pod): string {
  if (pod.status?.qosClass) return pod.status.qosClass;
  const requests: Quantities = new Map();
  const limits: Quantities = new Map();
  let guaranteed = true;
  const supported = (name: string): boolean => name === 'cpu' || name === 'memory';
  for (const c of [...pod.spec.containers, ...(pod.spec.initContainers ?? [])]) {
    for (const [name, q] of parsedList(c.resources?.requests)) {
      if (supported(name) && q.nanos > 0n) add(requests, { [name]: canonicalQuantity(q) });
    }
    const found = new Set<string>();
    for (const [name, q] of parsedList(c.resources?.limits)) {
      if (!supported(name) || q.nanos <= 0n) continue;
      found.add(name);
      add(limits, { [name]: canonicalQuantity(q) });
    }
    if (!found.has('cpu') || !found.has('memory')) guaranteed = false;
  }
  if (requests.size === 0 && limits.size === 0) return 'BestEffort';
  if (guaranteed) {
    for (const [name, req] of requests) {
      const lim = limits.get(name);
      if (!lim || compareQuantity(lim, req) !== 0) guaranteed = false;
    }
  }
  return guaranteed && requests.size === limits.size ? 'Guaranteed' : 'Burstable';
}
