/** `kubectl get svc`: TYPE/CLUSTER-IP/EXTERNAL-IP/PORT(S) now; NAME LABELS SELECTOR IP(S) PORT(S) in 2015. */
import type { Service, ServicePort } from '../../../types';
import { ageSince } from '../format/duration';
import { formatLabels } from '../format/labels';
import type { Table } from './table';
import { legacyName } from './legacyTable';

/** kubectl clips load-balancer addresses to 16 characters unless `-o wide`. */
const LOAD_BALANCER_WIDTH = 16;

function loadBalancerAddresses(svc: Service, wide: boolean): string {
  const set = new Set<string>();
  for (const ing of svc.status?.loadBalancer?.ingress ?? []) {
    if (ing.ip) set.add(ing.ip);
    else if (ing.hostname) set.add(ing.hostname);
  }
  const text = [...set].sort().join(',');
  return !wide && text.length > LOAD_BALANCER_WIDTH
    ? `${text.slice(0, LOAD_BALANCER_WIDTH - 3)}...`
    : text;
}

/** `getServiceExternalIP`: `<none>`, the external IPs, the LB ingress, or `<pending>`. */
export function serviceExternalIP(svc: Service, wide: boolean): string {
  const externalIPs = svc.spec.externalIPs ?? [];
  switch (svc.spec.type ?? 'ClusterIP') {
    case 'ClusterIP':
    case 'NodePort':
      return externalIPs.length > 0 ? externalIPs.join(',') : '<none>';
    case 'LoadBalancer': {
      const lb = loadBalancerAddresses(svc, wide);
      if (externalIPs.length > 0) return [...(lb ? lb.split(',') : []), ...externalIPs].join(',');
      return lb || '<pending>';
    }
    case 'ExternalName':
      return svc.spec.externalName ?? '';
    default:
      return '<unknown>';
  }
}

const protocolOf = (p: ServicePort): string => p.protocol ?? 'TCP';

/** `80/TCP`, or `80:30080/TCP` with a node port. */
export function portString(ports: readonly ServicePort[] | undefined): string {
  return (ports ?? [])
    .map((p) =>
      p.nodePort ? `${p.port}:${p.nodePort}/${protocolOf(p)}` : `${p.port}/${protocolOf(p)}`,
    )
    .join(',');
}

export function serviceTable(services: readonly Service[], nowMs: number, wide: boolean): Table {
  return {
    columns: [
      { name: 'Name', isName: true },
      { name: 'Type' },
      { name: 'Cluster-IP' },
      { name: 'External-IP' },
      { name: 'Port(s)' },
      { name: 'Age' },
      { name: 'Selector', priority: 1 },
    ],
    rows: services.map((svc) => ({
      object: svc,
      cells: [
        svc.metadata.name,
        svc.spec.type ?? 'ClusterIP',
        svc.spec.clusterIPs?.[0] ?? (svc.spec.clusterIP || '<none>'),
        serviceExternalIP(svc, wide),
        portString(svc.spec.ports) || '<none>',
        ageSince(svc.metadata.creationTimestamp, nowMs),
        formatLabels(svc.spec.selector),
      ],
    })),
  };
}

export const LEGACY_SERVICE_COLUMNS = ['NAME', 'LABELS', 'SELECTOR', 'IP(S)', 'PORT(S)'];

/**
 * kubectl v0.x `printService`: the portal IP and first port on the object's row; public
 * (external) IPs, load-balancer IPs and further ports on the rows below.
 */
export function legacyServiceRows(svc: Service, withNamespace: boolean | undefined): string[][] {
  const ips = [svc.spec.clusterIP ?? '', ...(svc.spec.externalIPs ?? [])];
  for (const ing of svc.status?.loadBalancer?.ingress ?? []) if (ing.ip) ips.push(ing.ip);
  const ports = svc.spec.ports ?? [];
  const port = (i: number): string => {
    const p = ports[i];
    return p ? `${p.port}/${protocolOf(p)}` : '';
  };
  const rows = [
    [
      legacyName(svc, withNamespace),
      formatLabels(svc.metadata.labels),
      formatLabels(svc.spec.selector),
      ips[0] ?? '',
      port(0),
    ],
  ];
  for (let i = 1; i < Math.max(ports.length, ips.length); i++)
    rows.push(['', '', '', ips[i] ?? '', port(i)]);
  return rows;
}
