import { describe, expect, it } from 'vitest';
import type { PersistentVolume, PersistentVolumeClaim } from '../../types';
import { setDefaults } from '../defaults';
import { errorText } from '../field';
import { validateCreate, validateUpdate } from './index';

function pv(spec: Record<string, unknown>): PersistentVolume {
  const v = {
    apiVersion: 'v1',
    kind: 'PersistentVolume',
    metadata: { name: 'pv1' },
    spec,
  } as PersistentVolume;
  setDefaults(v, { era: 'modern' });
  return v;
}

function pvc(spec: Record<string, unknown>): PersistentVolumeClaim {
  const c = {
    apiVersion: 'v1',
    kind: 'PersistentVolumeClaim',
    metadata: { name: 'data', namespace: 'default' },
    spec,
  } as PersistentVolumeClaim;
  setDefaults(c, { era: 'modern' });
  return c;
}

const errors = (o: PersistentVolume | PersistentVolumeClaim): string[] =>
  validateCreate(o, { era: 'modern' }).map(errorText);

const GOOD_PV = {
  capacity: { storage: '1Gi' },
  accessModes: ['ReadWriteOnce'],
  hostPath: { path: '/mnt/data' },
};

describe('PersistentVolume validation', () => {
  it.each<[string, Record<string, unknown>, string[]]>([
    ['accepts a plain hostPath volume', GOOD_PV, []],
    [
      'wants access modes, a capacity and a source',
      {},
      [
        'spec.accessModes: Required value',
        'spec.capacity: Required value',
        'spec.capacity: Unsupported value: core.ResourceList(nil): supported values: "storage"',
        'spec: Required value: must specify a volume type',
      ],
    ],
    [
      'names access modes in full',
      { ...GOOD_PV, accessModes: ['RWO'] },
      [
        'spec.accessModes: Unsupported value: "RWO": supported values: "ReadOnlyMany", "ReadWriteMany", "ReadWriteOnce", "ReadWriteOncePod"',
      ],
    ],
    [
      'keeps ReadWriteOncePod alone',
      { ...GOOD_PV, accessModes: ['ReadWriteOncePod', 'ReadOnlyMany'] },
      ['spec.accessModes: Forbidden: may not use ReadWriteOncePod with other access modes'],
    ],
    [
      'measures only storage',
      { ...GOOD_PV, capacity: { storage: '1Gi', cpu: '1' } },
      [
        'spec.capacity: Unsupported value: core.ResourceList{"cpu":resource.Quantity{i:resource.int64Amount{value:1, scale:0}, d:resource.infDecAmount{Dec:(*inf.Dec)(nil)}, s:"1", Format:"DecimalSI"}, "storage":resource.Quantity{i:resource.int64Amount{value:1073741824, scale:0}, d:resource.infDecAmount{Dec:(*inf.Dec)(nil)}, s:"1Gi", Format:"BinarySI"}}: supported values: "storage"',
      ],
    ],
    [
      'wants a positive size',
      { ...GOOD_PV, capacity: { storage: '0' } },
      ['spec.capacity[storage]: Invalid value: "0": must be greater than zero'],
    ],
    [
      'takes one source',
      { ...GOOD_PV, nfs: { server: 'nfs', path: '/x' } },
      ['spec.nfs: Forbidden: may not specify more than 1 volume type'],
    ],
    [
      'checks the source as a pod volume',
      { ...GOOD_PV, hostPath: undefined, nfs: { server: 'nfs', path: 'exports' } },
      ['spec.nfs.path: Invalid value: "exports": must be an absolute path'],
    ],
    [
      'knows the reclaim policies',
      { ...GOOD_PV, persistentVolumeReclaimPolicy: 'Keep' },
      [
        'spec.persistentVolumeReclaimPolicy: Unsupported value: "Keep": supported values: "Delete", "Recycle", "Retain"',
      ],
    ],
  ])('%s', (_, spec, expected) => {
    expect(errors(pv(spec))).toEqual(expected);
  });

  it('defaults a manual volume to Retain and Filesystem', () => {
    expect(pv(GOOD_PV).spec).toMatchObject({
      persistentVolumeReclaimPolicy: 'Retain',
      volumeMode: 'Filesystem',
    });
  });

  it('keeps the source once created', () => {
    const old = pv(GOOD_PV);
    const changed = pv({ ...GOOD_PV, hostPath: { path: '/elsewhere' } });
    expect(validateUpdate(changed, old, { era: 'modern' }).map(errorText)).toEqual([
      'spec.persistentvolumesource: Forbidden: spec.persistentvolumesource is immutable after creation',
    ]);
  });
});

describe('PersistentVolumeClaim validation', () => {
  const GOOD = { accessModes: ['ReadWriteOnce'], resources: { requests: { storage: '1Gi' } } };

  it.each<[string, Record<string, unknown>, string[]]>([
    ['accepts a plain claim', GOOD, []],
    [
      'wants access modes and a storage request',
      {},
      [
        'spec.accessModes: Required value: at least 1 access mode is required',
        'spec.resources[storage]: Required value',
      ],
    ],
    [
      'wants a positive request',
      { ...GOOD, resources: { requests: { storage: '0' } } },
      ['spec.resources[storage]: Invalid value: "0": must be greater than zero'],
    ],
  ])('%s', (_, spec, expected) => {
    expect(errors(pvc(spec))).toEqual(expected);
  });

  it('lets the binder set volumeName once, and nothing else change', () => {
    const old = pvc(GOOD);
    const bound = pvc({ ...GOOD, volumeName: 'pv1' });
    expect(validateUpdate(bound, old, { era: 'modern' })).toEqual([]);
    const resized = pvc({ ...GOOD, accessModes: ['ReadWriteMany'] });
    expect(validateUpdate(resized, old, { era: 'modern' }).map(errorText)).toEqual([
      'spec: Forbidden: spec is immutable after creation except resources.requests and volumeAttributesClassName for bound claims',
    ]);
  });
});
