/**
 * An etcd-like object store. Every write gets the next revision (Kubernetes' resourceVersion);
 * objects are kept under etcd-style keys (`/registry/pods/default/web`) and listed in key
 * order, as etcd returns them. Watchers receive every change after the revision they start
 * from, in revision order, even when a watcher writes while being notified: deliveries are
 * queued and drained one at a time, so no listener ever sees change N+1 before change N.
 *
 * The store knows nothing of kinds or validation — the API server does that — and it never
 * mutates what it is given: stored objects are frozen, and writers replace them whole.
 */
import { clone, deepFreeze } from '../util/freeze';

export type StoreEventType = 'ADDED' | 'MODIFIED' | 'DELETED';

export interface StoredObject {
  metadata: { name?: string; resourceVersion?: string };
}

export interface StoreEvent<T extends StoredObject = StoredObject> {
  type: StoreEventType;
  key: string;
  /** The object after the change; for DELETED, its last state (with the deletion's revision). */
  object: T;
  /** For MODIFIED and DELETED, the object before the change. */
  prevObject?: T;
  revision: number;
}

interface StoreWatcher {
  /** Only keys starting with this prefix, e.g. `/registry/pods/` or `/registry/pods/default/`. */
  prefix: string;
  listener: (event: StoreEvent) => void;
  /** Deliver only changes after this revision. */
  from: number;
  /** Registration order: watchers hear of a change in the order they started watching. */
  seq: number;
}

/** A queued delivery: to every matching watcher, or (a history replay) to one. */
interface Delivery {
  event: StoreEvent;
  only?: StoreWatcher;
}

/** Thrown when a revision is older than the retained history (etcd's "compacted"). */
export class RevisionCompactedError extends Error {
  constructor(
    readonly requested: number,
    readonly oldest: number,
  ) {
    super(`too old resource version: ${requested} (${oldest})`);
  }
}

/** Thrown by guarded writes (the compare in etcd's compare-and-swap). */
export class PreconditionFailedError extends Error {
  constructor(
    readonly key: string,
    readonly reason: 'exists' | 'missing' | 'revision',
  ) {
    super(`precondition failed for ${key}: ${reason}`);
  }
}

interface Directory {
  keys: Set<string>;
  sorted: string[] | undefined;
  objects: StoredObject[] | undefined;
}

export interface StoreOptions {
  /** How many past changes watchers may resume from (etcd compaction window). */
  historyLimit?: number;
}

export class Store {
  private revision = 0;
  private readonly objects = new Map<string, StoredObject>();
  /**
   * Keys of each directory — a resource (`/registry/pods/`) and, for namespaced resources, each
   * namespace in it (`/registry/pods/default/`) — with the sorted keys and the objects in key
   * order cached until the directory changes, so repeated lists cost no sorting.
   */
  private readonly directories = new Map<string, Directory>();
  private readonly history: StoreEvent[] = [];
  private readonly historyLimit: number;
  private readonly watchers = new Set<StoreWatcher>();
  /** Watchers by prefix, so a change reaches the few that care without asking every one. */
  private readonly byPrefix = new Map<string, StoreWatcher[]>();
  private watcherSeq = 0;
  private readonly pending: Delivery[] = [];
  private delivering = false;
  /** Revision of the last change whose delivery has begun. */
  private deliveredUpTo = 0;

  constructor(options: StoreOptions = {}) {
    this.historyLimit = options.historyLimit ?? 2_000;
  }

  /** The latest revision (0 before the first write). */
  get currentRevision(): number {
    return this.revision;
  }

  get size(): number {
    return this.objects.size;
  }

  get<T extends StoredObject>(key: string): T | undefined {
    return this.objects.get(key) as T | undefined;
  }

  /** Create `key`; fails if it exists. Returns the stored (frozen) object. */
  create<T extends StoredObject>(key: string, object: T): T {
    if (this.objects.has(key)) throw new PreconditionFailedError(key, 'exists');
    return this.write('ADDED', key, object, undefined);
  }

