import { describe, expect, it } from 'vitest';
import type { Deployment, ReplicaSet } from '../../types';
import { setDefaults } from '../defaults';
import { errorText } from '../field';
import { validateCreate, validateUpdate } from './index';

const template = () => ({
  metadata: { labels: { app: 'web' } },
  spec: { containers: [{ name: 'web', image: 'nginx:1' }] },
});

function deployment(change: (d: Deployment) => void = () => {}): Deployment {
  const d: Deployment = {
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    metadata: { name: 'web', namespace: 'default' },
    spec: { replicas: 3, selector: { matchLabels: { app: 'web' } }, template: template() },
  };
  change(d);
  setDefaults(d, { era: 'modern' });
  return d;
}
function replicaSet(change: (r: ReplicaSet) => void = () => {}): ReplicaSet {
  const r: ReplicaSet = {
    apiVersion: 'apps/v1',
    kind: 'ReplicaSet',
    metadata: { name: 'web-abc', namespace: 'default' },
    spec: { replicas: 3, selector: { matchLabels: { app: 'web' } }, template: template() },
  };
  change(r);
  setDefaults(r, { era: 'modern' });
  return r;
}
const errors = (obj: Deployment | ReplicaSet): string[] =>
  validateCreate(obj, { era: 'modern' }).map(errorText);

const MISMATCH =
  'spec.template.metadata.labels: Invalid value: map[string]string{"app":"web"}: `selector` does not match template `labels`';

describe('ReplicaSet and Deployment selectors', () => {
  it('accept a matching selector', () => {
    expect(errors(deployment())).toEqual([]);
    expect(errors(replicaSet())).toEqual([]);
  });

  it('require a selector (no defaulting in apps/v1); a nil selector matches no template', () => {
    expect(errors(replicaSet((r) => delete r.spec.selector))).toEqual([
      'spec.selector: Required value',
      MISMATCH,
    ]);
  });

  it('reject an empty selector', () => {
    expect(errors(deployment((d) => (d.spec.selector = {})))).toEqual([
      'spec.selector: Invalid value: v1.LabelSelector{MatchLabels:map[string]string(nil), MatchExpressions:[]v1.LabelSelectorRequirement(nil)}: empty selector is invalid for deployment',
    ]);
  });

  it('reject a selector the template does not satisfy, including set-based ones', () => {
    expect(errors(deployment((d) => (d.spec.selector = { matchLabels: { app: 'api' } })))).toEqual([
      MISMATCH,
    ]);
    expect(
      errors(
        deployment(
          (d) =>
            (d.spec.selector = {
              matchExpressions: [{ key: 'app', operator: 'In', values: ['web', 'api'] }],
            }),
        ),
      ),
    ).toEqual([]);
    expect(
      errors(
        deployment(
          (d) =>
            (d.spec.selector = { matchExpressions: [{ key: 'app', operator: 'DoesNotExist' }] }),
        ),
      ),
    ).toEqual([MISMATCH]);
  });

  it('skip the template when the selector itself is invalid', () => {
    expect(
      errors(
        replicaSet(
          (r) => (r.spec.selector = { matchExpressions: [{ key: 'app', operator: 'In' }] }),
        ),
      ),
    ).toEqual([
      "spec.selector.matchExpressions[0].values: Required value: must be specified when `operator` is 'In' or 'NotIn'",
      'spec.selector: Invalid value: v1.LabelSelector{MatchLabels:map[string]string(nil), MatchExpressions:[]v1.LabelSelectorRequirement{v1.LabelSelectorRequirement{Key:"app", Operator:"In", Values:[]string(nil)}}}: invalid label selector',
    ]);
  });

  it('require template pods that always restart', () => {
    expect(errors(deployment((d) => (d.spec.template!.spec.restartPolicy = 'Never')))).toEqual([
      'spec.template.spec.restartPolicy: Unsupported value: "Never": supported values: "Always"',
    ]);
  });

  it('make the selector immutable on update', () => {
    const old = deployment();
    const next = structuredClone(old);
    next.spec.selector = { matchLabels: { app: 'web', tier: 'x' } };
    next.spec.template!.metadata!.labels = { app: 'web', tier: 'x' };
    expect(validateUpdate(next, old, { era: 'modern' }).map(errorText)).toEqual([
      'spec.selector: Invalid value: v1.LabelSelector{MatchLabels:map[string]string{"app":"web", "tier":"x"}, MatchExpressions:[]v1.LabelSelectorRequirement(nil)}: field is immutable',
    ]);
    const rs = replicaSet();
    const rs2 = structuredClone(rs);
    rs2.spec.replicas = 5;
    expect(validateUpdate(rs2, rs, { era: 'modern' })).toEqual([]);
  });
});

