/**
 * Label selectors with Kubernetes' exact semantics (k8s-reference §2): requirements are ANDed;
 * `!=` and `notin` match objects that lack the key; an empty selector matches everything and
 * `Selector.nothing()` matches nothing. Map selectors (RC, Service) and `metav1.LabelSelector`
 * (ReplicaSet, Deployment) convert to the same type.
 */
import type { LabelSelector } from '../types';

export type Operator = '=' | '==' | '!=' | 'in' | 'notin' | 'exists' | '!' | 'gt' | 'lt';

export interface Requirement {
  readonly key: string;
  readonly operator: Operator;
  /** Sorted, as Kubernetes keeps them (so `String()` is canonical). */
  readonly values: readonly string[];
}

export type Labels = Readonly<Record<string, string>> | undefined;

export class Selector {
  private constructor(
    readonly requirements: readonly Requirement[],
    private readonly matchesNothing = false,
  ) {}

  /** The empty selector: matches every label set. */
  static everything(): Selector {
    return new Selector([]);
  }

  /** Matches no label set (a nil metav1.LabelSelector). */
  static nothing(): Selector {
    return new Selector([], true);
  }

  /** Requirements sorted by key, as `internalSelector.Add` keeps them. */
  static of(requirements: readonly Requirement[]): Selector {
    return new Selector(
      [...requirements].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0)),
    );
  }

  get isEverything(): boolean {
    return !this.matchesNothing && this.requirements.length === 0;
  }

  get isNothing(): boolean {
    return this.matchesNothing;
  }

  matches(labels: Labels): boolean {
    if (this.matchesNothing) return false;
    for (const r of this.requirements) if (!requirementMatches(r, labels)) return false;
    return true;
  }

  /** `app=web,tier in (be,fe)` — the canonical text Kubernetes prints. */
  toString(): string {
    return this.requirements.map(requirementString).join(',');
  }
}

export function requirementMatches(r: Requirement, labels: Labels): boolean {
  // label values are strings: anything else (undefined, or an Object.prototype member such as
  // `constructor`) means the key is absent
  const raw = labels === undefined ? undefined : (labels as Record<string, unknown>)[r.key];
  const value =
    typeof raw === 'string' && Object.prototype.hasOwnProperty.call(labels, r.key)
      ? raw
      : undefined;
  switch (r.operator) {
    case '=':
    case '==':
      return value !== undefined && value === r.values[0];
    case 'in':
      return value !== undefined && r.values.includes(value);
    case '!=':
      return value === undefined || value !== r.values[0];
    case 'notin':
      return value === undefined || !r.values.includes(value);
    case 'exists':
      return value !== undefined;
    case '!':
      return value === undefined;
    case 'gt':
    case 'lt': {
      if (value === undefined || !/^[+-]?\d+$/.test(value)) return false;
      const v = Number(value);
      const bound = Number(r.values[0]);
      return r.operator === 'gt' ? v > bound : v < bound;
    }
  }
}

export function requirementString(r: Requirement): string {
  switch (r.operator) {
    case 'exists':
      return r.key;
    case '!':
      return `!${r.key}`;
    case 'in':
    case 'notin':
      return `${r.key} ${r.operator} (${r.values.join(',')})`;
    case 'gt':
      return `${r.key}>${r.values[0] ?? ''}`;
    case 'lt':
      return `${r.key}<${r.values[0] ?? ''}`;
    default:
      return `${r.key}${r.operator}${r.values[0] ?? ''}`;
  }
}

/** `labels.SelectorFromSet`: one `=` requirement per entry; an empty or missing map is Everything. */
export function selectorFromSet(set: Labels): Selector {
  if (!set) return Selector.everything();
  return Selector.of(
    Object.entries(set).map(([key, value]) => ({ key, operator: '=' as const, values: [value] })),
  );
}

/**
 * `metav1.LabelSelectorAsSelector`: nil → Nothing; no matchLabels and no matchExpressions →
 * Everything; otherwise the AND of both. Structural errors are validation's job; here an
 * unknown operator matches nothing rather than everything.
 */
export function selectorFromLabelSelector(ls: LabelSelector | undefined | null): Selector {
  if (!ls) return Selector.nothing();
  const reqs: Requirement[] = [];
  for (const [key, value] of Object.entries(ls.matchLabels ?? {}))
    reqs.push({ key, operator: '=', values: [value] });
  for (const expr of ls.matchExpressions ?? []) {
    const values = [...(expr.values ?? [])].sort();
    switch (expr.operator) {
      case 'In':
        reqs.push({ key: expr.key, operator: 'in', values });
        break;
      case 'NotIn':
        reqs.push({ key: expr.key, operator: 'notin', values });
        break;
      case 'Exists':
        reqs.push({ key: expr.key, operator: 'exists', values: [] });
        break;
      case 'DoesNotExist':
        reqs.push({ key: expr.key, operator: '!', values: [] });
        break;
      default:
        return Selector.nothing();
    }
  }
  return Selector.of(reqs);
}

/** The `k=v,k2=v2` form of a map selector (sorted by key), as kubectl prints selectors. */
export function formatSet(set: Labels): string {
  if (!set) return '';
  return Object.keys(set)
    .sort()
    .map((k) => `${k}=${set[k] ?? ''}`)
    .join(',');
}

/** True when every key=value of `selector` is in `labels` (RC selector ⊆ template labels). */
export function setIsSubset(selector: Labels, labels: Labels): boolean {
  for (const [k, v] of Object.entries(selector ?? {})) if (labels?.[k] !== v) return false;
  return true;
}
