/**
 * The endpoints controller: for every Service with a selector, one Endpoints object of the same
 * name listing the pods behind it — ready pods' IP and target port in `addresses`, pods that are
 * not ready in `notReadyAddresses` — so proxies send traffic only where it can be served. A named
 * targetPort is looked up in each pod's own container ports. Selector-less Services are left to
 * whoever manages their Endpoints by hand.
 */
import type { ApiClient } from '../api/client';
import { isStatusError } from '../api/status';
import type { SimClock } from '../clock';
import { selectorFromSet } from '../labels/selector';
import type {
  EndpointAddress,
  EndpointPort,
  Endpoints,
  EndpointSubset,
  Pod,
  Service,
} from '../types';
import { stableJson } from '../util/json';
import { WorkQueue } from './workqueue';

const isReady = (pod: Pod): boolean =>
  pod.status?.conditions?.some((c) => c.type === 'Ready' && c.status === 'True') ?? false;

/** The service ports this pod can serve, with the target port resolved for this pod. */
export function podPorts(svc: Service, pod: Pod): EndpointPort[] {
  const ports: EndpointPort[] = [];
  for (const sp of svc.spec.ports ?? []) {
    const target = sp.targetPort ?? sp.port;
    let port: number | undefined;
    if (typeof target === 'number') port = target;
    else if (/^\d+$/.test(target)) port = Number(target);
    else
      for (const c of pod.spec.containers)
        for (const cp of c.ports ?? [])
          if (cp.name === target && (cp.protocol ?? 'TCP') === (sp.protocol ?? 'TCP'))
            port ??= cp.containerPort;
    if (port !== undefined)
      ports.push({ ...(sp.name ? { name: sp.name } : {}), port, protocol: sp.protocol ?? 'TCP' });
  }
  return ports;
}

/** The subsets for a Service given the pods of its namespace, grouped by identical port lists. */
export function endpointSubsets(svc: Service, pods: readonly Pod[]): EndpointSubset[] {
  const selector = selectorFromSet(svc.spec.selector);
  const groups = new Map<
    string,
    { ports: EndpointPort[]; ready: EndpointAddress[]; notReady: EndpointAddress[] }
  >();
  for (const pod of pods) {
    if (
      !selector.matches(pod.metadata.labels) ||
      !pod.status?.podIP ||
      pod.metadata.deletionTimestamp
    )
      continue;
    const ports = podPorts(svc, pod);
    if (ports.length === 0 && (svc.spec.ports ?? []).length > 0) continue;
    const key = stableJson(ports);
    const group = groups.get(key) ?? { ports, ready: [], notReady: [] };
    groups.set(key, group);
    const address: EndpointAddress = {
      ip: pod.status.podIP,
      ...(pod.spec.nodeName ? { nodeName: pod.spec.nodeName } : {}),
      targetRef: {
        kind: 'Pod',
        namespace: pod.metadata.namespace ?? 'default',
        name: pod.metadata.name,
        ...(pod.metadata.uid ? { uid: pod.metadata.uid } : {}),
      },
    };
    (isReady(pod) || svc.spec.publishNotReadyAddresses ? group.ready : group.notReady).push(
      address,
    );
  }
  const byIp = (a: EndpointAddress, b: EndpointAddress): number => compareIps(a.ip, b.ip);
  return [...groups.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([, g]) => ({
      ...(g.ready.length ? { addresses: g.ready.sort(byIp) } : {}),
      ...(g.notReady.length ? { notReadyAddresses: g.notReady.sort(byIp) } : {}),
      ports: g.ports,
    }));
}

function compareIps(a: string, b: string): number {
  const pa = a.split('.').map(Number);
  const pb = b.split('.').map(Number);
  for (let i = 0; i < 4; i++) if ((pa[i] ?? 0) !== (pb[i] ?? 0)) return (pa[i] ?? 0) - (pb[i] ?? 0);
  return 0;
}

export function startEndpointsController(
  api: ApiClient,
  clock: SimClock,
  latencyMs: number,
): () => void {
  const queue = new WorkQueue(clock, latencyMs, (key) => sync(key));

  function sync(key: string): void {
    const [namespace, name] = key.split('/') as [string, string];
    const svc = api.api.find('Service', namespace, name);
    const current = api.api.find('Endpoints', namespace, name);
    try {
      if (!svc) {
        // the Service is gone: so are the Endpoints this controller kept for it
        if (current) api.delete('Endpoints', namespace, name);
        return;
      }
      if (!svc.spec.selector || Object.keys(svc.spec.selector).length === 0) return;
      const subsets = endpointSubsets(svc, api.api.list('Pod', { namespace }));
      const desired: Endpoints = {
        apiVersion: 'v1',
        kind: 'Endpoints',
        metadata: {
          name,
          namespace,
          ...(svc.metadata.labels ? { labels: { ...svc.metadata.labels } } : {}),
        },
        ...(subsets.length ? { subsets } : {}),
      };
      if (!current) api.create(desired);
      else if (
        stableJson(current.subsets ?? []) !== stableJson(subsets) ||
        stableJson(current.metadata.labels ?? {}) !== stableJson(desired.metadata.labels ?? {})
      )
        api.update({ ...desired, metadata: { ...current.metadata, ...desired.metadata } });
    } catch (e) {
      if (!isStatusError(e)) throw e;
      queue.addAfter(key, 1000); // a conflict or an API outage: try again
    }
  }

  const servicesFor = (pod: Pod, old?: Pod): void => {
    const ns = pod.metadata.namespace ?? 'default';
    for (const svc of api.api.list('Service', { namespace: ns })) {
      if (!svc.spec.selector || Object.keys(svc.spec.selector).length === 0) continue;
      const sel = selectorFromSet(svc.spec.selector);
      if (sel.matches(pod.metadata.labels) || (old && sel.matches(old.metadata.labels)))
        queue.add(`${ns}/${svc.metadata.name}`);
    }
  };
  const stops = [
    api.watch('Service', {}, (e) =>
      queue.add(`${e.object.metadata.namespace ?? 'default'}/${e.object.metadata.name}`),
    ),
    api.watch('Pod', {}, (e) => servicesFor(e.object, e.oldObject)),
  ];
  for (const svc of api.api.list('Service'))
    queue.add(`${svc.metadata.namespace ?? 'default'}/${svc.metadata.name}`);
  return () => {
    stops.forEach((s) => s());
    queue.shutDown();
  };
}
