import { describe, expect, it } from 'vitest';
import type { Container, Pod, PodSpec } from '../../types';
import { setDefaults } from '../defaults';
import { errorText } from '../field';
import { validateCreate } from './index';

const LABEL_REGEX =
  "a lowercase RFC 1123 label must consist of lower case alphanumeric characters or '-', and must start and end with an alphanumeric character (e.g. 'my-name',  or '123-abc', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?')";

/** A defaulted pod in namespace default, as the API server hands it to validation. */
function pod(spec: Partial<PodSpec>, era: 'modern' | '2015' = 'modern'): Pod {
  const p: Pod = {
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: { name: 'web', namespace: 'default' },
    spec: { containers: [{ name: 'web', image: 'nginx:1.25' }], ...spec },
  };
  setDefaults(p, { era });
  return p;
}
const errors = (p: Pod, era: 'modern' | '2015' = 'modern'): string[] =>
  validateCreate(p, { era }).map(errorText);
const withContainer = (c: Partial<Container>, extra: Partial<PodSpec> = {}): Pod =>
  pod({ containers: [{ name: 'web', image: 'nginx:1.25', ...c }], ...extra });

describe('a valid pod', () => {
  it('passes', () => {
    expect(errors(pod({}))).toEqual([]);
  });
});

describe('containers (§1.3 order)', () => {
  it('requires at least one', () => {
    expect(errors(pod({ containers: [] }))).toEqual(['spec.containers: Required value']);
  });

  it.each([
    [{ name: '' }, ['spec.containers[0].name: Required value']],
    [{ name: 'Web' }, [`spec.containers[0].name: Invalid value: "Web": ${LABEL_REGEX}`]],
    [{ image: '' }, ['spec.containers[0].image: Required value']],
    [
      { image: ' nginx' },
      [
        'spec.containers[0].image: Invalid value: " nginx": must not have leading or trailing whitespace',
      ],
    ],
    [
      { imagePullPolicy: 'PullAlways' },
      [
        'spec.containers[0].imagePullPolicy: Unsupported value: "PullAlways": supported values: "Always", "IfNotPresent", "Never"',
      ],
    ],
    [
      { terminationMessagePolicy: 'Log' },
      [
        'spec.containers[0].terminationMessagePolicy: Unsupported value: "Log": supported values: "File", "FallbackToLogsOnError"',
      ],
    ],
  ] as [Partial<Container>, string[]][])('%j', (c, errs) => {
    expect(errors(withContainer(c))).toEqual(errs);
  });

  it('reports a duplicate name after the second container’s own checks', () => {
    const p = pod({
      containers: [
        { name: 'web', image: 'a:1' },
        { name: 'web', image: '' },
      ],
    });
    expect(errors(p)).toEqual([
      'spec.containers[1].image: Required value',
      'spec.containers[1].name: Duplicate value: "web"',
    ]);
  });

  it('reports several causes in Kubernetes order', () => {
    const p = withContainer({
      name: 'Web',
      image: '',
      ports: [{ name: 'HTTP', containerPort: 0 }],
      env: [{ name: '1X', value: 'y' }],
      volumeMounts: [{ name: 'data', mountPath: '/data' }],
    });
    expect(errors(p)).toEqual([
      `spec.containers[0].name: Invalid value: "Web": ${LABEL_REGEX}`,
      'spec.containers[0].image: Required value',
      'spec.containers[0].ports[0].name: Invalid value: "HTTP": must contain only alpha-numeric characters (a-z, 0-9), and hyphens (-)',
      'spec.containers[0].ports[0].name: Invalid value: "HTTP": must contain at least one letter (a-z)',
      'spec.containers[0].ports[0].containerPort: Required value',
      "spec.containers[0].env[0].name: Invalid value: \"1X\": a valid environment variable name must consist of alphabetic characters, digits, '_', '-', or '.', and must not start with a digit (e.g. 'my.env-name',  or 'MY_ENV.NAME',  or 'MyEnvName1', regex used for validation is '[-._a-zA-Z][-._a-zA-Z0-9]*')",
      'spec.containers[0].volumeMounts[0].name: Not found: "data"',
    ]);
  });
});

