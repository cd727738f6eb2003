import { describe, expect, it } from 'vitest';
import { testCluster } from '../../testing/testCluster';
import { podYaml } from './logs.testkit';

const rc = (ports: string) =>
  [
    'apiVersion: v1',
    'kind: ReplicationController',
    'metadata:',
    '  name: web',
    '  labels: {tier: frontend}',
    'spec:',
    '  replicas: 1',
    '  selector: {app: web}',
    '  template:',
    '    metadata:',
    '      labels: {app: web}',
    '    spec:',
    '      containers:',
    '      - name: nginx',
    '        image: nginx:1.27',
    ports,
    '',
  ].join('\n');

const ONE_PORT = '        ports: [{containerPort: 8080}]';
const TWO_PORTS = '        ports: [{containerPort: 80}, {containerPort: 443}]';
const DNS_PORTS =
  '        ports: [{containerPort: 53, protocol: UDP}, {containerPort: 53, protocol: TCP}]';

describe('kubectl expose', () => {
  it("makes a Service from a controller's selector, with the given ports", () => {
    const t = testCluster();
    t.ok('create -f -', rc(ONE_PORT));
    expect(t.run('expose rc web --port=80 --target-port=8080')).toEqual({
      stdout: 'service/web exposed\n',
      stderr: '',
      exitCode: 0,
    });
    const svc = t.cluster.api.get('Service', 'default', 'web');
    expect(svc.metadata.labels).toEqual({ tier: 'frontend' });
    expect(svc.spec.selector).toEqual({ app: 'web' });
    expect(svc.spec.ports).toEqual([{ port: 80, targetPort: 8080, protocol: 'TCP' }]);
  });

  it('takes the ports the containers declare when --port is missing', () => {
    const t = testCluster();
    t.ok('create -f -', rc(TWO_PORTS));
    t.ok('expose rc web --type=NodePort --name=web-np');
    const svc = t.cluster.api.get('Service', 'default', 'web-np');
    expect(svc.spec.type).toBe('NodePort');
    expect(svc.spec.ports?.map((p) => [p.name, p.port, p.targetPort, p.protocol])).toEqual([
      ['port-1', 80, 80, 'TCP'],
      ['port-2', 443, 443, 'TCP'],
    ]);
    t.ok('create deployment api --image=nginx:1.27 --port=9090');
    t.ok('expose deployment api');
    expect(t.cluster.api.get('Service', 'default', 'api').spec).toMatchObject({
      selector: { app: 'api' },
      ports: [{ port: 9090, targetPort: 9090, protocol: 'TCP' }],
    });
  });

  it('gives a port declared for two protocols one service port each', () => {
    const t = testCluster();
    t.ok('create -f -', rc(DNS_PORTS));
    t.ok('expose rc web --name=dns');
    expect(
      t.cluster.api.get('Service', 'default', 'dns').spec.ports?.map((p) => [p.name, p.protocol]),
    ).toEqual([
      ['port-1-udp', 'UDP'],
      ['port-1-tcp', 'TCP'],
    ]);
  });

  it('exposes a pod through its labels, and another service through its selector', () => {
    const t = testCluster();
    t.ok(
      'create -f -',
      podYaml({ name: 'redis', container: '    ports: [{containerPort: 6379}]' }),
    );
    expect(t.ok('expose pod redis --name=redis-master -o name')).toBe('service/redis-master\n');
    expect(t.ok('expose svc redis-master --port=6380 --name=redis-alt --dry-run=client')).toBe(
      'service/redis-alt exposed (dry run)\n',
    );
    expect(t.cluster.api.find('Service', 'default', 'redis-alt')).toBeUndefined();
    expect(t.cluster.api.get('Service', 'default', 'redis-master').spec.selector).toEqual({
      app: 'redis',
    });
  });

  it('refuses in kubectl words', () => {
    const t = testCluster();
    t.ok('create -f -', rc(ONE_PORT));
    t.ok('create -f -', podYaml({ name: 'bare', labels: '{}' }));
    t.ok('create -f -', podYaml({ name: 'portless' }));
    t.ok('expose rc web');
    const cases: [string, string][] = [
      ['expose rc web', 'Error from server (AlreadyExists): services "web" already exists\n'],
      [
        'expose rc ghost',
        'Error from server (NotFound): replicationcontrollers "ghost" not found\n',
      ],
      ['expose node node-1 --port=80', 'error: cannot expose a Node\n'],
      ['expose rc', 'error: resource(s) were provided, but no name was specified\n'],
      [
        'expose pod bare --port=80',
        "error: couldn't retrieve selectors via --selector flag or introspection: the pod has no labels and cannot be exposed\n",
      ],
      ['expose pod portless', "error: couldn't find port via --port flag or introspection\n"],
      [
        'expose rc web --name=other --session-affinity=Sticky',
        'error: unknown session affinity: Sticky\n',
      ],
      [
        'expose rc web --name=other --port=http',
        'error: strconv.Atoi: parsing "http": invalid syntax\n',
      ],
      ['expose rc web --name=other --selector=app', 'error: unexpected label spec: app\n'],
    ];
    for (const [line, stderr] of cases) expect(t.fails(line), line).toBe(stderr);
    expect(t.fails('expose')).toBe(
      [
        'You must provide one or more resources by argument or filename.',
        'Example resource specifications include:',
        "   '-f rsrc.yaml'",
        "   '--filename=rsrc.json'",
        "   '<resource> <name>'",
        "   '<resource>'",
        '',
      ].join('\n'),
    );
  });
});

describe('kubectl expose (2015)', () => {
  it('prints the new service as get services does', () => {
    const t = testCluster({ era: '2015' });
    t.ok('create -f -', rc(ONE_PORT));
    const out = t.ok(
      'expose rc web --port=80 --service-name=frontend --create-external-load-balancer',
    );
    const svc = t.cluster.api.get('Service', 'default', 'frontend');
    expect(svc.spec.type).toBe('LoadBalancer');
    expect(svc.spec.ports).toMatchObject([{ port: 80, targetPort: 80, protocol: 'TCP' }]);
    // the IP column is as wide as the allocated address plus kubectl's three spaces
    const ip = svc.spec.clusterIP ?? '';
    expect(out).toBe(
      [
        `NAME       LABELS          SELECTOR   ${'IP(S)'.padEnd(ip.length + 3)}PORT(S)`,
        `frontend   tier=frontend   app=web    ${ip}   80/TCP`,
        '',
      ].join('\n'),
    );
    expect(ip).toMatch(/^10\.0\.\d+\.\d+$/);
  });

  it('looks for the port in the containers, and asks when there are several', () => {
    const t = testCluster({ era: '2015' });
    t.ok('create -f -', rc(TWO_PORTS));
    expect(t.fails('expose rc web')).toBe(
      'error: multiple ports to choose from: [80 443], please explicitly specify a port using the --port flag.\n',
    );
    t.ok('expose rc web --port=443 --container-port=8443');
    expect(t.cluster.api.get('Service', 'default', 'web').spec.ports).toEqual([
      { port: 443, targetPort: 8443, protocol: 'TCP' },
    ]);
    expect(t.fails('expose web')).toBe(
      "error: RESOURCE NAME is required for expose\nsee 'kubectl expose -h' for help.\n",
    );
  });
});
