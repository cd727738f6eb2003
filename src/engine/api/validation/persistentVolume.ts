/**
 * PersistentVolume and PersistentVolumeClaim validation (ValidatePersistentVolumeSpec,
 * ValidatePersistentVolumeClaimSpec in pkg/apis/core/validation): access modes, a capacity of
 * `storage` only, exactly one source (checked with the pod volume rules, which share Kubernetes'
 * source order), a positive storage request. Updates keep a volume's source and a claim's spec,
 * except that the binder may fill in `volumeName` once and a bound claim may grow.
 */
import type { PersistentVolume, PersistentVolumeClaim, ResourceList } from '../../types';
import { stableJson } from '../../util/json';
import {
  forbidden,
  goSyntax,
  goQuote,
  invalid,
  notSupported,
  required,
  type FieldError,
} from '../field';
import { canonicalQuantity, compareQuantity, parseQuantity, type Quantity } from '../quantity';
import { validateLabelSelector } from './labels';
import { nameIsDNSSubdomain } from './names';
import { validateObjectMeta, validateObjectMetaUpdate } from './objectMeta';
import type { ValidationOptions } from './options';
import { validateVolumeSource } from './volumes';

export const ACCESS_MODES = [
  'ReadOnlyMany',
  'ReadWriteMany',
  'ReadWriteOnce',
  'ReadWriteOncePod',
] as const;
const RECLAIM_POLICIES = ['Delete', 'Recycle', 'Retain'] as const;
const VOLUME_MODES = ['Block', 'Filesystem'] as const;
const NOT_POSITIVE = 'must be greater than zero';

function validateAccessModes(modes: readonly string[] | undefined, path: string): FieldError[] {
  const errs: FieldError[] = [];
  let rwop = false;
  let other = false;
  for (const mode of modes ?? []) {
    if (!(ACCESS_MODES as readonly string[]).includes(mode))
      errs.push(notSupported(path, mode, ACCESS_MODES));
    else if (mode === 'ReadWriteOncePod') rwop = true;
    else other = true;
  }
  if (rwop && other)
    errs.push(forbidden(path, 'may not use ReadWriteOncePod with other access modes'));
  return errs;
}

function positive(text: string, path: string): FieldError[] {
  const q = parseQuantity(text);
  if (!q) return []; // decoding rejects quantities that do not parse
  return q.nanos <= 0n ? [invalid(path, canonicalQuantity(q), NOT_POSITIVE)] : [];
}

/** Go's `%#v` of a resource.Quantity as decoded from JSON (int64Amount form). */
function goQuantity(q: Quantity): string {
  let value = q.nanos;
  let scale = -9;
  while (value !== 0n && value % 10n === 0n && scale < 0) {
    value /= 10n;
    scale++;
  }
  if (q.format === 'BinarySI' && scale > 0) {
    value *= 10n ** BigInt(scale);
    scale = 0;
  }
  return `resource.Quantity{i:resource.int64Amount{value:${value}, scale:${scale}}, d:resource.infDecAmount{Dec:(*inf.Dec)(nil)}, s:${goQuote(canonicalQuantity(q))}, Format:${goQuote(q.format)}}`;
}

/** The capacity map as `%#v` prints Kubernetes' internal `core.ResourceList`. */
function goResourceList(list: ResourceList | undefined): string {
  if (list === undefined) return 'core.ResourceList(nil)';
  const entries = Object.entries(list)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([k, v]) => {
      const q = parseQuantity(v);
      return `${goQuote(k)}:${q ? goQuantity(q) : goQuote(v)}`;
    });
  return `core.ResourceList{${entries.join(', ')}}`;
}

function validateClassName(name: string | undefined, path: string): FieldError[] {
  if (!name) return [];
  return nameIsDNSSubdomain(name, false).map((msg) => invalid(path, name, msg));
}

