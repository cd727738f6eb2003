/**
 * Container environment variables (ValidateEnv): names, and `valueFrom` sources — the downward
 * API fields a pod may expose, and ConfigMap/Secret key references.
 */
import type { EnvVar } from '../../types';
import { invalid, notSupported, required, type FieldError } from '../field';
import { validateQualifiedName } from './labels';
import { byteLength, isDNS1123Subdomain, isEnvVarName, maxLenError, regexError } from './names';

/** Fields an env var may take from the pod, sorted as Kubernetes lists them. */
const ENV_FIELD_PATHS = [
  'metadata.name',
  'metadata.namespace',
  'metadata.uid',
  'spec.nodeName',
  'spec.serviceAccountName',
  'status.hostIP',
  'status.hostIPs',
  'status.podIP',
  'status.podIPs',
];

/** Every field label the v1 downward API converts; the rest are "not supported". */
const CONVERTIBLE_FIELD_PATHS = new Set([
  ...ENV_FIELD_PATHS,
  'metadata.annotations',
  'metadata.labels',
  'spec.restartPolicy',
  'spec.schedulerName',
  'status.phase',
]);

const CONFIG_KEY_FMT = '[-._a-zA-Z0-9]+';

export function isConfigMapKey(value: string): string[] {
  const errs: string[] = [];
  if (byteLength(value) > 253) errs.push(maxLenError(253));
  if (!new RegExp(`^${CONFIG_KEY_FMT}$`).test(value))
    errs.push(
      regexError(
        "a valid config key must consist of alphanumeric characters, '-', '_' or '.'",
        CONFIG_KEY_FMT,
        'key.name',
        'KEY_NAME',
        'key-name',
      ),
    );
  if (value === '.') errs.push("must not be '.'");
  else if (value === '..') errs.push("must not be '..'");
  else if (value.startsWith('..')) errs.push("must not start with '..'");
  return errs;
}

function validateFieldRef(
  ref: { apiVersion?: string; fieldPath: string },
  path: string,
): FieldError[] {
  if (!ref.apiVersion) return [required(`${path}.apiVersion`)];
  if (!ref.fieldPath) return [required(`${path}.fieldPath`)];
  if (ref.apiVersion !== 'v1')
    return [
      invalid(
        `${path}.fieldPath`,
        ref.fieldPath,
        `error converting fieldPath: unsupported pod version: ${ref.apiVersion}`,
      ),
    ];
  const subscripted = /^(.*)\['(.*)'\]$/.exec(ref.fieldPath);
  if (subscripted) {
    const [, field = '', key = ''] = subscripted;
    if (field === 'metadata.annotations') return validateQualifiedName(key.toLowerCase(), path);
    if (field === 'metadata.labels') return validateQualifiedName(key, path);
    return [
      invalid(
        `${path}.fieldPath`,
        ref.fieldPath,
        `error converting fieldPath: field label does not support subscript: ${ref.fieldPath}`,
      ),
    ];
  }
  const label = ref.fieldPath === 'spec.host' ? 'spec.nodeName' : ref.fieldPath;
  if (!CONVERTIBLE_FIELD_PATHS.has(label))
    return [
      invalid(
        `${path}.fieldPath`,
        ref.fieldPath,
        `error converting fieldPath: field label not supported: ${label}`,
      ),
    ];
  if (!ENV_FIELD_PATHS.includes(label))
    return [notSupported(`${path}.fieldPath`, label, ENV_FIELD_PATHS)];
  return [];
}

function validateKeySelector(ref: { name: string; key: string }, path: string): FieldError[] {
  const errs = isDNS1123Subdomain(ref.name ?? '').map((msg) =>
    invalid(`${path}.name`, ref.name ?? '', msg),
  );
  if (!ref.key) errs.push(required(`${path}.key`));
  else errs.push(...isConfigMapKey(ref.key).map((msg) => invalid(`${path}.key`, ref.key, msg)));
  return errs;
}

function validateValueFrom(ev: EnvVar, path: string): FieldError[] {
  const from = ev.valueFrom;
  if (!from) return [];
  const errs: FieldError[] = [];
  let sources = 0;
  if (from.fieldRef) {
    sources++;
    errs.push(...validateFieldRef(from.fieldRef, `${path}.fieldRef`));
  }
  if (from.configMapKeyRef) {
    sources++;
    errs.push(...validateKeySelector(from.configMapKeyRef, `${path}.configMapKeyRef`));
  }
  if (from.secretKeyRef) {
    sources++;
    errs.push(...validateKeySelector(from.secretKeyRef, `${path}.secretKeyRef`));
  }
  if (sources === 0)
    errs.push(
      invalid(
        path,
        '',
        'must specify one of: `fieldRef`, `resourceFieldRef`, `configMapKeyRef` or `secretKeyRef`',
      ),
    );
  else if (ev.value) errs.push(invalid(path, '', 'may not be specified when `value` is not empty'));
  else if (sources > 1)
    errs.push(invalid(path, '', 'may not have more than one field specified at a time'));
  return errs;
}

export function validateEnv(vars: EnvVar[] | undefined, path: string): FieldError[] {
  const errs: FieldError[] = [];
  (vars ?? []).forEach((ev, i) => {
    const idx = `${path}[${i}]`;
    if (!ev.name) errs.push(required(`${idx}.name`));
    else errs.push(...isEnvVarName(ev.name).map((msg) => invalid(`${idx}.name`, ev.name, msg)));
    errs.push(...validateValueFrom(ev, `${idx}.valueFrom`));
  });
  return errs;
}