describe('Deployment strategy', () => {
  it.each([
    [
      { type: 'RollingUpdate', rollingUpdate: { maxSurge: 0, maxUnavailable: 0 } },
      [
        'spec.strategy.rollingUpdate.maxUnavailable: Invalid value: intstr.IntOrString{Type:0, IntVal:0, StrVal:""}: may not be 0 when `maxSurge` is 0',
      ],
    ],
    [
      { type: 'RollingUpdate', rollingUpdate: { maxSurge: '0%', maxUnavailable: '0%' } },
      [
        'spec.strategy.rollingUpdate.maxUnavailable: Invalid value: intstr.IntOrString{Type:1, IntVal:0, StrVal:"0%"}: may not be 0 when `maxSurge` is 0',
      ],
    ],
    [
      { type: 'RollingUpdate', rollingUpdate: { maxSurge: 1, maxUnavailable: '25' } },
      [
        "spec.strategy.rollingUpdate.maxUnavailable: Invalid value: intstr.IntOrString{Type:1, IntVal:0, StrVal:\"25\"}: a valid percent string must be a numeric string followed by an ending '%' (e.g. '1%',  or '93%', regex used for validation is '[0-9]+%')",
      ],
    ],
    [
      { type: 'RollingUpdate', rollingUpdate: { maxSurge: -1, maxUnavailable: 1 } },
      [
        'spec.strategy.rollingUpdate.maxSurge: Invalid value: -1: must be greater than or equal to 0',
      ],
    ],
    [
      { type: 'RollingUpdate', rollingUpdate: { maxSurge: 1, maxUnavailable: '120%' } },
      [
        'spec.strategy.rollingUpdate.maxUnavailable: Invalid value: intstr.IntOrString{Type:1, IntVal:0, StrVal:"120%"}: must not be greater than 100%',
      ],
    ],
    [
      { type: 'Recreate', rollingUpdate: { maxSurge: 1 } },
      [
        "spec.strategy.rollingUpdate: Forbidden: may not be specified when strategy `type` is 'Recreate'",
      ],
    ],
    [
      { type: 'BlueGreen' },
      [
        'spec.strategy: Unsupported value: apps.DeploymentStrategy{Type:"BlueGreen", RollingUpdate:(*apps.RollingUpdateDeployment)(nil)}: supported values: "Recreate", "RollingUpdate"',
      ],
    ],
    [{ type: 'Recreate' }, []],
  ] as [NonNullable<Deployment['spec']['strategy']>, string[]][])('%j', (strategy, errs) => {
    expect(errors(deployment((d) => (d.spec.strategy = strategy)))).toEqual(errs);
  });

  it('checks history limit and progress deadline', () => {
    expect(
      errors(
        deployment((d) => {
          d.spec.revisionHistoryLimit = -1;
          d.spec.minReadySeconds = 30;
          d.spec.progressDeadlineSeconds = 30;
        }),
      ),
    ).toEqual([
      'spec.revisionHistoryLimit: Invalid value: -1: must be greater than or equal to 0',
      'spec.progressDeadlineSeconds: Invalid value: 30: must be greater than minReadySeconds',
    ]);
  });

  it('checks replicas', () => {
    expect(errors(deployment((d) => (d.spec.replicas = -2)))).toEqual([
      'spec.replicas: Invalid value: -2: must be greater than or equal to 0',
    ]);
  });
});
