/**
 * apps/v1 ReplicaSet and Deployment (k8s-reference §1.5): a required, non-empty label selector
 * that the template satisfies, and for Deployments a valid rollout strategy. The selector may
 * not change after creation (enforced by the apps/v1 REST strategy on update).
 */
import type {
  Deployment,
  DeploymentStrategy,
  IntOrString,
  LabelSelector,
  ReplicaSet,
} from '../../types';
import {
  forbidden,
  goSyntax,
  goQuote,
  invalid,
  notSupported,
  required,
  type FieldError,
} from '../field';
import { goIntOrString, goLabelSelector } from './goSyntax';
import { validateLabelSelector } from './labels';
import { isValidPercent, nameIsDNSSubdomain } from './names';
import {
  FIELD_IMMUTABLE,
  IS_NEGATIVE,
  validateNonnegative,
  validateObjectMeta,
  validateObjectMetaUpdate,
} from './objectMeta';
import type { ValidationOptions } from './options';
import { validateTemplateForController } from './replicationController';
import { semanticEqual } from './semantic';

/** metav1.LabelSelector semantics: nil selects nothing, `{}` selects everything. */
function selectorMatches(sel: LabelSelector, labels: Record<string, string>): boolean {
  const has = (k: string): boolean => Object.prototype.hasOwnProperty.call(labels, k);
  const okLabels = Object.entries(sel.matchLabels ?? {}).every(
    ([k, v]) => has(k) && labels[k] === v,
  );
  return (
    okLabels &&
    (sel.matchExpressions ?? []).every((e) => {
      const values = e.values ?? [];
      switch (e.operator) {
        case 'In':
          return has(e.key) && values.includes(labels[e.key] ?? '');
        case 'NotIn':
          return !has(e.key) || !values.includes(labels[e.key] ?? '');
        case 'Exists':
          return has(e.key);
        case 'DoesNotExist':
          return !has(e.key);
        default:
          return false;
      }
    })
  );
}

interface ReplicatedSpec {
  replicas?: number;
  selector?: LabelSelector;
  template?: ReplicaSet['spec']['template'];
}

/** Selector checks, then the template against it (skipped when the selector cannot be built). */
function validateSelectorAndTemplate(
  spec: ReplicatedSpec,
  era: ValidationOptions['era'],
): FieldError[] {
  const errs: FieldError[] = [];
  const sel = spec.selector;
  let selectorErrors: FieldError[] = [];
  if (!sel) errs.push(required('spec.selector'));
  else {
    selectorErrors = validateLabelSelector(sel, 'spec.selector');
    errs.push(...selectorErrors);
    if (Object.keys(sel.matchLabels ?? {}).length + (sel.matchExpressions ?? []).length === 0)
      errs.push(
        invalid('spec.selector', goLabelSelector(sel), 'empty selector is invalid for deployment'),
      );
  }
  if (sel && selectorErrors.length) {
    errs.push(invalid('spec.selector', goLabelSelector(sel), 'invalid label selector'));
    return errs;
  }
  const template = spec.template ?? { spec: { containers: [] } };
  // A nil selector selects nothing, so no template can match it; `{}` selects everything.
  const everything =
    sel !== undefined &&
    Object.keys(sel.matchLabels ?? {}).length === 0 &&
    !sel.matchExpressions?.length;
  const matches = !sel
    ? false
    : everything
      ? 'skip'
      : selectorMatches(sel, template.metadata?.labels ?? {});
  errs.push(
    ...validateTemplateForController(
      template,
      matches,
      spec.replicas ?? 0,
      'spec.template',
      'ReplicaSet',
      era,
    ),
  );
  return errs;
}

function validateReplicaSetSpec(rs: ReplicaSet, era: ValidationOptions['era']): FieldError[] {
  const spec = rs.spec ?? {};
  return [
    ...validateNonnegative(spec.replicas ?? 0, 'spec.replicas'),
    ...validateNonnegative(spec.minReadySeconds, 'spec.minReadySeconds'),
    ...validateSelectorAndTemplate(spec, era),
  ];
}

const goStrategy = (s: DeploymentStrategy): ReturnType<typeof goSyntax> =>
  goSyntax(
    `apps.DeploymentStrategy{Type:${goQuote(s.type ?? '')}, RollingUpdate:(*apps.RollingUpdateDeployment)(${s.rollingUpdate ? '0xc000123450' : 'nil'})}`,
  );

function validatePositiveIntOrPercent(v: IntOrString | undefined, path: string): FieldError[] {
  if (typeof v === 'string')
    return isValidPercent(v).map((msg) => invalid(path, goIntOrString(v), msg));
  return (v ?? 0) < 0 ? [invalid(path, v ?? 0, IS_NEGATIVE)] : [];
}

