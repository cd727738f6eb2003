import { describe, expect, it } from 'vitest';
import { compareNodeNames } from './network';
import { createService, type FakePod, podAddress, proxyWorld, setEndpoints } from './testing';

const pods: FakePod[] = [
  { name: 'web-a', ip: '10.244.1.5', nodeName: 'node-1', listens: [8080] },
  { name: 'web-b', ip: '10.244.2.5', nodeName: 'node-2', listens: [8080] },
  { name: 'idle', ip: '10.244.2.6', nodeName: 'node-2', listens: [] },
  { name: 'client', ip: '10.244.1.9', nodeName: 'node-1', listens: [] },
];

/** `web` (NodePort 80 → 8080) on web-a and web-b; `idle` (80 → 8080) on a pod that serves nothing. */
function networkWorld(era: '2015' | 'modern' = 'modern') {
  const world = proxyWorld(
    era,
    pods.map((p) => ({ ...p })),
  );
  const { cluster } = world;
  const web = createService(cluster, 'web', {
    type: 'NodePort',
    ports: [{ port: 80, targetPort: 8080 }],
  });
  setEndpoints(cluster, 'web', [
    {
      addresses: [podAddress('10.244.1.5', 'web-a'), podAddress('10.244.2.5', 'web-b')],
      ports: [{ port: 8080 }],
    },
  ]);
  createService(cluster, 'idle', { ports: [{ port: 80, targetPort: 8080 }] });
  setEndpoints(cluster, 'idle', [
    { addresses: [podAddress('10.244.2.6', 'idle')], ports: [{ port: 8080 }] },
  ]);
  createService(cluster, 'empty', { ports: [{ port: 80 }] });
  world.sync();
  const from = { nodeName: 'node-1', clientIP: '10.244.1.9', namespace: 'default' };
  return {
    ...world,
    from,
    clusterIP: web.spec.clusterIP ?? '',
    nodePort: web.spec.ports?.[0]?.nodePort ?? 0,
  };
}

describe('ClusterNetwork.fetch', () => {
  it('takes a service name through DNS and the entry node’s proxy to a pod', () => {
    const { network, from, clusterIP } = networkWorld();
    const result = network.fetch('http://web/index.html', from);
    expect(result).toMatchObject({ ok: true, status: 200, ip: clusterIP });
    if (!result.ok) throw new Error(result.error);
    expect(result.body).toMatch(/^web-[ab]:8080 \/index\.html from 10\.244\.1\.9$/);
    const pod = result.body.startsWith('web-a') ? 'web-a' : 'web-b';
    expect(result.routing).toEqual({
      via: 'node-1',
      service: { namespace: 'default', name: 'web' },
      endpoint: { ip: pod === 'web-a' ? '10.244.1.5' : '10.244.2.5', port: 8080 },
      pod: { namespace: 'default', name: pod, nodeName: pod === 'web-a' ? 'node-1' : 'node-2' },
    });
  });

  it.each([
    ['http://nothere/', "bad address 'nothere'"],
    ['web.other:80', "bad address 'web.other'"],
    ['http://idle/', 'Connection refused'],
    ['http://empty/', 'Connection refused'],
    ['http://10.244.2.6:8080/', 'Connection refused'],
    ['http://10.244.3.3/', 'No route to host'],
    ['http://node-2:22/', 'Connection refused'],
  ])('%s → %s', (url, error) => {
    const { network, from } = networkWorld();
    expect(network.fetch(url, from)).toMatchObject({ ok: false, error });
  });

  it('lets a ClusterIP on a port it does not serve time out', () => {
    const { network, from, clusterIP } = networkWorld();
    expect(network.fetch(`http://${clusterIP}:8080/`, from)).toMatchObject({
      ok: false,
      error: 'Connection timed out',
      ip: clusterIP,
    });
  });

  it('dials a pod IP directly, past every proxy', () => {
    const { network, from } = networkWorld();
    expect(network.fetch('10.244.2.5:8080/healthz', from)).toEqual({
      ok: true,
      status: 200,
      body: 'web-b:8080 /healthz from 10.244.1.9',
      ip: '10.244.2.5',
      routing: {
        endpoint: { ip: '10.244.2.5', port: 8080 },
        pod: { namespace: 'default', name: 'web-b', nodeName: 'node-2' },
      },
    });
  });

  it('sends a nodePort request to the proxy of the node it is addressed to', () => {
    const { network, from, nodePort } = networkWorld();
    const result = network.fetch(`http://node-2:${nodePort}/`, from);
    expect(result).toMatchObject({ ok: true, ip: '10.240.0.4', routing: { via: 'node-2' } });
  });

  it('refuses everything entering through a powered-off node', () => {
    const { network, from, proxies } = networkWorld();
    proxies.get('node-1')?.stop();
    for (const url of ['http://web/', 'http://10.244.2.5:8080/'])
      expect(network.fetch(url, from)).toMatchObject({ ok: false, error: 'Connection refused' });
    expect(network.fetch('http://web/', { ...from, nodeName: 'node-2' }).ok).toBe(true);
  });

  it('refuses a nodePort on a node whose proxy is stopped', () => {
    const { network, from, proxies, nodePort } = networkWorld();
    proxies.get('node-2')?.stop();
    expect(network.fetch(`http://node-2:${nodePort}/`, from)).toMatchObject({
      ok: false,
      error: 'Connection refused',
      ip: '10.240.0.4',
    });
  });

  it('reaches a headless service’s ready pod by name, on the pod’s own port', () => {
    const { network, from, cluster } = networkWorld();
    createService(cluster, 'backend', { clusterIP: 'None', ports: [{ port: 8080 }] });
    setEndpoints(cluster, 'backend', [
      { addresses: [podAddress('10.244.2.5', 'web-b')], ports: [{ port: 8080 }] },
    ]);
    expect(network.fetch('http://backend:8080/', from)).toMatchObject({
      ok: true,
      ip: '10.244.2.5',
      routing: { pod: { name: 'web-b' } },
    });
  });
});

