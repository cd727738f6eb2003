/**
 * Pod volumes (k8s-reference §1.3, §8): exactly one source each, its required fields, unique
 * DNS-label names. As in Kubernetes, a volume with any error is left out of the set that
 * volume mounts are checked against, so a mount of it also reports `Not found`.
 */
import type { Volume } from '../../types';
import { duplicate, forbidden, invalid, notSupported, required, type FieldError } from '../field';
import { parseQuantity } from '../quantity';
import { inclusiveRangeError, validateDNS1123Label } from './names';

type Source = Exclude<keyof Volume, 'name'>;

/** The order Kubernetes tries sources in decides which one "may not specify more than 1". */
const SOURCE_ORDER: Source[] = [
  'emptyDir',
  'hostPath',
  'gitRepo',
  'gcePersistentDisk',
  'awsElasticBlockStore',
  'secret',
  'nfs',
  'persistentVolumeClaim',
  'configMap',
];

const HOST_PATH_TYPES = [
  '',
  'BlockDevice',
  'CharDevice',
  'Directory',
  'DirectoryOrCreate',
  'File',
  'FileOrCreate',
  'Socket',
] as const;

const noBacksteps = (p: string, path: string): FieldError[] =>
  p.split('/').includes('..') ? [invalid(path, p, "must not contain '..'")] : [];

/** subPath-style paths: relative and without `..`. */
export function validateLocalDescendingPath(p: string, path: string): FieldError[] {
  const errs = p.startsWith('/') ? [invalid(path, p, 'must be a relative path')] : [];
  return [...errs, ...noBacksteps(p, path)];
}

function validateSource(v: Volume, source: Source, path: string): FieldError[] {
  const errs: FieldError[] = [];
  switch (source) {
    case 'emptyDir': {
      const limit = v.emptyDir?.sizeLimit;
      const q = limit === undefined ? undefined : parseQuantity(limit);
      if (q && q.nanos < 0n)
        errs.push(
          forbidden(`${path}.sizeLimit`, 'SizeLimit field must be a valid resource quantity'),
        );
      break;
    }
    case 'hostPath': {
      const hp = v.hostPath ?? { path: '' };
      if (!hp.path) return [required(`${path}.path`)];
      errs.push(...noBacksteps(hp.path, `${path}.path`));
      if (hp.type !== undefined && !(HOST_PATH_TYPES as readonly string[]).includes(hp.type))
        errs.push(notSupported(`${path}.type`, hp.type, HOST_PATH_TYPES));
      break;
    }
    case 'gitRepo':
      if (!v.gitRepo?.repository) errs.push(required(`${path}.repository`));
      errs.push(...validateLocalDescendingPath(v.gitRepo?.directory ?? '', `${path}.directory`));
      break;
    case 'gcePersistentDisk':
    case 'awsElasticBlockStore': {
      const gce = source === 'gcePersistentDisk';
      const id = gce ? v.gcePersistentDisk?.pdName : v.awsElasticBlockStore?.volumeID;
      if (!id) errs.push(required(`${path}.${gce ? 'pdName' : 'volumeID'}`));
      const partition =
        (gce ? v.gcePersistentDisk?.partition : v.awsElasticBlockStore?.partition) ?? 0;
      if (partition < 0 || partition > 255)
        errs.push(invalid(`${path}.partition`, partition, inclusiveRangeError(1, 255)));
      break;
    }
    case 'secret':
      if (!v.secret?.secretName) errs.push(required(`${path}.secretName`));
      break;
    case 'nfs':
      if (!v.nfs?.server) errs.push(required(`${path}.server`));
      if (!v.nfs?.path) errs.push(required(`${path}.path`));
      if (!(v.nfs?.path ?? '').startsWith('/'))
        errs.push(invalid(`${path}.path`, v.nfs?.path ?? '', 'must be an absolute path'));
      break;
    case 'persistentVolumeClaim':
      if (!v.persistentVolumeClaim?.claimName) errs.push(required(`${path}.claimName`));
      break;
    case 'configMap':
      if (!v.configMap?.name) errs.push(required(`${path}.name`));
      break;
  }
  return errs;
}

/** Exactly one source; errors for the first, `Forbidden` for each extra one. */
export function validateVolumeSource(v: Volume, path: string): FieldError[] {
  const errs: FieldError[] = [];
  let count = 0;
  for (const source of SOURCE_ORDER) {
    if (v[source] === undefined || v[source] === null) continue;
    if (count > 0) {
      errs.push(forbidden(`${path}.${source}`, 'may not specify more than 1 volume type'));
      continue;
    }
    count++;
    // Kubernetes reports a GCE disk's fields under `persistentDisk`, its v1beta1 name.
    const childPath = `${path}.${source === 'gcePersistentDisk' ? 'persistentDisk' : source}`;
    errs.push(...validateSource(v, source, childPath));
  }
  if (count === 0) errs.push(required(path, 'must specify a volume type'));
  return errs;
}

export interface VolumesResult {
  /** The volumes that passed, by name: what volume mounts may refer to. */
  valid: Map<string, Volume>;
  errors: FieldError[];
}

export function validateVolumes(volumes: Volume[] | undefined, path: string): VolumesResult {
  const valid = new Map<string, Volume>();
  const errors: FieldError[] = [];
  const names = new Set<string>();
  (volumes ?? []).forEach((v, i) => {
    const idx = `${path}[${i}]`;
    const el = validateVolumeSource(v, idx);
    const name = v.name ?? '';
    if (!name) el.push(required(`${idx}.name`));
    else el.push(...validateDNS1123Label(name, `${idx}.name`));
    if (names.has(name)) el.push(duplicate(`${idx}.name`, name));
    if (el.length === 0) {
      names.add(name);
      valid.set(name, v);
    } else errors.push(...el);
  });
  return { valid, errors };
}

/** 2015 clusters (until v1.28): a writable GCE PD cannot back more than one replica. */
export function validateReadOnlyPersistentDisks(
  volumes: Volume[] | undefined,
  path: string,
): FieldError[] {
  const errs: FieldError[] = [];
  (volumes ?? []).forEach((v, i) => {
    if (v.gcePersistentDisk && !v.gcePersistentDisk.readOnly)
      errs.push(
        invalid(
          `${path}[${i}].gcePersistentDisk.readOnly`,
          false,
          'must be true for replicated pods > 1; GCE PD can only be mounted on multiple machines if it is read-only',
        ),
      );
  });
  return errs;
}
