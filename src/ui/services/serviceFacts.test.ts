import { describe, expect, it } from 'vitest';
import type { Endpoints, Service } from '../../engine/types';
import {
  endpointTargets,
  endpointsText,
  nodePortsOf,
  portsText,
  serviceStatus,
} from './serviceFacts';

const svc = (ports: NonNullable<Service['spec']['ports']>): Service => ({
  apiVersion: 'v1',
  kind: 'Service',
  metadata: { name: 'web', namespace: 'default' },
  spec: { ports },
});

describe('a Service box', () => {
  it('prints PORT(S) as kubectl get services does', () => {
    expect(portsText(svc([{ port: 6379, protocol: 'TCP' }]))).toBe('6379/TCP');
    expect(
      portsText(
        svc([
          { port: 80, nodePort: 30080 },
          { port: 53, protocol: 'UDP' },
        ]),
      ),
    ).toBe('80:30080/TCP,53/UDP');
    expect(portsText(svc([]))).toBe('<none>');
    expect(nodePortsOf(svc([{ port: 80, nodePort: 30080 }, { port: 81 }]))).toEqual([30080]);
  });

  it('counts the endpoints the endpoints controller wrote, ready or not', () => {
    const endpoints: Endpoints = {
      apiVersion: 'v1',
      kind: 'Endpoints',
      metadata: { name: 'web', namespace: 'default' },
      subsets: [
        {
          addresses: [
            { ip: '10.244.1.2', nodeName: 'node-1', targetRef: { kind: 'Pod', name: 'web-a' } },
          ],
          notReadyAddresses: [
            { ip: '10.244.2.2', nodeName: 'node-2', targetRef: { kind: 'Pod', name: 'web-b' } },
          ],
        },
      ],
    };
    const targets = endpointTargets(endpoints);
    expect(targets).toEqual([
      { ip: '10.244.1.2', pod: 'web-a', node: 'node-1', ready: true },
      { ip: '10.244.2.2', pod: 'web-b', node: 'node-2', ready: false },
    ]);
    expect(serviceStatus(targets)).toBe('1');
    expect(endpointsText(targets)).toBe('1 endpoint (1 not ready)');
    expect(serviceStatus(endpointTargets(undefined))).toBe('NoEndpoints');
  });
});
