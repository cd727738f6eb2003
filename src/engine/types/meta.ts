/**
 * Object metadata and the shapes every stored object shares. The engine keeps ONE internal
 * version of each kind, shaped like Kubernetes v1 (apps/v1 for ReplicaSet and Deployment);
 * v1beta1 and v1beta3 manifests are converted to it at the API edge (src/engine/api/decode).
 */

export interface OwnerReference {
  apiVersion: string;
  kind: string;
  name: string;
  uid: string;
  controller?: boolean;
  blockOwnerDeletion?: boolean;
}

export interface ObjectMeta {
  name: string;
  generateName?: string;
  /** Set for namespaced kinds (defaulted to `default`), absent for Node and Namespace. */
  namespace?: string;
  uid?: string;
  /** Decimal string of the store's revision at the last write, as in Kubernetes. */
  resourceVersion?: string;
  /** Incremented by the API server when `spec` changes (controllers report observedGeneration). */
  generation?: number;
  /** RFC 3339 from the simulated clock, e.g. `2026-01-05T09:00:00Z`. */
  creationTimestamp?: string;
  deletionTimestamp?: string;
  deletionGracePeriodSeconds?: number;
  labels?: Record<string, string>;
  annotations?: Record<string, string>;
  ownerReferences?: OwnerReference[];
  finalizers?: string[];
}

export interface TypeMeta {
  /** The version the object is presented in; internal objects carry their v1 or apps/v1 value. */
  apiVersion: string;
  kind: string;
}

export interface KubeObject extends TypeMeta {
  metadata: ObjectMeta;
}

/** `intstr.IntOrString`: a port number or a port name. */
export type IntOrString = number | string;

/** A resource list such as `{ cpu: '100m', memory: '64Mi', pods: '110' }` (quantities kept as strings). */
export type ResourceList = Record<string, string>;

/** `metav1.LabelSelector`, used by ReplicaSet and Deployment. */
export interface LabelSelector {
  matchLabels?: Record<string, string>;
  matchExpressions?: LabelSelectorRequirement[];
}

export interface LabelSelectorRequirement {
  key: string;
  operator: 'In' | 'NotIn' | 'Exists' | 'DoesNotExist';
  values?: string[];
}
