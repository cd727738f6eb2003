/**
 * The API server: the one door to the store. It names, defaults, admits, validates and
 * versions objects, and turns every failure into a Kubernetes Status (StatusError). Every other
 * component — kubectl, controllers, the scheduler, kubelets — reads and writes only through it.
 */
import type { SimClock } from '../clock';
import type { Rand } from '../rand';
import { LEGACY_NAME_ALPHABET, MODERN_NAME_ALPHABET } from '../rand';
import { PreconditionFailedError, type Store } from '../store/store';
import type { Selector } from '../labels/selector';
import type { AnyObject, Kind, Namespace, ObjectOfKind, Pod, Service } from '../types';
import { clone } from '../util/freeze';
import type { MessageLog } from '../messages';
import { ApiClient, objectKey } from './client';
import { IpAllocator, parseCidr } from './allocators/ipAllocator';
import { PortAllocator } from './allocators/portAllocator';
import type { FieldError } from './field';
import { registryPrefix, resourceFor, type ResourceInfo } from './resources';
import { watchEverything, watchKind } from './watch';
import {
  FOREGROUND_FINALIZER,
  gracePeriodFor,
  IMMORTAL_NAMESPACES,
  ORPHAN_FINALIZER,
  sameObject,
} from './deletion';

export { FOREGROUND_FINALIZER, ORPHAN_FINALIZER } from './deletion';
import {
  allocateServiceAddresses,
  releaseDroppedNodePorts,
  releaseServiceAddresses,
  type ServiceAllocators,
} from './serviceAllocation';
import {
  newAlreadyExists,
  newBadRequest,
  newConflict,
  newInvalid,
  newNotFound,
  newForbidden,
  newInternalError,
  newServiceUnavailable,
  OPTIMISTIC_LOCK_MESSAGE,
} from './status';
import { normalize, prepareForCreate, prepareForUpdate, specChanged } from './strategy';
import { addDefaultTolerations, setDefaults } from './defaults';
import { validateCreate, validateUpdate } from './validation';

export type Era = 'modern' | '2015';

export interface ApiServerOptions {
  store: Store;
  /** Where the API server's own steps (its writes to etcd) are recorded. */
  messages?: MessageLog;
  clock: SimClock;
  rand: Rand;
  era: Era;
  serviceCIDR: string;
  nodePortRange: { min: number; max: number };
}

export interface CreateOptions {
  dryRun?: boolean;
  /** The request's namespace (kubectl `-n`); the object's own namespace wins when set. */
  namespace?: string;
  /** The document was v1beta1/v1beta3: allow its old-style names (see validation). */
  legacy?: boolean;
}

export interface UpdateOptions {
  dryRun?: boolean;
  legacy?: boolean;
  /** `status` writes only status; the main resource ignores status changes. */
  subresource?: 'status';
}

export interface DeleteOptions {
  dryRun?: boolean;
  gracePeriodSeconds?: number;
  preconditions?: { uid?: string; resourceVersion?: string };
  propagationPolicy?: 'Orphan' | 'Background' | 'Foreground';
}

export interface ListOptions {
  /** Undefined lists every namespace. */
  namespace?: string;
  labelSelector?: Selector;
  fieldSelector?: (obj: AnyObject) => boolean;
}

export interface WatchEvent<T extends AnyObject = AnyObject> {
  type: 'ADDED' | 'MODIFIED' | 'DELETED';
  object: T;
  oldObject?: T;
  resourceVersion: number;
}

export class ApiServer {
  readonly era: Era;
  private readonly store: Store;
  private readonly clock: SimClock;
  private readonly rand: Rand;
  readonly services: ServiceAllocators;
  readonly messages: MessageLog | undefined;

