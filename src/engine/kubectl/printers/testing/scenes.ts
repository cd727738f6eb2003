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

/** A pod with most of what `describe pod` shows: an owner, volumes, env, probes, a restart. */
export function describedPod(): Pod {
  const p = runningPod('frontend-7xk2p', '10.244.1.5', 600);
  p.metadata.labels = { app: 'frontend', tier: 'web' };
  p.metadata.annotations = {
    'kubernetes.io/change-cause': 'kubectl create --filename=frontend.yaml',
  };
  p.metadata.ownerReferences = [
    {
      apiVersion: 'v1',
      kind: 'ReplicationController',
      name: 'frontend',
      uid: 'uid-frontend',
      controller: true,
    },
  ];
  p.spec = {
    ...p.spec,
    priority: 0,
    serviceAccountName: 'default',
    containers: [
      container('frontend', 'gcr.io/google-samples/gb-frontend:v4', {
        ports: [{ containerPort: 80, protocol: 'TCP' }],
        env: [
          { name: 'GET_HOSTS_FROM', value: 'env' },
          {
            name: 'MY_POD_IP',
            valueFrom: { fieldRef: { apiVersion: 'v1', fieldPath: 'status.podIP' } },
          },
        ],
        resources: {
          limits: { cpu: '500m', memory: '128Mi' },
          requests: { cpu: '100m', memory: '64Mi' },
        },
        livenessProbe: {
          httpGet: { path: '/healthz', port: 80, scheme: 'HTTP' },
          timeoutSeconds: 1,
          periodSeconds: 10,
          successThreshold: 1,
          failureThreshold: 3,
        },
        volumeMounts: [
          { name: 'pod-disk', mountPath: '/data' },
          { name: 'config', mountPath: '/etc/app', readOnly: true },
        ],
      }),
      container('logger', 'busybox', {
        command: ['sh', '-c', 'tail -f /data/log'],
        volumeMounts: [{ name: 'pod-disk', mountPath: '/data' }],
      }),
    ],
    volumes: [
      { name: 'pod-disk', emptyDir: {} },
      { name: 'config', hostPath: { path: '/etc/frontend', type: 'Directory' } },
    ],
    nodeSelector: { disk: 'ssd' },
    tolerations: [
      {
        key: 'node.kubernetes.io/unreachable',
        operator: 'Exists',
        effect: 'NoExecute',
        tolerationSeconds: 300,
      },
      {
        key: 'node.kubernetes.io/not-ready',
        operator: 'Exists',
        effect: 'NoExecute',
        tolerationSeconds: 300,
      },
    ],
  };
  const status = p.status ?? {};
  status.qosClass = 'Burstable';
  status.containerStatuses = [
    runningStatus('frontend', 'gcr.io/google-samples/gb-frontend:v4', 590),
    {
      ...runningStatus('logger', 'busybox', 30),
      restartCount: 1,
      lastState: {
        terminated: {
          exitCode: 137,
          reason: 'OOMKilled',
          startedAt: ago(590),
          finishedAt: ago(31),
          containerID: 'containerd://old',
        },
      },
    },
  ];
  return p;
}

/** A pod the scheduler could not place. */
export function unschedulablePod(): Pod {
  return pod('big-job', {
    metadata: { labels: { app: 'big' }, creationTimestamp: ago(95) },
    spec: {
      containers: [
        container('big', 'busybox', {
          resources: { requests: { cpu: '4', memory: '8Gi' }, limits: { cpu: '4', memory: '8Gi' } },
        }),
      ],
    },
    status: {
      phase: 'Pending',
      conditions: [
        {
          type: 'PodScheduled',
          status: 'False',
          reason: 'Unschedulable',
          message: '0/3 nodes are available: 3 Insufficient cpu.',
        },
      ],
    },
  });
}

export function unschedulableEvents(): Event[] {
  return [
    event(
      'big-job.17b0',
      { kind: 'Pod', name: 'big-job' },
      'FailedScheduling',
      '0/3 nodes are available: 3 Insufficient cpu. preemption: 0/3 nodes are available: 3 No preemption victims found for incoming pod.',
      { first: 95, last: 35, count: 3 },
      { type: 'Warning', source: { component: 'default-scheduler' } },
    ),
  ];
}

