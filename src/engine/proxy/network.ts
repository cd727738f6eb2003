/**
 * The cluster network for one HTTP request: from a container (`wget`, `curl`), from
 * `kubectl exec … wget`, or from `cluster.request`. A name goes through cluster DNS; an address
 * then goes where a packet would:
 *
 * - a node's IP → that node's kube-proxy, which forwards its nodePorts (any backend, any node);
 *   any other port on a node reaches a host-network pod there, or is refused;
 * - a ClusterIP → the proxy of the node the request enters on (`from.nodeName`), which picks a
 *   backend by its own rules — so a stale proxy can still pick a pod that just went away;
 * - a pod IP → straight to the pod over the pod network, no proxy;
 * - a ClusterIP with no rule for that port: no one answers (`Connection timed out`); an address
 *   nobody holds: `No route to host`. A powered-off entry node sends nothing: `Connection refused`.
 *
 * The result carries the address the name resolved to (`ip`, as wget prints it) and how the
 * request went: which node's proxy, which service port, which endpoint and pod.
 */
import { ApiClient } from '../api/client';
import type { ApiServer } from '../api/apiserver';
import type { Era } from '../contract';
import { parseUrl } from '../node/shell/commands/net';
import type { HttpResult } from '../node/shell/types';
import type { Node } from '../types';
import { resolveHost } from './dns';
import type { KubeProxy, RoutedEndpoint } from './kubeProxy';
import type { ServicePortName } from './serviceRules';

export interface PodNetwork {
  /** Deliver one HTTP request to podIP:port. undefined = nothing listens there (→ Connection refused). */
  deliver(req: {
    podIP: string;
    port: number;
    path: string;
    method: 'GET';
    clientIP: string;
  }): { status: number; body: string } | undefined;
  /** Which pod has this IP (running or not), for messages and results. */
  podByIP(ip: string): { namespace: string; name: string; nodeName: string } | undefined;
}

/** Where a request came from: the node it enters the network on, its source IP, its namespace (for DNS). */
export interface RequestSource {
  nodeName: string;
  clientIP: string;
  namespace: string;
}

export interface Routing {
  /** The node whose kube-proxy forwarded the request; absent when it went straight to a pod. */
  via?: string;
  service?: ServicePortName;
  /** The backend address the proxy picked (or the pod address dialled directly). */
  endpoint?: { ip: string; port: number };
  /** The pod behind the endpoint, when it is one. */
  pod?: { namespace: string; name: string; nodeName: string };
}

export type FetchResult = HttpResult & { routing: Routing };

/** `cluster.request`'s answer (DESIGN.md): who served it and through which node's proxy. */
export type RequestResult =
  { pod: string; node: string; podIP: string; via: string; status: number } | { error: string };

export interface RequestOptions {
  /** The node whose proxy the request enters through; default the first Ready node by name. */
  from?: string;
  /** The Service's namespace; default `default`. */
  namespace?: string;
}

const isReady = (node: Node): boolean =>
  node.status?.conditions?.some((c) => c.type === 'Ready' && c.status === 'True') ?? false;

/** node-2 before node-10: names compared with their digit runs as numbers. */
export function compareNodeNames(a: string, b: string): number {
  const split = (s: string): string[] => s.match(/\d+|\D+/g) ?? [];
  const x = split(a);
  const y = split(b);
  for (let i = 0; i < Math.min(x.length, y.length); i++) {
    const p = x[i] as string;
    const q = y[i] as string;
    if (p === q) continue;
    if (/^\d/.test(p) && /^\d/.test(q) && Number(p) !== Number(q)) return Number(p) - Number(q);
    return p < q ? -1 : 1;
  }
  return x.length - y.length;
}

export class ClusterNetwork {
  private readonly api: ApiServer;

  /**
   * @param proxies each node's kube-proxy by node name; read on every request, so nodes added
   *   to the map later take part.
   */
  constructor(
    private readonly proxies: ReadonlyMap<string, KubeProxy>,
    api: ApiClient | ApiServer,
    private readonly era: Era,
    private readonly pods: PodNetwork,
  ) {
    // the network reads state; it is not a component whose API calls are drawn
    this.api = api instanceof ApiClient ? api.api : api;
  }

  /** An address for `host` as a container in `fromNamespace` resolves it; undefined = NXDOMAIN. */
  resolve(host: string, fromNamespace: string): string | undefined {
    return resolveHost(host, fromNamespace, {
      api: this.api,
      era: this.era,
      nodeIP: (name) => this.proxies.get(name)?.nodeIP,
    });
  }

