/**
 * Cluster options from the page address, so a teacher can share a link to the same cluster:
 * `?seed=7&era=2015&nodes=5`, node sizes as `&cpu=4&memory=8Gi&pods=60` (every node), or one
 * size per node as `&sizes=2/4Gi/110,4/8Gi/60` (an empty part keeps the default). Anything
 * malformed is ignored in favour of the defaults; the set-up dialog writes the address back.
 */
import type { ClusterOptions, NodeOptions } from '../engine/contract';

export const DEFAULT_OPTIONS = {
  nodes: 3,
  seed: 1,
  era: 'modern',
} as const satisfies ClusterOptions;
export const MAX_NODES = 100;

/** The address's keys this file owns (others' keys are left alone when it is rewritten). */
export const OPTION_KEYS = ['nodes', 'seed', 'era', 'cpu', 'memory', 'pods', 'sizes'] as const;

/** One node's size; an absent part takes the engine's default. */
export type NodeSize = Pick<NodeOptions, 'cpu' | 'memory' | 'pods'>;

const CPU = /^(?:\d{1,4}(?:\.\d{1,3})?|\d{1,7}m)$/;
const MEMORY = /^\d{1,7}(?:\.\d{1,3})?(?:Ki|Mi|Gi|Ti|k|M|G|T)?$/;

export const isCpuQuantity = (text: string): boolean => CPU.test(text) && parseFloat(text) > 0;
export const isMemoryQuantity = (text: string): boolean =>
  MEMORY.test(text) && parseFloat(text) > 0;

export function clusterOptionsFromSearch(search: string): ClusterOptions {
  const params = new URLSearchParams(search);
  const options: ClusterOptions = { ...DEFAULT_OPTIONS };
  const seed = wholeNumber(params.get('seed'));
  if (seed !== undefined) options.seed = seed;
  const count = wholeNumber(params.get('nodes'));
  if (count !== undefined && count >= 1 && count <= MAX_NODES) options.nodes = count;
  const era = params.get('era');
  if (era === 'modern' || era === '2015') options.era = era;

  const nodes = typeof options.nodes === 'number' ? options.nodes : DEFAULT_OPTIONS.nodes;
  const sizes = params.get('sizes')?.split(',').map(sizeFrom);
  if (sizes && sizes.length === nodes && sizes.every((s) => s !== undefined)) {
    if (sizes.some((s) => Object.keys(s).length > 0)) options.nodes = sizes;
    return options;
  }
  const size = sizeFrom(
    [params.get('cpu') ?? '', params.get('memory') ?? '', params.get('pods') ?? ''].join('/'),
  );
  if (size && Object.keys(size).length > 0)
    options.nodes = Array.from({ length: nodes }, () => ({ ...size }));
  return options;
}

/** `2/4Gi/110` → a size; undefined when a part is malformed. */
function sizeFrom(text: string): NodeSize | undefined {
  const [cpu = '', memory = '', pods = '', ...rest] = text.split('/');
  if (rest.length > 0) return undefined;
  const size: NodeSize = {};
  if (cpu !== '') {
    if (!isCpuQuantity(cpu)) return undefined;
    size.cpu = cpu;
  }
  if (memory !== '') {
    if (!isMemoryQuantity(memory)) return undefined;
    size.memory = memory;
  }
  if (pods !== '') {
    const n = wholeNumber(pods);
    if (n === undefined || n < 1) return undefined;
    size.pods = n;
  }
  return size;
}

const sizeText = (s: NodeSize): string => `${s.cpu ?? ''}/${s.memory ?? ''}/${s.pods ?? ''}`;

/**
 * The address for `options`, keeping `current`'s other keys: what the set-up dialog writes so a
 * reload starts the same cluster. Defaults are left out, so a plain cluster keeps a plain link.
 */
export function searchForOptions(options: ClusterOptions, current = ''): string {
  const params = new URLSearchParams(current);
  for (const key of OPTION_KEYS) params.delete(key);
  const nodes = options.nodes ?? DEFAULT_OPTIONS.nodes;
  const count = typeof nodes === 'number' ? nodes : nodes.length;
  if (count !== DEFAULT_OPTIONS.nodes) params.set('nodes', String(count));
  if (options.era && options.era !== DEFAULT_OPTIONS.era) params.set('era', options.era);
  if (options.seed !== undefined && options.seed !== DEFAULT_OPTIONS.seed)
    params.set('seed', String(options.seed));
  if (Array.isArray(nodes) && nodes.length > 0) {
    const texts = nodes.map((n) => sizeText(n));
    if (texts.every((t) => t === texts[0])) {
      const [first] = nodes as [NodeSize];
      if (first.cpu !== undefined) params.set('cpu', first.cpu);
      if (first.memory !== undefined) params.set('memory', first.memory);
      if (first.pods !== undefined) params.set('pods', String(first.pods));
    } else params.set('sizes', texts.join(','));
  }
  const text = params.toString().replace(/%2F/g, '/').replace(/%2C/g, ',');
  return text === '' ? '' : `?${text}`;
}

function wholeNumber(text: string | null): number | undefined {
  if (text === null || !/^\d{1,9}$/.test(text)) return undefined;
  return Number(text);
}
