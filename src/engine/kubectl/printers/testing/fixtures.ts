/**
 * Test-only factories: small, valid-looking objects in the internal (v1-shaped) model, with
 * times given as "seconds before NOW" so expected ages are easy to read.
 */
import type {
  Container,
  ContainerStatus,
  Deployment,
  Endpoints,
  Event,
  Namespace,
  Node,
  Pod,
  ReplicaSet,
  ReplicationController,
  Service,
} from '../../../types';
import { msFromCivil, rfc3339 } from '../../../util/time';

/** The simulated wall clock every test prints at: Mon, 05 Jan 2026 10:00:00 +0000. */
export const NOW = msFromCivil(2026, 1, 5, 10, 0, 0);

/** An RFC 3339 timestamp `seconds` before NOW. */
export const ago = (seconds: number): string => rfc3339(NOW - seconds * 1000);

type DeepPartial<T> = { [K in keyof T]?: T[K] extends object ? DeepPartial<T[K]> | T[K] : T[K] };

export function container(name: string, image: string, extra: Partial<Container> = {}): Container {
  return { name, image, ...extra };
}

export function runningStatus(
  name: string,
  image: string,
  startedSecondsAgo: number,
  extra: Partial<ContainerStatus> = {},
): ContainerStatus {
  return {
    name,
    image,
    imageID: `${image.includes('/') ? '' : 'docker.io/library/'}${image.split(':')[0] ?? image}@sha256:0f1e2d`,
    containerID: `containerd://${name}0123456789`,
    state: { running: { startedAt: ago(startedSecondsAgo) } },
    lastState: {},
    ready: true,
    restartCount: 0,
    started: true,
    ...extra,
  };
}

export function pod(
  name: string,
  extra: {
    spec?: Partial<Pod['spec']>;
    status?: Pod['status'];
    metadata?: Partial<Pod['metadata']>;
  } = {},
): Pod {
  return {
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: {
      name,
      namespace: 'default',
      uid: `uid-${name}`,
      creationTimestamp: ago(300),
      labels: { app: 'web' },
      ...extra.metadata,
    },
    spec: { containers: [container('web', 'nginx')], ...extra.spec },
    ...(extra.status ? { status: extra.status } : {}),
  };
}

/** A pod scheduled on node-1, running its one container, Ready. */
export function runningPod(name: string, ip: string, createdSecondsAgo = 300): Pod {
  return pod(name, {
    metadata: { creationTimestamp: ago(createdSecondsAgo) },
    spec: { nodeName: 'node-1' },
    status: {
      phase: 'Running',
      hostIP: '10.240.0.3',
      podIP: ip,
      podIPs: [{ ip }],
      startTime: ago(createdSecondsAgo),
      conditions: [
        { type: 'Initialized', status: 'True' },
        { type: 'Ready', status: 'True' },
        { type: 'ContainersReady', status: 'True' },
        { type: 'PodScheduled', status: 'True' },
      ],
      containerStatuses: [runningStatus('web', 'nginx', createdSecondsAgo - 5)],
    },
  });
}

export function replicationController(
  name: string,
  extra: DeepPartial<ReplicationController> = {},
): ReplicationController {
  return {
    apiVersion: 'v1',
    kind: 'ReplicationController',
    metadata: {
      name,
      namespace: 'default',
      uid: `uid-${name}`,
      creationTimestamp: ago(600),
      labels: { app: name },
    },
    spec: {
      replicas: 3,
      selector: { app: name },
      template: {
        metadata: { labels: { app: name } },
        spec: { containers: [container(name, 'nginx')] },
      },
    },
    status: { replicas: 3, readyReplicas: 3 },
    ...(extra as object),
  } as ReplicationController;
}

export function replicaSet(name: string, extra: Partial<ReplicaSet> = {}): ReplicaSet {
  return {
    apiVersion: 'apps/v1',
    kind: 'ReplicaSet',
    metadata: {
      name,
      namespace: 'default',
      uid: `uid-${name}`,
      creationTimestamp: ago(600),
      labels: { app: 'web' },
    },
    spec: {
      replicas: 2,
      selector: { matchLabels: { app: 'web' } },
      template: {
        metadata: { labels: { app: 'web' } },
        spec: { containers: [container('web', 'nginx:1.27')] },
      },
    },
    status: { replicas: 2, readyReplicas: 1 },
    ...extra,
  };
}