  constructor(options: ApiServerOptions) {
    this.messages = options.messages;
    this.store = options.store;
    this.clock = options.clock;
    this.rand = options.rand;
    this.era = options.era;
    this.services = {
      ips: new IpAllocator(parseCidr(options.serviceCIDR), options.rand),
      nodePorts: new PortAllocator(
        options.nodePortRange.min,
        options.nodePortRange.max,
        options.rand,
      ),
    };
  }

  get resourceVersion(): number {
    return this.store.currentRevision;
  }

  /**
   * Which part of the control plane's storage path is down, if any: the API server itself
   * (nothing answers) or etcd behind it (requests fail). Components keep reading what their
   * informers cached; every write fails until it is back.
   */
  outage: 'apiserver' | 'etcd' | undefined;

  private assertAvailable(): void {
    if (this.outage === 'apiserver')
      throw newServiceUnavailable('the server is currently unable to handle the request');
    if (this.outage === 'etcd') throw newInternalError('etcdserver: request timed out');
  }

  /** How many keys etcd holds (the page shows it on the etcd box). */
  get keyCount(): number {
    return this.store.size;
  }

  create<T extends AnyObject>(input: T, opts: CreateOptions = {}): ObjectOfKind<T['kind']> {
    this.assertAvailable();
    const info = resourceFor(input.kind);
    const obj = clone(input) as AnyObject;
    normalize(obj);
    const meta = obj.metadata;
    if (meta.resourceVersion)
      throw newBadRequest('resourceVersion should not be set on objects to be created');

    if (info.namespaced) {
      meta.namespace = meta.namespace || opts.namespace || 'default';
      this.requireLiveNamespace(meta.namespace, info, meta.name || meta.generateName || '');
    } else {
      delete meta.namespace;
    }

    setDefaults(obj, { era: this.era });
    if (obj.kind === 'Pod' && this.era === 'modern') {
      addDefaultTolerations(obj);
      // the Priority admission plugin: no PriorityClass means priority 0
      obj.spec.priority ??= 0;
    }

    const generated = !meta.name && !!meta.generateName;
    if (generated) meta.name = this.generateName(info, meta.generateName ?? '', meta.namespace);

    meta.uid = this.rand.uuid();
    meta.creationTimestamp = this.clock.timestamp();
    meta.generation = 1;
    delete meta.deletionTimestamp;
    delete meta.deletionGracePeriodSeconds;
    prepareForCreate(obj, { era: this.era, timestamp: meta.creationTimestamp });

    this.validate(obj, info, validateCreate(obj, this.validationOptions(opts.legacy)));

    let rollback = (): void => {};
    if (obj.kind === 'Service') {
      const result = allocateServiceAddresses(obj, undefined, this.services, this.era === 'modern');
      this.validate(obj, info, result.errors);
      rollback = result.rollback;
    }

    const key = this.key(info, meta.namespace, meta.name);
    if (this.store.get(key)) {
      rollback();
      throw newAlreadyExists(info, meta.name);
    }
    if (opts.dryRun) {
      rollback();
      return obj as ObjectOfKind<T['kind']>;
    }
    this.etcd('create', key, obj);
    return this.store.create(key, obj) as ObjectOfKind<T['kind']>;
  }

