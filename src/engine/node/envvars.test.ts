import { describe, expect, it } from 'vitest';
import type { Container, Pod, Service, ServicePort } from '../types';
import {
  ContainerConfigError,
  containerEnv,
  envVarName,
  expandEnvValue,
  serviceEnvVars,
  servicesForPod,
} from './envvars';

function service(
  name: string,
  clusterIP: string,
  ports: ServicePort[],
  namespace = 'default',
): Service {
  return {
    apiVersion: 'v1',
    kind: 'Service',
    metadata: { name, namespace },
    spec: { clusterIP, ports },
  };
}

function pod(container: Container, extra: Partial<Pod['spec']> = {}, namespace = 'default'): Pod {
  return {
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: {
      name: 'redis-master-pod',
      namespace,
      uid: '4d3c2b1a-0000-4000-8000-000000000001',
      labels: { name: 'redis', tier: 'backend' },
    },
    spec: { containers: [container], nodeName: 'node-1', ...extra },
    status: { podIP: '10.244.1.2', hostIP: '10.240.0.3' },
  };
}

function lines(env: Record<string, string>): string[] {
  return Object.entries(env).map(([k, v]) => `${k}=${v}`);
}

const kubernetes = service('kubernetes', '10.96.0.1', [
  { name: 'https', port: 443, protocol: 'TCP', targetPort: 6443 },
]);

describe('service environment variables', () => {
  it('gives the docs example for redis-master, in the kubelet order', () => {
    const vars = serviceEnvVars([service('redis-master', '10.0.0.11', [{ port: 6379 }])], 'modern');
    expect(vars.map((v) => `${v.name}=${v.value}`)).toEqual([
      'REDIS_MASTER_SERVICE_HOST=10.0.0.11',
      'REDIS_MASTER_SERVICE_PORT=6379',
      'REDIS_MASTER_PORT=tcp://10.0.0.11:6379',
      'REDIS_MASTER_PORT_6379_TCP=tcp://10.0.0.11:6379',
      'REDIS_MASTER_PORT_6379_TCP_PROTO=tcp',
      'REDIS_MASTER_PORT_6379_TCP_PORT=6379',
      'REDIS_MASTER_PORT_6379_TCP_ADDR=10.0.0.11',
    ]);
  });

  it('uses the service port, not the targetPort, for the seed redis service (port 8888 → 6379)', () => {
    // The seed slide shows REDIS_PORT_6379_TCP='tcp://10.0.29.247:8888': a 2014 kubelet named
    // the variable after the container port. Kubelets since multi-port Services use the port.
    const redis = service('redis', '10.0.29.247', [{ port: 8888, targetPort: 6379 }]);
    for (const era of ['2015', 'modern'] as const) {
      expect(serviceEnvVars([redis], era).map((v) => `${v.name}=${v.value}`)).toEqual([
        'REDIS_SERVICE_HOST=10.0.29.247',
        'REDIS_SERVICE_PORT=8888',
        'REDIS_PORT=tcp://10.0.29.247:8888',
        'REDIS_PORT_8888_TCP=tcp://10.0.29.247:8888',
        'REDIS_PORT_8888_TCP_PROTO=tcp',
        'REDIS_PORT_8888_TCP_PORT=8888',
        'REDIS_PORT_8888_TCP_ADDR=10.0.29.247',
      ]);
    }
  });

  it('adds a variable per named port and the link set per port; only the first gets _PORT', () => {
    const dns = service('kube-dns', '10.96.0.10', [
      { name: 'dns', port: 53, protocol: 'UDP' },
      { name: 'dns-tcp', port: 53, protocol: 'TCP' },
    ]);
    expect(serviceEnvVars([dns], 'modern').map((v) => `${v.name}=${v.value}`)).toEqual([
      'KUBE_DNS_SERVICE_HOST=10.96.0.10',
      'KUBE_DNS_SERVICE_PORT=53',
      'KUBE_DNS_SERVICE_PORT_DNS=53',
      'KUBE_DNS_SERVICE_PORT_DNS_TCP=53',
      'KUBE_DNS_PORT=udp://10.96.0.10:53',
      'KUBE_DNS_PORT_53_UDP=udp://10.96.0.10:53',
      'KUBE_DNS_PORT_53_UDP_PROTO=udp',
      'KUBE_DNS_PORT_53_UDP_PORT=53',
      'KUBE_DNS_PORT_53_UDP_ADDR=10.96.0.10',
      'KUBE_DNS_PORT_53_TCP=tcp://10.96.0.10:53',
      'KUBE_DNS_PORT_53_TCP_PROTO=tcp',
      'KUBE_DNS_PORT_53_TCP_PORT=53',
      'KUBE_DNS_PORT_53_TCP_ADDR=10.96.0.10',
    ]);
  });

  it('skips headless services and services without a ClusterIP, and sorts by name', () => {
    const vars = serviceEnvVars(
      [
        service('web', '10.0.0.20', [{ port: 80 }]),
        service('db', 'None', [{ port: 5432 }]),
        service('pending', '', [{ port: 1 }]),
        service('api', '10.0.0.21', [{ port: 8080 }]),
      ],
      'modern',
    );
    expect(vars.filter((v) => v.name.endsWith('_SERVICE_HOST')).map((v) => v.name)).toEqual([
      'API_SERVICE_HOST',
      'WEB_SERVICE_HOST',
    ]);
  });

  it.each([
    ['redis-master', 'modern', 'REDIS_MASTER'],
    ['my.svc', 'modern', 'MY_SVC'],
    ['8080-http', 'modern', '_8080_HTTP'],
    ['8080-http', '2015', '8080_HTTP'],
  ] as const)('names %s as %s in the %s era', (name, era, expected) => {
    expect(envVarName(name, era)).toBe(expected);
  });
});

