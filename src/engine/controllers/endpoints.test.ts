import { describe, expect, it } from 'vitest';
import { testCluster, type TestCluster } from '../testing/testCluster';

const SVC = `apiVersion: v1
kind: Service
metadata:
  name: web
spec:
  selector: {app: web}
  ports:
  - name: http
    port: 80
    targetPort: http
`;

function pod(
  k: TestCluster,
  name: string,
  ip: string,
  ready: boolean,
  portName = 'http',
  port = 8080,
): void {
  // bound to a node with no kubelet, so the status written here is the only one
  k.cluster.api.create({
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: { name, labels: { app: 'web' } },
    spec: {
      nodeName: 'node-9',
      containers: [
        { name: 'web', image: 'nginx', ports: [{ name: portName, containerPort: port }] },
      ],
    },
  });
  // what the kubelet will report: an IP, and Ready or not
  const live = k.cluster.api.get('Pod', 'default', name);
  k.cluster.api.updateStatus({
    ...live,
    status: {
      ...live.status,
      phase: 'Running',
      podIP: ip,
      conditions: [{ type: 'Ready', status: ready ? 'True' : 'False' }],
    },
  });
}

describe('the endpoints controller', () => {
  it('lists ready pods at their named target port, and not-ready ones apart', () => {
    const k = testCluster();
    k.ok('create -f svc.yaml', SVC);
    pod(k, 'web-1', '10.244.1.5', true);
    pod(k, 'web-2', '10.244.2.3', false);
    pod(k, 'web-3', '10.244.1.4', true);
    k.cluster.advance(100);
    const ep = k.cluster.api.get('Endpoints', 'default', 'web');
    expect(ep.subsets).toEqual([
      {
        addresses: [
          expect.objectContaining({
            ip: '10.244.1.4',
            nodeName: 'node-9',
            targetRef: expect.objectContaining({ kind: 'Pod', name: 'web-3' }),
          }),
          expect.objectContaining({ ip: '10.244.1.5' }),
        ],
        notReadyAddresses: [expect.objectContaining({ ip: '10.244.2.3' })],
        ports: [{ name: 'http', port: 8080, protocol: 'TCP' }],
      },
    ]);
    expect(k.ok('get ep web')).toBe(
      'NAME   ENDPOINTS                         AGE\nweb    10.244.1.4:8080,10.244.1.5:8080   0s\n',
    );
  });

  it('leaves out a pod without the named port, and empties when pods go', () => {
    const k = testCluster();
    k.ok('create -f svc.yaml', SVC);
    pod(k, 'web-1', '10.244.1.5', true, 'other');
    k.cluster.advance(100);
    expect(k.ok('get ep web')).toBe('NAME   ENDPOINTS   AGE\nweb    <none>      0s\n');
    pod(k, 'web-2', '10.244.1.6', true);
    k.cluster.advance(100);
    expect(k.ok('get ep web')).toContain('10.244.1.6:8080');
    k.ok('label pod web-2 app=debug --overwrite');
    k.cluster.advance(100);
    expect(k.ok('get ep web')).toContain('<none>');
  });

  it('deletes the Endpoints with the Service, and leaves selector-less Services alone', () => {
    const k = testCluster();
    k.ok('create -f svc.yaml', SVC);
    k.cluster.advance(100);
    k.ok('delete svc web');
    k.cluster.advance(100);
    expect(k.cluster.api.find('Endpoints', 'default', 'web')).toBeUndefined();
    expect(k.ok('get ep kubernetes -o name')).toBe('endpoints/kubernetes\n');
  });
});