  update<T extends AnyObject>(input: T, opts: UpdateOptions = {}): ObjectOfKind<T['kind']> {
    this.assertAvailable();
    const info = resourceFor(input.kind);
    const namespace = info.namespaced ? input.metadata.namespace || 'default' : undefined;
    const key = this.key(info, namespace, input.metadata.name);
    const old = this.store.get<AnyObject>(key);
    if (!old) throw newNotFound(info, input.metadata.name);
    const wantedVersion = input.metadata.resourceVersion;
    if (wantedVersion && wantedVersion !== old.metadata.resourceVersion)
      throw newConflict(info, input.metadata.name, OPTIMISTIC_LOCK_MESSAGE);

    const obj = clone(input) as AnyObject;
    normalize(obj);
    if (info.namespaced) obj.metadata.namespace = namespace as string;
    setDefaults(obj, { era: this.era });
    prepareForUpdate(obj, old, { subresource: opts.subresource });
    const changed = specChanged(obj, old);
    obj.metadata.generation = (old.metadata.generation ?? 1) + (changed ? 1 : 0);

    this.validate(obj, info, validateUpdate(obj, old, this.validationOptions(opts.legacy)));

    let rollback = (): void => {};
    if (obj.kind === 'Service') {
      const result = allocateServiceAddresses(
        obj,
        old as Service,
        this.services,
        this.era === 'modern',
      );
      this.validate(obj, info, result.errors);
      rollback = result.rollback;
    }

    if (sameObject(obj, old)) {
      rollback();
      return old as ObjectOfKind<T['kind']>;
    }
    if (opts.dryRun) {
      rollback();
      return obj as ObjectOfKind<T['kind']>;
    }
    // the last finalizer gone from an object being deleted with no grace left: it goes now
    if (
      obj.metadata.deletionTimestamp &&
      !(obj.metadata.finalizers ?? []).length &&
      (old.metadata.finalizers ?? []).length > 0 &&
      (obj.metadata.deletionGracePeriodSeconds ?? 0) === 0
    ) {
      rollback();
      return this.finalizeDelete(
        obj.kind,
        obj.metadata.namespace,
        obj.metadata.name,
      ) as ObjectOfKind<T['kind']>;
    }
    try {
      this.etcd('update', key, obj);
      const stored = this.store.update(key, obj, Number(old.metadata.resourceVersion));
      if (stored.kind === 'Service') releaseDroppedNodePorts(stored, old as Service, this.services);
      return stored as ObjectOfKind<T['kind']>;
    } catch (e) {
      rollback();
      if (e instanceof PreconditionFailedError)
        throw newConflict(info, obj.metadata.name, OPTIMISTIC_LOCK_MESSAGE);
      throw e;
    }
  }

  updateStatus<T extends AnyObject>(
    input: T,
    opts: Omit<UpdateOptions, 'subresource'> = {},
  ): ObjectOfKind<T['kind']> {
    return this.update(input, { ...opts, subresource: 'status' });
  }

