/**
 * kube-proxy: one per node. It lists and watches Services and Endpoints and keeps its own rule
 * table — the iptables rules (modern) or the userspace proxier's ports (2015) — which trails the
 * API by `latencyMs`, as a real proxy's sync does: for a moment after a pod turns unready, a
 * proxy may still send it traffic. `route` is one new connection through those rules.
 *
 * A stopped proxy is a powered-off node: it forgets its rules, its round-robin positions and
 * its sticky clients, and refuses every connection until it starts again and resyncs.
 */
import type { ApiClient } from '../api/client';
import type { WatchEvent } from '../api/apiserver';
import type { SimClock } from '../clock';
import type { Era } from '../contract';
import type { MessageLog } from '../messages';
import type { Rand } from '../rand';
import type { Endpoints, Service } from '../types';
import type { LoadBalancer } from './loadBalancer';
import { RandomBalancer } from './randomBalancer';
import { RoundRobinBalancer } from './roundRobin';
import {
  type Backend,
  serviceRules,
  type ServicePortName,
  type ServicePortRule,
} from './serviceRules';

export interface KubeProxyOptions {
  /** The proxy's own client (component `proxy/<node>`), so its watches are drawn. */
  api: ApiClient;
  clock: SimClock;
  nodeName: string;
  nodeIP: string;
  /** `2015`: the userspace proxier (round-robin); `modern`: iptables (random). */
  era: Era;
  rand: Rand;
  /** How long after a watch event the proxy's rules reflect it. */
  latencyMs: number;
  messages: MessageLog;
}

export interface RouteDestination {
  ip: string;
  port: number;
  protocol?: 'TCP';
  /** Only for the message the proxy records (`GET http://10.96.0.12:80/ → …`). */
  method?: 'GET';
  path?: string;
}

export interface RoutedEndpoint {
  ip: string;
  port: number;
  targetRef?: { namespace: string; name: string };
  /** The node the Endpoints object places this address on, when it says so. */
  nodeName?: string;
}

export type RouteResult =
  | { ok: true; service: ServicePortName; endpoint: RoutedEndpoint }
  | { ok: false; error: 'Connection refused' };

const objectName = (o: { metadata: { namespace?: string; name: string } }): string =>
  `${o.metadata.namespace ?? 'default'}/${o.metadata.name}`;

export class KubeProxy {
  readonly nodeName: string;
  readonly nodeIP: string;
  private readonly options: KubeProxyOptions;
  private readonly component: string;
  private isRunning = false;
  /** Bumped on every start and stop, so syncs scheduled by an earlier run do nothing. */
  private generation = 0;
  private stopWatches: (() => void)[] = [];
  private readonly services = new Map<string, Service>();
  private readonly endpoints = new Map<string, Endpoints>();
  /** The programmed rules, by Service (`namespace/name`). */
  private readonly rules = new Map<string, ServicePortRule[]>();
  private balancer: LoadBalancer;

  constructor(options: KubeProxyOptions) {
    this.options = options;
    this.nodeName = options.nodeName;
    this.nodeIP = options.nodeIP;
    this.component = `proxy/${options.nodeName}`;
    this.balancer = this.newBalancer();
  }

  get running(): boolean {
    return this.isRunning;
  }

  /** The rules as programmed now, one per service port (for the page and for tests). */
  get table(): ServicePortRule[] {
    return [...this.rules.values()].flat();
  }

  start(): void {
    if (this.isRunning) return;
    this.isRunning = true;
    const generation = ++this.generation;
    const { api } = this.options;
    const services = api.api.list('Service');
    const endpoints = api.api.list('Endpoints');
    this.stopWatches = [
      api.watch('Service', {}, (e) => this.later(generation, () => this.onService(e))),
      api.watch('Endpoints', {}, (e) => this.later(generation, () => this.onEndpoints(e))),
    ];
    this.later(generation, () => {
      for (const ep of endpoints) this.endpoints.set(objectName(ep), ep);
      for (const svc of services) {
        this.services.set(objectName(svc), svc);
        this.sync(objectName(svc));
      }
    });
  }

