import { describe, expect, it } from 'vitest';
import type { ControlMessage } from '../messages';
import type { RouteResult } from './kubeProxy';
import { createService, podAddress, proxyWorld, setEndpoints, SYNC_MS } from './testing';

const picked = (r: RouteResult | undefined): string =>
  r?.ok ? `${r.endpoint.ip}:${r.endpoint.port}` : String(r?.ok === false ? r.error : r);

const three = [
  podAddress('10.246.1.5', 'web-a'),
  podAddress('10.246.2.5', 'web-b'),
  podAddress('10.246.3.5', 'web-c'),
];

/** A world with selector-less `web` (80 → 8080) backed by `addresses`, synced. */
function webWorld(era: '2015' | 'modern', addresses = three, spec = {}, seed = 1) {
  const world = proxyWorld(era, [], 2, seed);
  const svc = createService(world.cluster, 'web', {
    ports: [{ port: 80, targetPort: 8080 }],
    ...spec,
  });
  setEndpoints(world.cluster, 'web', [{ addresses, ports: [{ port: 8080 }] }]);
  world.sync();
  const proxy = world.proxies.get('node-1');
  if (!proxy) throw new Error('no proxy on node-1');
  const ip = svc.spec.clusterIP ?? '';
  const send = (n: number, client = '10.246.9.9'): string[] =>
    Array.from({ length: n }, () => picked(proxy.route({ ip, port: 80 }, client)));
  return { ...world, svc, proxy, ip, send };
}

describe('userspace proxy (2015): round-robin per service port', () => {
  it('hands out the three endpoints in turn, in one shuffled order that repeats', () => {
    const { send } = webWorld('2015');
    const first = send(9);
    expect(new Set(first.slice(0, 3)).size).toBe(3);
    expect(first.slice(3, 6)).toEqual(first.slice(0, 3));
    expect(first.slice(6, 9)).toEqual(first.slice(0, 3));
    // the order is a seeded shuffle of the Endpoints, not their order in the object
    expect(first.slice(0, 3)).toEqual(['10.246.2.5:8080', '10.246.1.5:8080', '10.246.3.5:8080']);
  });

  it('keeps its place when an update brings the same endpoints in another order', () => {
    const { cluster, send, sync } = webWorld('2015');
    const before = send(4);
    setEndpoints(cluster, 'web', [{ addresses: [...three].reverse(), ports: [{ port: 8080 }] }]);
    sync();
    expect(send(2)).toEqual([before[1], before[2]]);
  });

  it('reshuffles and starts the cycle again when the set of endpoints changes', () => {
    const { cluster, send, sync } = webWorld('2015');
    expect(send(1)).toEqual(['10.246.2.5:8080']);
    const four = [...three, podAddress('10.246.1.6', 'web-d')];
    setEndpoints(cluster, 'web', [{ addresses: four, ports: [{ port: 8080 }] }]);
    sync();
    const next = send(8);
    expect(new Set(next.slice(0, 4))).toEqual(new Set(four.map((a) => `${a.ip}:8080`)));
    expect(next.slice(4)).toEqual(next.slice(0, 4));
    // a fresh seeded shuffle, walked from its start (roundRobin.test.ts proves the reset)
    expect(next.slice(0, 4)).toEqual([
      '10.246.3.5:8080',
      '10.246.1.6:8080',
      '10.246.1.5:8080',
      '10.246.2.5:8080',
    ]);
  });

  it('never picks an endpoint again once the update removing it is synced', () => {
    const { cluster, send, sync } = webWorld('2015');
    setEndpoints(cluster, 'web', [{ addresses: three.slice(1), ports: [{ port: 8080 }] }]);
    // until the proxy syncs, its rules still hold the old endpoint
    expect(send(3)).toContain('10.246.1.5:8080');
    sync();
    expect(send(10)).not.toContain('10.246.1.5:8080');
  });

  it('sticks a client IP to its endpoint with ClientIP affinity, for 180 minutes of silence', () => {
    const { send, cluster } = webWorld('2015', three, { sessionAffinity: 'ClientIP' });
    const [a] = send(1, '10.246.9.1');
    const [b] = send(1, '10.246.9.2');
    expect(b).not.toBe(a);
    expect(send(5, '10.246.9.1')).toEqual(Array(5).fill(a));
    // coming back within the TTL keeps the stickiness alive, past 180 minutes in total
    cluster.advance(100 * 60_000);
    expect(send(1, '10.246.9.1')).toEqual([a]);
    cluster.advance(100 * 60_000);
    expect(send(1, '10.246.9.1')).toEqual([a]);
    // 180 minutes without a request: the client takes the next endpoint in turn
    cluster.advance(180 * 60_000);
    const [c] = send(1, '10.246.9.1');
    expect(c).not.toBe(a);
    expect(c).not.toBe(b);
  });
});