describe('which services a pod sees', () => {
  const local = service('web', '10.96.3.4', [{ port: 80 }], 'shop');
  const elsewhere = service('db', '10.96.3.5', [{ port: 5432 }], 'other');
  const shadow = service('kubernetes', '10.96.9.9', [{ port: 8443 }], 'shop');
  const ro = service('kubernetes-ro', '10.0.0.1', [{ port: 80 }]);

  it('gets its namespace and the master service, and a local service wins over the master one', () => {
    const p = pod({ name: 'c', image: 'nginx' }, {}, 'shop');
    expect(
      servicesForPod(p, [kubernetes, local, elsewhere], 'modern').map((s) => s.metadata.name),
    ).toEqual(['kubernetes', 'web']);
    expect(servicesForPod(p, [kubernetes, shadow], 'modern')).toEqual([shadow]);
    expect(servicesForPod(p, [shadow, kubernetes], 'modern')).toEqual([shadow]);
  });

  it('keeps only the master service when enableServiceLinks is false', () => {
    const p = pod({ name: 'c', image: 'nginx' }, { enableServiceLinks: false }, 'shop');
    expect(servicesForPod(p, [kubernetes, local], 'modern')).toEqual([kubernetes]);
  });

  it('includes the read-only master service in 2015 only', () => {
    const p = pod({ name: 'c', image: 'nginx' }, {}, 'shop');
    expect(servicesForPod(p, [ro], '2015')).toEqual([ro]);
    expect(servicesForPod(p, [ro], 'modern')).toEqual([]);
  });
});

describe('$(VAR) expansion', () => {
  const known: Record<string, string> = {
    VAR_A: 'A',
    VAR_B: 'B',
    VAR_EMPTY: '',
    VAR_REF: '$(VAR_A)',
  };
  const lookup = (name: string): string | undefined => known[name];

  it.each([
    ['$(VAR_A)-$(VAR_A)', 'A-A'],
    ['___$(VAR_B)___', '___B___'],
    ['$$(VAR_B)_$(VAR_A)', '$(VAR_B)_A'],
    ['f000-$$VAR_A', 'f000-$VAR_A'],
    ['$(VAR_A$(VAR_B))', '$(VAR_A$(VAR_B))'],
    ['$(VAR_REF)', '$(VAR_A)'],
    ['foo$(VAR_EMPTY)bar', 'foobar'],
    ['foo$(VAR_Awhoops!', 'foo$(VAR_Awhoops!'],
    ['$?_boo_$!', '$?_boo_$!'],
    ['$VAR_A', '$VAR_A'],
    ['${VAR_A}', '${VAR_A}'],
    ['$(VAR_DNE)', '$(VAR_DNE)'],
    ['$$$$$$$(VAR_A)', '$$$A'],
    ['$$$$$$(VAR_A)', '$$$(VAR_A)'],
    ['$(VAR_B)_______$(', 'B_______$('],
    ['--$($($($($--', '--$($($($($--'],
    ['$(VAR_A)foobarzab$', 'Afoobarzab$'],
  ])('%s → %s', (input, expected) => {
    expect(expandEnvValue(input, lookup)).toBe(expected);
  });
});

