import { describe, expect, it } from 'vitest';
import type { Pod } from '../../types';
import { setDefaults } from '../defaults';
import { errorText } from '../field';
import { validateUpdate } from './index';

const FORBIDDEN =
  'spec: Forbidden: pod updates may not change fields other than `spec.containers[*].image`,`spec.initContainers[*].image`,`spec.activeDeadlineSeconds`,`spec.tolerations` (only additions to existing tolerations),`spec.terminationGracePeriodSeconds` (allow it to be set to 1 if it was previously negative)';

function running(): Pod {
  const p: Pod = {
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: { name: 'web', namespace: 'default', uid: 'u1', resourceVersion: '7' },
    spec: {
      containers: [{ name: 'web', image: 'nginx:1.25', ports: [{ containerPort: 80 }] }],
      nodeName: 'node-1',
    },
  };
  setDefaults(p, { era: 'modern' });
  return p;
}
const update = (change: (p: Pod) => void, old = running()): string[] => {
  const next = structuredClone(old);
  change(next);
  return validateUpdate(next, old, { era: 'modern' }).map(errorText);
};

describe('pod updates', () => {
  it('may change images', () => {
    expect(update((p) => (p.spec.containers[0]!.image = 'nginx:1.26'))).toEqual([]);
  });

  it('may shorten or set activeDeadlineSeconds, not lengthen or remove it', () => {
    expect(update((p) => (p.spec.activeDeadlineSeconds = 60))).toEqual([]);
    const old = running();
    old.spec.activeDeadlineSeconds = 60;
    expect(update((p) => (p.spec.activeDeadlineSeconds = 30), old)).toEqual([]);
    expect(update((p) => (p.spec.activeDeadlineSeconds = 90), old)).toEqual([
      'spec.activeDeadlineSeconds: Invalid value: 90: must be less than or equal to previous value',
    ]);
    expect(update((p) => delete p.spec.activeDeadlineSeconds, old)).toEqual([
      'spec.activeDeadlineSeconds: Invalid value: "null": must not update from a positive integer to nil value',
    ]);
  });

  it('may add tolerations but not change existing ones', () => {
    expect(
      update((p) =>
        p.spec.tolerations!.push({ key: 'gpu', operator: 'Exists', effect: 'NoSchedule' }),
      ),
    ).toEqual([]);
    expect(update((p) => (p.spec.tolerations![0]!.tolerationSeconds = 60))).toEqual([]);
    expect(update((p) => (p.spec.tolerations![0]!.key = 'other'))).toEqual([
      'spec.tolerations: Forbidden: existing toleration can not be modified except its tolerationSeconds',
    ]);
  });

  it('may set a negative grace period to 1', () => {
    const old = running();
    old.spec.terminationGracePeriodSeconds = -1;
    expect(update((p) => (p.spec.terminationGracePeriodSeconds = 1), old)).toEqual([]);
    expect(update((p) => (p.spec.terminationGracePeriodSeconds = 5), old)[0]).toContain(FORBIDDEN);
  });

  it('forbids anything else, naming the fields that may change and showing a diff', () => {
    expect(update((p) => (p.spec.nodeName = 'node-2'))).toEqual([
      `${FORBIDDEN}\n  core.PodSpec{\n  \t... // 9 identical fields\n- \tNodeName: "node-1",\n+ \tNodeName: "node-2",\n  \t... // 8 identical fields\n  }`,
    ]);
    const [portChange] = update((p) => (p.spec.containers[0]!.ports![0]!.containerPort = 81));
    expect(portChange).toContain(FORBIDDEN);
    expect(portChange).toContain(
      '+ \tContainers: {{Name: "web", Image: "nginx:1.25", Ports: {{ContainerPort: 81, Protocol: "TCP"}}',
    );
  });

  it('forbids adding or removing containers, and stops there', () => {
    expect(
      update((p) =>
        p.spec.containers.push({
          name: 'b',
          image: 'x:1',
          imagePullPolicy: 'IfNotPresent',
          terminationMessagePath: '/dev/termination-log',
          terminationMessagePolicy: 'File',
        }),
      ),
    ).toEqual(['spec.containers: Forbidden: pod updates may not add or remove containers']);
  });

  it('still validates the new pod and its metadata', () => {
    expect(update((p) => (p.spec.containers[0]!.image = ''))).toEqual([
      'spec.containers[0].image: Required value',
    ]);
    expect(update((p) => (p.metadata.name = 'web2'))).toEqual([
      'metadata.name: Invalid value: "web2": field is immutable',
    ]);
  });
});
