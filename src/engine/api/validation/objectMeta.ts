/**
 * ObjectMeta on create and update (apimachinery api/validation/objectmeta.go): the name by the
 * kind's rule, generateName as a prefix, the namespace, labels and annotations; on update, the
 * identity fields that may never change.
 */
import type { ObjectMeta } from '../../types';
import { forbidden, invalid, required, type FieldError } from '../field';
import { validateAnnotations, validateLabels } from './labels';
import { nameIsDNSLabel, type NameValidator } from './names';

export const FIELD_IMMUTABLE = 'field is immutable';
export const IS_NEGATIVE = 'must be greater than or equal to 0';

export interface ObjectMetaOptions {
  /** Namespaced kinds need one; cluster-scoped kinds may not have one. */
  namespaced: boolean;
  nameFn: NameValidator;
  /** v1beta1 allowed upper case in ids (`redisSlaveController`): check the lower-cased name. */
  legacyNames?: boolean | undefined;
}

export function validateNonnegative(value: number | undefined, path: string): FieldError[] {
  return value !== undefined && value < 0 ? [invalid(path, value, IS_NEGATIVE)] : [];
}

export function validateObjectMeta(
  meta: ObjectMeta,
  opts: ObjectMetaOptions,
  path = 'metadata',
): FieldError[] {
  const errs: FieldError[] = [];
  const asChecked = (name: string): string => (opts.legacyNames ? name.toLowerCase() : name);
  const generateName = meta.generateName ?? '';
  if (generateName) {
    for (const msg of opts.nameFn(asChecked(generateName), true))
      errs.push(invalid(`${path}.generateName`, generateName, msg));
  }
  const name = meta.name ?? '';
  if (!name) errs.push(required(`${path}.name`, 'name or generateName is required'));
  else
    for (const msg of opts.nameFn(asChecked(name), false))
      errs.push(invalid(`${path}.name`, name, msg));

  const namespace = meta.namespace ?? '';
  if (opts.namespaced) {
    if (!namespace) errs.push(required(`${path}.namespace`));
    else
      for (const msg of nameIsDNSLabel(namespace, false))
        errs.push(invalid(`${path}.namespace`, namespace, msg));
  } else if (namespace) {
    errs.push(forbidden(`${path}.namespace`, 'not allowed on this type'));
  }
  errs.push(...validateNonnegative(meta.generation, `${path}.generation`));
  errs.push(...validateLabels(meta.labels, `${path}.labels`));
  errs.push(...validateAnnotations(meta.annotations, `${path}.annotations`));
  return errs;
}

/**
 * Name, namespace and uid never change; generation only grows. (The API server carries the
 * timestamps over itself, so they cannot differ here. The resourceVersion
 * check never fires for these kinds in a real cluster: the store fills it in for unconditional
 * updates before validation, so it is not repeated here.)
 */
export function validateObjectMetaUpdate(
  meta: ObjectMeta,
  old: ObjectMeta,
  path = 'metadata',
): FieldError[] {
  const errs: FieldError[] = [];
  errs.push(...validateNonnegative(meta.generation, `${path}.generation`));
  if ((meta.generation ?? 0) < (old.generation ?? 0))
    errs.push(invalid(`${path}.generation`, meta.generation ?? 0, 'must not be decremented'));
  for (const key of ['name', 'namespace', 'uid'] as const) {
    const now = meta[key] ?? '';
    if (now !== (old[key] ?? '')) errs.push(invalid(`${path}.${key}`, now, FIELD_IMMUTABLE));
  }
  errs.push(...validateLabels(meta.labels, `${path}.labels`));
  errs.push(...validateAnnotations(meta.annotations, `${path}.annotations`));
  return errs;
}