  /**
   * Delete an object. Pods bound to a node are deleted gracefully: they get a
   * deletionTimestamp and stay (Terminating) until their kubelet finishes. Returns the object
   * as deleted (or as marked for deletion).
   */
  delete<K extends Kind>(
    kind: K,
    namespace: string | undefined,
    name: string,
    opts: DeleteOptions = {},
  ): ObjectOfKind<K> {
    this.assertAvailable();
    const info = resourceFor(kind);
    const key = this.key(info, namespace, name);
    const old = this.store.get<ObjectOfKind<K>>(key);
    if (!old) throw newNotFound(info, name);
    const pre = opts.preconditions;
    if (pre?.uid && pre.uid !== old.metadata.uid)
      throw newConflict(
        info,
        name,
        `Precondition failed: UID in precondition: ${pre.uid}, UID in object meta: ${old.metadata.uid ?? ''}`,
      );
    if (pre?.resourceVersion && pre.resourceVersion !== old.metadata.resourceVersion)
      throw newConflict(
        info,
        name,
        `Precondition failed: ResourceVersion in precondition: ${pre.resourceVersion}, ResourceVersion in object meta: ${old.metadata.resourceVersion ?? ''}`,
      );

    if (kind === 'Namespace' && IMMORTAL_NAMESPACES.includes(name))
      throw newForbidden(info, name, 'this namespace may not be deleted');
    const grace = gracePeriodFor(old, opts.gracePeriodSeconds);
    // a namespace always passes through Terminating while the namespace controller empties it
    // orphan and foreground deletion hand the object to the garbage collector through a finalizer
    const gcFinalizer =
      opts.propagationPolicy === 'Orphan'
        ? ORPHAN_FINALIZER
        : opts.propagationPolicy === 'Foreground'
          ? FOREGROUND_FINALIZER
          : undefined;
    const ownFinalizers = [...(old.metadata.finalizers ?? [])];
    if (
      gcFinalizer &&
      !ownFinalizers.includes(gcFinalizer) &&
      this.era === 'modern' &&
      kind !== 'Namespace'
    )
      ownFinalizers.push(gcFinalizer);
    const finalizers = [
      ...ownFinalizers,
      ...(old.kind === 'Namespace' ? ((old as Namespace).spec?.finalizers ?? []) : []),
    ];
    if (grace > 0 || finalizers.length > 0) {
      const marked = clone(old) as AnyObject;
      if (ownFinalizers.length) marked.metadata.finalizers = ownFinalizers;
      const now = this.clock.now;
      const already = old.metadata.deletionTimestamp;
      // a later delete may shorten the grace period, never lengthen it
      const previousGrace = old.metadata.deletionGracePeriodSeconds;
      if (!already || (previousGrace !== undefined && grace < previousGrace)) {
        marked.metadata.deletionTimestamp = this.clock.timestamp(now + grace * 1000);
        marked.metadata.deletionGracePeriodSeconds = grace;
      }
      if (kind === 'Namespace' && marked.kind === 'Namespace')
        marked.status = { ...marked.status, phase: 'Terminating' };
      if (opts.dryRun || sameObject(marked, old)) return marked as ObjectOfKind<K>;
      this.etcd('update', key, marked);
      return this.store.update(key, marked) as ObjectOfKind<K>;
    }
    if (opts.dryRun) return old;
    this.etcd('delete', key, old);
    const last = this.store.delete<ObjectOfKind<K>>(key);
    if (last.kind === 'Service') releaseServiceAddresses(last as Service, this.services);
    return last;
  }

  /** Remove a finalizer-free, grace-expired object for good (kubelets and controllers call this). */
  finalizeDelete(kind: Kind, namespace: string | undefined, name: string): AnyObject | undefined {
    this.assertAvailable();
    const info = resourceFor(kind);
    const key = this.key(info, namespace, name);
    const old = this.store.get<AnyObject>(key);
    if (!old) return undefined;
    this.etcd('delete', key, old);
    const last = this.store.delete<AnyObject>(key);
    if (last.kind === 'Service') releaseServiceAddresses(last, this.services);
    return last;
  }

  get<K extends Kind>(kind: K, namespace: string | undefined, name: string): ObjectOfKind<K> {
    const info = resourceFor(kind);
    const obj = this.store.get<ObjectOfKind<K>>(this.key(info, namespace, name));
    if (!obj) throw newNotFound(info, name);
    return obj;
  }

  /** Like `get`, but undefined instead of NotFound. */
  find<K extends Kind>(
    kind: K,
    namespace: string | undefined,
    name: string,
  ): ObjectOfKind<K> | undefined {
    return this.store.get<ObjectOfKind<K>>(this.key(resourceFor(kind), namespace, name));
  }

  list<K extends Kind>(kind: K, opts: ListOptions = {}): ObjectOfKind<K>[] {
    const info = resourceFor(kind);
    const items = this.store.list<ObjectOfKind<K>>(registryPrefix(info, opts.namespace));
    const { labelSelector, fieldSelector } = opts;
    if (!labelSelector && !fieldSelector) return items;
    return items.filter(
      (o) =>
        (!labelSelector || labelSelector.matches(o.metadata.labels)) &&
        (!fieldSelector || fieldSelector(o)),
    );
  }

  /**
   * Watch one kind (optionally one namespace) from `resourceVersion` on. Events arrive in
   * order; a watcher may write from inside its listener.
   */
  watch<K extends Kind>(
    kind: K,
    opts: { namespace?: string; resourceVersion?: number },
    listener: (event: WatchEvent<ObjectOfKind<K>>) => void,
  ): () => void {
    return watchKind(this.store, kind, opts, listener);
  }