  /**
   * One `GET` of `url` from a container or node. `Connection refused`, `Connection timed out`,
   * `No route to host` and `bad address '<host>'` are the errors wget and curl know.
   *
   * @example network.fetch('http://web/', { nodeName: 'node-1', clientIP: '10.244.1.4', namespace: 'default' })
   */
  fetch(url: string, from: RequestSource): FetchResult {
    const entry = this.proxies.get(from.nodeName);
    if (!entry) throw new RangeError(`there is no node "${from.nodeName}"`);
    const parsed = parseUrl(url);
    if (!parsed) return { ok: false, error: `bad address '${url}'`, routing: {} };
    const ip = this.resolve(parsed.host, from.namespace);
    if (!ip) return { ok: false, error: `bad address '${parsed.host}'`, routing: {} };
    if (!entry.running) return { ok: false, error: 'Connection refused', ip, routing: {} };
    const path = parsed.path.startsWith('/') ? parsed.path : `/${parsed.path}`;
    const node = [...this.proxies.values()].find((p) => p.nodeIP === ip);
    const proxy = node ?? entry;
    const routed = proxy.route(
      { ip, port: parsed.port, protocol: 'TCP', method: 'GET', path },
      from.clientIP,
    );
    if (routed && !routed.ok)
      return { ok: false, error: routed.error, ip, routing: { via: proxy.nodeName } };
    if (routed) {
      const result = this.deliver(routed.endpoint, path, from.clientIP, ip);
      return {
        ...result,
        routing: { via: proxy.nodeName, service: routed.service, ...result.routing },
      };
    }
    if (this.pods.podByIP(ip))
      return this.deliver({ ip, port: parsed.port }, path, from.clientIP, ip);
    if (node) return { ok: false, error: 'Connection refused', ip, routing: {} };
    const error = this.isClusterIP(ip) ? 'Connection timed out' : 'No route to host';
    return { ok: false, error, ip, routing: {} };
  }

  /**
   * `cluster.request('web')`: one `GET /` to the Service's first port, entering through
   * `from`'s proxy (default: the first Ready node by name, so repeated calls share one proxy).
   */
  request(service: string, options: RequestOptions = {}): RequestResult {
    const namespace = options.namespace ?? 'default';
    const from = options.from ?? this.firstReadyNode();
    if (from === undefined) return { error: 'connection refused' };
    const entry = this.proxies.get(from);
    if (!entry) return { error: `node "${from}" not found` };
    const svc = this.api.find('Service', namespace, service);
    if (!svc) return { error: `service "${service}" not found` };
    const port = svc.spec.ports?.[0]?.port;
    if (port === undefined) return { error: 'connection refused' };
    const result = this.fetch(`http://${service}.${namespace}:${port}/`, {
      nodeName: from,
      clientIP: entry.nodeIP,
      namespace,
    });
    if (!result.ok) return { error: result.error.charAt(0).toLowerCase() + result.error.slice(1) };
    const { pod, endpoint, via } = result.routing;
    return {
      pod: pod?.name ?? '',
      node: pod?.nodeName ?? '',
      podIP: endpoint?.ip ?? result.ip ?? '',
      via: via ?? from,
      status: result.status,
    };
  }

  private deliver(
    endpoint: RoutedEndpoint,
    path: string,
    clientIP: string,
    ip: string,
  ): FetchResult {
    const known = this.pods.podByIP(endpoint.ip);
    const ref = endpoint.targetRef;
    const pod =
      known ??
      (ref
        ? { namespace: ref.namespace, name: ref.name, nodeName: endpoint.nodeName ?? '' }
        : undefined);
    const routing: Routing = {
      endpoint: { ip: endpoint.ip, port: endpoint.port },
      ...(pod ? { pod } : {}),
    };
    const response = this.pods.deliver({
      podIP: endpoint.ip,
      port: endpoint.port,
      path,
      method: 'GET',
      clientIP,
    });
    if (!response) return { ok: false, error: 'Connection refused', ip, routing };
    return { ok: true, status: response.status, body: response.body, ip, routing };
  }

  private isClusterIP(ip: string): boolean {
    return this.api.list('Service').some((s) => s.spec.clusterIP === ip);
  }

  private firstReadyNode(): string | undefined {
    return this.api
      .list('Node')
      .filter((n) => isReady(n) && this.proxies.has(n.metadata.name))
      .map((n) => n.metadata.name)
      .sort(compareNodeNames)[0];
  }
}
