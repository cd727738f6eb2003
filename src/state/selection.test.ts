import { describe, expect, it } from 'vitest';
import type { LabelSelector } from '../engine/types';
import { labelSelectorMatches, selectorOf, selectorParts, setMatches } from './selection';
import { deployment, rc, service } from './testWorkloads';

describe('equality (map) selectors, as Services and ReplicationControllers use them', () => {
  const cases: [
    string,
    Record<string, string> | undefined,
    Record<string, string> | undefined,
    boolean,
  ][] = [
    ['every pair present', { app: 'web' }, { app: 'web', tier: 'fe' }, true],
    ['a value differs', { app: 'web' }, { app: 'api' }, false],
    ['a key is missing', { app: 'web', tier: 'fe' }, { app: 'web' }, false],
    ['an empty set selects everything', {}, { app: 'web' }, true],
    ['an object without labels', { app: 'web' }, undefined, false],
    ['a prototype member is not a label', { constructor: 'x' }, {}, false],
  ];
  it.each(cases)('%s', (_name, set, labels, expected) => {
    expect(setMatches(set, labels)).toBe(expected);
  });
});

describe('metav1.LabelSelector, as ReplicaSets and Deployments use it', () => {
  const cases: [string, LabelSelector | undefined, Record<string, string> | undefined, boolean][] =
    [
      ['nil selects nothing', undefined, { app: 'web' }, false],
      ['{} selects everything', {}, { app: 'web' }, true],
      ['matchLabels', { matchLabels: { app: 'web' } }, { app: 'web' }, true],
      [
        'In',
        { matchExpressions: [{ key: 'tier', operator: 'In', values: ['fe', 'be'] }] },
        { tier: 'be' },
        true,
      ],
      [
        'In without the key',
        { matchExpressions: [{ key: 'tier', operator: 'In', values: ['fe'] }] },
        {},
        false,
      ],
      [
        'NotIn matches a missing key',
        { matchExpressions: [{ key: 'env', operator: 'NotIn', values: ['prod'] }] },
        {},
        true,
      ],
      [
        'NotIn excludes the value',
        { matchExpressions: [{ key: 'env', operator: 'NotIn', values: ['prod'] }] },
        { env: 'prod' },
        false,
      ],
      [
        'Exists',
        { matchExpressions: [{ key: 'canary', operator: 'Exists' }] },
        { canary: '' },
        true,
      ],
      [
        'DoesNotExist',
        { matchExpressions: [{ key: 'canary', operator: 'DoesNotExist' }] },
        { canary: 'x' },
        false,
      ],
      [
        'labels and expressions are ANDed',
        {
          matchLabels: { app: 'web' },
          matchExpressions: [{ key: 'env', operator: 'In', values: ['dev'] }],
        },
        { app: 'web', env: 'prod' },
        false,
      ],
    ];
  it.each(cases)('%s', (_name, selector, labels, expected) => {
    expect(labelSelectorMatches(selector, labels)).toBe(expected);
  });
});

describe('what an object selects', () => {
  it('a Service without a selector selects nothing (its Endpoints are kept by hand)', () => {
    expect(selectorOf(service('external'))?.({ app: 'web' })).toBe(false);
    expect(selectorOf(service('web', {}))?.({ app: 'web' })).toBe(false);
    expect(selectorOf(service('web', { app: 'web' }))?.({ app: 'web' })).toBe(true);
  });

  it('a ReplicationController selects by its map, a Deployment by its LabelSelector', () => {
    expect(selectorOf(rc('redis', { name: 'redis' }))?.({ name: 'redis' })).toBe(true);
    expect(selectorOf(deployment('web', { matchLabels: { app: 'web' } }))?.({ app: 'api' })).toBe(
      false,
    );
  });

  it('shows a selector as key=value chips and expressions in kubectl words', () => {
    const d = deployment('web', {
      matchLabels: { tier: 'fe', app: 'web' },
      matchExpressions: [
        { key: 'env', operator: 'NotIn', values: ['prod', 'dev'] },
        { key: 'canary', operator: 'DoesNotExist' },
      ],
    });
    expect(selectorParts(d)).toEqual({
      pairs: [
        { key: 'app', value: 'web' },
        { key: 'tier', value: 'fe' },
      ],
      expressions: ['env notin (dev,prod)', '!canary'],
    });
  });
});
