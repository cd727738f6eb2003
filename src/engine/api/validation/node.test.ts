import { describe, expect, it } from 'vitest';
import type { Namespace, Node } from '../../types';
import { errorText } from '../field';
import { parseCIDR, parseIP } from './ip';
import { validateCreate, validateUpdate } from './index';

const node = (spec: Node['spec'] = {}, name = 'node-1'): Node => ({
  apiVersion: 'v1',
  kind: 'Node',
  metadata: { name, uid: 'n1' },
  spec,
  status: { capacity: { cpu: '2', memory: '4Gi', pods: '110' } },
});
const errors = (n: Node | Namespace, era: 'modern' | '2015' = 'modern'): string[] =>
  validateCreate(n, { era }).map(errorText);

describe('Node', () => {
  it('accepts a registered node', () => {
    expect(errors(node({ podCIDR: '10.244.1.0/24' }))).toEqual([]);
  });

  it('names nodes as DNS subdomains, without a namespace', () => {
    expect(errors(node({}, '10.245.1.3'))).toEqual([]);
    const namespaced = node();
    namespaced.metadata.namespace = 'default';
    expect(errors(namespaced)).toEqual(['metadata.namespace: Forbidden: not allowed on this type']);
  });

  it('checks the pod CIDR', () => {
    expect(errors(node({ podCIDR: '10.244.1.0' }))).toEqual([
      'spec.podCIDRs[0]: Invalid value: "10.244.1.0": must be a valid CIDR value, (e.g. 10.9.8.0/24 or 2001:db8::/64)',
    ]);
    expect(errors(node({ podCIDR: '10.244.1.0' }), '2015')).toEqual([
      'spec.podCIDR: Invalid value: "10.244.1.0": not a valid CIDR',
    ]);
    expect(errors(node({ podCIDRs: ['10.244.1.0/24', '10.244.2.0/24'] }))).toEqual([
      'spec.podCIDRs: Invalid value: []string{"10.244.1.0/24", "10.244.2.0/24"}: may specify no more than one CIDR for each IP family',
    ]);
  });

  it('checks taints (under metadata.taints, as Kubernetes reports them)', () => {
    expect(
      errors(
        node({
          taints: [
            { key: 'dedicated', value: 'gpu', effect: 'NoSchedule' },
            { key: 'dedicated', value: 'other', effect: 'NoSchedule' },
            { key: 'x', effect: 'Never' },
            { key: '', effect: '' },
          ],
        }),
      ),
    ).toEqual([
      'metadata.taints[1]: Duplicate value: core.Taint{Key:"dedicated", Value:"other", Effect:"NoSchedule", TimeAdded:(*v1.Time)(nil)}: taints must be unique by key and effect pair',
      'metadata.taints[2].effect: Unsupported value: "Never": supported values: "NoSchedule", "PreferNoSchedule", "NoExecute"',
      'metadata.taints[3].key: Invalid value: "": name part must be non-empty',
      "metadata.taints[3].key: Invalid value: \"\": name part must consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyName',  or 'my.name',  or '123-abc', regex used for validation is '([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]')",
      'metadata.taints[3].effect: Required value',
    ]);
  });

  it('rejects negative or fractional capacity', () => {
    const n = node();
    n.status!.capacity = { cpu: '-1', pods: '1500m' };
    expect(errors(n)).toEqual([
      'status.capacity.cpu: Invalid value: "-1": must be greater than or equal to 0',
      'status.capacity.pods: Invalid value: "1500m": must be an integer',
    ]);
  });

  it('lets a pod CIDR be set once, then never changed', () => {
    const old = node();
    expect(validateUpdate(node({ podCIDR: '10.244.1.0/24' }), old, { era: 'modern' })).toEqual([]);
    const assigned = node({ podCIDR: '10.244.1.0/24' });
    expect(
      validateUpdate(node({ podCIDR: '10.244.9.0/24' }), assigned, { era: 'modern' }).map(
        errorText,
      ),
    ).toEqual([
      'spec.podCIDRs: Forbidden: node updates may not change podCIDR except from "" to valid',
    ]);
    expect(
      validateUpdate(node({ podCIDR: '10.244.9.0/24' }), assigned, { era: '2015' }).map(errorText),
    ).toEqual([
      'spec.podCIDR: Forbidden: node updates may not change podCIDR except from "" to valid',
    ]);
  });

  it('lets unschedulable and taints change', () => {
    const old = node({ podCIDR: '10.244.1.0/24' });
    const next = node({
      podCIDR: '10.244.1.0/24',
      unschedulable: true,
      taints: [{ key: 'k', effect: 'NoSchedule' }],
    });
    expect(validateUpdate(next, old, { era: 'modern' })).toEqual([]);
  });
});

describe('Namespace', () => {
  const ns = (name: string, finalizers?: string[]): Namespace => ({
    apiVersion: 'v1',
    kind: 'Namespace',
    metadata: { name },
    ...(finalizers ? { spec: { finalizers } } : {}),
  });

  it('is a DNS-1123 label', () => {
    expect(errors(ns('kube-system', ['kubernetes']))).toEqual([]);
    expect(errors(ns('team.a'))).toEqual([
      'metadata.name: Invalid value: "team.a": must not contain dots',
    ]);
  });

  it('needs qualified finalizer names unless standard', () => {
    expect(errors(ns('dev', ['cleanup']))).toEqual([
      'spec.finalizers: Invalid value: "cleanup": name is neither a standard finalizer name nor is it fully qualified',
    ]);
    expect(errors(ns('dev', ['example.com/cleanup']))).toEqual([]);
  });

  it('keeps its name on update', () => {
    expect(validateUpdate(ns('prod'), ns('dev'), { era: 'modern' }).map(errorText)).toEqual([
      'metadata.name: Invalid value: "prod": field is immutable',
    ]);
  });
});

describe('IP parsing', () => {
  it.each([
    ['10.0.0.1', true],
    ['010.000.000.001', true],
    ['256.0.0.1', false],
    ['1.2.3', false],
    ['::1', true],
    ['2001:db8::ffff', true],
    ['::ffff:10.0.0.1', true],
    ['1:2:3:4:5:6:7:8', true],
    ['1:2:3:4:5:6:7:8:9', false],
    ['1::2::3', false],
    ['', false],
  ])('%j → %s', (text, ok) => {
    expect(parseIP(text) !== undefined).toBe(ok);
  });

  it('parses CIDRs with a prefix that fits the family', () => {
    expect(parseCIDR('10.244.0.0/16')?.bits).toBe(16);
    expect(parseCIDR('10.244.0.0/33')).toBeUndefined();
    expect(parseCIDR('fd00::/64')?.bits).toBe(64);
  });
});