describe('ClusterNetwork.request (cluster.request)', () => {
  it.each(['2015', 'modern'] as const)(
    '%s: enters through the first Ready node and answers which pod served',
    (era) => {
      const { network } = networkWorld(era);
      const result = network.request('web');
      expect(['web-a', 'web-b']).toContain('pod' in result ? result.pod : result.error);
      expect(result).toEqual(
        'pod' in result && result.pod === 'web-a'
          ? { pod: 'web-a', node: 'node-1', podIP: '10.244.1.5', via: 'node-1', status: 200 }
          : { pod: 'web-b', node: 'node-2', podIP: '10.244.2.5', via: 'node-1', status: 200 },
      );
    },
  );

  it('enters through the node it is asked to', () => {
    const { network } = networkWorld();
    expect(network.request('web', { from: 'node-2' })).toMatchObject({ via: 'node-2' });
  });

  it('skips nodes that are not Ready when choosing the entry node', () => {
    const { network, cluster } = networkWorld();
    const node = cluster.api.get('Node', undefined, 'node-1');
    cluster.api.update(
      {
        ...node,
        status: {
          ...node.status,
          conditions: (node.status?.conditions ?? []).map((c) =>
            c.type === 'Ready' ? { ...c, status: 'Unknown' as const } : c,
          ),
        },
      },
      { subresource: 'status' },
    );
    expect(network.request('web')).toMatchObject({ via: 'node-2' });
  });

  it('shares one proxy across calls, so 2015 round-robin alternates the backends', () => {
    const { network } = networkWorld('2015');
    const served = Array.from({ length: 4 }, () => {
      const r = network.request('web');
      return 'pod' in r ? r.pod : r.error;
    });
    expect(served[0]).not.toBe(served[1]);
    expect(served.slice(2)).toEqual(served.slice(0, 2));
  });

  it.each([
    ['nope', {}, { error: 'service "nope" not found' }],
    ['web', { namespace: 'kube-system' }, { error: 'service "web" not found' }],
    ['empty', {}, { error: 'connection refused' }],
    ['idle', {}, { error: 'connection refused' }],
    ['web', { from: 'node-9' }, { error: 'node "node-9" not found' }],
  ])('%s %j → %j', (service, options, expected) => {
    expect(networkWorld().network.request(service, options)).toEqual(expected);
  });
});

it('orders node names as people count them', () => {
  expect(['node-10', 'node-2', 'node-1', 'master'].sort(compareNodeNames)).toEqual([
    'master',
    'node-1',
    'node-2',
    'node-10',
  ]);
});