describe('iptables proxy (modern): a uniformly random endpoint', () => {
  it('spreads connections evenly over the endpoints', () => {
    const counts = new Map<string, number>();
    for (const r of webWorld('modern').send(3000)) counts.set(r, (counts.get(r) ?? 0) + 1);
    expect([...counts.keys()].sort()).toEqual([
      '10.246.1.5:8080',
      '10.246.2.5:8080',
      '10.246.3.5:8080',
    ]);
    for (const n of counts.values()) expect(Math.abs(n - 1000)).toBeLessThan(100);
  });

  it('makes the same choices for the same seed, other choices for another', () => {
    const a = webWorld('modern', three, {}, 7).send(30);
    expect(webWorld('modern', three, {}, 7).send(30)).toEqual(a);
    expect(webWorld('modern', three, {}, 8).send(30)).not.toEqual(a);
  });

  const clients = Array.from({ length: 20 }, (_, i) => `10.244.9.${i + 1}`);

  it('keeps ClientIP affinity for sessionAffinityConfig.clientIP.timeoutSeconds of silence', () => {
    const { send, cluster } = webWorld('modern', three, {
      sessionAffinity: 'ClientIP',
      sessionAffinityConfig: { clientIP: { timeoutSeconds: 60 } },
    });
    const first = clients.map((c) => send(1, c)[0]);
    for (const [i, c] of clients.entries()) expect(send(3, c)).toEqual(Array(3).fill(first[i]));
    cluster.advance(59_000);
    expect(clients.map((c) => send(1, c)[0])).toEqual(first);
    cluster.advance(60_000);
    expect(clients.map((c) => send(1, c)[0])).not.toEqual(first);
  });

  it('defaults the affinity timeout to 10800 seconds', () => {
    const { send, cluster } = webWorld('modern', three, { sessionAffinity: 'ClientIP' });
    const first = clients.map((c) => send(1, c)[0]);
    cluster.advance(10_799_000);
    expect(clients.map((c) => send(1, c)[0])).toEqual(first);
    cluster.advance(10_800_000);
    expect(clients.map((c) => send(1, c)[0])).not.toEqual(first);
  });
});

