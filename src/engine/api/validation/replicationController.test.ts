import { describe, expect, it } from 'vitest';
import type { ReplicationController } from '../../types';
import { setDefaults } from '../defaults';
import { errorText } from '../field';
import { validateCreate, validateUpdate } from './index';

type Era = 'modern' | '2015';

function rc(
  change: (r: ReplicationController) => void = () => {},
  era: Era = 'modern',
): ReplicationController {
  const r: ReplicationController = {
    apiVersion: 'v1',
    kind: 'ReplicationController',
    metadata: { name: 'web', namespace: 'default' },
    spec: {
      replicas: 2,
      selector: { app: 'web' },
      template: {
        metadata: { labels: { app: 'web', tier: 'front' } },
        spec: { containers: [{ name: 'web', image: 'nginx:1' }] },
      },
    },
  };
  change(r);
  setDefaults(r, { era });
  return r;
}
const errors = (r: ReplicationController, era: Era = 'modern'): string[] =>
  validateCreate(r, { era }).map(errorText);

describe('ReplicationController', () => {
  it('accepts a selector that is a subset of the template labels', () => {
    expect(errors(rc())).toEqual([]);
  });

  it('rejects a selector the template does not satisfy, showing the labels as a Go map', () => {
    expect(errors(rc((r) => (r.spec.selector = { app: 'api' })))).toEqual([
      'spec.template.metadata.labels: Invalid value: map[string]string{"app":"web", "tier":"front"}: `selector` does not match template `labels`',
    ]);
  });

  it('defaults an empty selector from the template, and requires one when there is nothing to copy', () => {
    expect(errors(rc((r) => delete r.spec.selector))).toEqual([]);
    expect(
      errors(
        rc((r) => {
          delete r.spec.selector;
          delete r.spec.template!.metadata;
        }),
      ),
    ).toEqual(['spec.selector: Required value']);
  });

  it('shows nil template labels as Go does', () => {
    expect(errors(rc((r) => delete r.spec.template!.metadata))).toEqual([
      'spec.template.metadata.labels: Invalid value: map[string]string(nil): `selector` does not match template `labels`',
    ]);
  });

  it('requires non-negative replicas and a template', () => {
    expect(errors(rc((r) => (r.spec.replicas = -1)))).toEqual([
      'spec.replicas: Invalid value: -1: must be greater than or equal to 0',
    ]);
    expect(errors(rc((r) => delete r.spec.template))).toEqual(['spec.template: Required value']);
  });

  it('requires template pods to restart Always and to have no deadline', () => {
    expect(
      errors(
        rc((r) => {
          r.spec.template!.spec.restartPolicy = 'Never';
          r.spec.template!.spec.activeDeadlineSeconds = 30;
        }),
      ),
    ).toEqual([
      'spec.template.spec.restartPolicy: Unsupported value: "Never": supported values: "Always"',
      'spec.template.spec.activeDeadlineSeconds: Forbidden: activeDeadlineSeconds in ReplicationController is not Supported',
    ]);
  });

  it('reports template label errors at spec.template.labels, as Kubernetes does', () => {
    const detail =
      "a valid label must be an empty string or consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyValue',  or 'my_value',  or '12345', regex used for validation is '(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?')";
    // The RC's own labels were defaulted from the template's, so they fail too.
    expect(errors(rc((r) => (r.spec.template!.metadata!.labels!.tier = 'front end')))).toEqual([
      `metadata.labels: Invalid value: "front end": ${detail}`,
      `spec.template.labels: Invalid value: "front end": ${detail}`,
    ]);
  });

  it('validates the template’s pod spec under spec.template.spec', () => {
    expect(errors(rc((r) => (r.spec.template!.spec.containers[0]!.image = '')))).toEqual([
      'spec.template.spec.containers[0].image: Required value',
    ]);
  });

  describe('writable GCE persistent disks with more than one replica', () => {
    const withDisk = (replicas: number, readOnly: boolean, era: Era): ReplicationController =>
      rc((r) => {
        r.spec.replicas = replicas;
        r.spec.template!.spec.volumes = [
          { name: 'data', gcePersistentDisk: { pdName: 'disk-1', readOnly } },
        ];
      }, era);

    it('are rejected in 2015', () => {
      expect(errors(withDisk(2, false, '2015'), '2015')).toEqual([
        'spec.template.spec.volumes[0].gcePersistentDisk.readOnly: Invalid value: false: must be true for replicated pods > 1; GCE PD can only be mounted on multiple machines if it is read-only',
      ]);
      expect(errors(withDisk(1, false, '2015'), '2015')).toEqual([]);
      expect(errors(withDisk(3, true, '2015'), '2015')).toEqual([]);
    });

    it('are rejected in modern clusters too (k8s-reference §1.4)', () => {
      expect(errors(withDisk(2, false, 'modern'))).toEqual([
        'spec.template.spec.volumes[0].gcePersistentDisk.readOnly: Invalid value: false: must be true for replicated pods > 1; GCE PD can only be mounted on multiple machines if it is read-only',
      ]);
    });
  });

  it('lets the selector change on update, as v1 does, but still checks it', () => {
    const old = rc();
    old.metadata.uid = 'u1';
    const next = structuredClone(old);
    next.spec.selector = { app: 'web', tier: 'front' };
    expect(validateUpdate(next, old, { era: 'modern' })).toEqual([]);
    next.spec.selector = { app: 'other' };
    expect(validateUpdate(next, old, { era: 'modern' }).map(errorText)).toEqual([
      'spec.template.metadata.labels: Invalid value: map[string]string{"app":"web", "tier":"front"}: `selector` does not match template `labels`',
    ]);
  });
});
