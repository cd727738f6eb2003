/**
 * Test-only scenes: small clusters' worth of objects whose printed forms the golden tests
 * spell out. Each scene varies name lengths and states so column widths are exercised.
 */
import type { Event, Pod, ReplicaSet, Service } from '../../../types';
import {
  ago,
  container,
  deployment,
  endpoints,
  event,
  namespace,
  node,
  pod,
  replicaSet,
  replicationController,
  runningPod,
  runningStatus,
  service,
} from './fixtures';

/** A running pod, a crash-looping pod in another namespace, and a pending pod. */
export function mixedPods(): Pod[] {
  const crashing = runningPod('api-7c9d8-qwzt5', '10.244.2.17', 3 * 3600);
  crashing.metadata.namespace = 'shop';
  crashing.spec.nodeName = 'node-2';
  const status = crashing.status ?? {};
  status.hostIP = '10.240.0.4';
  status.conditions = [
    { type: 'Initialized', status: 'True' },
    { type: 'Ready', status: 'False' },
    { type: 'ContainersReady', status: 'False' },
    { type: 'PodScheduled', status: 'True' },
  ];
  status.containerStatuses = [
    {
      ...runningStatus('web', 'nginx', 100),
      ready: false,
      state: { waiting: { reason: 'CrashLoopBackOff' } },
      restartCount: 4,
      lastState: {
        terminated: { exitCode: 1, reason: 'Error', startedAt: ago(50), finishedAt: ago(45) },
      },
    },
  ];
  const pending = pod('web-pending', {
    metadata: { labels: { app: 'web', tier: 'frontend' } },
    status: { phase: 'Pending' },
  });
  return [runningPod('web-x7k2p', '10.244.1.5'), crashing, pending];
}

export function controllers() {
  const rcs = [
    replicationController('frontend'),
    replicationController('redis-slave', {
      spec: {
        replicas: 2,
        selector: { name: 'redis-slave' },
        template: {
          metadata: { labels: { name: 'redis-slave' } },
          spec: {
            containers: [
              container('slave', 'brendanburns/redis-slave'),
              container('logger', 'busybox'),
            ],
          },
        },
      },
      status: { replicas: 1, readyReplicas: 0 },
    }),
  ];
  const sets: ReplicaSet[] = [
    replicaSet('web-5d4f8b9c7'),
    replicaSet('web-6b7c9d8f5', {
      spec: {
        replicas: 0,
        selector: {
          matchLabels: { app: 'web' },
          matchExpressions: [{ key: 'tier', operator: 'In', values: ['fe', 'be'] }],
        },
      },
      status: { replicas: 0 },
    }),
  ];
  const deployments = [
    deployment('web'),
    deployment('checkout-api', { status: { replicas: 1, updatedReplicas: 1 } }),
  ];
  return { rcs, sets, deployments };
}

export function services() {
  return [
    service('kubernetes', {
      clusterIP: '10.96.0.1',
      clusterIPs: ['10.96.0.1'],
      ports: [{ name: 'https', port: 443, protocol: 'TCP', targetPort: 6443 }],
    }),
    service('web', {
      clusterIP: '10.96.45.12',
      clusterIPs: ['10.96.45.12'],
      type: 'NodePort',
      ports: [
        { port: 80, protocol: 'TCP', targetPort: 8080, nodePort: 30080 },
        { name: 'metrics', port: 9090, protocol: 'TCP', targetPort: 9090, nodePort: 31090 },
      ],
    }),
    service('db', {
      clusterIP: 'None',
      clusterIPs: ['None'],
      ports: [{ port: 5432, protocol: 'TCP', targetPort: 5432 }],
    }),
    service('shop-lb', {
      clusterIP: '10.96.7.200',
      clusterIPs: ['10.96.7.200'],
      type: 'LoadBalancer',
      ports: [{ port: 443, protocol: 'TCP', targetPort: 8443, nodePort: 32443 }],
    }),
    service('external', {
      clusterIP: '10.96.3.3',
      clusterIPs: ['10.96.3.3'],
      externalIPs: ['203.0.113.7', '203.0.113.8'],
      ports: [{ port: 53, protocol: 'UDP', targetPort: 53 }],
      selector: {},
    }),
  ];
}

export function endpointsList() {
  return [
    endpoints('kubernetes', ['10.240.0.2'], 6443),
    endpoints('web', ['10.244.1.5', '10.244.1.6', '10.244.2.3', '10.244.2.9', '10.244.3.4'], 8080),
    endpoints('db', [], 5432),
  ];
}

export function nodes() {
  return [
    node('control-plane', '10.240.0.2', {
      labels: { 'node-role.kubernetes.io/control-plane': '' },
    }),
    node('node-1', '10.240.0.3'),
    node('node-2', '10.240.0.4', { ready: 'Unknown', unschedulable: true }),
  ];
}

export function namespaces() {
  return [
    namespace('default'),
    namespace('kube-system'),
    namespace('old-shop', 'Terminating', 600),
  ];
}

