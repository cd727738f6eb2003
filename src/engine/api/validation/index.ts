/**
 * API validation: what the API server checks on a defaulted object before storing it, with
 * Kubernetes' field paths and words (k8s-reference §0–§1). Each kind's rules live in their own
 * file; this picks them. Errors come in the order Kubernetes reports them, duplicates removed
 * as apimachinery's aggregate does.
 *
 * @example
 * const errs = validateCreate(pod, { era: 'modern' });
 * errs.map(errorText); // ['spec.containers[0].image: Required value']
 */
import type { AnyObject } from '../../types';
import { dedupe, type FieldError } from '../field';
import {
  validateDeployment,
  validateDeploymentUpdate,
  validateReplicaSet,
  validateReplicaSetUpdate,
} from './apps';
import { nameIsDNSSubdomain } from './names';
import {
  validateNamespace,
  validateNamespaceUpdate,
  validateNode,
  validateNodeUpdate,
} from './node';
import { validateObjectMeta, validateObjectMetaUpdate } from './objectMeta';
import type { ValidationOptions } from './options';
import {
  validatePersistentVolume,
  validatePersistentVolumeClaim,
  validatePersistentVolumeClaimUpdate,
  validatePersistentVolumeUpdate,
} from './persistentVolume';
import { validatePod } from './pod';
import { validatePodUpdate } from './podUpdate';
import {
  validateReplicationController,
  validateReplicationControllerUpdate,
} from './replicationController';
import { validateService, validateServiceUpdate } from './service';

export type { ValidationOptions } from './options';

export function validateCreate(obj: AnyObject, opts: ValidationOptions): FieldError[] {
  switch (obj.kind) {
    case 'Pod':
      return dedupe(validatePod(obj, opts));
    case 'ReplicationController':
      return dedupe(validateReplicationController(obj, opts));
    case 'ReplicaSet':
      return dedupe(validateReplicaSet(obj, opts));
    case 'Deployment':
      return dedupe(validateDeployment(obj, opts));
    case 'Service':
      return dedupe(validateService(obj, opts));
    case 'Node':
      return dedupe(validateNode(obj, opts));
    case 'Namespace':
      return dedupe(validateNamespace(obj, opts));
    case 'PersistentVolume':
      return dedupe(validatePersistentVolume(obj, opts));
    case 'PersistentVolumeClaim':
      return dedupe(validatePersistentVolumeClaim(obj, opts));
    case 'Endpoints':
    case 'Event':
      return dedupe(
        validateObjectMeta(obj.metadata, {
          namespaced: true,
          nameFn: nameIsDNSSubdomain,
          legacyNames: opts.legacyNames,
        }),
      );
  }
}

export function validateUpdate(
  obj: AnyObject,
  old: AnyObject,
  opts: ValidationOptions,
): FieldError[] {
  if (obj.kind !== old.kind)
    throw new Error(`cannot validate a ${obj.kind} as an update of a ${old.kind}`);
  switch (obj.kind) {
    case 'Pod':
      return dedupe(validatePodUpdate(obj, old as typeof obj, opts));
    case 'ReplicationController':
      return dedupe(validateReplicationControllerUpdate(obj, old as typeof obj, opts));
    case 'ReplicaSet':
      return dedupe(validateReplicaSetUpdate(obj, old as typeof obj, opts));
    case 'Deployment':
      return dedupe(validateDeploymentUpdate(obj, old as typeof obj, opts));
    case 'Service':
      return dedupe(validateServiceUpdate(obj, old as typeof obj, opts));
    case 'Node':
      return dedupe(validateNodeUpdate(obj, old as typeof obj, opts));
    case 'Namespace':
      return dedupe(validateNamespaceUpdate(obj, old as typeof obj));
    case 'PersistentVolume':
      return dedupe(validatePersistentVolumeUpdate(obj, old as typeof obj, opts));
    case 'PersistentVolumeClaim':
      return dedupe(validatePersistentVolumeClaimUpdate(obj, old as typeof obj, opts));
    case 'Endpoints':
    case 'Event':
      return dedupe(validateObjectMetaUpdate(obj.metadata, old.metadata));
  }
}