  /**
   * Replace `key`. With `expectedRevision`, fails unless the stored object still has it
   * (optimistic concurrency).
   */
  update<T extends StoredObject>(key: string, object: T, expectedRevision?: number): T {
    const prev = this.objects.get(key) as T | undefined;
    if (!prev) throw new PreconditionFailedError(key, 'missing');
    if (expectedRevision !== undefined && revisionOf(prev) !== expectedRevision)
      throw new PreconditionFailedError(key, 'revision');
    return this.write('MODIFIED', key, object, prev);
  }

  /** Remove `key`; returns its last state, stamped with the deletion's revision. */
  delete<T extends StoredObject>(key: string, expectedRevision?: number): T {
    const prev = this.objects.get(key) as T | undefined;
    if (!prev) throw new PreconditionFailedError(key, 'missing');
    if (expectedRevision !== undefined && revisionOf(prev) !== expectedRevision)
      throw new PreconditionFailedError(key, 'revision');
    this.revision++;
    this.objects.delete(key);
    for (const dir of this.directoriesOf(key)) {
      dir.keys.delete(key);
      dir.sorted = undefined;
      dir.objects = undefined;
    }
    const last = deepFreeze({
      ...prev,
      metadata: { ...prev.metadata, resourceVersion: String(this.revision) },
    }) as T;
    this.emit({ type: 'DELETED', key, object: last, prevObject: prev, revision: this.revision });
    return last;
  }

  /** Every object whose key starts with `prefix` (a directory, ending with `/`), in key order. */
  list<T extends StoredObject>(prefix: string): T[] {
    const dir = this.directories.get(prefix);
    if (dir) {
      if (!dir.objects)
        dir.objects = this.sortedKeys(dir).map((k) => this.objects.get(k) as StoredObject);
      return dir.objects.slice() as T[];
    }
    const out: T[] = [];
    for (const key of this.keys(prefix)) {
      const obj = this.objects.get(key);
      if (obj) out.push(obj as T);
    }
    return out;
  }

  /** Keys under `prefix` in order. */
  keys(prefix: string): string[] {
    const dir = this.directories.get(prefix);
    if (dir) return this.sortedKeys(dir).slice();
    // not a directory (`/registry/`, or a name prefix): gather from the directories under it
    const out: string[] = [];
    for (const [dirKey, d] of this.directories) {
      if (
        dirKey.split('/').length !== 4 ||
        !(dirKey.startsWith(prefix) || prefix.startsWith(dirKey))
      )
        continue;
      for (const k of this.sortedKeys(d)) if (k.startsWith(prefix)) out.push(k);
    }
    return out.sort(compareKeys);
  }

  private sortedKeys(dir: Directory): string[] {
    if (!dir.sorted) dir.sorted = [...dir.keys].sort(compareKeys);
    return dir.sorted;
  }

  /**
   * Watch keys under `prefix`, delivering every change after `fromRevision` (default: from now
   * on) in order. Returns the function that stops the watch.
   */
  watch(prefix: string, listener: (event: StoreEvent) => void, fromRevision?: number): () => void {
    const from = fromRevision ?? this.revision;
    const watcher: StoreWatcher = { prefix, listener, from, seq: this.watcherSeq++ };
    if (from < this.deliveredUpTo) {
      const oldest = this.history[0]?.revision ?? this.revision + 1;
      if (from + 1 < oldest) throw new RevisionCompactedError(from, oldest - 1);
      // Changes whose delivery already began are replayed to this watcher first; the rest are
      // still queued and reach it in order like every other watcher.
      const replay: Delivery[] = [];
      for (const event of this.history) {
        if (
          event.revision > from &&
          event.revision <= this.deliveredUpTo &&
          event.key.startsWith(prefix)
        )
          replay.push({ event, only: watcher });
      }
      this.pending.unshift(...replay);
    }
    this.watchers.add(watcher);
    const bucket = this.byPrefix.get(prefix) ?? [];
    bucket.push(watcher);
    this.byPrefix.set(prefix, bucket);
    this.drain();
    return () => {
      if (!this.watchers.delete(watcher)) return;
      const list = this.byPrefix.get(prefix) ?? [];
      const i = list.indexOf(watcher);
      if (i >= 0) list.splice(i, 1);
      if (list.length === 0) this.byPrefix.delete(prefix);
    };
  }