/** A pod's start-up events, then a container that keeps crashing. */
export function podEvents(name = 'web-x7k2p', containerName = 'web', image = 'nginx'): Event[] {
  const inContainer = { kind: 'Pod', name, fieldPath: `spec.containers{${containerName}}` };
  return [
    event(
      `${name}.17a2a`,
      { kind: 'Pod', name },
      'Scheduled',
      `Successfully assigned default/${name} to node-1`,
      { first: 300 },
      { source: { component: 'default-scheduler' } },
    ),
    event(
      `${name}.17a2b`,
      inContainer,
      'Pulled',
      `Container image "${image}" already present on machine`,
      { first: 298 },
    ),
    event(`${name}.17a2c`, inContainer, 'Created', `Created container ${containerName}`, {
      first: 297,
    }),
    event(
      `${name}.17a2d`,
      inContainer,
      'BackOff',
      `Back-off restarting failed container ${containerName} in pod ${name}_default(uid-${name})`,
      { first: 200, last: 20, count: 7 },
      { type: 'Warning' },
    ),
  ];
}

/** A Service as a modern API server stores it: dual-stack fields defaulted. */
export function storedService(svc: Service): Service {
  Object.assign(svc.spec, {
    ipFamilyPolicy: 'SingleStack',
    ipFamilies: ['IPv4'],
    internalTrafficPolicy: 'Cluster',
  });
  if (svc.spec.type === 'NodePort' || svc.spec.type === 'LoadBalancer')
    Object.assign(svc.spec, { externalTrafficPolicy: 'Cluster' });
  return svc;
}

export function clusterEvents(): Event[] {
  return [
    event(
      'node-2.181f',
      { kind: 'Node', name: 'node-2' },
      'NodeNotReady',
      'Node node-2 status is now: NodeNotReady',
      { first: 120 },
      { source: { component: 'node-controller' } },
    ),
    ...podEvents(),
    event(
      'frontend.17a1',
      { kind: 'ReplicationController', name: 'frontend' },
      'SuccessfulCreate',
      'Created pod: frontend-7xk2p',
      { first: 310 },
      { source: { component: 'replication-controller' } },
    ),
  ];
}

/** A todo pod as the 2015 seed shows it: scheduled on a minion named by its IP. */
function todoPod(
  name: string,
  podIP: string,
  hostIP: string,
  createdSecondsAgo: number,
  startedSecondsAgo?: number,
): Pod {
  return pod(name, {
    metadata: { labels: { 'run-container': 'todo' }, creationTimestamp: ago(createdSecondsAgo) },
    spec: { containers: [container('todo', 'dockerinpractice/todo')], nodeName: hostIP },
    status: {
      phase: startedSecondsAgo === undefined ? 'Pending' : 'Running',
      ...(startedSecondsAgo === undefined ? {} : { hostIP, podIP }),
      ...(startedSecondsAgo === undefined
        ? {}
        : {
            containerStatuses: [runningStatus('todo', 'dockerinpractice/todo', startedSecondsAgo)],
          }),
    },
  });
}

/** seeds/001: `kubectl run-container todo`, then the pod running, then `resize --replicas=3`. */
export const seedTodo = {
  pending: (): Pod[] => [todoPod('todo-hmj8e', '', '10.245.1.3', 75)],
  running: (): Pod[] => [todoPod('todo-hmj8e', '10.246.1.3', '10.245.1.3', 4 * 60 + 10, 70)],
  resized: (): Pod[] => [
    todoPod('todo-2ip3n', '10.246.2.2', '10.245.1.4', 10 * 60 + 5, 8 * 60 + 20),
    todoPod('todo-4os5b', '10.246.1.3', '10.245.1.3', 2 * 60 + 30, 48),
    todoPod('todo-cuggp', '10.246.2.3', '10.245.1.4', 2 * 60 + 40, 2 * 60 + 5),
  ],
};

/** Pods in the states the 2015 table words differently: restarted, finished, waiting. */
export function legacyPods(): Pod[] {
  const restarted = runningPod('frontend-5m1zc', '10.244.3.4', 40 * 60);
  const cs = restarted.status?.containerStatuses?.[0];
  if (cs) {
    cs.ready = false;
    cs.restartCount = 2;
    cs.lastState = {
      terminated: { exitCode: 1, reason: 'Error', startedAt: ago(200), finishedAt: ago(150) },
    };
    cs.state = { running: { startedAt: ago(140) } };
  }
  const done = pod('job-once', {
    metadata: { namespace: 'batch', labels: { job: 'once' } },
    spec: {
      nodeName: 'node-2',
      containers: [container('main', 'busybox'), container('helper', 'busybox')],
    },
    status: {
      phase: 'Succeeded',
      hostIP: '10.240.0.4',
      podIP: '10.244.2.8',
      containerStatuses: [
        {
          ...runningStatus('main', 'busybox', 0),
          state: { terminated: { exitCode: 0, reason: 'Completed', startedAt: ago(3 * 3600) } },
          ready: false,
        },
        {
          ...runningStatus('helper', 'busybox', 0),
          state: { waiting: { reason: 'PodInitializing' } },
          ready: false,
        },
      ],
    },
  });
  return [restarted, done, ...mixedPods().slice(2)];
}
