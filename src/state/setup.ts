/**
 * The cluster set-up dialog's form: what the student typed (text, as typed), checked into
 * `ClusterOptions` with a clear message per field. Pure, so the dialog only draws.
 */
import type { ClusterOptions, Era, NodeOptions } from '../engine/contract';
import { DEFAULT_OPTIONS, isCpuQuantity, isMemoryQuantity, type NodeSize } from './options';

/** The picture fits 1 to 50 nodes (issue 4). */
export const SETUP_MAX_NODES = 50;
export const MAX_PODS_PER_NODE = 500;

export interface SizeFields {
  cpu: string;
  memory: string;
  pods: string;
}

export interface SetupForm {
  nodes: string;
  era: Era;
  seed: string;
  /** One size for every node, or a size per node. */
  sizing: 'same' | 'each';
  size: SizeFields;
  /** Per node, in node order; as long as the node count when sizing is `each`. */
  sizes: SizeFields[];
}

/** Field paths for messages: `nodes`, `seed`, `size.cpu`, `sizes.2.memory`, … */
export type SetupProblems = Record<string, string>;

export type SetupResult =
  { ok: true; options: ClusterOptions } | { ok: false; problems: SetupProblems };

const blankSize: SizeFields = { cpu: '', memory: '', pods: '' };

const fieldsOf = (size: NodeOptions | undefined): SizeFields => ({
  cpu: size?.cpu ?? '',
  memory: size?.memory ?? '',
  pods: size?.pods !== undefined ? String(size.pods) : '',
});

/** The form showing the cluster that runs now. */
export function setupFromOptions(options: ClusterOptions): SetupForm {
  const nodes = options.nodes ?? DEFAULT_OPTIONS.nodes;
  const list = Array.isArray(nodes) ? nodes : [];
  const sizes = list.map(fieldsOf);
  const same = sizes.every((s) => JSON.stringify(s) === JSON.stringify(sizes[0]));
  return {
    nodes: String(Array.isArray(nodes) ? nodes.length : nodes),
    era: options.era ?? DEFAULT_OPTIONS.era,
    seed: String(options.seed ?? DEFAULT_OPTIONS.seed),
    sizing: same ? 'same' : 'each',
    size: same ? (sizes[0] ?? blankSize) : blankSize,
    sizes,
  };
}

/** The per-node rows for `count` nodes: existing rows kept, new ones copied from the shared size. */
export function sizesFor(form: SetupForm, count: number): SizeFields[] {
  return Array.from({ length: count }, (_, i) => form.sizes[i] ?? { ...form.size });
}

/** The defaults a blank size field stands for, in this era (shown as placeholders). */
export function defaultSize(era: Era): SizeFields {
  return { cpu: '2', memory: '4Gi', pods: era === '2015' ? '40' : '110' };
}

export function checkSetup(form: SetupForm): SetupResult {
  const problems: SetupProblems = {};
  const count = /^\s*\d+\s*$/.test(form.nodes) ? Number(form.nodes) : NaN;
  if (!(count >= 1 && count <= SETUP_MAX_NODES))
    problems.nodes = `nodes must be 1 to ${SETUP_MAX_NODES}`;
  const seed = /^\s*\d{1,9}\s*$/.test(form.seed) ? Number(form.seed) : NaN;
  if (Number.isNaN(seed)) problems.seed = 'seed must be a whole number (0 to 999999999)';

  const checkSize = (fields: SizeFields, path: string): NodeSize => {
    const size: NodeSize = {};
    const cpu = fields.cpu.trim();
    const memory = fields.memory.trim();
    const pods = fields.pods.trim();
    if (cpu !== '') {
      if (isCpuQuantity(cpu)) size.cpu = cpu;
      else problems[`${path}.cpu`] = 'CPU must be a quantity such as 2, 1.5 or 500m';
    }
    if (memory !== '') {
      if (isMemoryQuantity(memory)) size.memory = memory;
      else problems[`${path}.memory`] = 'memory must be a quantity such as 4Gi or 512Mi';
    }
    if (pods !== '') {
      const n = /^\d+$/.test(pods) ? Number(pods) : NaN;
      if (n >= 1 && n <= MAX_PODS_PER_NODE) size.pods = n;
      else problems[`${path}.pods`] = `max pods must be 1 to ${MAX_PODS_PER_NODE}`;
    }
    return size;
  };

  let nodes: ClusterOptions['nodes'] = count;
  if (form.sizing === 'same') {
    const size = checkSize(form.size, 'size');
    if (Object.keys(size).length > 0 && !problems.nodes)
      nodes = Array.from({ length: count }, () => ({ ...size }));
  } else if (!problems.nodes) {
    const sizes = sizesFor(form, count).map((s, i) => checkSize(s, `sizes.${i}`));
    if (sizes.some((s) => Object.keys(s).length > 0)) nodes = sizes;
  }
  if (Object.keys(problems).length > 0) return { ok: false, problems };
  return { ok: true, options: { nodes, era: form.era, seed } };
}