  /** Revisions retained for watch resumption: [oldest, current]. */
  get historyWindow(): { oldest: number; newest: number } {
    return { oldest: this.history[0]?.revision ?? this.revision, newest: this.revision };
  }

  private write<T extends StoredObject>(
    type: StoreEventType,
    key: string,
    object: T,
    prev: T | undefined,
  ): T {
    this.revision++;
    // rebuilt by copying so every stored object is in V8's fast-property mode whatever its
    // writer did to it (a `delete` leaves an object slow to read, and lists read every object)
    const stored = deepFreeze(
      clone({
        ...object,
        metadata: { ...object.metadata, resourceVersion: String(this.revision) },
      }),
    ) as T;
    this.objects.set(key, stored);
    for (const dir of this.directoriesOf(key)) {
      dir.objects = undefined;
      if (type === 'ADDED') {
        dir.keys.add(key);
        dir.sorted = undefined;
      }
    }
    this.emit({
      type,
      key,
      object: stored,
      ...(prev ? { prevObject: prev } : {}),
      revision: this.revision,
    });
    return stored;
  }

  /** The resource directory of `key` and, for a namespaced key, its namespace directory. */
  private directoriesOf(key: string): Directory[] {
    const parts = key.split('/');
    // ['', 'registry', '<resource>', '<namespace or name>', '<name>'?]
    const dirKeys = [`/${parts[1] ?? ''}/${parts[2] ?? ''}/`];
    if (parts.length > 4) dirKeys.push(`/${parts[1] ?? ''}/${parts[2] ?? ''}/${parts[3] ?? ''}/`);
    return dirKeys.map((dirKey) => {
      let dir = this.directories.get(dirKey);
      if (!dir) {
        dir = { keys: new Set(), sorted: undefined, objects: undefined };
        this.directories.set(dirKey, dir);
      }
      return dir;
    });
  }

  /** Every watcher whose prefix `key` starts with, in registration order. */
  private watchersOf(key: string): StoreWatcher[] {
    const found: StoreWatcher[][] = [];
    for (let i = key.indexOf('/'); i >= 0; i = key.indexOf('/', i + 1)) {
      const bucket = this.byPrefix.get(key.slice(0, i + 1));
      if (bucket) found.push(bucket);
    }
    const exact = this.byPrefix.get(key);
    if (exact) found.push(exact);
    if (found.length === 1) return [...(found[0] ?? [])];
    return found.flat().sort((a, b) => a.seq - b.seq);
  }

  private emit(event: StoreEvent): void {
    this.history.push(event);
    // trim in batches so a long-lived cluster pays O(1) per write on average
    if (this.history.length > this.historyLimit * 1.5)
      this.history.splice(0, this.history.length - this.historyLimit);
    this.pending.push({ event });
    this.drain();
  }

  private drain(): void {
    if (this.delivering) return;
    this.delivering = true;
    try {
      for (let next = this.pending.shift(); next; next = this.pending.shift()) {
        const { event, only } = next;
        if (only) {
          if (this.watchers.has(only)) only.listener(event);
          continue;
        }
        this.deliveredUpTo = event.revision;
        for (const watcher of this.watchersOf(event.key)) {
          if (event.revision > watcher.from && this.watchers.has(watcher)) watcher.listener(event);
        }
      }
    } finally {
      this.delivering = false;
    }
  }
}

function revisionOf(obj: StoredObject): number {
  return Number(obj.metadata.resourceVersion ?? 0);
}

function compareKeys(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