  /** Every change to every object, in order (the worker and `cluster.watch` use this). */
  watchAll(listener: (event: WatchEvent & { kind: Kind }) => void): () => void {
    return watchEverything(this.store, listener);
  }

  /**
   * The pods/binding subresource: the scheduler's one write. Sets `spec.nodeName` on an
   * unbound pod (no other update may) and marks it PodScheduled.
   */
  bind(namespace: string, name: string, nodeName: string): Pod {
    this.assertAvailable();
    const info = resourceFor('Pod');
    const key = this.key(info, namespace, name);
    const pod = this.store.get<Pod>(key);
    if (!pod) throw newNotFound(info, name);
    if (pod.metadata.deletionTimestamp)
      throw newConflict(info, name, 'pod is being deleted, cannot be assigned to a host');
    if (pod.spec.nodeName)
      throw newConflict(
        info,
        name,
        `pod ${name} is already assigned to node "${pod.spec.nodeName}"`,
      );
    const bound = clone(pod) as Pod;
    bound.spec.nodeName = nodeName;
    const now = this.clock.timestamp();
    const conditions = (bound.status?.conditions ?? []).filter((c) => c.type !== 'PodScheduled');
    // PodScheduled arrived after 2015 (v1.3)
    if (this.era === 'modern')
      bound.status = {
        ...bound.status,
        conditions: [
          ...conditions,
          { type: 'PodScheduled', status: 'True', lastProbeTime: null, lastTransitionTime: now },
        ],
      };
    this.etcd('update', key, bound);
    return this.store.update(key, bound, Number(pod.metadata.resourceVersion));
  }

  /** A client for one component: its requests and the watch events it receives are recorded. */
  client(component: string): ApiClient {
    return new ApiClient(this, component, this.messages);
  }

  /**
   * Record a write to etcd, with the revision etcd will give it (the store's next). Recorded
   * just before the write because the write itself notifies the watches, whose steps follow it.
   */
  private etcd(verb: 'create' | 'update' | 'delete', key: string, obj: AnyObject): void {
    this.messages?.record('apiserver', 'etcd', `${verb} ${key}`, objectKey(obj), {
      resourceVersion: this.store.currentRevision + 1,
    });
  }

  private generateName(info: ResourceInfo, base: string, namespace: string | undefined): string {
    const alphabet = this.era === '2015' ? LEGACY_NAME_ALPHABET : MODERN_NAME_ALPHABET;
    const prefix = base.length > 58 ? base.slice(0, 58) : base;
    for (;;) {
      const name = prefix + this.rand.string(5, alphabet);
      if (!this.store.get(this.key(info, namespace, name))) return name;
    }
  }

  private requireLiveNamespace(namespace: string, info: ResourceInfo, name: string): void {
    const ns = this.store.get<ObjectOfKind<'Namespace'>>(`/registry/namespaces/${namespace}`);
    if (!ns) throw newNotFound(resourceFor('Namespace'), namespace);
    if (ns.status?.phase === 'Terminating')
      throw newForbidden(
        info,
        name,
        `unable to create new content in namespace ${namespace} because it is being terminated`,
      );
  }

  private validate(obj: AnyObject, info: ResourceInfo, errors: FieldError[]): void {
    if (errors.length) throw newInvalid(info.kind, info.group, obj.metadata.name, errors);
  }

  private validationOptions(legacy: boolean | undefined) {
    return {
      era: this.era,
      nodePortRange: { min: this.services.nodePorts.min, max: this.services.nodePorts.max },
      ...(legacy ? { legacyNames: true } : {}),
    };
  }

  key(info: ResourceInfo, namespace: string | undefined, name: string): string {
    return info.namespaced
      ? `${registryPrefix(info)}${namespace ?? 'default'}/${name}`
      : `${registryPrefix(info)}${name}`;
  }
}
