/**
 * apimachinery's `Semantic.DeepEqual` on kubesim's JSON-shaped objects: like Go it treats a nil
 * slice or map as equal to an empty one (but a missing struct differs from an empty one, so
 * `emptyDir: {}` still counts).
 */
import { stableJson } from '../../util/json';

/** Fields that are Go maps in the Kubernetes types kubesim models. */
const MAP_FIELDS = new Set([
  'labels',
  'annotations',
  'selector',
  'matchLabels',
  'nodeSelector',
  'limits',
  'requests',
]);

function normalise(value: unknown, key = ''): unknown {
  if (Array.isArray(value)) return value.length ? value.map((v) => normalise(v)) : undefined;
  if (value === null || typeof value !== 'object') return value;
  const entries = Object.entries(value as Record<string, unknown>);
  if (entries.length === 0 && MAP_FIELDS.has(key)) return undefined;
  const out: Record<string, unknown> = {};
  for (const [k, v] of entries) {
    const n = normalise(v, k);
    if (n !== undefined) out[k] = n;
  }
  return out;
}

export function semanticEqual(a: unknown, b: unknown, key = ''): boolean {
  return stableJson(normalise(a, key) ?? null) === stableJson(normalise(b, key) ?? null);
}
