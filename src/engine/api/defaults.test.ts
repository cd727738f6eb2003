import { describe, expect, it } from 'vitest';
import type {
  Container,
  Deployment,
  Endpoints,
  Namespace,
  Node,
  Pod,
  ReplicaSet,
  ReplicationController,
  Service,
} from '../types';
import { addDefaultTolerations, defaultImagePullPolicy, setDefaults } from './defaults';

const modern = { era: 'modern' } as const;
const legacy = { era: '2015' } as const;

const pod = (containers: Container[], extra: Partial<Pod['spec']> = {}): Pod => ({
  apiVersion: 'v1',
  kind: 'Pod',
  metadata: { name: 'web' },
  spec: { containers, ...extra },
});

const DEFAULT_TOLERATIONS = [
  {
    key: 'node.kubernetes.io/not-ready',
    operator: 'Exists',
    effect: 'NoExecute',
    tolerationSeconds: 300,
  },
  {
    key: 'node.kubernetes.io/unreachable',
    operator: 'Exists',
    effect: 'NoExecute',
    tolerationSeconds: 300,
  },
];

describe('pod defaults', () => {
  it('fills in the pod spec and container defaults of a modern cluster', () => {
    const p = pod([{ name: 'web', image: 'nginx', ports: [{ containerPort: 80 }] }]);
    setDefaults(p, modern);
    expect(p.spec).toEqual({
      containers: [
        {
          name: 'web',
          image: 'nginx',
          ports: [{ containerPort: 80, protocol: 'TCP' }],
          imagePullPolicy: 'Always',
          terminationMessagePath: '/dev/termination-log',
          terminationMessagePolicy: 'File',
        },
      ],
      dnsPolicy: 'ClusterFirst',
      restartPolicy: 'Always',
      terminationGracePeriodSeconds: 30,
      schedulerName: 'default-scheduler',
      enableServiceLinks: true,
      serviceAccountName: 'default',
      tolerations: DEFAULT_TOLERATIONS,
    });
  });

  it('leaves out the service account, service links and tolerations in 2015', () => {
    const p = pod([{ name: 'web', image: 'nginx' }]);
    setDefaults(p, legacy);
    expect(p.spec.serviceAccountName).toBeUndefined();
    expect(p.spec.enableServiceLinks).toBeUndefined();
    expect(p.spec.tolerations).toBeUndefined();
    expect(p.spec.restartPolicy).toBe('Always');
  });

  it('keeps values that are already set', () => {
    const p = pod(
      [{ name: 'web', image: 'nginx', imagePullPolicy: 'Never', terminationMessagePath: '/tmp/x' }],
      {
        restartPolicy: 'Never',
        dnsPolicy: 'Default',
        terminationGracePeriodSeconds: 0,
        schedulerName: 'mine',
        serviceAccountName: 'robot',
        enableServiceLinks: false,
      },
    );
    setDefaults(p, modern);
    expect(p.spec).toMatchObject({
      restartPolicy: 'Never',
      dnsPolicy: 'Default',
      terminationGracePeriodSeconds: 0,
      schedulerName: 'mine',
      serviceAccountName: 'robot',
      enableServiceLinks: false,
    });
    expect(p.spec.containers[0]).toMatchObject({
      imagePullPolicy: 'Never',
      terminationMessagePath: '/tmp/x',
    });
  });

  it('defaults requests to limits, canonically, on pods', () => {
    const p = pod([
      { name: 'a', image: 'x:1', resources: { limits: { cpu: '0.5', memory: '1024Mi' } } },
      { name: 'b', image: 'x:1', resources: { limits: { cpu: '1' }, requests: { cpu: '100m' } } },
    ]);
    setDefaults(p, modern);
    expect(p.spec.containers[0]?.resources).toEqual({
      limits: { cpu: '500m', memory: '1Gi' },
      requests: { cpu: '500m', memory: '1Gi' },
    });
    expect(p.spec.containers[1]?.resources).toEqual({
      limits: { cpu: '1' },
      requests: { cpu: '100m' },
    });
  });

  it('rounds quantities up to milli-units and leaves malformed ones for decoding to reject', () => {
    const p = pod([
      { name: 'a', image: 'x:1', resources: { requests: { cpu: '0.0001', memory: 'lots' } } },
    ]);
    setDefaults(p, legacy);
    expect(p.spec.containers[0]?.resources?.requests).toEqual({ cpu: '1m', memory: 'lots' });
  });

  it('defaults probes, and httpGet scheme and path', () => {
    const p = pod([
      {
        name: 'a',
        image: 'x:1',
        livenessProbe: { httpGet: { port: 8080 }, initialDelaySeconds: 15 },
        readinessProbe: { exec: { command: ['true'] }, periodSeconds: 5, failureThreshold: 1 },
      },
    ]);
    setDefaults(p, modern);
    expect(p.spec.containers[0]?.livenessProbe).toEqual({
      httpGet: { port: 8080, path: '/', scheme: 'HTTP' },
      initialDelaySeconds: 15,
      timeoutSeconds: 1,
      periodSeconds: 10,
      successThreshold: 1,
      failureThreshold: 3,
    });
    expect(p.spec.containers[0]?.readinessProbe).toMatchObject({
      periodSeconds: 5,
      failureThreshold: 1,
    });
    const withPath = pod([
      { name: 'a', image: 'x:1', livenessProbe: { httpGet: { port: 80, path: '/healthz' } } },
    ]);
    setDefaults(withPath, modern);
    expect(withPath.spec.containers[0]?.livenessProbe?.httpGet?.path).toBe('/healthz');
  });

  it('gives a volume without a source an emptyDir, and hostPath an empty type', () => {
    const p = pod([{ name: 'a', image: 'x:1' }], {
      volumes: [{ name: 'scratch' }, { name: 'logs', hostPath: { path: '/var/log' } }],
    });
    setDefaults(p, legacy);
    expect(p.spec.volumes).toEqual([
      { name: 'scratch', emptyDir: {} },
      { name: 'logs', hostPath: { path: '/var/log', type: '' } },
    ]);
  });

  it('sets host ports to container ports under hostNetwork', () => {
    const p = pod(
      [
        {
          name: 'a',
          image: 'x:1',
          ports: [{ containerPort: 80 }, { containerPort: 81, hostPort: 9 }],
        },
      ],
      {
        hostNetwork: true,
      },
    );
    setDefaults(p, legacy);
    expect(p.spec.containers[0]?.ports?.map((x) => x.hostPort)).toEqual([80, 9]);
  });

  it('defaults init containers like containers', () => {
    const p = pod([{ name: 'a', image: 'x:1' }], {
      initContainers: [{ name: 'init', image: 'busybox:latest' }],
    });
    setDefaults(p, legacy);
    expect(p.spec.initContainers?.[0]).toMatchObject({
      imagePullPolicy: 'Always',
      terminationMessagePolicy: 'File',
    });
  });
});