  stop(): void {
    if (!this.isRunning) return;
    this.isRunning = false;
    this.generation++;
    for (const stop of this.stopWatches) stop();
    this.stopWatches = [];
    this.services.clear();
    this.endpoints.clear();
    this.rules.clear();
    this.balancer = this.newBalancer();
  }

  /**
   * One new connection to `dest` from `clientIP`. Undefined when `dest` is no service address
   * this proxy has rules for: not a ClusterIP:port, nor this node's IP:nodePort.
   */
  route(dest: RouteDestination, clientIP: string): RouteResult | undefined {
    if (!this.isRunning) return { ok: false, error: 'Connection refused' };
    const rule = this.match(dest);
    if (!rule) return undefined;
    const backend = this.balancer.next(rule.key, clientIP, rule.affinity, this.options.clock.now);
    const request = `${dest.method ?? 'GET'} http://${dest.ip}:${dest.port}${dest.path ?? '/'}`;
    const object = { kind: 'Service', namespace: rule.service.namespace, name: rule.service.name };
    if (!backend) {
      this.options.messages.record(
        this.component,
        clientIP,
        `${request} → refused: ${rule.key.replace(/:$/, '')} has no endpoints`,
        object,
      );
      return { ok: false, error: 'Connection refused' };
    }
    const ref = backend.targetRef;
    this.options.messages.record(
      this.component,
      ref ? `pod/${ref.namespace}/${ref.name}` : backend.ip,
      `${request} → ${backend.ip}:${backend.port}`,
      object,
    );
    return { ok: true, service: rule.service, endpoint: routed(backend) };
  }

  private match(dest: RouteDestination): ServicePortRule | undefined {
    const protocol = dest.protocol ?? 'TCP';
    for (const rules of this.rules.values())
      for (const rule of rules) {
        if (rule.protocol !== protocol) continue;
        if (rule.clusterIP === dest.ip && rule.port === dest.port) return rule;
        if (dest.ip === this.nodeIP && rule.nodePort === dest.port) return rule;
      }
    return undefined;
  }

  private newBalancer(): LoadBalancer {
    const { era, rand } = this.options;
    return era === '2015' ? new RoundRobinBalancer(rand) : new RandomBalancer(rand);
  }

  private later(generation: number, apply: () => void): void {
    this.options.clock.after(this.options.latencyMs, () => {
      if (generation === this.generation) apply();
    });
  }

  private onService(e: WatchEvent<Service>): void {
    const key = objectName(e.object);
    if (e.type === 'DELETED') this.services.delete(key);
    else this.services.set(key, e.object);
    this.sync(key);
  }

  private onEndpoints(e: WatchEvent<Endpoints>): void {
    const key = objectName(e.object);
    if (e.type === 'DELETED') this.endpoints.delete(key);
    else this.endpoints.set(key, e.object);
    this.sync(key);
  }

  /** Reprogram one Service's rules from what the proxy has seen of it and its Endpoints. */
  private sync(key: string): void {
    const svc = this.services.get(key);
    const next = svc ? serviceRules(svc, this.endpoints.get(key), this.options.era === '2015') : [];
    const keep = new Set(next.map((r) => r.key));
    for (const old of this.rules.get(key) ?? [])
      if (!keep.has(old.key)) this.balancer.deleteService(old.key);
    for (const rule of next) this.balancer.setEndpoints(rule.key, rule.backends);
    if (next.length > 0) this.rules.set(key, next);
    else this.rules.delete(key);
  }
}

function routed(b: Backend): RoutedEndpoint {
  return {
    ip: b.ip,
    port: b.port,
    ...(b.targetRef ? { targetRef: b.targetRef } : {}),
    ...(b.nodeName ? { nodeName: b.nodeName } : {}),
  };
}
