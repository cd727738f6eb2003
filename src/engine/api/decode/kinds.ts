/**
 * Which kinds each API version serves, as kubectl's REST mapper would find them. kubesim serves
 * the 2015 versions beside the modern ones, so the seeds' manifests work in either era.
 */
import type { Kind } from '../../types';

/** Per API version, the kinds it serves (as documents name them) and the internal kind of each. */
export const SERVED: Readonly<Record<string, Readonly<Record<string, Kind>>>> = {
  v1beta1: {
    Pod: 'Pod',
    ReplicationController: 'ReplicationController',
    Service: 'Service',
    Minion: 'Node',
    Node: 'Node',
  },
  v1beta3: {
    Pod: 'Pod',
    ReplicationController: 'ReplicationController',
    Service: 'Service',
    Node: 'Node',
    Namespace: 'Namespace',
    Endpoints: 'Endpoints',
  },
  v1: {
    Pod: 'Pod',
    ReplicationController: 'ReplicationController',
    Service: 'Service',
    Node: 'Node',
    Namespace: 'Namespace',
    Endpoints: 'Endpoints',
    Event: 'Event',
    PersistentVolume: 'PersistentVolume',
    PersistentVolumeClaim: 'PersistentVolumeClaim',
  },
  'apps/v1': { ReplicaSet: 'ReplicaSet', Deployment: 'Deployment' },
};

/** The internal kind a document of this version and kind decodes into, if served. */
export function servedKind(apiVersion: string, kind: string): Kind | undefined {
  return SERVED[apiVersion]?.[kind];
}

/** `List`, or `<Kind>List` for a kind the version serves (`PodList`, `MinionList`). */
export function isListKind(apiVersion: string, kind: string): boolean {
  if (!SERVED[apiVersion]) return false;
  return (
    kind === 'List' ||
    (kind.endsWith('List') && servedKind(apiVersion, kind.slice(0, -4)) !== undefined)
  );
}

export const isLegacyVersion = (apiVersion: string): boolean =>
  apiVersion === 'v1beta1' || apiVersion === 'v1beta3';