describe('container ports', () => {
  it.each([
    [
      [{ containerPort: 70000 }],
      [
        'spec.containers[0].ports[0].containerPort: Invalid value: 70000: must be between 1 and 65535, inclusive',
      ],
    ],
    [
      [{ containerPort: 80, hostPort: -1 }],
      [
        'spec.containers[0].ports[0].hostPort: Invalid value: -1: must be between 1 and 65535, inclusive',
      ],
    ],
    [
      [{ containerPort: 80, protocol: 'ICMP' }],
      [
        'spec.containers[0].ports[0].protocol: Unsupported value: "ICMP": supported values: "SCTP", "TCP", "UDP"',
      ],
    ],
    [
      [
        { name: 'http', containerPort: 80 },
        { name: 'http', containerPort: 81 },
      ],
      ['spec.containers[0].ports[1].name: Duplicate value: "http"'],
    ],
    [
      [
        { containerPort: 80, hostPort: 8080 },
        { containerPort: 81, hostPort: 8080 },
      ],
      ['spec.containers[0].ports[1].hostPort: Duplicate value: "TCP//8080"'],
    ],
    [
      [
        { containerPort: 80, hostPort: 8080 },
        { containerPort: 81, hostPort: 8080, protocol: 'UDP' },
      ],
      [],
    ],
  ])('%j', (ports, errs) => {
    expect(errors(withContainer({ ports }))).toEqual(errs);
  });

  it('allows only TCP and UDP in 2015', () => {
    expect(
      errors(withContainer({ ports: [{ containerPort: 80, protocol: 'SCTP' }] }), '2015'),
    ).toEqual([
      'spec.containers[0].ports[0].protocol: Unsupported value: "SCTP": supported values: "TCP", "UDP"',
    ]);
  });

  it('finds host-port conflicts across containers, after the containers’ own checks', () => {
    const p = pod({
      containers: [
        { name: 'a', image: 'x:1', ports: [{ containerPort: 80, hostPort: 80 }] },
        { name: 'b', image: '', ports: [{ containerPort: 80, hostPort: 80 }] },
      ],
    });
    expect(errors(p)).toEqual([
      'spec.containers[1].image: Required value',
      'spec.containers[1].ports[0].hostPort: Duplicate value: "TCP//80"',
    ]);
  });

  it('requires host ports to equal container ports under hostNetwork', () => {
    const p = withContainer(
      { ports: [{ containerPort: 80, hostPort: 8080 }] },
      { hostNetwork: true },
    );
    expect(errors(p)).toEqual([
      'spec.containers[0].ports[0].hostPort: Invalid value: 8080: must match `containerPort` when `hostNetwork` is true',
    ]);
  });
});

describe('env', () => {
  it.each([
    [[{ name: '' }], ['spec.containers[0].env[0].name: Required value']],
    [
      [{ name: 'A', valueFrom: {} }],
      [
        'spec.containers[0].env[0].valueFrom: Invalid value: "": must specify one of: `fieldRef`, `resourceFieldRef`, `configMapKeyRef` or `secretKeyRef`',
      ],
    ],
    [
      [{ name: 'A', value: 'x', valueFrom: { fieldRef: { fieldPath: 'metadata.name' } } }],
      [
        'spec.containers[0].env[0].valueFrom: Invalid value: "": may not be specified when `value` is not empty',
      ],
    ],
    [
      [{ name: 'A', valueFrom: { fieldRef: { fieldPath: 'status.phase' } } }],
      [
        'spec.containers[0].env[0].valueFrom.fieldRef.fieldPath: Unsupported value: "status.phase": supported values: "metadata.name", "metadata.namespace", "metadata.uid", "spec.nodeName", "spec.serviceAccountName", "status.hostIP", "status.hostIPs", "status.podIP", "status.podIPs"',
      ],
    ],
    [
      [{ name: 'A', valueFrom: { fieldRef: { fieldPath: 'spec.color' } } }],
      [
        'spec.containers[0].env[0].valueFrom.fieldRef.fieldPath: Invalid value: "spec.color": error converting fieldPath: field label not supported: spec.color',
      ],
    ],
    [[{ name: 'A', valueFrom: { fieldRef: { fieldPath: "metadata.labels['app']" } } }], []],
    [
      [{ name: 'A', valueFrom: { secretKeyRef: { name: 'creds', key: '' } } }],
      ['spec.containers[0].env[0].valueFrom.secretKeyRef.key: Required value'],
    ],
  ] as [NonNullable<Container['env']>, string[]][])('%j', (env, errs) => {
    expect(errors(withContainer({ env }))).toEqual(errs);
  });
});