export function deployment(name: string, extra: Partial<Deployment> = {}): Deployment {
  return {
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    metadata: {
      name,
      namespace: 'default',
      uid: `uid-${name}`,
      creationTimestamp: ago(900),
      labels: { app: name },
    },
    spec: {
      replicas: 3,
      selector: { matchLabels: { app: name } },
      template: {
        metadata: { labels: { app: name } },
        spec: { containers: [container(name, 'nginx:1.27')] },
      },
      strategy: {
        type: 'RollingUpdate',
        rollingUpdate: { maxUnavailable: '25%', maxSurge: '25%' },
      },
    },
    status: {
      replicas: 3,
      updatedReplicas: 3,
      readyReplicas: 2,
      availableReplicas: 2,
      unavailableReplicas: 1,
    },
    ...extra,
  };
}

export function service(
  name: string,
  spec: Partial<Service['spec']> = {},
  extra: Partial<Service> = {},
): Service {
  return {
    apiVersion: 'v1',
    kind: 'Service',
    metadata: {
      name,
      namespace: 'default',
      uid: `uid-${name}`,
      creationTimestamp: ago(1200),
      labels: { app: name },
    },
    spec: {
      type: 'ClusterIP',
      selector: { app: name },
      sessionAffinity: 'None',
      ports: [{ port: 80, protocol: 'TCP', targetPort: 80 }],
      ...spec,
    },
    ...extra,
  };
}

export function endpoints(
  name: string,
  ips: string[],
  port = 80,
  notReady: string[] = [],
): Endpoints {
  return {
    apiVersion: 'v1',
    kind: 'Endpoints',
    metadata: { name, namespace: 'default', creationTimestamp: ago(1200) },
    subsets:
      ips.length + notReady.length === 0
        ? []
        : [
            {
              ...(ips.length ? { addresses: ips.map((ip) => ({ ip })) } : {}),
              ...(notReady.length ? { notReadyAddresses: notReady.map((ip) => ({ ip })) } : {}),
              ports: [{ port, protocol: 'TCP' }],
            },
          ],
  };
}

export function node(
  name: string,
  ip: string,
  extra: {
    ready?: 'True' | 'False' | 'Unknown' | 'absent';
    unschedulable?: boolean;
    labels?: Record<string, string>;
  } = {},
): Node {
  const ready = extra.ready ?? 'True';
  return {
    apiVersion: 'v1',
    kind: 'Node',
    metadata: {
      name,
      uid: `uid-${name}`,
      creationTimestamp: ago(86_400 * 3),
      labels: { 'kubernetes.io/hostname': name, ...extra.labels },
    },
    spec: { podCIDR: '10.244.1.0/24', ...(extra.unschedulable ? { unschedulable: true } : {}) },
    status: {
      capacity: { cpu: '2', memory: '4Gi', pods: '110' },
      allocatable: { cpu: '2', memory: '4Gi', pods: '110' },
      conditions:
        ready === 'absent'
          ? []
          : [
              {
                type: 'Ready',
                status: ready,
                lastHeartbeatTime: ago(10),
                lastTransitionTime: ago(86_400 * 3),
                reason: ready === 'True' ? 'KubeletReady' : 'NodeStatusUnknown',
                message:
                  ready === 'True'
                    ? 'kubelet is posting ready status'
                    : 'Kubelet stopped posting node status.',
              },
            ],
      addresses: [
        { type: 'InternalIP', address: ip },
        { type: 'Hostname', address: name },
      ],
      nodeInfo: {
        machineID: `${name}-machine`,
        systemUUID: `${name}-uuid`,
        bootID: `${name}-boot`,
        kernelVersion: '6.8.0-1015-gcp',
        osImage: 'Ubuntu 24.04.1 LTS',
        containerRuntimeVersion: 'containerd://1.7.22',
        kubeletVersion: 'v1.31.0',
        kubeProxyVersion: '',
        operatingSystem: 'linux',
        architecture: 'amd64',
      },
    },
  };
}

export function namespace(
  name: string,
  phase: 'Active' | 'Terminating' = 'Active',
  ageSeconds = 86_400 * 3,
): Namespace {
  return {
    apiVersion: 'v1',
    kind: 'Namespace',
    metadata: {
      name,
      creationTimestamp: ago(ageSeconds),
      labels: { 'kubernetes.io/metadata.name': name },
    },
    status: { phase },
  };
}

export function event(
  name: string,
  involved: { kind: string; name: string; fieldPath?: string },
  reason: string,
  message: string,
  times: { first: number; last?: number; count?: number },
  extra: Partial<Event> = {},
): Event {
  return {
    apiVersion: 'v1',
    kind: 'Event',
    metadata: { name, namespace: 'default' },
    involvedObject: { namespace: 'default', ...involved },
    reason,
    message,
    source: { component: 'kubelet', host: 'node-1' },
    firstTimestamp: ago(times.first),
    lastTimestamp: ago(times.last ?? times.first),
    count: times.count ?? 1,
    type: 'Normal',
    ...extra,
  };
}
