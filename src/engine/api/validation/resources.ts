/**
 * Container resource requirements (ValidateResourceRequirements): known resource names,
 * non-negative quantities, whole numbers for countable resources, requests no larger than
 * limits (`must be less than or equal to cpu limit of 500m`). Quantities that do not parse are
 * skipped: decoding rejects them before validation, as in Kubernetes.
 */
import type { ResourceRequirements } from '../../types';
import { forbidden, invalid, required, type FieldError } from '../field';
import { canonicalQuantity, compareQuantity, parseQuantity, type Quantity } from '../quantity';
import { isQualifiedName } from './labels';
import { IS_NEGATIVE } from './objectMeta';

const STANDARD_RESOURCES = new Set([
  'cpu',
  'memory',
  'ephemeral-storage',
  'requests.cpu',
  'requests.memory',
  'requests.ephemeral-storage',
  'limits.cpu',
  'limits.memory',
  'limits.ephemeral-storage',
  'pods',
  'resourcequotas',
  'services',
  'replicationcontrollers',
  'secrets',
  'configmaps',
  'persistentvolumeclaims',
  'storage',
  'requests.storage',
  'services.nodeports',
  'services.loadbalancers',
]);
const INTEGER_RESOURCES = new Set([
  'pods',
  'resourcequotas',
  'services',
  'replicationcontrollers',
  'secrets',
  'configmaps',
  'persistentvolumeclaims',
  'services.nodeports',
  'services.loadbalancers',
]);
const CONTAINER_RESOURCES = new Set(['cpu', 'memory', 'ephemeral-storage']);

const isHugePages = (name: string): boolean => name.startsWith('hugepages-');
const isNative = (name: string): boolean => !name.includes('/') || name.includes('kubernetes.io/');
const isExtended = (name: string): boolean =>
  !isNative(name) &&
  !name.startsWith('requests.') &&
  isQualifiedName(`requests.${name}`).length === 0;
const isStandard = (name: string): boolean =>
  STANDARD_RESOURCES.has(name) || isHugePages(name) || name.startsWith('requests.hugepages-');
const overcommitAllowed = (name: string): boolean => isNative(name) && !isHugePages(name);

function validateContainerResourceName(name: string, path: string): FieldError[] {
  const errs = isQualifiedName(name).map((msg) => invalid(path, name, msg));
  const unprefixed = !name.includes('/');
  if (errs.length === 0 && unprefixed && !isStandard(name))
    errs.push(invalid(path, name, 'must be a standard resource type or fully qualified'));
  if (unprefixed) {
    if (!CONTAINER_RESOURCES.has(name) && !isHugePages(name))
      errs.push(invalid(path, name, 'must be a standard resource for containers'));
  } else if (!isNative(name) && !isExtended(name)) {
    errs.push(invalid(path, name, "doesn't follow extended resource name standard"));
  }
  return errs;
}

function validateQuantityValue(name: string, q: Quantity, path: string): FieldError[] {
  const errs: FieldError[] = [];
  if (q.nanos < 0n) errs.push(invalid(path, canonicalQuantity(q), IS_NEGATIVE));
  if ((INTEGER_RESOURCES.has(name) || isExtended(name)) && q.nanos % 1_000_000_000n !== 0n)
    errs.push(invalid(path, canonicalQuantity(q), 'must be an integer'));
  return errs;
}

const sorted = (list: Record<string, string> | undefined): [string, string][] =>
  Object.entries(list ?? {}).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));

export function validateResourceRequirements(
  res: ResourceRequirements | undefined,
  path: string,
): FieldError[] {
  const errs: FieldError[] = [];
  const limPath = `${path}.limits`;
  const reqPath = `${path}.requests`;
  let cpuOrMemory = false;
  let hugePages = false;
  const limits = new Map<string, Quantity>();
  for (const [name, text] of sorted(res?.limits)) {
    const p = `${limPath}[${name}]`;
    errs.push(...validateContainerResourceName(name, p));
    const q = parseQuantity(text);
    if (q) {
      limits.set(name, q);
      errs.push(...validateQuantityValue(name, q, p));
    }
    if (isHugePages(name)) hugePages = true;
    if (name === 'cpu' || name === 'memory') cpuOrMemory = true;
  }
  for (const [name, text] of sorted(res?.requests)) {
    const p = `${reqPath}[${name}]`;
    errs.push(...validateContainerResourceName(name, p));
    const q = parseQuantity(text);
    if (q) errs.push(...validateQuantityValue(name, q, p));
    const limit = limits.get(name);
    if (q && limit) {
      const cmp = compareQuantity(q, limit);
      const shown = canonicalQuantity(q);
      if (cmp !== 0 && !overcommitAllowed(name))
        errs.push(
          invalid(reqPath, shown, `must be equal to ${name} limit of ${canonicalQuantity(limit)}`),
        );
      else if (cmp > 0)
        errs.push(
          invalid(
            reqPath,
            shown,
            `must be less than or equal to ${name} limit of ${canonicalQuantity(limit)}`,
          ),
        );
    } else if (!(res?.limits && name in res.limits) && !overcommitAllowed(name)) {
      errs.push(required(limPath, 'Limit must be set for non overcommitable resources'));
    }
    if (isHugePages(name)) hugePages = true;
    if (name === 'cpu' || name === 'memory') cpuOrMemory = true;
  }
  if (hugePages && !cpuOrMemory) errs.push(forbidden(path, 'HugePages require cpu or memory'));
  return errs;
}
