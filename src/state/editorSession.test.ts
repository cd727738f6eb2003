import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createCluster, type Cluster, type Era } from '../engine';
import { commandAnswered, commandSubmitted } from './console';
import { activeDocument } from './documents';
import { APPLIED_HIGHLIGHT_MS, editorSession } from './editorSession';
import { selectIsHighlighted } from './highlight';
import { createClusterStore, type ClusterStore } from './store';
import { vocabularyFor } from '../worker/vocabulary';

/**
 * The editor's session methods against a real engine: its kubectl lines go through the
 * console slice the way the session's do, and answer a moment later, as the host does.
 */
function setup(era: Era = 'modern') {
  const cluster: Cluster = createCluster({ era, seed: 4, nodes: 2 });
  const store: ClusterStore = createClusterStore();
  store.setState((s) => ({
    ...s,
    cluster: { era, seed: 4, epochMs: 0 },
    vocabulary: vocabularyFor(era),
  }));
  let id = 0;
  const editor = editorSession(store, {
    kubectl(line, stdin) {
      const mine = ++id;
      store.setState((s) => ({ ...s, console: commandSubmitted(s.console, mine, line) }));
      const result = cluster.kubectl(line, stdin);
      queueMicrotask(() =>
        store.setState((s) => ({ ...s, console: commandAnswered(s.console, mine, result) })),
      );
    },
    query: (q) => Promise.resolve(cluster.kubectl(q.line)),
    era: () => era,
  });
  const active = () => activeDocument(store.getState().editor);
  return { cluster, store, editor, active };
}

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
});
afterEach(() => {
  vi.useRealTimers();
});

describe("the editor's session methods", () => {
  it('apply the active document in the console and mark what kubectl says it made', async () => {
    const { store, editor, cluster } = setup();
    const entry = await editor.runDocumentAction('apply');
    expect(entry).toMatchObject({ line: 'kubectl apply -f pod.yaml', stdout: 'pod/web created\n' });
    expect(cluster.kubectl('get pod web').exitCode).toBe(0);
    expect(store.getState().editor.applied?.refs).toEqual([{ kind: 'Pod', id: 'default/web' }]);
    expect(selectIsHighlighted('Pod', 'default/web')(store.getState())).toBe(true);
    expect(selectIsHighlighted('Pod', 'default/other')(store.getState())).toBe(false);
  });

  it('clear the highlight a few seconds (wall time) later', async () => {
    const { store, editor } = setup();
    await editor.runDocumentAction('apply');
    vi.advanceTimersByTime(APPLIED_HIGHLIGHT_MS - 1);
    expect(store.getState().editor.applied).not.toBeNull();
    vi.advanceTimersByTime(1);
    expect(store.getState().editor.applied).toBeNull();
    expect(selectIsHighlighted('Pod', 'default/web')(store.getState())).toBe(false);
  });

  it('mark nothing for a delete, nor for a document kubectl refuses', async () => {
    const { store, editor } = setup();
    await editor.runDocumentAction('create');
    vi.advanceTimersByTime(APPLIED_HIGHLIGHT_MS);
    const deleted = await editor.runDocumentAction('delete');
    expect(deleted?.stdout).toBe('pod "web" deleted\n');
    expect(store.getState().editor.applied).toBeNull();
    editor.editDocument({ text: 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: Bad_Name\n' });
    const refused = await editor.runDocumentAction('apply');
    expect(refused?.exitCode).not.toBe(0);
    expect(store.getState().editor.applied).toBeNull();
  });

  it('open a new document from the template of the cluster’s era', () => {
    const modern = setup('modern');
    modern.editor.newDocument('Pod');
    expect(modern.active()).toMatchObject({ name: 'pod-2.yaml' });
    expect(modern.active().text).toContain('apiVersion: v1\n');
    const old = setup('2015');
    old.editor.newDocument('Service');
    expect(old.active()).toMatchObject({ name: 'service.yaml' });
    expect(old.active().text).toContain('apiVersion: v1beta1\n');
  });

  it('open a live object as YAML, and show that tab again rather than a second copy', async () => {
    const { editor, active, cluster } = setup();
    cluster.kubectl('run web --image=nginx');
    const ref = { kind: 'Pod', namespace: 'default', name: 'web' };
    const id = await editor.editLive(ref);
    expect(active()).toMatchObject({ id, name: 'pod-web.yaml', live: ref });
    expect(active().text).toMatch(/^# Pod web as the cluster holds it now/);
    expect(active().text).toContain('resourceVersion:');
    editor.editDocument({ text: `${active().text}# my edit\n` });
    editor.activateDocument('doc-1');
    expect(await editor.editLive(ref)).toBe(id);
    expect(active().text).toMatch(/# my edit\n$/);
  });

  it("apply a live object back, and get the API server's Conflict if it changed meanwhile", async () => {
    const { editor, active, cluster } = setup();
    cluster.kubectl('run web --image=nginx');
    await editor.editLive({ kind: 'Pod', namespace: 'default', name: 'web' });
    editor.editDocument({ text: active().text.replace('run: web', 'run: web2') });
    // the kubelet and scheduler write the pod as simulated time runs
    cluster.advance(30_000);
    const stale = await editor.runDocumentAction('apply');
    expect(stale?.line).toBe('kubectl replace -f pod-web.yaml');
    expect(stale?.stderr).toContain(
      'Error from server (Conflict): error when replacing "pod-web.yaml": Operation cannot be fulfilled on pods "web": the object has been modified; please apply your changes to the latest version and try again',
    );
  });

  it("reject with kubectl's error when the live object cannot be read", async () => {
    const { editor, store } = setup();
    await expect(
      editor.editLive({ kind: 'Pod', namespace: 'default', name: 'nope' }),
    ).rejects.toThrow('Error from server (NotFound): pods "nope" not found');
    expect(store.getState().editor.documents).toHaveLength(1);
  });

  it('switch a document to JSON and back, and say why when its text cannot be', async () => {
    const { editor, active } = setup();
    const before = active().text;
    expect(await editor.convertDocument(active().id, 'json')).toBeUndefined();
    expect(active().name).toBe('pod.json');
    expect(await editor.convertDocument(active().id, 'yaml')).toBeUndefined();
    expect(active()).toMatchObject({ name: 'pod.yaml', text: before });
    editor.editDocument({ text: 'a: [' });
    expect(await editor.convertDocument(active().id, 'json')).toMatch(/^the YAML does not parse/);
    expect(active().text).toBe('a: [');
  });

  it('close, reopen, move and fold', () => {
    const { editor, store, active } = setup();
    const id = editor.openDocument({ name: 'a.yaml', text: 'a' });
    editor.moveDocument(id, 0);
    expect(store.getState().editor.documents.map((d) => d.name)).toEqual(['a.yaml', 'pod.yaml']);
    editor.closeDocument(id);
    expect(active().name).toBe('pod.yaml');
    expect(editor.reopenClosed()).toBe(id);
    expect(editor.reopenClosed()).toBeUndefined();
    editor.setEditorCollapsed(true);
    expect(store.getState().editor.collapsed).toBe(true);
  });

  it('tell the buttons which line they run', () => {
    const { editor } = setup('2015');
    expect(editor.documentLine('replace')).toBe('kubectl update -f pod.yaml');
    expect(editor.documentLine('apply')).toBe('kubectl apply -f pod.yaml');
  });
});
