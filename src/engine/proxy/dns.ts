/**
 * Cluster DNS as a container's resolver sees it. Both eras serve Services as A records under
 * the cluster domain and search the pod's own namespace first, so `web` means `web` in my
 * namespace and `web.other` means `web` in `other`:
 *
 * - modern (CoreDNS, `cluster.local`): `<svc>.<ns>.svc.cluster.local` → ClusterIP; a headless
 *   Service answers with its ready pod IPs (the first one is what wget dials); an ExternalName
 *   Service is a CNAME; `<a-b-c-d>.<ns>.pod.cluster.local` → a.b.c.d. The kubelet's resolv.conf:
 *   `search <ns>.svc.cluster.local svc.cluster.local cluster.local`, `options ndots:5`.
 * - 2015 (SkyDNS + kube2sky, `kubernetes.local`): `<svc>.<ns>.kubernetes.local`; resolv.conf
 *   `search <ns>.kubernetes.local kubernetes.local`, the resolver's default ndots:1.
 *
 * Names outside the cluster domain go upstream, where the simulated world knows only the nodes'
 * host names. DNS is read straight from the API (CoreDNS is not drawn as a component).
 */
import type { ApiServer } from '../api/apiserver';
import type { Era } from '../contract';
import { isProxied } from './serviceRules';

export interface ClusterDNS {
  domain: string;
  ndots: number;
  search(namespace: string): string[];
}

export const CLUSTER_DNS: Record<Era, ClusterDNS> = {
  modern: {
    domain: 'cluster.local',
    ndots: 5,
    search: (ns) => [`${ns}.svc.cluster.local`, 'svc.cluster.local', 'cluster.local'],
  },
  '2015': {
    domain: 'kubernetes.local',
    ndots: 1,
    search: (ns) => [`${ns}.kubernetes.local`, 'kubernetes.local'],
  },
};

/** How deep a chain of ExternalName CNAMEs may go before the resolver gives up. */
const MAX_CNAME_HOPS = 8;

export function isIPv4(text: string): boolean {
  const parts = text.split('.');
  return parts.length === 4 && parts.every((p) => /^\d{1,3}$/.test(p) && Number(p) <= 255);
}

/**
 * The names a stub resolver tries, in order: a name ending in `.` is absolute; a name with
 * fewer than ndots dots walks the search list first and is tried as-is last; others the reverse.
 */
export function candidateNames(host: string, search: readonly string[], ndots: number): string[] {
  if (host.endsWith('.')) return [host.slice(0, -1)];
  const dots = host.split('.').length - 1;
  const searched = search.map((s) => `${host}.${s}`);
  return dots < ndots ? [...searched, host] : [host, ...searched];
}

export interface DnsSources {
  api: ApiServer;
  era: Era;
  /** The upstream world: a node's host name → its IP. */
  nodeIP(name: string): string | undefined;
}

/** Resolve `host` as a container in `namespace` would; undefined is NXDOMAIN ("bad address"). */
export function resolveHost(
  host: string,
  namespace: string,
  sources: DnsSources,
): string | undefined {
  const name = host.toLowerCase();
  if (isIPv4(name)) return name;
  const dns = CLUSTER_DNS[sources.era];
  for (const fqdn of candidateNames(name, dns.search(namespace), dns.ndots)) {
    const ip = answer(fqdn, sources, 0);
    if (ip) return ip;
  }
  return undefined;
}

/** The A record (following CNAMEs) for one fully qualified name, without searching. */
function answer(fqdn: string, sources: DnsSources, hops: number): string | undefined {
  if (hops > MAX_CNAME_HOPS) return undefined;
  const { domain } = CLUSTER_DNS[sources.era];
  if (!fqdn.endsWith(`.${domain}`)) return sources.nodeIP(fqdn);
  const labels = fqdn.slice(0, -domain.length - 1).split('.');
  if (sources.era === '2015')
    return labels.length === 2 ? serviceAnswer(labels, sources, hops) : undefined;
  if (labels.length === 3 && labels[2] === 'svc') return serviceAnswer(labels, sources, hops);
  if (labels.length === 3 && labels[2] === 'pod') {
    const ip = (labels[0] ?? '').replace(/-/g, '.');
    return isIPv4(ip) ? ip : undefined;
  }
  return undefined;
}

function serviceAnswer(labels: string[], sources: DnsSources, hops: number): string | undefined {
  const [name = '', namespace = ''] = labels;
  const svc = sources.api.find('Service', namespace, name);
  if (!svc) return undefined;
  if (svc.spec.type === 'ExternalName') {
    const target = svc.spec.externalName?.toLowerCase().replace(/\.$/, '');
    if (!target) return undefined;
    return isIPv4(target) ? target : answer(target, sources, hops + 1);
  }
  if (isProxied(svc)) return svc.spec.clusterIP;
  // headless: the ready addresses of its Endpoints, whatever their ports
  const endpoints = sources.api.find('Endpoints', namespace, name);
  for (const subset of endpoints?.subsets ?? [])
    for (const address of subset.addresses ?? []) if (address.ip) return address.ip;
  return undefined;
}