export function validatePersistentVolume(
  pv: PersistentVolume,
  opts: ValidationOptions,
): FieldError[] {
  const errs = validateObjectMeta(pv.metadata, {
    namespaced: false,
    nameFn: nameIsDNSSubdomain,
    legacyNames: opts.legacyNames,
  });
  const spec = pv.spec;
  if (!spec.accessModes?.length) errs.push(required('spec.accessModes'));
  errs.push(...validateAccessModes(spec.accessModes, 'spec.accessModes'));
  const capacity = spec.capacity;
  const names = Object.keys(capacity ?? {});
  if (names.length === 0) errs.push(required('spec.capacity'));
  if (!names.includes('storage') || names.length > 1)
    errs.push(notSupported('spec.capacity', goSyntax(goResourceList(capacity)), ['storage']));
  for (const name of names.sort())
    errs.push(...positive(capacity?.[name] ?? '', `spec.capacity[${name}]`));
  const policy = spec.persistentVolumeReclaimPolicy;
  if (policy && !(RECLAIM_POLICIES as readonly string[]).includes(policy))
    errs.push(notSupported('spec.persistentVolumeReclaimPolicy', policy, RECLAIM_POLICIES));
  errs.push(
    ...validateVolumeSource(
      {
        name: pv.metadata.name,
        ...(spec.hostPath ? { hostPath: spec.hostPath } : {}),
        ...(spec.gcePersistentDisk ? { gcePersistentDisk: spec.gcePersistentDisk } : {}),
        ...(spec.awsElasticBlockStore ? { awsElasticBlockStore: spec.awsElasticBlockStore } : {}),
        ...(spec.nfs ? { nfs: spec.nfs } : {}),
      },
      'spec',
    ),
  );
  if (spec.hostPath && spec.hostPath.path.replace(/\/+$/, '') === '' && policy === 'Recycle')
    errs.push(
      forbidden(
        'spec.persistentVolumeReclaimPolicy',
        "may not be 'recycle' for a hostPath mount of '/'",
      ),
    );
  errs.push(...validateClassName(spec.storageClassName, 'spec.storageClassName'));
  if (
    spec.volumeMode !== undefined &&
    !(VOLUME_MODES as readonly string[]).includes(spec.volumeMode)
  )
    errs.push(notSupported('spec.volumeMode', spec.volumeMode, VOLUME_MODES));
  return errs;
}

export function validatePersistentVolumeClaim(
  pvc: PersistentVolumeClaim,
  opts: ValidationOptions,
): FieldError[] {
  const errs = validateObjectMeta(pvc.metadata, {
    namespaced: true,
    nameFn: nameIsDNSSubdomain,
    legacyNames: opts.legacyNames,
  });
  const spec = pvc.spec;
  if (!spec.accessModes?.length)
    errs.push(required('spec.accessModes', 'at least 1 access mode is required'));
  errs.push(...validateLabelSelector(spec.selector, 'spec.selector'));
  errs.push(...validateAccessModes(spec.accessModes, 'spec.accessModes'));
  const storage = spec.resources?.requests?.['storage'];
  if (storage === undefined) errs.push(required('spec.resources[storage]'));
  else errs.push(...positive(storage, 'spec.resources[storage]'));
  errs.push(...validateClassName(spec.storageClassName, 'spec.storageClassName'));
  if (
    spec.volumeMode !== undefined &&
    !(VOLUME_MODES as readonly string[]).includes(spec.volumeMode)
  )
    errs.push(notSupported('spec.volumeMode', spec.volumeMode, VOLUME_MODES));
  return errs;
}

const SOURCES = ['hostPath', 'gcePersistentDisk', 'awsElasticBlockStore', 'nfs'] as const;

/**
 * Kubernetes appends a cmp.Diff of the two specs to these Forbidden details; kubesim leaves
 * the diff out (its text is Go's, not reproducible here) and keeps the sentence.
 */
export function validatePersistentVolumeUpdate(
  pv: PersistentVolume,
  old: PersistentVolume,
  opts: ValidationOptions,
): FieldError[] {
  const errs = [
    ...validateObjectMetaUpdate(pv.metadata, old.metadata),
    ...validatePersistentVolume(pv, opts),
  ];
  const source = (v: PersistentVolume): string => stableJson(SOURCES.map((s) => v.spec[s] ?? null));
  if (source(pv) !== source(old))
    errs.push(
      forbidden(
        'spec.persistentvolumesource',
        'spec.persistentvolumesource is immutable after creation',
      ),
    );
  return errs;
}

export function validatePersistentVolumeClaimUpdate(
  pvc: PersistentVolumeClaim,
  old: PersistentVolumeClaim,
  opts: ValidationOptions,
): FieldError[] {
  const errs = [
    ...validateObjectMetaUpdate(pvc.metadata, old.metadata),
    ...validatePersistentVolumeClaim(pvc, opts),
  ];
  // the binder may set volumeName once; a bound claim may ask for more storage
  const comparable = (c: PersistentVolumeClaim, volumeName: string | undefined): string => {
    const { resources, volumeName: _v, ...rest } = c.spec;
    const requests = { ...resources?.requests };
    if (pvc.status?.phase === 'Bound') delete requests['storage'];
    return stableJson({ ...rest, volumeName, resources: { ...resources, requests } });
  };
  const volumeName = old.spec.volumeName || pvc.spec.volumeName;
  if (comparable(pvc, pvc.spec.volumeName) !== comparable(old, volumeName))
    errs.push(
      forbidden(
        'spec',
        'spec is immutable after creation except resources.requests and volumeAttributesClassName for bound claims',
      ),
    );
  const was = parseQuantity(old.spec.resources?.requests?.['storage'] ?? '0');
  const now = parseQuantity(pvc.spec.resources?.requests?.['storage'] ?? '0');
  if (was && now && compareQuantity(now, was) < 0)
    errs.push(
      forbidden('spec.resources.requests.storage', 'field can not be less than previous value'),
    );
  return errs;
}
