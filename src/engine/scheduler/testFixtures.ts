/** Small builders so scheduler tests read as the situation they describe. */
import { Rand } from '../rand';
import type { Container, Node, Pod, PodSpec, ReplicationController, Service } from '../types';
import type { NodeInfo, SchedulingContext } from './types';

export function node(
  name: string,
  opts: {
    cpu?: string;
    memory?: string;
    pods?: string;
    labels?: Record<string, string>;
    ready?: 'True' | 'False' | 'Unknown';
    unschedulable?: boolean;
    taints?: Node['spec']['taints'];
  } = {},
): Node {
  const capacity = { cpu: opts.cpu ?? '2', memory: opts.memory ?? '4Gi', pods: opts.pods ?? '110' };
  return {
    apiVersion: 'v1',
    kind: 'Node',
    metadata: { name, labels: { 'kubernetes.io/hostname': name, ...opts.labels } },
    spec: {
      ...(opts.unschedulable ? { unschedulable: true } : {}),
      ...(opts.taints ? { taints: opts.taints } : {}),
    },
    status: {
      capacity,
      allocatable: capacity,
      conditions: [{ type: 'Ready', status: opts.ready ?? 'True' }],
    },
  };
}

export function pod(
  name: string,
  spec: Partial<PodSpec> = {},
  labels: Record<string, string> = {},
  requests?: Record<string, string>,
): Pod {
  const container: Container = {
    name: 'c',
    image: 'nginx',
    ...(requests ? { resources: { requests } } : {}),
  };
  return {
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: { name, namespace: 'default', labels },
    spec: { containers: [container], ...spec },
  };
}

export const info = (n: Node, pods: Pod[] = []): NodeInfo => ({ node: n, pods });

export function ctx(
  era: 'modern' | '2015' = 'modern',
  seed = 1,
  extra: Partial<SchedulingContext> = {},
): SchedulingContext {
  return { era, rand: new Rand(seed), services: [], controllers: [], ...extra };
}

export function rc(name: string, selector: Record<string, string>): ReplicationController {
  return {
    apiVersion: 'v1',
    kind: 'ReplicationController',
    metadata: { name, namespace: 'default' },
    spec: { replicas: 3, selector },
  };
}

export function service(name: string, selector: Record<string, string>): Service {
  return {
    apiVersion: 'v1',
    kind: 'Service',
    metadata: { name, namespace: 'default' },
    spec: { selector, ports: [{ port: 80 }] },
  };
}
