/**
 * How a component talks to the API server: the same calls, recorded as messages — the
 * request (`scheduler → apiserver: update pods/web`) and every watch event delivered back
 * (`apiserver → scheduler: MODIFIED pods/web`) — so the page can draw the control loop.
 */
import type { Selector } from '../labels/selector';
import type { MessageLog, ObjectKey } from '../messages';
import type { AnyObject, Kind, ObjectOfKind, Pod } from '../types';
import type {
  ApiServer,
  CreateOptions,
  DeleteOptions,
  ListOptions,
  UpdateOptions,
  WatchEvent,
} from './apiserver';
import { resourceFor } from './resources';

export function objectKey(obj: AnyObject): ObjectKey {
  return {
    kind: obj.kind,
    ...(obj.metadata.namespace ? { namespace: obj.metadata.namespace } : {}),
    name: obj.metadata.name,
  };
}

const path = (kind: Kind, name: string): string => `${resourceFor(kind).resource}/${name}`;

export class ApiClient {
  constructor(
    readonly api: ApiServer,
    readonly component: string,
    private readonly log: MessageLog | undefined,
  ) {}

  private request(what: string, object?: ObjectKey): void {
    this.log?.record(this.component, 'apiserver', what, object);
  }

  create<T extends AnyObject>(obj: T, opts?: CreateOptions): ObjectOfKind<T['kind']> {
    const name = obj.metadata?.name || `${obj.metadata?.generateName ?? ''}*`;
    this.request(`create ${path(obj.kind, name)}`, {
      kind: obj.kind,
      name,
      ...(obj.metadata?.namespace ? { namespace: obj.metadata.namespace } : {}),
    });
    return this.api.create(obj, opts);
  }

  update<T extends AnyObject>(obj: T, opts?: UpdateOptions): ObjectOfKind<T['kind']> {
    const sub = opts?.subresource ? `/${opts.subresource}` : '';
    this.request(`update ${path(obj.kind, obj.metadata.name)}${sub}`, objectKey(obj));
    return this.api.update(obj, opts);
  }

  updateStatus<T extends AnyObject>(obj: T): ObjectOfKind<T['kind']> {
    return this.update(obj, { subresource: 'status' });
  }

  delete<K extends Kind>(
    kind: K,
    namespace: string | undefined,
    name: string,
    opts?: DeleteOptions,
  ): ObjectOfKind<K> {
    this.request(`delete ${path(kind, name)}`, { kind, name, ...(namespace ? { namespace } : {}) });
    return this.api.delete(kind, namespace, name, opts);
  }

  get<K extends Kind>(kind: K, namespace: string | undefined, name: string): ObjectOfKind<K> {
    this.request(`get ${path(kind, name)}`, { kind, name, ...(namespace ? { namespace } : {}) });
    return this.api.get(kind, namespace, name);
  }

  find<K extends Kind>(
    kind: K,
    namespace: string | undefined,
    name: string,
  ): ObjectOfKind<K> | undefined {
    this.request(`get ${path(kind, name)}`, { kind, name, ...(namespace ? { namespace } : {}) });
    return this.api.find(kind, namespace, name);
  }

  /** Remove an object whose graceful deletion is over (a kubelet, or a forced delete). */
  finalizeDelete(kind: Kind, namespace: string | undefined, name: string): AnyObject | undefined {
    this.request(`delete ${path(kind, name)} (grace period 0)`, {
      kind,
      name,
      ...(namespace ? { namespace } : {}),
    });
    return this.api.finalizeDelete(kind, namespace, name);
  }

  bind(namespace: string, name: string, nodeName: string): Pod {
    this.request(`create pods/${name}/binding → ${nodeName}`, { kind: 'Pod', namespace, name });
    return this.api.bind(namespace, name, nodeName);
  }

  list<K extends Kind>(
    kind: K,
    opts: ListOptions & { labelSelector?: Selector } = {},
  ): ObjectOfKind<K>[] {
    this.request(`list ${resourceFor(kind).resource}`);
    return this.api.list(kind, opts);
  }

  watch<K extends Kind>(
    kind: K,
    opts: { namespace?: string; resourceVersion?: number },
    listener: (event: WatchEvent<ObjectOfKind<K>>) => void,
  ): () => void {
    return this.api.watch(kind, opts, (event) => {
      this.log?.record(
        'apiserver',
        this.component,
        `${event.type} ${path(kind, event.object.metadata.name)}`,
        objectKey(event.object),
      );
      listener(event);
    });
  }
}