describe.each(['2015', 'modern'] as const)('kube-proxy (%s)', (era) => {
  it('refuses connections to a service without ready endpoints', () => {
    const { cluster, send, sync } = webWorld(era, []);
    expect(send(1)).toEqual(['Connection refused']);
    setEndpoints(cluster, 'web', [{ notReadyAddresses: three, ports: [{ port: 8080 }] }]);
    sync();
    expect(send(1)).toEqual(['Connection refused']);
    cluster.api.delete('Endpoints', 'default', 'web');
    sync();
    expect(send(1)).toEqual(['Connection refused']);
  });

  it('never sends traffic to notReadyAddresses', () => {
    const { cluster, send, sync } = webWorld(era);
    setEndpoints(cluster, 'web', [
      {
        addresses: [three[1]!],
        notReadyAddresses: [three[0]!, three[2]!],
        ports: [{ port: 8080 }],
      },
    ]);
    sync();
    expect(new Set(send(30))).toEqual(new Set(['10.246.2.5:8080']));
  });

  it('pairs each service port with the Endpoints port of the same name', () => {
    const world = proxyWorld(era);
    const svc = createService(world.cluster, 'web', {
      ports: [
        { name: 'http', port: 80, targetPort: 'web' },
        { name: 'metrics', port: 9090, targetPort: 9091 },
        { name: 'admin', port: 81, targetPort: 8081 },
      ],
    });
    setEndpoints(world.cluster, 'web', [
      {
        addresses: [three[0]!],
        ports: [
          { name: 'metrics', port: 9091 },
          { name: 'http', port: 8080 },
        ],
      },
    ]);
    world.sync();
    const proxy = world.proxies.get('node-1')!;
    const to = (port: number) => proxy.route({ ip: svc.spec.clusterIP!, port }, '10.246.9.9');
    expect(to(80)).toEqual({
      ok: true,
      service: { namespace: 'default', name: 'web', portName: 'http' },
      endpoint: {
        ip: '10.246.1.5',
        port: 8080,
        targetRef: { namespace: 'default', name: 'web-a' },
      },
    });
    expect(picked(to(9090))).toBe('10.246.1.5:9091');
    expect(picked(to(81))).toBe('Connection refused');
    expect(to(8080)).toBeUndefined();
  });

  it('forwards a nodePort only on its own node IP', () => {
    const world = proxyWorld(era);
    const svc = createService(world.cluster, 'web', {
      type: 'NodePort',
      ports: [{ port: 80, targetPort: 8080 }],
    });
    setEndpoints(world.cluster, 'web', [{ addresses: three, ports: [{ port: 8080 }] }]);
    world.sync();
    const nodePort = svc.spec.ports?.[0]?.nodePort ?? 0;
    const [one, two] = [world.proxies.get('node-1')!, world.proxies.get('node-2')!];
    expect(nodePort).toBeGreaterThanOrEqual(30000);
    expect(one.route({ ip: one.nodeIP, port: nodePort }, '192.168.1.10')?.ok).toBe(true);
    expect(one.route({ ip: two.nodeIP, port: nodePort }, '192.168.1.10')).toBeUndefined();
    expect(one.route({ ip: one.nodeIP, port: 80 }, '192.168.1.10')).toBeUndefined();
  });

  it('has no rules for a headless service', () => {
    const world = proxyWorld(era);
    createService(world.cluster, 'db', { clusterIP: 'None', ports: [{ port: 5432 }] });
    setEndpoints(world.cluster, 'db', [{ addresses: three, ports: [{ port: 5432 }] }]);
    world.sync();
    // only the master's own services are programmed
    expect(world.proxies.get('node-1')!.table.map((r) => r.key)).toEqual(
      era === 'modern'
        ? ['default/kubernetes:https']
        : ['default/kubernetes:', 'default/kubernetes-ro:'],
    );
  });

  it('programs a new service only after its sync latency', () => {
    const world = proxyWorld(era);
    const svc = createService(world.cluster, 'web', { ports: [{ port: 80, targetPort: 8080 }] });
    setEndpoints(world.cluster, 'web', [{ addresses: three, ports: [{ port: 8080 }] }]);
    const proxy = world.proxies.get('node-1')!;
    world.cluster.advance(SYNC_MS - 1);
    expect(proxy.route({ ip: svc.spec.clusterIP!, port: 80 }, '10.246.9.9')).toBeUndefined();
    world.cluster.advance(1);
    expect(proxy.route({ ip: svc.spec.clusterIP!, port: 80 }, '10.246.9.9')?.ok).toBe(true);
  });

  it('refuses everything once stopped, and resyncs when started again', () => {
    const { proxy, ip, send, cluster } = webWorld(era);
    proxy.stop();
    expect(proxy.running).toBe(false);
    expect(send(1)).toEqual(['Connection refused']);
    expect(proxy.route({ ip: '10.246.1.5', port: 8080 }, '10.246.9.9')).toEqual({
      ok: false,
      error: 'Connection refused',
    });
    proxy.start();
    expect(proxy.running).toBe(true);
    expect(proxy.route({ ip, port: 80 }, '10.246.9.9')).toBeUndefined();
    cluster.advance(SYNC_MS);
    expect(send(1)[0]).toMatch(/^10\.246\.\d\.5:8080$/);
  });

  it('records each routed connection as a message a student can read', () => {
    const { cluster, proxy, ip } = webWorld(era, [three[0]!, { ip: '10.246.2.7' }]);
    const seen: ControlMessage[] = [];
    cluster.messages.subscribe((m) => seen.push(m));
    const targets = new Set<string>();
    for (let i = 0; i < 6; i++) {
      proxy.route({ ip, port: 80, path: '/index.html' }, '10.246.9.9');
      targets.add(seen.at(-1)!.to);
    }
    expect([...targets].sort()).toEqual(['10.246.2.7', 'pod/default/web-a']);
    expect(seen.find((m) => m.to === 'pod/default/web-a')).toEqual(
      expect.objectContaining({
        from: 'proxy/node-1',
        what: `GET http://${ip}:80/index.html → 10.246.1.5:8080`,
        object: { kind: 'Service', namespace: 'default', name: 'web' },
      }),
    );
    setEndpoints(cluster, 'web', []);
    cluster.advance(SYNC_MS);
    proxy.route({ ip, port: 80 }, '10.246.9.9');
    expect(seen.at(-1)).toEqual(
      expect.objectContaining({
        from: 'proxy/node-1',
        to: '10.246.9.9',
        what: `GET http://${ip}:80/ → refused: default/web has no endpoints`,
      }),
    );
  });
});
