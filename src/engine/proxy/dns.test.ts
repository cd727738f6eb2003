import { describe, expect, it } from 'vitest';
import { candidateNames, CLUSTER_DNS } from './dns';
import { createService, podAddress, proxyWorld, setEndpoints } from './testing';

describe('the stub resolver: which names it tries, in order', () => {
  const modern = CLUSTER_DNS.modern.search('default');
  it.each([
    ['web', ['web.default.svc.cluster.local', 'web.svc.cluster.local', 'web.cluster.local', 'web']],
    [
      'web.other',
      [
        'web.other.default.svc.cluster.local',
        'web.other.svc.cluster.local',
        'web.other.cluster.local',
        'web.other',
      ],
    ],
    ['web.default.svc.cluster.local.', ['web.default.svc.cluster.local']],
    [
      'a.b.c.d.e.f',
      [
        'a.b.c.d.e.f',
        'a.b.c.d.e.f.default.svc.cluster.local',
        'a.b.c.d.e.f.svc.cluster.local',
        'a.b.c.d.e.f.cluster.local',
      ],
    ],
  ])('modern (ndots:5) %s', (host, names) => {
    expect(candidateNames(host, modern, 5)).toEqual(names);
  });

  it('2015 (ndots:1) tries a dotted name as it is first', () => {
    expect(candidateNames('web.default', CLUSTER_DNS['2015'].search('default'), 1)).toEqual([
      'web.default',
      'web.default.default.kubernetes.local',
      'web.default.kubernetes.local',
    ]);
  });
});

function dnsWorld(era: '2015' | 'modern') {
  const world = proxyWorld(era);
  const { cluster } = world;
  const web = createService(cluster, 'web', { ports: [{ port: 80 }] });
  const otherWeb = createService(cluster, 'web', { ports: [{ port: 80 }] }, 'kube-system');
  createService(cluster, 'db', { clusterIP: 'None', ports: [{ port: 5432 }] });
  setEndpoints(cluster, 'db', [
    {
      addresses: [podAddress('10.246.2.9', 'db-1')],
      notReadyAddresses: [podAddress('10.246.1.9', 'db-0')],
      ports: [{ port: 5432 }],
    },
  ]);
  createService(cluster, 'cache', { clusterIP: 'None', ports: [{ port: 6379 }] });
  setEndpoints(cluster, 'cache', [
    { notReadyAddresses: [podAddress('10.246.1.8', 'cache-0')], ports: [{ port: 6379 }] },
  ]);
  return { ...world, web: web.spec.clusterIP, otherWeb: otherWeb.spec.clusterIP };
}

describe('cluster DNS (modern CoreDNS, cluster.local)', () => {
  const { network, web, otherWeb } = dnsWorld('modern');
  it.each([
    ['web', 'default', web],
    ['WEB', 'default', web],
    ['web.default', 'default', web],
    ['web.default.svc', 'default', web],
    ['web.default.svc.cluster.local', 'default', web],
    ['web.default.svc.cluster.local.', 'default', web],
    ['web', 'kube-system', otherWeb],
    ['web.kube-system', 'default', otherWeb],
    ['web.kube-system.svc.cluster.local', 'default', otherWeb],
    ['db', 'default', '10.246.2.9'],
    ['cache', 'default', undefined],
    ['10-246-1-7.default.pod.cluster.local', 'default', '10.246.1.7'],
    ['node-2', 'default', '10.240.0.4'],
    ['10.1.2.3', 'default', '10.1.2.3'],
    ['web.default.kubernetes.local', 'default', undefined],
    ['nothere', 'default', undefined],
    ['web.nowhere', 'default', undefined],
  ])('%s from namespace %s → %s', (host, namespace, ip) => {
    expect(network.resolve(host, namespace)).toBe(ip);
  });

  it('follows an ExternalName service to the name it points at', () => {
    const { cluster, network: net, web: ip } = dnsWorld('modern');
    createService(cluster, 'alias', {
      type: 'ExternalName',
      externalName: 'web.default.svc.cluster.local',
    });
    createService(cluster, 'outside', { type: 'ExternalName', externalName: 'example.com' });
    expect(net.resolve('alias', 'default')).toBe(ip);
    expect(net.resolve('outside', 'default')).toBeUndefined();
  });
});

describe('cluster DNS (2015 SkyDNS, kubernetes.local)', () => {
  const { network, web, otherWeb } = dnsWorld('2015');
  it.each([
    ['web', 'default', web],
    ['web.default', 'default', web],
    ['web.default.kubernetes.local', 'default', web],
    ['web.kube-system', 'default', otherWeb],
    ['db', 'default', '10.246.2.9'],
    ['node-1', 'default', '10.245.1.3'],
    ['web.default.svc.cluster.local', 'default', undefined],
    ['web.default.svc', 'default', undefined],
  ])('%s from namespace %s → %s', (host, namespace, ip) => {
    expect(network.resolve(host, namespace)).toBe(ip);
  });
});
