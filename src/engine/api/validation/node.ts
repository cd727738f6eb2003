/**
 * Nodes (k8s-reference §1.7) and Namespaces. A node's pod CIDR may be set once and never
 * changed; its taints need a key and a known effect, unique per (key, effect).
 */
import type { Namespace, Node, NodeAddress, ResourceList } from '../../types';
import { duplicate, forbidden, goQuote, goSyntax, invalid, type FieldError } from '../field';
import { canonicalQuantity, parseQuantity } from '../quantity';
import { goStrings } from './goSyntax';
import { isIPv4, parseCIDR, validateCIDR } from './ip';
import { isQualifiedName } from './labels';
import { nameIsDNSLabel, nameIsDNSSubdomain } from './names';
import { IS_NEGATIVE, validateObjectMeta, validateObjectMetaUpdate } from './objectMeta';
import type { ValidationOptions } from './options';
import { validateNodeTaints } from './tolerations';

const INTEGER_RESOURCES = new Set(['pods']);

function validateResourceList(list: ResourceList | undefined, path: string): FieldError[] {
  const errs: FieldError[] = [];
  for (const [name, text] of Object.entries(list ?? {}).sort(([a], [b]) => (a < b ? -1 : 1))) {
    const q = parseQuantity(text);
    if (!q) continue;
    if (q.nanos < 0n) errs.push(invalid(`${path}.${name}`, canonicalQuantity(q), IS_NEGATIVE));
    if (INTEGER_RESOURCES.has(name) && q.nanos % 1_000_000_000n !== 0n)
      errs.push(invalid(`${path}.${name}`, canonicalQuantity(q), 'must be an integer'));
  }
  return errs;
}

const nodeResources = (node: Node): FieldError[] => [
  ...validateResourceList(node.status?.capacity, 'status.capacity'),
  ...validateResourceList(node.status?.allocatable, 'status.allocatable'),
];

/** v1 `podCIDR` becomes the first of the internal `podCIDRs`. */
const podCIDRs = (node: Node): string[] =>
  node.spec?.podCIDRs ?? (node.spec?.podCIDR ? [node.spec.podCIDR] : []);

function validatePodCIDRs(node: Node, era: ValidationOptions['era']): FieldError[] {
  if (era === '2015') {
    const cidr = node.spec?.podCIDR;
    return cidr && !parseCIDR(cidr) ? [invalid('spec.podCIDR', cidr, 'not a valid CIDR')] : [];
  }
  const cidrs = podCIDRs(node);
  const errs = cidrs.flatMap((c, i) => validateCIDR(c, `spec.podCIDRs[${i}]`));
  if (cidrs.length > 1) {
    const parsed = cidrs.map(parseCIDR);
    const families = parsed.map((p) => (p ? isIPv4(p.ip) : undefined));
    if (cidrs.length > 2 || parsed.some((p) => !p) || families[0] === families[1])
      errs.push(
        invalid(
          'spec.podCIDRs',
          goSyntax(goStrings(cidrs)),
          'may specify no more than one CIDR for each IP family',
        ),
      );
    const seen = new Set<string>();
    cidrs.forEach((c, i) => {
      if (seen.has(c)) errs.push(duplicate(`spec.podCIDRs[${i}]`, c));
      seen.add(c);
    });
  }
  return errs;
}

export function validateNode(node: Node, opts: ValidationOptions): FieldError[] {
  return [
    ...validateObjectMeta(node.metadata, {
      namespaced: false,
      nameFn: nameIsDNSSubdomain,
      legacyNames: opts.legacyNames,
    }),
    // Kubernetes reports taint errors under metadata.taints (a slip in its code, kept).
    ...(node.spec?.taints?.length ? validateNodeTaints(node.spec.taints, 'metadata.taints') : []),
    ...nodeResources(node),
    ...validatePodCIDRs(node, opts.era),
  ];
}

const goAddress = (a: NodeAddress): ReturnType<typeof goSyntax> =>
  goSyntax(`core.NodeAddress{Type:${goQuote(a.type)}, Address:${goQuote(a.address)}}`);

const CIDR_CHANGE = 'node updates may not change podCIDR except from "" to valid';

export function validateNodeUpdate(node: Node, old: Node, opts: ValidationOptions): FieldError[] {
  const errs = [...validateObjectMetaUpdate(node.metadata, old.metadata), ...nodeResources(node)];
  const addresses = new Set<string>();
  (node.status?.addresses ?? []).forEach((a, i) => {
    const key = `${a.type}\u0000${a.address}`;
    if (addresses.has(key)) errs.push(duplicate(`status.addresses[${i}]`, goAddress(a)));
    addresses.add(key);
  });
  if (opts.era === '2015') {
    if (old.spec?.podCIDR && old.spec.podCIDR !== node.spec?.podCIDR)
      errs.push(forbidden('spec.podCIDR', CIDR_CHANGE));
  } else {
    const before = podCIDRs(old);
    const now = podCIDRs(node);
    if (before.length > 0) {
      if (before.length !== now.length) errs.push(forbidden('spec.podCIDRs', CIDR_CHANGE));
      else
        before.forEach(
          (c, i) => c !== now[i] && errs.push(forbidden('spec.podCIDRs', CIDR_CHANGE)),
        );
    }
  }
  if (old.spec?.providerID && old.spec.providerID !== node.spec?.providerID)
    errs.push(
      forbidden(
        'spec.providerID',
        'node updates may not change providerID except from "" to valid',
      ),
    );
  if (node.spec?.taints?.length)
    errs.push(...validateNodeTaints(node.spec.taints, 'metadata.taints'));
  return errs;
}

/** Only `kubernetes` is a standard finalizer name; others need a domain prefix. */
function validateFinalizer(name: string, path: string): FieldError[] {
  const errs = isQualifiedName(name).map((msg) => invalid(path, name, msg));
  if (!name.includes('/') && name !== 'kubernetes')
    errs.push(
      invalid(path, name, 'name is neither a standard finalizer name nor is it fully qualified'),
    );
  return errs;
}

export function validateNamespace(ns: Namespace, opts: ValidationOptions): FieldError[] {
  return [
    ...validateObjectMeta(ns.metadata, {
      namespaced: false,
      nameFn: nameIsDNSLabel,
      legacyNames: opts.legacyNames,
    }),
    ...(ns.spec?.finalizers ?? []).flatMap((f) => validateFinalizer(f, 'spec.finalizers')),
  ];
}

export function validateNamespaceUpdate(ns: Namespace, old: Namespace): FieldError[] {
  return validateObjectMetaUpdate(ns.metadata, old.metadata);
}
