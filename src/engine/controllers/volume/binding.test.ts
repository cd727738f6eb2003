import { describe, expect, it } from 'vitest';
import type { PersistentVolume, PersistentVolumeClaim } from '../../types';
import { findMatchingVolume, volumeMismatch } from './binding';

function pv(
  name: string,
  storage: string,
  modes: string[],
  extra: Partial<PersistentVolume['spec']> & {
    phase?: 'Available' | 'Bound' | 'Released';
    labels?: Record<string, string>;
  } = {},
): PersistentVolume {
  const { phase = 'Available', labels, ...spec } = extra;
  return {
    apiVersion: 'v1',
    kind: 'PersistentVolume',
    metadata: { name, ...(labels ? { labels } : {}) },
    spec: { capacity: { storage }, accessModes: modes, hostPath: { path: `/${name}` }, ...spec },
    status: { phase },
  };
}

function claim(
  storage: string,
  modes: string[],
  extra: Partial<PersistentVolumeClaim['spec']> = {},
): PersistentVolumeClaim {
  return {
    apiVersion: 'v1',
    kind: 'PersistentVolumeClaim',
    metadata: { name: 'data', namespace: 'default', uid: 'claim-uid' },
    spec: { accessModes: modes, resources: { requests: { storage } }, ...extra },
  };
}

const RWO = ['ReadWriteOnce'];

describe('which volume a claim binds to', () => {
  it.each<[string, PersistentVolumeClaim, PersistentVolume[], string | undefined]>([
    [
      'the smallest that is big enough',
      claim('3Gi', RWO),
      [pv('ten', '10Gi', RWO), pv('five', '5Gi', RWO), pv('two', '2Gi', RWO)],
      'five',
    ],
    [
      'exactly the size asked for',
      claim('5Gi', RWO),
      [pv('ten', '10Gi', RWO), pv('five', '5Gi', RWO)],
      'five',
    ],
    ['none when all are too small', claim('20Gi', RWO), [pv('ten', '10Gi', RWO)], undefined],
    [
      'one offering every requested mode',
      claim('1Gi', ['ReadWriteMany']),
      [pv('rwo', '1Gi', RWO), pv('rwx', '5Gi', ['ReadWriteOnce', 'ReadWriteMany'])],
      'rwx',
    ],
    [
      'the tightest set of modes before the smallest size',
      claim('1Gi', RWO),
      [pv('many', '1Gi', ['ReadWriteOnce', 'ReadOnlyMany']), pv('one', '2Gi', RWO)],
      'one',
    ],
    [
      'not a Bound volume',
      claim('1Gi', RWO),
      [
        pv('taken', '1Gi', RWO, {
          phase: 'Bound',
          claimRef: {
            kind: 'PersistentVolumeClaim',
            namespace: 'default',
            name: 'other',
            uid: 'x',
          },
        }),
      ],
      undefined,
    ],
    [
      'not a Released volume, even for a claim of the same name',
      claim('1Gi', RWO),
      [
        pv('old', '1Gi', RWO, {
          phase: 'Released',
          claimRef: {
            kind: 'PersistentVolumeClaim',
            namespace: 'default',
            name: 'data',
            uid: 'old-uid',
          },
        }),
      ],
      undefined,
    ],
    [
      'a volume reserved for this claim by name',
      claim('1Gi', RWO),
      [
        pv('free', '1Gi', RWO),
        pv('reserved', '9Gi', RWO, {
          claimRef: { kind: 'PersistentVolumeClaim', namespace: 'default', name: 'data' },
        }),
      ],
      'reserved',
    ],
    [
      'only the same storage class',
      claim('1Gi', RWO, { storageClassName: 'fast' }),
      [pv('plain', '1Gi', RWO), pv('fast', '5Gi', RWO, { storageClassName: 'fast' })],
      'fast',
    ],
    [
      'no class for a claim without one',
      claim('1Gi', RWO),
      [pv('fast', '5Gi', RWO, { storageClassName: 'fast' })],
      undefined,
    ],
    [
      'only volumes its selector matches',
      claim('1Gi', RWO, { selector: { matchLabels: { tier: 'db' } } }),
      [
        pv('web', '1Gi', RWO, { labels: { tier: 'web' } }),
        pv('db', '8Gi', RWO, { labels: { tier: 'db' } }),
      ],
      'db',
    ],
  ])('%s', (_, c, volumes, expected) => {
    expect(findMatchingVolume(c, volumes)?.metadata.name).toBe(expected);
  });
});

describe('a volume requested by name', () => {
  it.each<[string, PersistentVolume, string | undefined]>([
    ['fits', pv('pv', '1Gi', RWO), undefined],
    ['is too small', pv('pv', '100Mi', RWO), 'requested PV is too small'],
    [
      'has another class',
      pv('pv', '1Gi', RWO, { storageClassName: 'slow' }),
      'storageClassName does not match',
    ],
    ['lacks a mode', pv('pv', '1Gi', ['ReadOnlyMany']), 'incompatible accessMode'],
    ['is a block device', pv('pv', '1Gi', RWO, { volumeMode: 'Block' }), 'incompatible volumeMode'],
  ])('%s', (_, volume, why) => {
    expect(volumeMismatch(volume, claim('150Mi', RWO))).toBe(why);
  });
});