describe('volumes and mounts', () => {
  it.each([
    [
      [
        { name: 'd', emptyDir: {} },
        { name: 'd', emptyDir: {} },
      ],
      ['spec.volumes[1].name: Duplicate value: "d"'],
    ],
    [[{ name: '', emptyDir: {} }], ['spec.volumes[0].name: Required value']],
    [[{ name: 'D', emptyDir: {} }], [`spec.volumes[0].name: Invalid value: "D": ${LABEL_REGEX}`]],
    [
      [{ name: 'd', emptyDir: {}, hostPath: { path: '/x' } }],
      ['spec.volumes[0].hostPath: Forbidden: may not specify more than 1 volume type'],
    ],
    [[{ name: 'd', hostPath: { path: '' } }], ['spec.volumes[0].hostPath.path: Required value']],
    [
      [{ name: 'd', hostPath: { path: '/a/../b' } }],
      ['spec.volumes[0].hostPath.path: Invalid value: "/a/../b": must not contain \'..\''],
    ],
    [
      [{ name: 'd', hostPath: { path: '/x', type: 'Dir' } }],
      [
        'spec.volumes[0].hostPath.type: Unsupported value: "Dir": supported values: "", "BlockDevice", "CharDevice", "Directory", "DirectoryOrCreate", "File", "FileOrCreate", "Socket"',
      ],
    ],
    [
      [{ name: 'd', gcePersistentDisk: { pdName: '' } }],
      ['spec.volumes[0].persistentDisk.pdName: Required value'],
    ],
    [
      [{ name: 'd', nfs: { server: '', path: '' } }],
      [
        'spec.volumes[0].nfs.server: Required value',
        'spec.volumes[0].nfs.path: Required value',
        'spec.volumes[0].nfs.path: Invalid value: "": must be an absolute path',
      ],
    ],
    [
      [{ name: 'd', nfs: { server: 'nfs', path: 'exports' } }],
      ['spec.volumes[0].nfs.path: Invalid value: "exports": must be an absolute path'],
    ],
    [
      [{ name: 'd', gitRepo: { repository: '' } }],
      ['spec.volumes[0].gitRepo.repository: Required value'],
    ],
    [[{ name: 'd', secret: {} }], ['spec.volumes[0].secret.secretName: Required value']],
    [
      [{ name: 'd', persistentVolumeClaim: { claimName: '' } }],
      ['spec.volumes[0].persistentVolumeClaim.claimName: Required value'],
    ],
  ] as [NonNullable<PodSpec['volumes']>, string[]][])('%j', (volumes, errs) => {
    expect(errors(pod({ volumes }))).toEqual(errs);
  });

  it('requires a volume type when there is none (only reachable without defaulting)', () => {
    const p = pod({});
    p.spec.volumes = [{ name: 'd' }];
    expect(errors(p)).toEqual(['spec.volumes[0]: Required value: must specify a volume type']);
  });

  it('checks mounts against the pod’s volumes', () => {
    const p = withContainer(
      {
        volumeMounts: [
          { name: '', mountPath: '/a' },
          { name: 'data', mountPath: '' },
          { name: 'data', mountPath: '/data' },
          { name: 'data', mountPath: '/data' },
          { name: 'data', mountPath: '/sub', subPath: '../up' },
        ],
      },
      { volumes: [{ name: 'data', emptyDir: {} }] },
    );
    expect(errors(p)).toEqual([
      'spec.containers[0].volumeMounts[0].name: Required value',
      'spec.containers[0].volumeMounts[0].name: Not found: ""',
      'spec.containers[0].volumeMounts[1].mountPath: Required value',
      'spec.containers[0].volumeMounts[3].mountPath: Invalid value: "/data": must be unique',
      'spec.containers[0].volumeMounts.subPath: Invalid value: "../up": must not contain \'..\'',
    ]);
  });

  it('does not let a mount use a volume that failed validation', () => {
    const p = withContainer(
      { volumeMounts: [{ name: 'data', mountPath: '/d' }] },
      { volumes: [{ name: 'data', hostPath: { path: '' } }] },
    );
    expect(errors(p)).toEqual([
      'spec.volumes[0].hostPath.path: Required value',
      'spec.containers[0].volumeMounts[0].name: Not found: "data"',
    ]);
  });
});