/** intstr's value: a percentage's number, a number, or a numeric string (else 0). */
function intOrPercentValue(v: IntOrString | undefined): number {
  if (typeof v === 'number') return v;
  if (v === undefined) return 0;
  if (isValidPercent(v).length === 0) return Number(v.slice(0, -1));
  return /^[+-]?\d+$/.test(v) ? Number(v) : 0;
}

function validateStrategy(strategy: DeploymentStrategy | undefined, path: string): FieldError[] {
  const s = strategy ?? {};
  const rolling = s.rollingUpdate;
  switch (s.type) {
    case 'Recreate':
      return rolling
        ? [
            forbidden(
              `${path}.rollingUpdate`,
              "may not be specified when strategy `type` is 'Recreate'",
            ),
          ]
        : [];
    case 'RollingUpdate': {
      if (!rolling)
        return [required(`${path}.rollingUpdate`, 'this should be defaulted and never be nil')];
      const p = `${path}.rollingUpdate`;
      const errs = [
        ...validatePositiveIntOrPercent(rolling.maxUnavailable, `${p}.maxUnavailable`),
        ...validatePositiveIntOrPercent(rolling.maxSurge, `${p}.maxSurge`),
      ];
      if (
        intOrPercentValue(rolling.maxUnavailable) === 0 &&
        intOrPercentValue(rolling.maxSurge) === 0
      )
        errs.push(
          invalid(
            `${p}.maxUnavailable`,
            goIntOrString(rolling.maxUnavailable),
            'may not be 0 when `maxSurge` is 0',
          ),
        );
      const unavailable = rolling.maxUnavailable;
      if (
        typeof unavailable === 'string' &&
        isValidPercent(unavailable).length === 0 &&
        intOrPercentValue(unavailable) > 100
      )
        errs.push(
          invalid(
            `${p}.maxUnavailable`,
            goIntOrString(unavailable),
            'must not be greater than 100%',
          ),
        );
      return errs;
    }
    default:
      return [notSupported(path, goStrategy(s), ['Recreate', 'RollingUpdate'])];
  }
}

function validateDeploymentSpec(d: Deployment, era: ValidationOptions['era']): FieldError[] {
  const spec = d.spec ?? {};
  const errs = [
    ...validateNonnegative(spec.replicas ?? 0, 'spec.replicas'),
    ...validateSelectorAndTemplate(spec, era),
  ];
  errs.push(...validateStrategy(spec.strategy, 'spec.strategy'));
  errs.push(...validateNonnegative(spec.minReadySeconds, 'spec.minReadySeconds'));
  errs.push(...validateNonnegative(spec.revisionHistoryLimit, 'spec.revisionHistoryLimit'));
  const deadline = spec.progressDeadlineSeconds;
  if (deadline !== undefined) {
    errs.push(...validateNonnegative(deadline, 'spec.progressDeadlineSeconds'));
    if (deadline <= (spec.minReadySeconds ?? 0))
      errs.push(
        invalid('spec.progressDeadlineSeconds', deadline, 'must be greater than minReadySeconds'),
      );
  }
  return errs;
}

const meta = (opts: ValidationOptions) => ({
  namespaced: true,
  nameFn: nameIsDNSSubdomain,
  legacyNames: opts.legacyNames,
});

function selectorImmutable(
  now: LabelSelector | undefined,
  before: LabelSelector | undefined,
): FieldError[] {
  if (semanticEqual(now ?? null, before ?? null)) return [];
  return [invalid('spec.selector', now ? goLabelSelector(now) : 'null', FIELD_IMMUTABLE)];
}

export function validateReplicaSet(rs: ReplicaSet, opts: ValidationOptions): FieldError[] {
  return [...validateObjectMeta(rs.metadata, meta(opts)), ...validateReplicaSetSpec(rs, opts.era)];
}

export function validateReplicaSetUpdate(
  rs: ReplicaSet,
  old: ReplicaSet,
  opts: ValidationOptions,
): FieldError[] {
  return [
    ...validateObjectMetaUpdate(rs.metadata, old.metadata),
    ...validateReplicaSetSpec(rs, opts.era),
    ...selectorImmutable(rs.spec?.selector, old.spec?.selector),
  ];
}

export function validateDeployment(d: Deployment, opts: ValidationOptions): FieldError[] {
  return [...validateObjectMeta(d.metadata, meta(opts)), ...validateDeploymentSpec(d, opts.era)];
}

export function validateDeploymentUpdate(
  d: Deployment,
  old: Deployment,
  opts: ValidationOptions,
): FieldError[] {
  return [
    ...validateObjectMetaUpdate(d.metadata, old.metadata),
    ...validateDeploymentSpec(d, opts.era),
    ...selectorImmutable(d.spec?.selector, old.spec?.selector),
  ];
}
