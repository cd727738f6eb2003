import { describe, expect, it } from 'vitest';
import type { ClusterOptions } from '../engine/contract';
import { clusterOptionsFromSearch, searchForOptions } from './options';
import { checkSetup, setupFromOptions, sizesFor, type SetupForm } from './setup';

const form = (change: Partial<SetupForm> = {}): SetupForm => ({
  ...setupFromOptions({ nodes: 3, seed: 1, era: 'modern' }),
  ...change,
});

describe('the cluster set-up form', () => {
  it('turns what was typed into cluster options', () => {
    expect(checkSetup(form({ nodes: '5', era: '2015', seed: '7' }))).toEqual({
      ok: true,
      options: { nodes: 5, era: '2015', seed: 7 },
    });
  });

  it('gives every node the one size', () => {
    const result = checkSetup(form({ nodes: '2', size: { cpu: '4', memory: '8Gi', pods: '' } }));
    expect(result).toEqual({
      ok: true,
      options: {
        nodes: [
          { cpu: '4', memory: '8Gi' },
          { cpu: '4', memory: '8Gi' },
        ],
        era: 'modern',
        seed: 1,
      },
    });
  });

  it('gives each node its own size, blanks taking the defaults', () => {
    const f = form({ nodes: '2', sizing: 'each' });
    f.sizes = [
      { cpu: '1', memory: '', pods: '' },
      { cpu: '', memory: '16Gi', pods: '20' },
    ];
    expect(checkSetup(f)).toMatchObject({
      ok: true,
      options: { nodes: [{ cpu: '1' }, { memory: '16Gi', pods: 20 }] },
    });
  });

  it.each([
    [{ nodes: '0' }, 'nodes', 'nodes must be 1 to 50'],
    [{ nodes: '51' }, 'nodes', 'nodes must be 1 to 50'],
    [{ nodes: 'three' }, 'nodes', 'nodes must be 1 to 50'],
    [{ seed: '-1' }, 'seed', 'seed must be a whole number (0 to 999999999)'],
    [
      { size: { cpu: 'two', memory: '', pods: '' } },
      'size.cpu',
      'CPU must be a quantity such as 2, 1.5 or 500m',
    ],
    [
      { size: { cpu: '', memory: '4GB', pods: '' } },
      'size.memory',
      'memory must be a quantity such as 4Gi or 512Mi',
    ],
    [{ size: { cpu: '', memory: '', pods: '0' } }, 'size.pods', 'max pods must be 1 to 500'],
  ] as const)('%j: says what is wrong', (change, field, message) => {
    const result = checkSetup(form(change));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems[field]).toBe(message);
  });

  it('names the node whose size is wrong', () => {
    const f = form({ nodes: '2', sizing: 'each' });
    f.sizes = sizesFor(f, 2);
    f.sizes[1] = { cpu: '0', memory: '', pods: '' };
    expect(checkSetup(f)).toEqual({ ok: false, problems: { 'sizes.1.cpu': expect.any(String) } });
  });

  it('shows the running cluster, per-node sizes included', () => {
    const f = setupFromOptions({ nodes: [{ cpu: '1' }, { cpu: '2' }], era: '2015', seed: 4 });
    expect(f).toMatchObject({ nodes: '2', era: '2015', seed: '4', sizing: 'each' });
    expect(f.sizes.map((s) => s.cpu)).toEqual(['1', '2']);
  });
});

describe('set-up options round trip through the page address', () => {
  it.each<[string, ClusterOptions]>([
    ['plain', { nodes: 3, seed: 1, era: 'modern' }],
    ['five 2015 nodes', { nodes: 5, seed: 1, era: '2015' }],
    ['a seed', { nodes: 3, seed: 42, era: 'modern' }],
    [
      'one size for all',
      {
        nodes: [
          { cpu: '4', memory: '8Gi', pods: 60 },
          { cpu: '4', memory: '8Gi', pods: 60 },
        ],
        seed: 1,
        era: 'modern',
      },
    ],
    ['a size per node', { nodes: [{ cpu: '500m' }, { memory: '1Gi' }, {}], seed: 9, era: '2015' }],
  ])('%s', (_, options) => {
    const search = searchForOptions(options);
    expect(clusterOptionsFromSearch(search)).toEqual(options);
  });

  it('writes a short address, and keeps keys it does not own', () => {
    expect(searchForOptions({ nodes: 3, seed: 1, era: 'modern' }, '?lesson=intro&nodes=7')).toBe(
      '?lesson=intro',
    );
    expect(searchForOptions({ nodes: [{ cpu: '1' }, { cpu: '2' }], seed: 1, era: 'modern' })).toBe(
      '?nodes=2&sizes=1//,2//',
    );
  });

  it('ignores sizes that do not fit the node count or do not parse', () => {
    expect(clusterOptionsFromSearch('?nodes=2&sizes=1//').nodes).toBe(2);
    expect(clusterOptionsFromSearch('?nodes=2&cpu=lots').nodes).toBe(2);
  });
});