describe('probes', () => {
  it.each([
    [
      { livenessProbe: {} },
      ['spec.containers[0].livenessProbe: Required value: must specify a handler type'],
    ],
    [
      { readinessProbe: { exec: { command: ['true'] }, tcpSocket: { port: 80 } } },
      [
        'spec.containers[0].readinessProbe.tcpSocket: Forbidden: may not specify more than 1 handler type',
      ],
    ],
    [
      { livenessProbe: { exec: {} } },
      ['spec.containers[0].livenessProbe.exec.command: Required value'],
    ],
    [
      { livenessProbe: { httpGet: { port: 'Http' } } },
      [
        'spec.containers[0].livenessProbe.httpGet.port: Invalid value: "Http": must contain only alpha-numeric characters (a-z, 0-9), and hyphens (-)',
      ],
    ],
    [
      { livenessProbe: { httpGet: { port: 80, scheme: 'FTP' } } },
      [
        'spec.containers[0].livenessProbe.httpGet.scheme: Unsupported value: "FTP": supported values: "HTTP", "HTTPS"',
      ],
    ],
    [
      { readinessProbe: { tcpSocket: { port: 0 } } },
      [
        'spec.containers[0].readinessProbe.tcpSocket.port: Invalid value: 0: must be between 1 and 65535, inclusive',
      ],
    ],
    [
      { livenessProbe: { exec: { command: ['x'] }, initialDelaySeconds: -1, successThreshold: 2 } },
      [
        'spec.containers[0].livenessProbe.initialDelaySeconds: Invalid value: -1: must be greater than or equal to 0',
        'spec.containers[0].livenessProbe.successThreshold: Invalid value: 2: must be 1',
      ],
    ],
    [{ readinessProbe: { exec: { command: ['x'] }, successThreshold: 2 } }, []],
  ] as [Partial<Container>, string[]][])('%j', (c, errs) => {
    expect(errors(withContainer(c))).toEqual(errs);
  });
});

describe('resources', () => {
  it.each([
    [
      { limits: { cpu: '500m' }, requests: { cpu: '1' } },
      [
        'spec.containers[0].resources.requests: Invalid value: "1": must be less than or equal to cpu limit of 500m',
      ],
    ],
    [
      { limits: { memory: '64Mi' }, requests: { memory: '128Mi' } },
      [
        'spec.containers[0].resources.requests: Invalid value: "128Mi": must be less than or equal to memory limit of 64Mi',
      ],
    ],
    [
      { limits: { cpu: '-1' } },
      [
        'spec.containers[0].resources.limits[cpu]: Invalid value: "-1": must be greater than or equal to 0',
        'spec.containers[0].resources.requests[cpu]: Invalid value: "-1": must be greater than or equal to 0',
      ],
    ],
    [
      { requests: { gpu: '1' } },
      [
        'spec.containers[0].resources.requests[gpu]: Invalid value: "gpu": must be a standard resource type or fully qualified',
        'spec.containers[0].resources.requests[gpu]: Invalid value: "gpu": must be a standard resource for containers',
      ],
    ],
    [{ limits: { 'example.com/gpu': '1' } }, []],
    [
      { limits: { 'example.com/gpu': '500m' } },
      [
        'spec.containers[0].resources.limits[example.com/gpu]: Invalid value: "500m": must be an integer',
        'spec.containers[0].resources.requests[example.com/gpu]: Invalid value: "500m": must be an integer',
      ],
    ],
    [
      { requests: { 'example.com/gpu': '1' } },
      [
        'spec.containers[0].resources.limits: Required value: Limit must be set for non overcommitable resources',
      ],
    ],
  ] as [NonNullable<Container['resources']>, string[]][])('%j', (resources, errs) => {
    expect(errors(withContainer({ resources }))).toEqual(errs);
  });
});

