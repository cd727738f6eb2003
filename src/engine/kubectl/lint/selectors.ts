/**
 * The selector the API server would keep for an object, with the paths of its values so a fix
 * can edit them. Same semantics as the engine (`src/engine/labels`): a Service's or RC's map
 * selector is an AND of equalities; a ReplicaSet's or Deployment's metav1.LabelSelector adds
 * set-based expressions.
 */
import {
  formatSet,
  selectorFromLabelSelector,
  selectorFromSet,
  type Selector,
} from '../../labels/selector';
import type { Deployment, ReplicaSet, ReplicationController, Service } from '../../types';

export type Controller = ReplicationController | ReplicaSet | Deployment;

export const isController = (o: { kind: string }): o is Controller =>
  o.kind === 'ReplicationController' || o.kind === 'ReplicaSet' || o.kind === 'Deployment';

/** One `key=value` of a selector and where its value is written. */
export interface Equality {
  key: string;
  value: string;
  /** `spec.selector[app]` or `spec.selector.matchLabels[app]`. */
  path: string;
  /** The map that holds it (a path equal to this one is not in the text). */
  parent: string;
}

export interface EffectiveSelector {
  selector: Selector;
  /** As kubectl prints it: `app=web`, `app=web,tier in (be,fe)`. */
  text: string;
  equalities: Equality[];
  /** The field a warning about the selector points at. */
  field: string;
  /** An RC's selector left out and defaulted from its template's labels by the API server. */
  defaulted: boolean;
}

const hasEntries = (m: Record<string, string> | undefined | null): m is Record<string, string> =>
  m !== undefined && m !== null && typeof m === 'object' && Object.keys(m).length > 0;

/** The equalities of a `key: value` map written at `parent`. */
const equalitiesOf = (map: Record<string, string>, parent: string): Equality[] =>
  Object.entries(map).map(([key, value]) => ({ key, value, path: `${parent}[${key}]`, parent }));

function fromMap(
  map: Record<string, string>,
  field: string,
  defaulted: boolean,
): EffectiveSelector {
  const equalities = equalitiesOf(map, field);
  return { selector: selectorFromSet(map), text: formatSet(map), equalities, field, defaulted };
}

/**
 * A Service's selector; undefined for a selector-less Service (nil or empty in v1: its
 * Endpoints are managed by hand, so matching nothing is intended).
 */
export function selectorOfService(svc: Service): EffectiveSelector | undefined {
  const map = svc.spec?.selector;
  return hasEntries(map) ? fromMap(map, 'spec.selector', false) : undefined;
}

/**
 * A controller's selector after the API server's defaulting, or undefined where the server
 * refuses it anyway (an RC with neither selector nor template labels, an apps/v1 selector that
 * is missing, empty or has an unknown operator) — the dry run already says why.
 */
export function selectorOfController(c: Controller): EffectiveSelector | undefined {
  if (c.kind === 'ReplicationController') {
    if (hasEntries(c.spec?.selector)) return fromMap(c.spec.selector, 'spec.selector', false);
    const labels = c.spec?.template?.metadata?.labels;
    return hasEntries(labels) ? fromMap(labels, 'spec.template.metadata.labels', true) : undefined;
  }
  const ls = c.spec?.selector;
  if (!ls || (!hasEntries(ls.matchLabels) && !ls.matchExpressions?.length)) return undefined;
  const selector = selectorFromLabelSelector(ls);
  if (selector.isNothing) return undefined;
  const equalities = equalitiesOf(ls.matchLabels ?? {}, 'spec.selector.matchLabels');
  return {
    selector,
    text: selector.toString(),
    equalities,
    field: 'spec.selector',
    defaulted: false,
  };
}

/** The labels a controller's pods would carry. */
export const templateLabels = (c: Controller): Record<string, string> | undefined =>
  c.spec?.template?.metadata?.labels;
