import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { documentAdded, documentClosed, initialEditor } from './documents';
import { STORAGE_VERSION, editorFromStorage, persistEditor, storedEditor } from './persist';
import { createClusterStore, type ClusterStore } from './store';

/** A Storage that keeps items in a Map; `failWrites` makes setItem throw (quota, private mode). */
class FakeStorage implements Storage {
  readonly items = new Map<string, string>();
  failWrites: 'never' | 'always' | 'when-large' = 'never';
  writes = 0;
  get length() {
    return this.items.size;
  }
  clear() {
    this.items.clear();
  }
  getItem(key: string) {
    return this.items.get(key) ?? null;
  }
  key(index: number) {
    return [...this.items.keys()][index] ?? null;
  }
  removeItem(key: string) {
    this.items.delete(key);
  }
  setItem(key: string, value: string) {
    this.writes++;
    if (this.failWrites === 'always' || (this.failWrites === 'when-large' && value.length > 600))
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    this.items.set(key, value);
  }
}

/** A Storage whose every use throws, as some browsers' privacy modes do. */
const hostile = new Proxy({} as Storage, {
  get() {
    throw new DOMException('The operation is insecure.', 'SecurityError');
  },
});

const edit = (store: ClusterStore, text: string) =>
  store.setState((s) => ({
    ...s,
    editor: { ...s.editor, documents: [{ ...s.editor.documents[0]!, text }] },
  }));

let stops: (() => void)[] = [];
const persist = (store: ClusterStore, storage: Storage | undefined, key = 'test:editor') => {
  const handle = persistEditor(store, { key, storage });
  stops.push(() => handle.stop());
  return handle;
};

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  stops.forEach((stop) => stop());
  stops = [];
  vi.useRealTimers();
});

