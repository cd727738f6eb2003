/**
 * Cluster options from the page address (`?seed=7&era=2015&nodes=5`), so a teacher can share
 * a link to the same cluster. Anything malformed is ignored in favour of the defaults.
 */
import type { ClusterOptions } from '../engine/contract';

export const DEFAULT_OPTIONS = {
  nodes: 3,
  seed: 1,
  era: 'modern',
} as const satisfies ClusterOptions;
export const MAX_NODES = 100;

export function clusterOptionsFromSearch(search: string): ClusterOptions {
  const params = new URLSearchParams(search);
  const options: ClusterOptions = { ...DEFAULT_OPTIONS };
  const seed = wholeNumber(params.get('seed'));
  if (seed !== undefined) options.seed = seed;
  const nodes = wholeNumber(params.get('nodes'));
  if (nodes !== undefined && nodes >= 1 && nodes <= MAX_NODES) options.nodes = nodes;
  const era = params.get('era');
  if (era === 'modern' || era === '2015') options.era = era;
  return options;
}

function wholeNumber(text: string | null): number | undefined {
  if (text === null || !/^\d{1,9}$/.test(text)) return undefined;
  return Number(text);
}
