/**
 * What a Service box says, in kubectl's words, decided here so the components only draw:
 * PORT(S) as `kubectl get services` prints it, and the endpoints the endpoints controller wrote
 * (its truth, not a selector match of our own: a pod that is not ready is not an endpoint).
 */
import type { Endpoints, Service } from '../../engine/types';

/** kubectl's PORT(S) column: `6379/TCP`, `80:30080/TCP`, comma-separated; `<none>` if none. */
export function portsText(service: Service): string {
  const ports = service.spec.ports ?? [];
  if (ports.length === 0) return '<none>';
  return ports
    .map((p) => {
      const protocol = p.protocol ?? 'TCP';
      return p.nodePort ? `${p.port}:${p.nodePort}/${protocol}` : `${p.port}/${protocol}`;
    })
    .join(',');
}

/** The NodePorts every node's proxy listens on for this service. */
export function nodePortsOf(service: Service): number[] {
  return (service.spec.ports ?? []).flatMap((p) => (p.nodePort ? [p.nodePort] : []));
}

export interface EndpointTarget {
  ip: string;
  /** The pod behind the address; absent for hand-written endpoints (e.g. the API server's). */
  pod?: string;
  node?: string;
  ready: boolean;
}

/** Every address of the Endpoints object, ready ones first in the controller's order. */
export function endpointTargets(endpoints: Endpoints | undefined): EndpointTarget[] {
  const targets: EndpointTarget[] = [];
  const add = (ready: boolean) => (a: NonNullable<Endpoints['subsets']>[number]['addresses']) => {
    for (const address of a ?? []) {
      const target: EndpointTarget = { ip: address.ip, ready };
      if (address.targetRef?.kind === 'Pod') target.pod = address.targetRef.name;
      if (address.nodeName) target.node = address.nodeName;
      targets.push(target);
    }
  };
  for (const subset of endpoints?.subsets ?? []) add(true)(subset.addresses);
  for (const subset of endpoints?.subsets ?? []) add(false)(subset.notReadyAddresses);
  // one pod listed once, even when the service has several ports (one subset per port set)
  const seen = new Set<string>();
  return targets.filter((t) => {
    const key = `${t.ready}/${t.ip}/${t.pod ?? ''}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * The box's `data-status`: how many ready endpoints the service has, or `NoEndpoints` (kubectl
 * describe prints `Endpoints: <none>` then; requests are refused).
 */
export function serviceStatus(targets: readonly EndpointTarget[]): string {
  const ready = targets.filter((t) => t.ready).length;
  return ready > 0 ? String(ready) : 'NoEndpoints';
}

export function endpointsText(targets: readonly EndpointTarget[]): string {
  const ready = targets.filter((t) => t.ready).length;
  const notReady = targets.length - ready;
  const main = ready === 0 ? 'no endpoints' : ready === 1 ? '1 endpoint' : `${ready} endpoints`;
  return notReady > 0 ? `${main} (${notReady} not ready)` : main;
}