/** The frontend RC's pods: two running, one still pending, one belonging to nobody. */
export function frontendPods(): Pod[] {
  const owned = (p: Pod): Pod => {
    p.metadata.ownerReferences = [
      {
        apiVersion: 'v1',
        kind: 'ReplicationController',
        name: 'frontend',
        uid: 'uid-frontend',
        controller: true,
      },
    ];
    p.metadata.labels = { app: 'frontend' };
    return p;
  };
  const orphan = runningPod('frontend-manual', '10.244.2.9');
  orphan.metadata.labels = { app: 'frontend' };
  return [
    owned(runningPod('frontend-7xk2p', '10.244.1.5')),
    owned(runningPod('frontend-9qwzt', '10.244.2.4')),
    owned(pod('frontend-b4m2x', { status: { phase: 'Pending' } })),
    orphan,
  ];
}

export function frontendEvents(): Event[] {
  return ['frontend-7xk2p', 'frontend-9qwzt', 'frontend-b4m2x'].map((name, i) =>
    event(
      `frontend.17a${i}`,
      { kind: 'ReplicationController', name: 'frontend' },
      'SuccessfulCreate',
      `Created pod: ${name}`,
      { first: 600 - i },
      { source: { component: 'replication-controller' } },
    ),
  );
}

/** The web Deployment's two ReplicaSets: the current one and the one it replaced. */
export function webReplicaSets(): ReplicaSet[] {
  const current = replicaSet('web-5d4f8b9c7', {
    metadata: {
      name: 'web-5d4f8b9c7',
      namespace: 'default',
      uid: 'uid-web-5d4f8b9c7',
      creationTimestamp: ago(300),
      labels: { app: 'web', 'pod-template-hash': '5d4f8b9c7' },
      ownerReferences: [
        {
          apiVersion: 'apps/v1',
          kind: 'Deployment',
          name: 'web',
          uid: 'uid-web',
          controller: true,
        },
      ],
    },
    spec: {
      replicas: 3,
      selector: { matchLabels: { app: 'web', 'pod-template-hash': '5d4f8b9c7' } },
      template: {
        metadata: { labels: { app: 'web', 'pod-template-hash': '5d4f8b9c7' } },
        spec: { containers: [container('web', 'nginx:1.27')] },
      },
    },
    status: { replicas: 3, readyReplicas: 2 },
  });
  const old = replicaSet('web-6b7c9d8f5', {
    metadata: {
      ...current.metadata,
      name: 'web-6b7c9d8f5',
      uid: 'uid-web-6b7c9d8f5',
      creationTimestamp: ago(900),
    },
    spec: {
      replicas: 0,
      selector: { matchLabels: { app: 'web', 'pod-template-hash': '6b7c9d8f5' } },
      template: {
        metadata: { labels: { app: 'web', 'pod-template-hash': '6b7c9d8f5' } },
        spec: { containers: [container('web', 'nginx:1.26')] },
      },
    },
    status: { replicas: 0 },
  });
  return [old, current];
}

export function webRsPods(): Pod[] {
  return ['web-5d4f8b9c7-2xkqp', 'web-5d4f8b9c7-9zt4m', 'web-5d4f8b9c7-mm5vd'].map((name, i) => {
    const p =
      i === 2
        ? pod(name, { status: { phase: 'Pending' } })
        : runningPod(name, `10.244.1.${20 + i}`);
    p.metadata.ownerReferences = [
      {
        apiVersion: 'apps/v1',
        kind: 'ReplicaSet',
        name: 'web-5d4f8b9c7',
        uid: 'uid-web-5d4f8b9c7',
        controller: true,
      },
    ];
    return p;
  });
}

/** Pods bound to node-1, with requests and limits for the Allocated resources table. */
export function node1Pods(): Pod[] {
  const withResources = (
    p: Pod,
    requests: Record<string, string>,
    limits: Record<string, string>,
  ): Pod => {
    const c = p.spec.containers[0];
    if (c) c.resources = { requests, limits };
    return p;
  };
  const kubeProxy = runningPod('kube-proxy-x2v4q', '10.240.0.3', 86_400 * 3);
  kubeProxy.metadata.namespace = 'kube-system';
  const finished = pod('job-once', {
    spec: { nodeName: 'node-1' },
    status: { phase: 'Succeeded' },
  });
  return [
    withResources(kubeProxy, {}, {}),
    withResources(
      runningPod('web-x7k2p', '10.244.1.5'),
      { cpu: '250m', memory: '64Mi' },
      { cpu: '500m', memory: '128Mi' },
    ),
    withResources(
      runningPod('frontend-7xk2p', '10.244.1.6', 600),
      { cpu: '100m', memory: '100M' },
      { cpu: '1', memory: '256Mi' },
    ),
    finished,
  ];
}
