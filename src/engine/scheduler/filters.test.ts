import { describe, expect, it } from 'vitest';
import type { Era } from '../contract';
import type { Pod } from '../types';
import { nodeAffinity } from './nodeAffinity';
import { nodeName } from './nodeName';
import { nodePorts } from './nodePorts';
import { nodeReady } from './nodeReady';
import { nodeResourcesFit } from './nodeResourcesFit';
import { nodeUnschedulable } from './nodeUnschedulable';
import { taintToleration } from './taintToleration';
import type { FilterPlugin, NodeInfo } from './types';
import { volumeRestrictions } from './volumeRestrictions';
import { info, node, pod } from './testFixtures';

interface Case {
  name: string;
  plugin: FilterPlugin;
  pod: Pod;
  on: NodeInfo;
  era?: Era;
  reasons: string[];
}

const affinity = (op: string, values?: string[], key = 'disk'): Partial<Pod['spec']> => ({
  affinity: {
    nodeAffinity: {
      requiredDuringSchedulingIgnoredDuringExecution: {
        nodeSelectorTerms: [
          { matchExpressions: [{ key, operator: op, ...(values ? { values } : {}) }] },
        ],
      },
    },
  },
});
const ssd = node('n', { labels: { disk: 'ssd', cores: '8' } });
const AFFINITY = "node(s) didn't match Pod's node affinity/selector";
const withPort = (name: string, hostPort: number, protocol = 'TCP', hostIP?: string): Pod =>
  pod(name, {
    containers: [
      {
        name: 'c',
        image: 'nginx',
        ports: [{ containerPort: 80, hostPort, protocol, ...(hostIP ? { hostIP } : {}) }],
      },
    ],
  });
const PORTS = "node(s) didn't have free ports for the requested pod ports";
const pd = (name: string, pdName: string, readOnly: boolean): Pod =>
  pod(name, { volumes: [{ name: 'd', gcePersistentDisk: { pdName, readOnly } }] });
const ebs = (name: string, volumeID: string): Pod =>
  pod(name, { volumes: [{ name: 'd', awsElasticBlockStore: { volumeID, readOnly: true } }] });
const DISK = 'node(s) had no available disk';
const small = node('n', { cpu: '1', memory: '1Gi', pods: '2' });

