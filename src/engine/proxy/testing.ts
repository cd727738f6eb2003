/**
 * Test helpers for the proxy folder: a real cluster to watch, selector-less Services with
 * hand-written Endpoints (so a test decides readiness, as users do for external backends),
 * proxies built over the cluster's API, and a pod network of fake listeners.
 */
import { SimCluster } from '../cluster';
import type { Era } from '../contract';
import { buildNode } from '../node/registration';
import { Rand } from '../rand';
import type { EndpointAddress, Endpoints, Service, ServiceSpec } from '../types';
import { KubeProxy } from './kubeProxy';
import { ClusterNetwork, type PodNetwork } from './network';

export const SYNC_MS = 1000;

export interface FakePod {
  namespace?: string;
  name: string;
  ip: string;
  nodeName: string;
  /** Ports something listens on; a pod with none is running nothing that answers. */
  listens: number[];
}

/** Pods that answer `GET` on their listening ports with `<name>:<port> <path> from <client>`. */
export function fakePodNetwork(pods: FakePod[]): PodNetwork & { pods: FakePod[] } {
  return {
    pods,
    deliver(req) {
      const pod = pods.find((p) => p.ip === req.podIP);
      if (!pod || !pod.listens.includes(req.port)) return undefined;
      return { status: 200, body: `${pod.name}:${req.port} ${req.path} from ${req.clientIP}` };
    },
    podByIP(ip) {
      const pod = pods.find((p) => p.ip === ip);
      return (
        pod && { namespace: pod.namespace ?? 'default', name: pod.name, nodeName: pod.nodeName }
      );
    },
  };
}

export function createService(
  cluster: SimCluster,
  name: string,
  spec: ServiceSpec & { sessionAffinityConfig?: { clientIP: { timeoutSeconds: number } } },
  namespace = 'default',
): Service {
  return cluster.api.create({
    apiVersion: 'v1',
    kind: 'Service',
    metadata: { name, namespace },
    spec: spec as ServiceSpec,
  });
}

/** A pod address for Endpoints: `10.244.1.5` → targetRef to pod `name`. */
export const podAddress = (ip: string, name: string, namespace = 'default'): EndpointAddress => ({
  ip,
  targetRef: { kind: 'Pod', namespace, name },
});

/** Create or replace the Endpoints object of `name`. */
export function setEndpoints(
  cluster: SimCluster,
  name: string,
  subsets: Endpoints['subsets'],
  namespace = 'default',
): Endpoints {
  const current = cluster.api.find('Endpoints', namespace, name);
  const body: Endpoints = {
    apiVersion: 'v1',
    kind: 'Endpoints',
    metadata: current ? { ...current.metadata } : { name, namespace },
    subsets: subsets ?? [],
  };
  return current ? cluster.api.update(body) : cluster.api.create(body);
}

export interface ProxyWorld {
  cluster: SimCluster;
  proxies: Map<string, KubeProxy>;
  network: ClusterNetwork;
  pods: FakePod[];
  /** Let every proxy catch up with what the API holds. */
  sync(): void;
}

/**
 * A cluster of `nodes` with a started proxy on each node and a network over fake pods. The
 * nodes are registered without kubelets: the proxy needs only their Node objects.
 */
export function proxyWorld(era: Era, pods: FakePod[] = [], nodes = 2, seed = 1): ProxyWorld {
  const cluster = new SimCluster({ era, nodes: 0, seed });
  for (let n = 1; n <= nodes; n++)
    cluster.api.create(buildNode(n, {}, cluster.profile, cluster.rand, cluster.clock.timestamp()));
  const proxies = new Map<string, KubeProxy>();
  for (const node of cluster.api.list('Node')) {
    const name = node.metadata.name;
    const proxy = new KubeProxy({
      api: cluster.api.client(`proxy/${name}`),
      clock: cluster.clock,
      nodeName: name,
      nodeIP: node.status?.addresses?.find((a) => a.type === 'InternalIP')?.address ?? '',
      era,
      rand: new Rand(seed),
      latencyMs: SYNC_MS,
      messages: cluster.messages,
    });
    proxy.start();
    proxies.set(name, proxy);
  }
  const network = new ClusterNetwork(proxies, cluster.api, era, fakePodNetwork(pods));
  return { cluster, proxies, network, pods, sync: () => cluster.advance(SYNC_MS) };
}