describe("the editor's documents across reloads", () => {
  it('come back after a reload: tabs, the shown one, closed tabs and the id counter', () => {
    const storage = new FakeStorage();
    const before = createClusterStore();
    const handle = persist(before, storage);
    const opened = documentAdded(before.getState().editor, { name: 'svc.yaml', text: 'x' });
    before.setState((s) => ({ ...s, editor: documentClosed(opened.state, 'doc-1') }));
    vi.advanceTimersByTime(300);
    handle.stop();

    const after = createClusterStore();
    persist(after, storage);
    const editor = after.getState().editor;
    expect(editor.documents.map((d) => d.name)).toEqual(['svc.yaml']);
    expect(editor.active).toBe('doc-2');
    expect(editor.closed.map((d) => d.name)).toEqual(['pod.yaml']);
    expect(editor.nextId).toBe(3);
  });

  it('are written once after typing stops (debounced), not per key', () => {
    const storage = new FakeStorage();
    const store = createClusterStore();
    persist(store, storage);
    for (const text of ['a', 'ab', 'abc']) {
      edit(store, text);
      vi.advanceTimersByTime(100);
    }
    expect(storage.writes).toBe(0);
    vi.advanceTimersByTime(300);
    expect(storage.writes).toBe(1);
    expect(editorFromStorage(storage.getItem('test:editor'))?.documents[0]?.text).toBe('abc');
  });

  it('are still written every couple of seconds while the student types without a pause', () => {
    const storage = new FakeStorage();
    const store = createClusterStore();
    persist(store, storage);
    for (let i = 0; i < 30; i++) {
      edit(store, 'x'.repeat(i + 1));
      vi.advanceTimersByTime(100);
    }
    expect(storage.writes).toBeGreaterThanOrEqual(1);
  });

  it('are written when the browser hides the page for good (pagehide)', () => {
    const page = new EventTarget();
    vi.stubGlobal('window', page);
    try {
      const storage = new FakeStorage();
      const store = createClusterStore();
      persist(store, storage);
      edit(store, 'typed just before closing the tab');
      page.dispatchEvent(new Event('pagehide'));
      expect(storage.writes).toBe(1);
    } finally {
      vi.unstubAllGlobals();
    }
  });

  it('are written at once when asked to (flush)', () => {
    const storage = new FakeStorage();
    const store = createClusterStore();
    const handle = persist(store, storage);
    edit(store, 'typed just before closing the tab');
    handle.flush();
    expect(editorFromStorage(storage.getItem('test:editor'))?.documents[0]?.text).toBe(
      'typed just before closing the tab',
    );
  });

  it('leave out the picture highlight, which only lasts seconds', () => {
    const stored = storedEditor({ ...initialEditor, applied: { refs: [], at: 1 } });
    expect(stored).not.toHaveProperty('applied');
    expect(stored.version).toBe(STORAGE_VERSION);
  });

  it('start from the starter document on a first visit', () => {
    const store = createClusterStore();
    persist(store, new FakeStorage());
    expect(store.getState().editor).toEqual(initialEditor);
  });

  it.each([
    ['not JSON', '{"version": 1, "documents": [{'],
    ['another program’s data', '{"theme": "dark"}'],
    ['a newer version', JSON.stringify({ ...storedEditor(initialEditor), version: 99 })],
    ['no documents', JSON.stringify({ ...storedEditor(initialEditor), documents: [] })],
    ['a list of nonsense', JSON.stringify({ version: 1, documents: [1, null, { id: 3 }] })],
  ])('fall back to the defaults when storage holds %s', (_, raw) => {
    const storage = new FakeStorage();
    storage.items.set('test:editor', raw);
    const store = createClusterStore();
    persist(store, storage);
    expect(store.getState().editor).toEqual(initialEditor);
  });

  it('keep the good documents of a damaged store, and never reuse an id', () => {
    const raw = JSON.stringify({
      version: 1,
      documents: [
        { id: 'doc-7', name: 'a.yaml', text: 'a' },
        { id: 'doc-7', name: 'dup-id.yaml', text: '' },
        { id: 'doc-8', name: 'a.yaml', text: 'dup name' },
        { id: 'doc-9', name: 'b.yaml', text: 42 },
        { id: 'doc-3', name: 'live.yaml', text: 'l', live: { kind: 'Pod', name: 'web' } },
      ],
      active: 'doc-404',
      nextId: 2,
    });
    const editor = editorFromStorage(raw);
    expect(editor?.documents.map((d) => d.id)).toEqual(['doc-7', 'doc-3']);
    expect(editor?.documents[1]?.live).toEqual({ kind: 'Pod', name: 'web' });
    expect(editor?.active).toBe('doc-7');
    expect(editor?.nextId).toBe(8);
    expect(editor?.collapsed).toBeNull();
  });

  it('keep working when storage is full: closed tabs are dropped first, then writing waits', () => {
    const storage = new FakeStorage();
    const store = createClusterStore();
    persist(store, storage);
    const big = 'x'.repeat(400);
    let editor = documentAdded(store.getState().editor, { name: 'old.yaml', text: big }).state;
    editor = documentClosed(editor, 'doc-2');
    store.setState((s) => ({ ...s, editor }));
    storage.failWrites = 'when-large';
    vi.advanceTimersByTime(300);
    const saved = editorFromStorage(storage.getItem('test:editor'));
    expect(saved?.documents.map((d) => d.name)).toEqual(['pod.yaml']);
    expect(saved?.closed).toEqual([]);
    storage.failWrites = 'always';
    edit(store, 'still typing');
    expect(() => vi.advanceTimersByTime(300)).not.toThrow();
    expect(store.getState().editor.documents[0]?.text).toBe('still typing');
  });

  it('keep working, unsaved, when storage refuses every use (private mode)', () => {
    const store = createClusterStore();
    expect(() => persist(store, hostile)).not.toThrow();
    edit(store, 'mine');
    expect(() => vi.advanceTimersByTime(300)).not.toThrow();
    expect(store.getState().editor.documents[0]?.text).toBe('mine');
  });

  it('need a key of their own: two stores on one key would overwrite each other', () => {
    const storage = new FakeStorage();
    const first = persist(createClusterStore(), storage, 'shared');
    expect(() => persist(createClusterStore(), storage, 'shared')).toThrow(/already used/);
    first.stop();
    expect(() => persist(createClusterStore(), storage, 'shared')).not.toThrow();
  });
});