describe('a container environment', () => {
  const redisMaster = service('redis-master', '10.0.0.11', [{ port: 6379 }]);

  it('is HOSTNAME, the service variables, then the declared env in order', () => {
    const c: Container = {
      name: 'php',
      image: 'php',
      env: [
        { name: 'GET_HOSTS_FROM', value: 'env' },
        {
          name: 'REDIS_URL',
          value: 'redis://$(REDIS_MASTER_SERVICE_HOST):$(REDIS_MASTER_SERVICE_PORT)',
        },
      ],
    };
    expect(lines(containerEnv(c, pod(c), [redisMaster, kubernetes], 'modern'))).toEqual([
      'HOSTNAME=redis-master-pod',
      'KUBERNETES_SERVICE_HOST=10.96.0.1',
      'KUBERNETES_SERVICE_PORT=443',
      'KUBERNETES_SERVICE_PORT_HTTPS=443',
      'KUBERNETES_PORT=tcp://10.96.0.1:443',
      'KUBERNETES_PORT_443_TCP=tcp://10.96.0.1:443',
      'KUBERNETES_PORT_443_TCP_PROTO=tcp',
      'KUBERNETES_PORT_443_TCP_PORT=443',
      'KUBERNETES_PORT_443_TCP_ADDR=10.96.0.1',
      'REDIS_MASTER_SERVICE_HOST=10.0.0.11',
      'REDIS_MASTER_SERVICE_PORT=6379',
      'REDIS_MASTER_PORT=tcp://10.0.0.11:6379',
      'REDIS_MASTER_PORT_6379_TCP=tcp://10.0.0.11:6379',
      'REDIS_MASTER_PORT_6379_TCP_PROTO=tcp',
      'REDIS_MASTER_PORT_6379_TCP_PORT=6379',
      'REDIS_MASTER_PORT_6379_TCP_ADDR=10.0.0.11',
      'GET_HOSTS_FROM=env',
      'REDIS_URL=redis://10.0.0.11:6379',
    ]);
  });

  it('lets a declared variable replace a service one, and the last declaration win', () => {
    const c: Container = {
      name: 'c',
      image: 'busybox',
      env: [
        { name: 'REDIS_MASTER_SERVICE_HOST', value: 'redis.example' },
        { name: 'MODE', value: 'one' },
        { name: 'MODE', value: '$(MODE)-two' },
      ],
    };
    const env = containerEnv(c, pod(c), [redisMaster], 'modern');
    expect(env.REDIS_MASTER_SERVICE_HOST).toBe('redis.example');
    expect(env.MODE).toBe('one-two');
    expect(Object.keys(env).slice(-2)).toEqual(['REDIS_MASTER_SERVICE_HOST', 'MODE']);
  });

  it('expands only earlier declared variables and service variables, not later ones or HOSTNAME', () => {
    const c: Container = {
      name: 'c',
      image: 'busybox',
      env: [
        { name: 'FIRST', value: '$(SECOND)/$(HOSTNAME)/$(REDIS_MASTER_PORT)' },
        { name: 'SECOND', value: 'two' },
      ],
    };
    expect(containerEnv(c, pod(c), [redisMaster], 'modern').FIRST).toBe(
      '$(SECOND)/$(HOSTNAME)/tcp://10.0.0.11:6379',
    );
  });

  it('resolves downward API fieldRefs', () => {
    const ref = (name: string, fieldPath: string) => ({
      name,
      valueFrom: { fieldRef: { fieldPath } },
    });
    const c: Container = {
      name: 'c',
      image: 'busybox',
      env: [
        ref('POD_NAME', 'metadata.name'),
        ref('POD_NAMESPACE', 'metadata.namespace'),
        ref('POD_UID', 'metadata.uid'),
        ref('NODE_NAME', 'spec.nodeName'),
        ref('POD_IP', 'status.podIP'),
        ref('HOST_IP', 'status.hostIP'),
        ref('TIER', "metadata.labels['tier']"),
        ref('MISSING', "metadata.labels['nope']"),
        ref('LABELS', 'metadata.labels'),
      ],
    };
    expect(lines(containerEnv(c, pod(c), [], 'modern'))).toEqual([
      'HOSTNAME=redis-master-pod',
      'POD_NAME=redis-master-pod',
      'POD_NAMESPACE=default',
      'POD_UID=4d3c2b1a-0000-4000-8000-000000000001',
      'NODE_NAME=node-1',
      'POD_IP=10.244.1.2',
      'HOST_IP=10.240.0.3',
      'TIER=backend',
      'MISSING=',
      'LABELS=name="redis"\ntier="backend"',
    ]);
  });

  it('uses spec.hostname for HOSTNAME, and the node name under hostNetwork', () => {
    const c: Container = { name: 'c', image: 'busybox' };
    expect(containerEnv(c, pod(c, { hostname: 'db-0' }), [], 'modern').HOSTNAME).toBe('db-0');
    expect(containerEnv(c, pod(c, { hostNetwork: true }), [], 'modern').HOSTNAME).toBe('node-1');
  });

  it('fails with CreateContainerConfigError for a missing ConfigMap unless it is optional', () => {
    const c: Container = {
      name: 'c',
      image: 'busybox',
      env: [{ name: 'LEVEL', valueFrom: { configMapKeyRef: { name: 'settings', key: 'level' } } }],
    };
    expect(() => containerEnv(c, pod(c), [], 'modern')).toThrow(
      new ContainerConfigError('configmap "settings" not found'),
    );
    const optional: Container = {
      ...c,
      env: [
        { name: 'LEVEL', valueFrom: { secretKeyRef: { name: 's', key: 'k', optional: true } } },
      ],
    };
    expect(containerEnv(optional, pod(optional), [], 'modern')).toEqual({
      HOSTNAME: 'redis-master-pod',
    });
  });

  it('fails for an unsupported fieldPath', () => {
    const c: Container = {
      name: 'c',
      image: 'busybox',
      env: [{ name: 'X', valueFrom: { fieldRef: { fieldPath: 'spec.bogus' } } }],
    };
    expect(() => containerEnv(c, pod(c), [], 'modern')).toThrow(
      'unsupported fieldPath: spec.bogus',
    );
  });
});