describe('init containers', () => {
  it('validates them like containers, with names unique across both lists and no probes', () => {
    const p = pod({
      initContainers: [
        { name: 'web', image: 'busybox:1' },
        { name: 'setup', image: 'busybox:1', livenessProbe: { exec: { command: ['x'] } } },
      ],
    });
    expect(errors(p)).toEqual([
      'spec.initContainers[0].name: Duplicate value: "web"',
      'spec.initContainers[1].livenessProbe: Forbidden: may not be set for init containers without restartPolicy=Always',
    ]);
  });
});

describe('pod-level fields', () => {
  it.each([
    [
      { restartPolicy: 'Sometimes' },
      [
        'spec.restartPolicy: Unsupported value: "Sometimes": supported values: "Always", "OnFailure", "Never"',
      ],
    ],
    [
      { dnsPolicy: 'Cluster' },
      [
        'spec.dnsPolicy: Unsupported value: "Cluster": supported values: "ClusterFirstWithHostNet", "ClusterFirst", "Default", "None"',
      ],
    ],
    [
      { activeDeadlineSeconds: 0 },
      ['spec.activeDeadlineSeconds: Invalid value: 0: must be between 1 and 2147483647, inclusive'],
    ],
    [{ terminationGracePeriodSeconds: -5 }, []],
    [
      { nodeSelector: { disk: 'fast ssd' } },
      [
        "spec.nodeSelector: Invalid value: \"fast ssd\": a valid label must be an empty string or consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyValue',  or 'my_value',  or '12345', regex used for validation is '(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?')",
      ],
    ],
    [
      { nodeName: 'Node_1' },
      [
        "spec.nodeName: Invalid value: \"Node_1\": a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character (e.g. 'example.com', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*')",
      ],
    ],
  ] as [Partial<PodSpec>, string[]][])('%j', (spec, errs) => {
    expect(errors(pod(spec))).toEqual(errs);
  });

  it('requires restart and DNS policy when they are empty after defaulting', () => {
    const p = pod({});
    p.spec.restartPolicy = '';
    p.spec.dnsPolicy = '';
    expect(errors(p)).toEqual([
      'spec.restartPolicy: Required value',
      'spec.dnsPolicy: Required value',
    ]);
  });
});

describe('tolerations', () => {
  it.each([
    [[{ key: 'dedicated', operator: 'Equal', value: 'gpu', effect: 'NoSchedule' }], []],
    [[{ operator: 'Exists' }], []],
    [
      [{ operator: 'Equal', value: 'x' }],
      [
        'spec.tolerations[0].operator: Invalid value: "Equal": operator must be Exists when `key` is empty, which means "match all values and all keys"',
      ],
    ],
    [
      [{ key: 'k', operator: 'Exists', effect: 'NoSchedule', tolerationSeconds: 10 }],
      [
        'spec.tolerations[0].effect: Invalid value: "NoSchedule": effect must be \'NoExecute\' when `tolerationSeconds` is set',
      ],
    ],
    [
      [{ key: 'k', operator: 'Exists', value: 'v' }],
      [
        'spec.tolerations[0].operator: Invalid value: core.Toleration{Key:"k", Operator:"Exists", Value:"v", Effect:"", TolerationSeconds:(*int64)(nil)}: value must be empty when `operator` is \'Exists\'',
      ],
    ],
    [
      [{ key: 'k', operator: 'Is' }],
      [
        'spec.tolerations[0].operator: Unsupported value: "Is": supported values: "Equal", "Exists"',
      ],
    ],
    [
      [{ key: 'k', operator: 'Exists', effect: 'NoRun' }],
      [
        'spec.tolerations[0].effect: Unsupported value: "NoRun": supported values: "NoSchedule", "PreferNoSchedule", "NoExecute"',
      ],
    ],
  ] as [NonNullable<PodSpec['tolerations']>, string[]][])('%j', (tolerations, errs) => {
    const all = errors(pod({ tolerations }, '2015'), '2015');
    expect(all).toEqual(errs);
  });
});
