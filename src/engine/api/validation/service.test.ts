import { describe, expect, it } from 'vitest';
import type { Service } from '../../types';
import { setDefaults } from '../defaults';
import { errorText } from '../field';
import { validateCreate, validateUpdate } from './index';

type Era = 'modern' | '2015';

function svc(spec: Partial<Service['spec']> = {}, name = 'web'): Service {
  const s: Service = {
    apiVersion: 'v1',
    kind: 'Service',
    metadata: { name, namespace: 'default' },
    spec: { selector: { app: 'web' }, ports: [{ port: 80 }], ...spec },
  };
  setDefaults(s, { era: 'modern' });
  return s;
}
const errors = (
  s: Service,
  era: Era = 'modern',
  nodePortRange?: { min: number; max: number },
): string[] =>
  validateCreate(s, { era, ...(nodePortRange ? { nodePortRange } : {}) }).map(errorText);

describe('Service create', () => {
  it('accepts a plain service', () => {
    expect(errors(svc())).toEqual([]);
  });

  it('names services as DNS-1035 labels', () => {
    expect(errors(svc({}, '1st-service'))).toEqual([
      `metadata.name: Invalid value: "1st-service": a DNS-1035 label must consist of lower case alphanumeric characters or '-', start with an alphabetic character, and end with an alphanumeric character (e.g. 'my-name',  or 'abc-123', regex used for validation is '[a-z]([-a-z0-9]*[a-z0-9])?')`,
    ]);
  });

  it('requires ports unless headless or ExternalName', () => {
    expect(errors(svc({ ports: [] }))).toEqual(['spec.ports: Required value']);
    expect(errors(svc({ ports: [], clusterIP: 'None' }))).toEqual([]);
    expect(
      errors(svc({ ports: [], type: 'ExternalName', externalName: 'db.example.com' })),
    ).toEqual([]);
  });

  it.each([
    [
      [{ port: 80 }, { port: 443 }],
      ['spec.ports[0].name: Required value', 'spec.ports[1].name: Required value'],
    ],
    [
      [
        { name: 'http', port: 80 },
        { name: 'http', port: 81 },
      ],
      ['spec.ports[1].name: Duplicate value: "http"'],
    ],
    [
      [{ name: 'HTTP', port: 80 }],
      [
        "spec.ports[0].name: Invalid value: \"HTTP\": a lowercase RFC 1123 label must consist of lower case alphanumeric characters or '-', and must start and end with an alphanumeric character (e.g. 'my-name',  or '123-abc', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?')",
      ],
    ],
    [
      [{ port: 0, targetPort: 80 }],
      ['spec.ports[0].port: Invalid value: 0: must be between 1 and 65535, inclusive'],
    ],
    [
      [{ port: 80, targetPort: 70000 }],
      ['spec.ports[0].targetPort: Invalid value: 70000: must be between 1 and 65535, inclusive'],
    ],
    [[{ port: 80, targetPort: 'redis-server' }], []],
    [
      [{ port: 80, targetPort: 'redis_server' }],
      [
        'spec.ports[0].targetPort: Invalid value: "redis_server": must contain only alpha-numeric characters (a-z, 0-9), and hyphens (-)',
      ],
    ],
    [
      [{ port: 53, protocol: 'ICMP' }],
      ['spec.ports[0].protocol: Unsupported value: "ICMP": supported values: "SCTP", "TCP", "UDP"'],
    ],
    [
      [
        { name: 'a', port: 80 },
        { name: 'b', port: 80 },
      ],
      [
        'spec.ports[1]: Duplicate value: core.ServicePort{Name:"", Protocol:"TCP", AppProtocol:(*string)(nil), Port:80, TargetPort:intstr.IntOrString{Type:0, IntVal:0, StrVal:""}, NodePort:0}',
      ],
    ],
  ] as [NonNullable<Service['spec']['ports']>, string[]][])('ports %j', (ports, errs) => {
    expect(errors(svc({ ports }))).toEqual(errs);
  });

  it.each([
    [
      { type: 'Internal' },
      [
        'spec.type: Unsupported value: "Internal": supported values: "ClusterIP", "ExternalName", "LoadBalancer", "NodePort"',
      ],
    ],
    [
      { sessionAffinity: 'Cookie' },
      ['spec.sessionAffinity: Unsupported value: "Cookie": supported values: "ClientIP", "None"'],
    ],
    [
      { selector: { app: 'web site' } },
      [
        "spec.selector: Invalid value: \"web site\": a valid label must be an empty string or consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyValue',  or 'my_value',  or '12345', regex used for validation is '(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?')",
      ],
    ],
    [
      { ports: [{ port: 80, nodePort: 30080 }] },
      ["spec.ports[0].nodePort: Forbidden: may not be used when `type` is 'ClusterIP'"],
    ],
    [
      { externalIPs: ['127.0.0.1'] },
      [
        'spec.externalIPs[0]: Invalid value: "127.0.0.1": may not be in the loopback range (127.0.0.0/8, ::1/128)',
      ],
    ],
    [
      { externalIPs: ['1.2.3'] },
      [
        'spec.externalIPs[0]: Invalid value: "1.2.3": must be a valid IP address, (e.g. 10.9.8.7 or 2001:db8::ffff)',
      ],
    ],
    [{ type: 'ExternalName' }, ['spec.externalName: Required value']],
  ] as [Partial<Service['spec']>, string[]][])('%j', (spec, errs) => {
    expect(errors(svc(spec))).toEqual(errs);
  });

  describe('clusterIP', () => {
    it('must be empty, None or an IP (modern: reported on clusterIPs)', () => {
      expect(errors(svc({ clusterIP: '10.96.0.10' }))).toEqual([]);
      expect(errors(svc({ clusterIP: 'abc' }))).toEqual([
        'spec.clusterIPs[0]: Invalid value: "abc": must be a valid IP address, (e.g. 10.9.8.7 or 2001:db8::ffff)',
      ]);
      expect(errors(svc({ clusterIP: 'abc' }), '2015')).toEqual([
        'spec.clusterIP: Invalid value: "abc": must be empty, \'None\', or a valid IP address',
      ]);
    });

    it('may not be None for NodePort services', () => {
      expect(errors(svc({ type: 'NodePort', clusterIP: 'None' }), '2015')).toEqual([
        'spec.clusterIP: Invalid value: "None": may not be set to \'None\' for NodePort services',
      ]);
      expect(errors(svc({ type: 'NodePort', clusterIP: 'None' }))).toEqual([
        'spec.clusterIPs[0]: Invalid value: "None": may not be set to \'None\' for NodePort services',
      ]);
    });

    it('is immutable once set', () => {
      const old = svc({ clusterIP: '10.0.0.5' });
      const next = svc({ clusterIP: '10.0.0.6' });
      expect(validateUpdate(next, old, { era: '2015' }).map(errorText)).toEqual([
        'spec.clusterIP: Invalid value: "10.0.0.6": field is immutable',
      ]);
      expect(validateUpdate(next, old, { era: 'modern' }).map(errorText)).toEqual([
        'spec.clusterIPs[0]: Invalid value: []string{"10.0.0.6"}: may not change once set',
      ]);
      expect(
        validateUpdate(svc({ clusterIP: '10.0.0.5', ports: [{ port: 81 }] }), old, {
          era: 'modern',
        }),
      ).toEqual([]);
    });
  });

  describe('nodePort range', () => {
    const nodePort = (n: number): Service =>
      svc({ type: 'NodePort', ports: [{ port: 80, nodePort: n }] });

    it('is 30000-32767 by default', () => {
      expect(errors(nodePort(30080))).toEqual([]);
      expect(errors(nodePort(8080))).toEqual([
        'spec.ports[0].nodePort: Invalid value: 8080: provided port is not in the valid range. The range of valid ports is 30000-32767',
      ]);
    });

    it('follows the configured range', () => {
      expect(errors(nodePort(30080), 'modern', { min: 31000, max: 31999 })).toEqual([
        'spec.ports[0].nodePort: Invalid value: 30080: provided port is not in the valid range. The range of valid ports is 31000-31999',
      ]);
    });

    it('is reported alone in modern clusters, after validation in 2015', () => {
      const s = svc({
        type: 'NodePort',
        sessionAffinity: 'Sticky',
        ports: [{ port: 80, nodePort: 1 }],
      });
      expect(errors(s)).toEqual([
        'spec.ports[0].nodePort: Invalid value: 1: provided port is not in the valid range. The range of valid ports is 30000-32767',
      ]);
      expect(errors(s, '2015')).toEqual([
        'spec.sessionAffinity: Unsupported value: "Sticky": supported values: "ClientIP", "None"',
      ]);
    });
  });
});
