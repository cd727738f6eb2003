export type * from './meta';
export type * from './pod';
export type * from './workloads';
export type * from './service';
export type * from './cluster';
export type * from './storage';

import type { Event, Namespace, Node } from './cluster';
import type { Pod } from './pod';
import type { Endpoints, Service } from './service';
import type { PersistentVolume, PersistentVolumeClaim } from './storage';
import type { Deployment, ReplicaSet, ReplicationController } from './workloads';

/** Every kind the engine stores, in its internal shape. */
export type AnyObject =
  | Pod
  | ReplicationController
  | ReplicaSet
  | Deployment
  | Service
  | Endpoints
  | Node
  | Namespace
  | Event
  | PersistentVolume
  | PersistentVolumeClaim;

export type Kind = AnyObject['kind'];

/** The internal object of a given kind: `ObjectOfKind<'Pod'>` is `Pod`. */
export type ObjectOfKind<K extends Kind> = Extract<AnyObject, { kind: K }>;