describe('defaultImagePullPolicy', () => {
  it.each([
    ['nginx', 'Always'],
    ['nginx:latest', 'Always'],
    ['nginx:1.25', 'IfNotPresent'],
    ['dockerfile/redis', 'Always'],
    ['gurpartap/redis', 'Always'],
    ['host:5000/img', 'Always'],
    ['host:5000/img:v2', 'IfNotPresent'],
    ['localhost:5000/team/img:latest', 'Always'],
    [`nginx@sha256:${'a'.repeat(64)}`, 'IfNotPresent'],
    [`nginx:latest@sha256:${'a'.repeat(64)}`, 'Always'],
    ['Nginx', 'IfNotPresent'],
    ['', 'IfNotPresent'],
  ])('%j → %s', (image, policy) => {
    expect(defaultImagePullPolicy(image)).toBe(policy);
  });
});

describe('addDefaultTolerations', () => {
  it('adds both tolerations to a pod without any', () => {
    const p = pod([{ name: 'a', image: 'x:1' }]);
    addDefaultTolerations(p);
    expect(p.spec.tolerations).toEqual(DEFAULT_TOLERATIONS);
  });

  it('keeps a pod’s own toleration of a not-ready node and adds only the other', () => {
    const own = {
      key: 'node.kubernetes.io/not-ready',
      operator: 'Exists',
      effect: 'NoExecute',
      tolerationSeconds: 10,
    };
    const p = pod([{ name: 'a', image: 'x:1' }], { tolerations: [own] });
    addDefaultTolerations(p);
    expect(p.spec.tolerations).toEqual([own, DEFAULT_TOLERATIONS[1]]);
  });

  it('adds nothing to a pod that tolerates every taint', () => {
    const p = pod([{ name: 'a', image: 'x:1' }], { tolerations: [{ operator: 'Exists' }] });
    addDefaultTolerations(p);
    addDefaultTolerations(p);
    expect(p.spec.tolerations).toEqual([{ operator: 'Exists' }]);
  });

  it('is idempotent', () => {
    const p = pod([{ name: 'a', image: 'x:1' }]);
    setDefaults(p, modern);
    addDefaultTolerations(p);
    expect(p.spec.tolerations).toHaveLength(2);
  });
});

