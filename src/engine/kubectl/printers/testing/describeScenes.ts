/**
 * Test-only scenes for `describe`: objects rich enough to exercise every section, and the
 * related objects (events, pods, ReplicaSets) a describer is given.
 */
import type { Event, Node, Pod, ReplicaSet, Service } from '../../../types';
import {
  ago,
  container,
  event,
  node,
  pod,
  replicaSet,
  runningPod,
  runningStatus,
  service,
} from './fixtures';
import { storedService } from './scenes';

/** The web Service: NodePort, two ports, as the API server stores it. */
export function nodePortService(): Service {
  return storedService(
    service('web', {
      clusterIP: '10.96.45.12',
      clusterIPs: ['10.96.45.12'],
      type: 'NodePort',
      ports: [
        { port: 80, protocol: 'TCP', targetPort: 8080, nodePort: 30080 },
        { name: 'metrics', port: 9090, protocol: 'TCP', targetPort: 9090, nodePort: 31090 },
      ],
    }),
  );
}

/** A healthy worker. */
export const readyNode = (): Node => node('node-1', '10.240.0.3');

/** A node that stopped reporting, was cordoned and tainted by the node controller. */
export function silentNode(): Node {
  const n = node('node-2', '10.240.0.4', { ready: 'Unknown', unschedulable: true });
  n.spec.taints = [
    { key: 'node.kubernetes.io/unschedulable', effect: 'NoSchedule' },
    { key: 'node.kubernetes.io/unreachable', effect: 'NoExecute' },
  ];
  return n;
}

/** The ReplicaSet the web Deployment currently rolls out. */
export const currentWebReplicaSet = (): ReplicaSet => webReplicaSets()[1] as ReplicaSet;

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
