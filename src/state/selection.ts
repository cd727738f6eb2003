/**
 * Label selectors as Kubernetes reads them (k8s-reference §2), for the page: which objects a
 * Service or a controller selects. The page may not import the engine's runtime, so this is the
 * small part it needs, written again: equality map selectors (Service, ReplicationController)
 * and `metav1.LabelSelector` (ReplicaSet, Deployment) with matchLabels and matchExpressions.
 */
import type { AnyObject, LabelSelector } from '../engine/types';

export type Labels = Readonly<Record<string, string>> | undefined;

/** A label key=value pair, as chips show them. */
export interface LabelPair {
  key: string;
  value: string;
}

/** The value of `key` in `labels`, or undefined when absent (never an Object.prototype member). */
function valueOf(labels: Labels, key: string): string | undefined {
  if (!labels || !Object.prototype.hasOwnProperty.call(labels, key)) return undefined;
  const value: unknown = labels[key];
  return typeof value === 'string' ? value : undefined;
}

/**
 * `labels.SelectorFromSet(set).Matches(labels)`: every key=value of the set is in the labels.
 * An empty or missing set matches everything (as for a ReplicationController's selector).
 */
export function setMatches(set: Labels, labels: Labels): boolean {
  for (const [key, value] of Object.entries(set ?? {})) {
    if (valueOf(labels, key) !== value) return false;
  }
  return true;
}

/**
 * `metav1.LabelSelectorAsSelector(ls).Matches(labels)`: nil matches nothing; `{}` matches
 * everything; otherwise every matchLabels pair and every expression must hold. `NotIn` and
 * `DoesNotExist` match objects that lack the key. An unknown operator matches nothing.
 */
export function labelSelectorMatches(ls: LabelSelector | undefined, labels: Labels): boolean {
  if (!ls) return false;
  if (!setMatches(ls.matchLabels, labels)) return false;
  for (const expr of ls.matchExpressions ?? []) {
    const value = valueOf(labels, expr.key);
    const values = expr.values ?? [];
    switch (expr.operator) {
      case 'In':
        if (value === undefined || !values.includes(value)) return false;
        break;
      case 'NotIn':
        if (value !== undefined && values.includes(value)) return false;
        break;
      case 'Exists':
        if (value === undefined) return false;
        break;
      case 'DoesNotExist':
        if (value !== undefined) return false;
        break;
      default:
        return false;
    }
  }
  return true;
}

/** The kinds that select pods by label. */
export type SelectingKind = 'Service' | 'ReplicationController' | 'ReplicaSet' | 'Deployment';

export function isSelectingKind(kind: string): kind is SelectingKind {
  return (
    kind === 'Service' ||
    kind === 'ReplicationController' ||
    kind === 'ReplicaSet' ||
    kind === 'Deployment'
  );
}

/**
 * Whether `object` (a Service or a controller) selects an object with these labels in its
 * namespace. A Service with no selector selects nothing: its Endpoints are managed by hand,
 * not by the endpoints controller.
 */
export function selectorOf(object: AnyObject): ((labels: Labels) => boolean) | undefined {
  switch (object.kind) {
    case 'Service': {
      const set = object.spec.selector;
      if (!set || Object.keys(set).length === 0) return () => false;
      return (labels) => setMatches(set, labels);
    }
    case 'ReplicationController': {
      const set = object.spec.selector;
      return (labels) => setMatches(set, labels);
    }
    case 'ReplicaSet':
    case 'Deployment': {
      const ls = object.spec.selector;
      return (labels) => labelSelectorMatches(ls, labels);
    }
    default:
      return undefined;
  }
}

/**
 * The selector's parts as chips: map selectors and matchLabels as `key=value` pairs, and
 * matchExpressions in kubectl's words (`tier in (be,fe)`, `!canary`).
 */
export function selectorParts(object: AnyObject): { pairs: LabelPair[]; expressions: string[] } {
  const pairsOf = (set: Labels): LabelPair[] =>
    Object.keys(set ?? {})
      .sort()
      .map((key) => ({ key, value: set?.[key] ?? '' }));
  switch (object.kind) {
    case 'Service':
    case 'ReplicationController':
      return { pairs: pairsOf(object.spec.selector), expressions: [] };
    case 'ReplicaSet':
    case 'Deployment': {
      const ls = object.spec.selector;
      const expressions = (ls?.matchExpressions ?? []).map((e) => {
        const values = [...(e.values ?? [])].sort().join(',');
        switch (e.operator) {
          case 'In':
            return `${e.key} in (${values})`;
          case 'NotIn':
            return `${e.key} notin (${values})`;
          case 'Exists':
            return e.key;
          case 'DoesNotExist':
            return `!${e.key}`;
          default:
            return `${e.key} ${String(e.operator)} (${values})`;
        }
      });
      return { pairs: pairsOf(ls?.matchLabels), expressions };
    }
    default:
      return { pairs: [], expressions: [] };
  }
}

/** The namespace an object lives in (`default` when left out). */
export function namespaceOf(object: AnyObject): string {
  return object.metadata.namespace ?? 'default';
}