describe('controller defaults', () => {
  const template = {
    metadata: { labels: { name: 'redisslave' } },
    spec: { containers: [{ name: 's', image: 'r' }] },
  };

  it('copies an RC’s template labels into an empty selector and empty labels (§1.4)', () => {
    const rc: ReplicationController = {
      apiVersion: 'v1',
      kind: 'ReplicationController',
      metadata: { name: 'redis-slave' },
      spec: { template: structuredClone(template) },
    };
    setDefaults(rc, modern);
    expect(rc.spec.replicas).toBe(1);
    expect(rc.spec.selector).toEqual({ name: 'redisslave' });
    expect(rc.metadata.labels).toEqual({ name: 'redisslave' });
    expect(rc.spec.template?.spec.restartPolicy).toBe('Always');
    // Pod-only defaults stay off templates.
    expect(rc.spec.template?.spec.serviceAccountName).toBeUndefined();
    expect(rc.spec.template?.spec.tolerations).toBeUndefined();
    rc.spec.selector!.name = 'changed';
    expect(rc.spec.template?.metadata?.labels).toEqual({ name: 'redisslave' });
  });

  it('keeps an RC’s own selector, labels and replicas', () => {
    const rc: ReplicationController = {
      apiVersion: 'v1',
      kind: 'ReplicationController',
      metadata: { name: 'r', labels: { app: 'x' } },
      spec: { replicas: 0, selector: { tier: 'db' }, template: structuredClone(template) },
    };
    setDefaults(rc, legacy);
    expect(rc.spec).toMatchObject({ replicas: 0, selector: { tier: 'db' } });
    expect(rc.metadata.labels).toEqual({ app: 'x' });
  });

  it('gives a ReplicaSet one replica but no selector', () => {
    const rs: ReplicaSet = {
      apiVersion: 'apps/v1',
      kind: 'ReplicaSet',
      metadata: { name: 'r' },
      spec: { template: structuredClone(template) },
    };
    setDefaults(rs, modern);
    expect(rs.spec.replicas).toBe(1);
    expect(rs.spec.selector).toBeUndefined();
  });

  it('gives a Deployment a 25% rolling update, 10 revisions and a 600 s deadline', () => {
    const d: Deployment = {
      apiVersion: 'apps/v1',
      kind: 'Deployment',
      metadata: { name: 'web' },
      spec: {
        selector: { matchLabels: { name: 'redisslave' } },
        template: structuredClone(template),
      },
    };
    setDefaults(d, modern);
    expect(d.spec).toMatchObject({
      replicas: 1,
      strategy: {
        type: 'RollingUpdate',
        rollingUpdate: { maxUnavailable: '25%', maxSurge: '25%' },
      },
      revisionHistoryLimit: 10,
      progressDeadlineSeconds: 600,
    });
  });

  it('keeps a Recreate strategy without rolling-update parameters, and explicit values', () => {
    const d: Deployment = {
      apiVersion: 'apps/v1',
      kind: 'Deployment',
      metadata: { name: 'web' },
      spec: {
        replicas: 3,
        strategy: { type: 'Recreate' },
        revisionHistoryLimit: 0,
        progressDeadlineSeconds: 60,
        template: structuredClone(template),
      },
    };
    setDefaults(d, modern);
    expect(d.spec).toMatchObject({
      replicas: 3,
      strategy: { type: 'Recreate' },
      revisionHistoryLimit: 0,
    });
    expect(d.spec.strategy?.rollingUpdate).toBeUndefined();
    expect(d.spec.progressDeadlineSeconds).toBe(60);
  });
});

describe('service defaults', () => {
  it('defaults type, session affinity, protocol and targetPort', () => {
    const svc: Service = {
      apiVersion: 'v1',
      kind: 'Service',
      metadata: { name: 'redis-master' },
      spec: {
        ports: [
          { port: 8888, targetPort: 6379 },
          { port: 80 },
          { port: 53, protocol: 'UDP', targetPort: 'dns' },
        ],
      },
    };
    setDefaults(svc, legacy);
    expect(svc.spec).toEqual({
      ports: [
        { port: 8888, targetPort: 6379, protocol: 'TCP' },
        { port: 80, targetPort: 80, protocol: 'TCP' },
        { port: 53, protocol: 'UDP', targetPort: 'dns' },
      ],
      sessionAffinity: 'None',
      type: 'ClusterIP',
    });
    expect(svc.spec.clusterIP).toBeUndefined();
  });
});

describe('other kinds', () => {
  it('labels a modern namespace with its name', () => {
    const ns: Namespace = {
      apiVersion: 'v1',
      kind: 'Namespace',
      metadata: { name: 'dev', labels: { team: 'a' } },
    };
    setDefaults(ns, modern);
    expect(ns.metadata.labels).toEqual({ team: 'a', 'kubernetes.io/metadata.name': 'dev' });
    expect(ns.status).toBeUndefined();
    const old: Namespace = { apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'dev' } };
    setDefaults(old, legacy);
    expect(old.metadata.labels).toBeUndefined();
  });

  it('copies a node’s capacity into missing allocatable, canonically', () => {
    const node: Node = {
      apiVersion: 'v1',
      kind: 'Node',
      metadata: { name: 'node-1' },
      spec: {},
      status: { capacity: { cpu: '2', memory: '4096Mi', pods: '110' } },
    };
    setDefaults(node, modern);
    expect(node.status?.allocatable).toEqual({ cpu: '2', memory: '4Gi', pods: '110' });
  });

  it('defaults endpoint port protocols', () => {
    const ep: Endpoints = {
      apiVersion: 'v1',
      kind: 'Endpoints',
      metadata: { name: 'web' },
      subsets: [{ addresses: [{ ip: '10.0.0.1' }], ports: [{ port: 80 }] }],
    };
    setDefaults(ep, modern);
    expect(ep.subsets?.[0]?.ports).toEqual([{ port: 80, protocol: 'TCP' }]);
  });
});
