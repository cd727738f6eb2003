import { describe, expect, it } from 'vitest';
import { clusterOptionsFromSearch } from './options';

describe('cluster options from the address', () => {
  it.each([
    ['', { nodes: 3, seed: 1, era: 'modern' }],
    ['?seed=42&era=2015&nodes=5', { nodes: 5, seed: 42, era: '2015' }],
    ['?seed=-1&era=1999&nodes=0', { nodes: 3, seed: 1, era: 'modern' }],
    ['?seed=1e3&nodes=101', { nodes: 3, seed: 1, era: 'modern' }],
    ['?nodes=100', { nodes: 100, seed: 1, era: 'modern' }],
  ])('%j gives %j', (search, options) => {
    expect(clusterOptionsFromSearch(search)).toEqual(options);
  });
});
