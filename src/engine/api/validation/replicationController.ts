/**
 * ReplicationController (k8s-reference §1.4, §2.4): a non-empty map selector that the
 * template's labels satisfy, non-negative replicas, a template whose pods always restart.
 */
import type { PodTemplateSpec, ReplicationController } from '../../types';
import { forbidden, goSyntax, invalid, notSupported, required, type FieldError } from '../field';
import { goStringMap } from './goSyntax';
import { nameIsDNSSubdomain } from './names';
import { validateNonnegative, validateObjectMeta, validateObjectMetaUpdate } from './objectMeta';
import type { ValidationOptions } from './options';
import { validatePodTemplateSpec } from './pod';
import { validateReadOnlyPersistentDisks } from './volumes';

export const SELECTOR_MISMATCH = '`selector` does not match template `labels`';

const selects = (
  selector: Record<string, string>,
  labels: Record<string, string> | undefined,
): boolean =>
  Object.entries(selector).every(
    ([k, v]) => labels !== undefined && k in labels && labels[k] === v,
  );

/**
 * The template checks a replicated controller shares: labels the selector can see, a valid pod
 * template, restartPolicy Always, no activeDeadlineSeconds — and read-only GCE disks when there is
 * more than one replica (k8s-reference §1.4; the teaching point — a GCE PD mounts read-write on
 * one machine only — holds in both eras, though in-tree GCE PD validation left Kubernetes in 1.28).
 */
export function validateTemplateForController(
  template: PodTemplateSpec,
  matches: boolean | 'skip',
  replicas: number,
  path: string,
  controllerKind: string,
  era: ValidationOptions['era'],
): FieldError[] {
  const errs: FieldError[] = [];
  if (matches === false)
    errs.push(
      invalid(
        `${path}.metadata.labels`,
        goSyntax(goStringMap(template.metadata?.labels)),
        SELECTOR_MISMATCH,
      ),
    );
  errs.push(...validatePodTemplateSpec(template, path, era));
  if (replicas > 1)
    errs.push(...validateReadOnlyPersistentDisks(template.spec?.volumes, `${path}.spec.volumes`));
  const restartPolicy = template.spec?.restartPolicy ?? '';
  if (restartPolicy !== 'Always')
    errs.push(notSupported(`${path}.spec.restartPolicy`, restartPolicy, ['Always']));
  if (template.spec?.activeDeadlineSeconds !== undefined)
    errs.push(
      forbidden(
        `${path}.spec.activeDeadlineSeconds`,
        `activeDeadlineSeconds in ${controllerKind} is not Supported`,
      ),
    );
  return errs;
}

function validateSpec(rc: ReplicationController, era: ValidationOptions['era']): FieldError[] {
  const spec = rc.spec ?? {};
  const selector = spec.selector ?? {};
  const errs: FieldError[] = [];
  errs.push(...validateNonnegative(spec.minReadySeconds, 'spec.minReadySeconds'));
  if (Object.keys(selector).length === 0) errs.push(required('spec.selector'));
  errs.push(...validateNonnegative(spec.replicas ?? 0, 'spec.replicas'));
  if (!spec.template) errs.push(required('spec.template'));
  else {
    const empty = Object.keys(selector).length === 0;
    const matches = empty ? 'skip' : selects(selector, spec.template.metadata?.labels);
    errs.push(
      ...validateTemplateForController(
        spec.template,
        matches,
        spec.replicas ?? 0,
        'spec.template',
        'ReplicationController',
        era,
      ),
    );
  }
  return errs;
}

export function validateReplicationController(
  rc: ReplicationController,
  opts: ValidationOptions,
): FieldError[] {
  return [
    ...validateObjectMeta(rc.metadata, {
      namespaced: true,
      nameFn: nameIsDNSSubdomain,
      legacyNames: opts.legacyNames,
    }),
    ...validateSpec(rc, opts.era),
  ];
}

export function validateReplicationControllerUpdate(
  rc: ReplicationController,
  old: ReplicationController,
  opts: ValidationOptions,
): FieldError[] {
  return [...validateObjectMetaUpdate(rc.metadata, old.metadata), ...validateSpec(rc, opts.era)];
}