const cases: Case[] = [
  {
    name: 'a pod naming this node fits',
    plugin: nodeName,
    pod: pod('p', { nodeName: 'n' }),
    on: info(node('n')),
    reasons: [],
  },
  {
    name: 'a pod naming another node does not',
    plugin: nodeName,
    pod: pod('p', { nodeName: 'm' }),
    on: info(node('n')),
    reasons: ["node(s) didn't match the requested node name"],
  },
  {
    name: 'a cordoned node refuses',
    plugin: nodeUnschedulable,
    pod: pod('p'),
    on: info(node('n', { unschedulable: true })),
    reasons: ['node(s) were unschedulable'],
  },
  {
    name: 'a cordoned node takes a pod tolerating unschedulable',
    plugin: nodeUnschedulable,
    pod: pod('p', {
      tolerations: [
        { key: 'node.kubernetes.io/unschedulable', operator: 'Exists', effect: 'NoSchedule' },
      ],
    }),
    on: info(node('n', { unschedulable: true })),
    reasons: [],
  },
  {
    name: '2015 knew no tolerations for cordoned nodes',
    plugin: nodeUnschedulable,
    era: '2015',
    pod: pod('p', { tolerations: [{ operator: 'Exists' }] }),
    on: info(node('n', { unschedulable: true })),
    reasons: ['node(s) were unschedulable'],
  },
  {
    name: 'an untolerated NoSchedule taint refuses',
    plugin: taintToleration,
    pod: pod('p'),
    on: info(node('n', { taints: [{ key: 'dedicated', value: 'gpu', effect: 'NoSchedule' }] })),
    reasons: ['node(s) had untolerated taint {dedicated: gpu}'],
  },
  {
    name: 'a PreferNoSchedule taint does not filter',
    plugin: taintToleration,
    pod: pod('p'),
    on: info(
      node('n', { taints: [{ key: 'dedicated', value: 'gpu', effect: 'PreferNoSchedule' }] }),
    ),
    reasons: [],
  },
  {
    name: 'an Equal toleration tolerates its value',
    plugin: taintToleration,
    pod: pod('p', { tolerations: [{ key: 'dedicated', operator: 'Equal', value: 'gpu' }] }),
    on: info(node('n', { taints: [{ key: 'dedicated', value: 'gpu', effect: 'NoSchedule' }] })),
    reasons: [],
  },
  {
    name: 'an Equal toleration of another value does not',
    plugin: taintToleration,
    pod: pod('p', { tolerations: [{ key: 'dedicated', value: 'cpu' }] }),
    on: info(node('n', { taints: [{ key: 'dedicated', value: 'gpu', effect: 'NoExecute' }] })),
    reasons: ['node(s) had untolerated taint {dedicated: gpu}'],
  },
  {
    name: 'a NotReady node is tainted not-ready',
    plugin: taintToleration,
    pod: pod('p'),
    on: info(node('n', { ready: 'False' })),
    reasons: ['node(s) had untolerated taint {node.kubernetes.io/not-ready: }'],
  },
  {
    name: 'a silent node is tainted unreachable',
    plugin: taintToleration,
    pod: pod('p'),
    on: info(node('n', { ready: 'Unknown' })),
    reasons: ['node(s) had untolerated taint {node.kubernetes.io/unreachable: }'],
  },
  {
    name: 'a pod tolerating not-ready may land on a NotReady node',
    plugin: taintToleration,
    pod: pod('p', { tolerations: [{ key: 'node.kubernetes.io/not-ready', operator: 'Exists' }] }),
    on: info(node('n', { ready: 'False' })),
    reasons: [],
  },
  {
    name: '2015: a NotReady node is not a candidate',
    plugin: nodeReady,
    era: '2015',
    pod: pod('p'),
    on: info(node('n', { ready: 'Unknown' })),
    reasons: ['node(s) were not ready'],
  },
  {
    name: 'nodeSelector matching the labels fits',
    plugin: nodeAffinity,
    pod: pod('p', { nodeSelector: { disk: 'ssd' } }),
    on: info(ssd),
    reasons: [],
  },
  {
    name: 'nodeSelector with another value does not',
    plugin: nodeAffinity,
    pod: pod('p', { nodeSelector: { disk: 'hdd' } }),
    on: info(ssd),
    reasons: [AFFINITY],
  },
  {
    name: 'In matches a listed value',
    plugin: nodeAffinity,
    pod: pod('p', affinity('In', ['hdd', 'ssd'])),
    on: info(ssd),
    reasons: [],
  },
  {
    name: 'NotIn refuses a listed value',
    plugin: nodeAffinity,
    pod: pod('p', affinity('NotIn', ['ssd'])),
    on: info(ssd),
    reasons: [AFFINITY],
  },
  {
    name: 'NotIn matches a node without the key',
    plugin: nodeAffinity,
    pod: pod('p', affinity('NotIn', ['ssd'], 'gpu')),
    on: info(ssd),
    reasons: [],
  },
  {
    name: 'Exists needs the key',
    plugin: nodeAffinity,
    pod: pod('p', affinity('Exists', undefined, 'gpu')),
    on: info(ssd),
    reasons: [AFFINITY],
  },
  {
    name: 'DoesNotExist wants it absent',
    plugin: nodeAffinity,
    pod: pod('p', affinity('DoesNotExist', undefined, 'gpu')),
    on: info(ssd),
    reasons: [],
  },
  {
    name: 'Gt compares integers',
    plugin: nodeAffinity,
    pod: pod('p', affinity('Gt', ['4'], 'cores')),
    on: info(ssd),
    reasons: [],
  },
  {
    name: 'Lt compares integers',
    plugin: nodeAffinity,
    pod: pod('p', affinity('Lt', ['4'], 'cores')),
    on: info(ssd),
    reasons: [AFFINITY],
  },
  {
    name: 'Gt on a non-integer label never matches',
    plugin: nodeAffinity,
    pod: pod('p', affinity('Gt', ['1'], 'disk')),
    on: info(ssd),
    reasons: [AFFINITY],
  },
  {
    name: '2015 matched only the nodeSelector',
    plugin: nodeAffinity,
    era: '2015',
    pod: pod('p', affinity('Exists', undefined, 'gpu')),
    on: info(ssd),
    reasons: [],
  },
  {
    name: 'a free host port fits',
    plugin: nodePorts,
    pod: withPort('p', 8080),
    on: info(node('n'), [withPort('q', 8081)]),
    reasons: [],
  },
  {
    name: 'a taken host port does not',
    plugin: nodePorts,
    pod: withPort('p', 8080),
    on: info(node('n'), [withPort('q', 8080)]),
    reasons: [PORTS],
  },
  {
    name: 'the same port over UDP is another port',
    plugin: nodePorts,
    pod: withPort('p', 53, 'UDP'),
    on: info(node('n'), [withPort('q', 53)]),
    reasons: [],
  },
  {
    name: 'different host IPs do not clash',
    plugin: nodePorts,
    pod: withPort('p', 80, 'TCP', '10.0.0.1'),
    on: info(node('n'), [withPort('q', 80, 'TCP', '10.0.0.2')]),
    reasons: [],
  },
  {
    name: 'containerPort alone never conflicts',
    plugin: nodePorts,
    pod: pod('p', { containers: [{ name: 'c', image: 'x', ports: [{ containerPort: 80 }] }] }),
    on: info(node('n'), [
      pod('q', { containers: [{ name: 'c', image: 'x', ports: [{ containerPort: 80 }] }] }),
    ]),
    reasons: [],
  },
  {
    name: 'requests within room fit',
    plugin: nodeResourcesFit,
    pod: pod('p', {}, {}, { cpu: '500m', memory: '512Mi' }),
    on: info(small, [pod('q', {}, {}, { cpu: '500m', memory: '512Mi' })]),
    reasons: [],
  },
  {
    name: 'one millicore too many is Insufficient cpu',
    plugin: nodeResourcesFit,
    pod: pod('p', {}, {}, { cpu: '501m' }),
    on: info(small, [pod('q', {}, {}, { cpu: '500m' })]),
    reasons: ['Insufficient cpu'],
  },
  {
    name: 'cpu and memory both short give both reasons',
    plugin: nodeResourcesFit,
    pod: pod('p', {}, {}, { cpu: '2', memory: '2Gi' }),
    on: info(small),
    reasons: ['Insufficient cpu', 'Insufficient memory'],
  },
  {
    name: 'a pod requesting nothing fits a full node',
    plugin: nodeResourcesFit,
    pod: pod('p'),
    on: info(small, [pod('q', {}, {}, { cpu: '1', memory: '1Gi' })]),
    reasons: [],
  },
  {
    name: 'but not a node at its pod limit',
    plugin: nodeResourcesFit,
    pod: pod('p', {}, {}, { cpu: '2' }),
    on: info(small, [pod('q'), pod('r')]),
    reasons: ['Too many pods', 'Insufficient cpu'],
  },
  {
    name: 'init containers count at their peak',
    plugin: nodeResourcesFit,
    pod: pod('p', {
      initContainers: [{ name: 'i', image: 'x', resources: { requests: { cpu: '1500m' } } }],
    }),
    on: info(small),
    reasons: ['Insufficient cpu'],
  },
  {
    name: 'a second read-write user of a GCE PD on the node',
    plugin: volumeRestrictions,
    pod: pd('p', 'data', false),
    on: info(node('n'), [pd('q', 'data', true)]),
    reasons: [DISK],
  },
  {
    name: 'two read-only users of a GCE PD share it',
    plugin: volumeRestrictions,
    pod: pd('p', 'data', true),
    on: info(node('n'), [pd('q', 'data', true)]),
    reasons: [],
  },
  {
    name: 'another PD is no conflict',
    plugin: volumeRestrictions,
    pod: pd('p', 'logs', false),
    on: info(node('n'), [pd('q', 'data', false)]),
    reasons: [],
  },
  {
    name: 'an EBS volume always conflicts',
    plugin: volumeRestrictions,
    pod: ebs('p', 'vol-1'),
    on: info(node('n'), [ebs('q', 'vol-1')]),
    reasons: [DISK],
  },
];

describe('filter plugins', () => {
  it.each(cases)('$plugin.name: $name', (c) => {
    expect(c.plugin.filter(c.pod, c.on, c.era ?? 'modern')).toEqual(c.reasons);
  });
});

describe('2015 capacity', () => {
  it('2015 schedulers measured against capacity, modern ones against allocatable', () => {
    const n = node('n', { cpu: '2' });
    n.status = { ...n.status, allocatable: { cpu: '1', memory: '4Gi', pods: '110' } };
    const p = pod('p', {}, {}, { cpu: '1500m' });
    expect(nodeResourcesFit.filter(p, info(n), 'modern')).toEqual(['Insufficient cpu']);
    expect(nodeResourcesFit.filter(p, info(n), '2015')).toEqual([]);
  });
});
