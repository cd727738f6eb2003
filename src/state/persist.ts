/**
 * The editor's documents kept in `localStorage` across reloads. Storage is the one part of the
 * page a student's browser can break in every way — full (quota), refused (private mode, a
 * sandboxed frame), or holding something else under the key — and none of that may break the
 * page: reading anything unexpected gives the defaults, and a write that fails is retried
 * smaller, then given up until the next change.
 *
 * The stored shape is versioned; an unknown version is left alone (a newer kubesim in another
 * tab may have written it) and the defaults are used.
 */
import type { ClusterStore } from './store';
import { MAX_CLOSED, type EditorDocument, type EditorState, type LiveRef } from './documents';

export const STORAGE_VERSION = 1;

/** What is stored: the documents, not the picture's highlight. */
export interface StoredEditor {
  version: typeof STORAGE_VERSION;
  documents: EditorDocument[];
  active: string;
  collapsed: boolean | null;
  closed: EditorDocument[];
  nextId: number;
}

export function storedEditor(state: EditorState): StoredEditor {
  return {
    version: STORAGE_VERSION,
    documents: state.documents,
    active: state.active,
    collapsed: state.collapsed,
    closed: state.closed,
    nextId: state.nextId,
  };
}

/** The editor state in `raw` (a stored JSON string), or undefined if it is not one of ours. */
export function editorFromStorage(raw: string | null): EditorState | undefined {
  if (raw === null) return undefined;
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return undefined;
  }
  if (!isRecord(data) || data['version'] !== STORAGE_VERSION) return undefined;
  const documents = docs(data['documents']);
  if (!documents || documents.length === 0) return undefined;
  const closed = (docs(data['closed']) ?? []).slice(0, MAX_CLOSED);
  const ids = [...documents, ...closed].map((d) => Number(d.id.slice('doc-'.length)) || 0);
  // ids are never reused: the counter is at least past every id still around
  const nextId = Math.max(
    typeof data['nextId'] === 'number' && Number.isSafeInteger(data['nextId']) ? data['nextId'] : 0,
    ...ids.map((n) => n + 1),
  );
  const active = documents.some((d) => d.id === data['active'])
    ? (data['active'] as string)
    : (documents[0] as EditorDocument).id;
  const collapsed = typeof data['collapsed'] === 'boolean' ? data['collapsed'] : null;
  return { documents, active, collapsed, closed, applied: null, nextId };
}

/** Valid documents, duplicates (by id or name) dropped; undefined if `value` is no list. */
function docs(value: unknown): EditorDocument[] | undefined {
  if (!Array.isArray(value)) return undefined;
  const out: EditorDocument[] = [];
  const ids = new Set<string>();
  const names = new Set<string>();
  for (const v of value) {
    if (!isRecord(v)) continue;
    const { id, name, text, live, yamlSource } = v;
    if (typeof id !== 'string' || !/^doc-\d+$/.test(id) || ids.has(id)) continue;
    if (typeof name !== 'string' || name === '' || names.has(name)) continue;
    if (typeof text !== 'string') continue;
    const doc: EditorDocument = { id, name, text };
    const ref = liveRef(live);
    if (ref) doc.live = ref;
    if (typeof yamlSource === 'string') doc.yamlSource = yamlSource;
    ids.add(id);
    names.add(name);
    out.push(doc);
  }
  return out;
}

function liveRef(value: unknown): LiveRef | undefined {
  if (!isRecord(value)) return undefined;
  const { kind, name, namespace } = value;
  if (typeof kind !== 'string' || typeof name !== 'string') return undefined;
  return typeof namespace === 'string' ? { kind, name, namespace } : { kind, name };
}

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** `localStorage`, or undefined where reading it throws (some privacy modes) or it is absent. */
export function browserStorage(): Storage | undefined {
  try {
    return typeof localStorage === 'undefined' ? undefined : localStorage;
  } catch {
    return undefined;
  }
}

export interface PersistOptions {
  key: string;
  storage?: Storage | undefined;
  /** Quiet time after a change before it is written. */
  debounceMs?: number;
}

export interface EditorPersistence {
  /** Write now what is pending (the page is going away). */
  flush(): void;
  /** Stop saving, after writing what is pending; the key is free again. */
  stop(): void;
}

/** The longest a change waits unsaved while the student keeps typing. */
const MAX_UNSAVED_MS = 2_000;

/** Keys in use on this page: two stores writing one key would overwrite each other's work. */
const claimed = new Set<string>();

/**
 * Load the documents stored under `key` into the store, then save them there after each
 * change (debounced) and when the page is hidden for good (`pagehide`).
 */
export function persistEditor(store: ClusterStore, options: PersistOptions): EditorPersistence {
  const { key, storage = browserStorage(), debounceMs = 300 } = options;
  if (claimed.has(key))
    throw new Error(
      `kubesim: the editor storage key "${key}" is already used by another store on this page`,
    );
  claimed.add(key);

  const loaded = editorFromStorage(read(storage, key));
  if (loaded) store.setState((state) => ({ ...state, editor: { ...loaded, applied: null } }));

  let saved = store.getState().editor;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const flush = (): void => {
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
    pendingSince = undefined;
    const editor = store.getState().editor;
    if (!storage || !changed(saved, editor)) return;
    if (write(storage, key, storedEditor(editor))) saved = editor;
  };
  /** When the oldest unsaved change was made: typing without pause still saves now and then. */
  let pendingSince: number | undefined;
  const unsubscribe = store.subscribe((state) => {
    if (!changed(saved, state.editor)) return;
    const now = Date.now();
    pendingSince ??= now;
    if (timer !== undefined) {
      if (now - pendingSince >= MAX_UNSAVED_MS) return;
      clearTimeout(timer);
    }
    timer = setTimeout(flush, debounceMs);
  });
  // pagehide when the page goes; visibilitychange too, as mobile browsers may kill a hidden tab
  // without a pagehide
  const onHide = (): void => flush();
  const view = typeof document === 'undefined' ? undefined : document;
  const onVisibility = (): void => {
    if (view?.visibilityState === 'hidden') flush();
  };
  const page = typeof window === 'undefined' ? undefined : window;
  page?.addEventListener('pagehide', onHide);
  view?.addEventListener('visibilitychange', onVisibility);
  return {
    flush,
    stop() {
      flush();
      unsubscribe();
      page?.removeEventListener('pagehide', onHide);
      view?.removeEventListener('visibilitychange', onVisibility);
      claimed.delete(key);
    },
  };
}

/** Whether anything stored differs (the highlight is not stored). */
const changed = (a: EditorState, b: EditorState): boolean =>
  a.documents !== b.documents ||
  a.active !== b.active ||
  a.collapsed !== b.collapsed ||
  a.closed !== b.closed ||
  a.nextId !== b.nextId;

function read(storage: Storage | undefined, key: string): string | null {
  try {
    return storage?.getItem(key) ?? null;
  } catch {
    return null;
  }
}

/** Write; when full, try again without the closed tabs. False when nothing could be written. */
function write(storage: Storage, key: string, value: StoredEditor): boolean {
  for (const attempt of [value, { ...value, closed: [] }]) {
    try {
      storage.setItem(key, JSON.stringify(attempt));
      return true;
    } catch {
      // full or refused: try smaller, then give up until the next change
    }
  }
  return false;
}
