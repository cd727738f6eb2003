/**
 * Which pods count as "the same kind" as the pod being placed: those selected by the Services
 * and controllers that select it. Selector-less Services select nothing; only objects in the
 * pod's namespace count, as in Kubernetes' listers.
 */
import {
  selectorFromLabelSelector,
  selectorFromSet,
  Selector,
  type Requirement,
} from '../labels/selector';
import type { AnyObject, Pod, Service } from '../types';

const sameNamespace = (pod: Pod, obj: { metadata: { namespace?: string } }): boolean =>
  (obj.metadata.namespace ?? 'default') === (pod.metadata.namespace ?? 'default');

export function servicesSelecting(pod: Pod, services: readonly Service[]): Service[] {
  return services.filter((s) => {
    const sel = s.spec.selector;
    if (!sel || Object.keys(sel).length === 0 || !sameNamespace(pod, s)) return false;
    return selectorFromSet(sel).matches(pod.metadata.labels);
  });
}

/** The selector of a ReplicationController or ReplicaSet, or none for anything else. */
export function controllerSelector(obj: AnyObject): Selector | undefined {
  if (obj.kind === 'ReplicationController') {
    const sel = obj.spec.selector;
    return sel && Object.keys(sel).length > 0 ? selectorFromSet(sel) : undefined;
  }
  if (obj.kind === 'ReplicaSet') {
    const sel = selectorFromLabelSelector(obj.spec.selector);
    return sel.isEverything || sel.isNothing ? undefined : sel;
  }
  return undefined;
}

export function controllersSelecting(
  pod: Pod,
  controllers: readonly AnyObject[],
  kinds: readonly string[],
): Selector[] {
  const out: Selector[] = [];
  for (const c of controllers) {
    if (!kinds.includes(c.kind) || !sameNamespace(pod, c)) continue;
    const sel = controllerSelector(c);
    if (sel?.matches(pod.metadata.labels)) out.push(sel);
  }
  return out;
}

/**
 * Modern `helper.DefaultSelector`: ONE selector, the union of the Services' and RCs' label
 * maps (later keys win) plus the ReplicaSets' requirements. Undefined when nothing selects
 * the pod.
 */
export function defaultSelector(
  pod: Pod,
  services: readonly Service[],
  controllers: readonly AnyObject[],
): Selector | undefined {
  const set: Record<string, string> = {};
  for (const s of servicesSelecting(pod, services)) Object.assign(set, s.spec.selector);
  const reqs: Requirement[] = [];
  for (const c of controllers) {
    if (!sameNamespace(pod, c)) continue;
    const sel = controllerSelector(c);
    if (!sel?.matches(pod.metadata.labels)) continue;
    if (c.kind === 'ReplicationController') Object.assign(set, c.spec.selector);
    else reqs.push(...sel.requirements);
  }
  const all = [...selectorFromSet(set).requirements, ...reqs];
  return all.length > 0 ? Selector.of(all) : undefined;
}

export { sameNamespace };
