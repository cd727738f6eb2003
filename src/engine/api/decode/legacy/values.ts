/** Small readers for decoded legacy documents (plain JSON values under canonical field names). */
import { canonicalQuantity, parseQuantity, quantityFromNanos } from '../../quantity';

export type Obj = Record<string, unknown>;

export const isObj = (v: unknown): v is Obj =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
export const obj = (v: unknown): Obj => (isObj(v) ? v : {});
export const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);
export const str = (v: unknown): string | undefined =>
  typeof v === 'string' && v !== '' ? v : undefined;

/** Copy the named keys that are present (not undefined) from `src` into `dst`. */
export function copyKeys(src: Obj, dst: Obj, keys: readonly string[]): void {
  for (const k of keys) if (src[k] !== undefined) dst[k] = src[k];
}

/** Set `key` only when there is a value, keeping the object free of undefined. */
export function setIf(dst: Obj, key: string, value: unknown): void {
  if (value !== undefined) dst[key] = value;
}

/**
 * A 2015 resource amount: CPU as an integer count of millicores, anything else as an integer
 * count of units (bytes for memory), written in `format`; strings are read as quantities.
 */
export function legacyQuantity(
  resource: string,
  v: unknown,
  format: 'DecimalSI' | 'BinarySI',
): string | undefined {
  if (typeof v === 'number') {
    const units = BigInt(Math.trunc(v));
    if (resource === 'cpu')
      return canonicalQuantity(quantityFromNanos(units * 1_000_000n, 'DecimalSI'));
    return canonicalQuantity(quantityFromNanos(units * 1_000_000_000n, format));
  }
  if (typeof v === 'string') {
    const q = parseQuantity(v.trim());
    return q ? canonicalQuantity(q) : v;
  }
  return undefined;
}

/** A v1beta1 ResourceList (`map[ResourceName]IntOrString`) converted entry by entry, as v1beta1 did. */
export function legacyResourceList(v: unknown): Record<string, string> | undefined {
  if (!isObj(v)) return undefined;
  const out: Record<string, string> = {};
  for (const [k, x] of Object.entries(v)) {
    const q = legacyQuantity(k, x, 'BinarySI');
    if (q !== undefined) out[k] = q;
  }
  return out;
}
