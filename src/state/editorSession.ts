/**
 * The session's editor methods: the reducers of `documents.ts`, `convert.ts` and
 * `templates.ts` applied to the store, plus the two that talk to the cluster — opening a live
 * object (`editLive`, a read-only query) and running a document through kubectl
 * (`runDocumentAction`, a console line like any typed one), whose result marks the applied
 * objects for the picture's highlight for a few seconds of wall time.
 */
import type { Era, KubectlResult } from '../engine/contract';
import type { CommandEntry } from './console';
import type * as Convert from './convert';
import {
  documentActivated,
  documentAdded,
  documentById,
  documentClosed,
  documentEdited,
  documentMoved,
  closedReopened,
  sameLive,
  type AppliedRef,
  type DocumentChange,
  type DocumentLanguage,
  type EditorDocument,
  type EditorState,
  type LiveRef,
  type OpenedDocument,
} from './documents';
import {
  appliedRefs,
  documentLine,
  liveDocumentName,
  liveDocumentText,
  liveGetLine,
  marksApplied,
  selectActionContext,
  type ActionContext,
  type DocumentAction,
} from './documentActions';
import type { ClusterState, ClusterStore } from './store';
import { templateFor, type TemplateKind } from './templates';

/** How long (wall time) the picture highlights what an apply named. */
export const APPLIED_HIGHLIGHT_MS = 4_000;

export interface EditorSession {
  /**
   * Change a document's text or name (the active one unless `id` is given). A name another tab
   * has becomes the next free one (`pod-2.yaml`), so commit names on Enter or blur, not per key.
   */
  editDocument(change: DocumentChange, id?: string): void;
  setEditorCollapsed(collapsed: boolean): void;
  /** Open a document in a new tab (or show the tab that already has it); returns its id. */
  openDocument(doc: OpenedDocument, options?: { activate?: boolean }): string;
  activateDocument(id: string): void;
  /** Close a tab; its document can come back with `reopenClosed`. */
  closeDocument(id: string): void;
  /** Reopen the last closed tab; its id, or undefined if none is left. */
  reopenClosed(): string | undefined;
  moveDocument(id: string, toIndex: number): void;
  /** A new document from the template for `kind` in the cluster's era; returns its id. */
  newDocument(kind: TemplateKind): string;
  /** Switch a document to JSON or YAML; undefined when done, else why its text cannot be. */
  convertDocument(id: string, to: DocumentLanguage): Promise<string | undefined>;
  /**
   * Open a cluster object as YAML (kubectl edit), or show its tab if it is open already. Rejects
   * with kubectl's error (e.g. NotFound) when it cannot be read.
   */
  editLive(ref: LiveRef): Promise<string>;
  /** The console line `runDocumentAction` would run (for buttons' titles). */
  documentLine(action: DocumentAction, id?: string): string;
  /**
   * Run `action` on a document in the console; resolves with the console entry once kubectl
   * answered (undefined if the line could not be sent or its entry was dropped).
   */
  runDocumentAction(action: DocumentAction, id?: string): Promise<CommandEntry | undefined>;
}

/** JSON ⇄ YAML and reading documents: `convert.ts` with the `yaml` library, loaded on first use. */
const loadConvert = (): Promise<typeof Convert> => import('./convert');

export interface EditorSessionDeps {
  kubectl(line: string, stdin?: string): void;
  query(query: { type: 'kubectl'; line: string }): Promise<KubectlResult>;
  /** The era when the cluster has not said yet (the options it was started with). */
  era(): Era;
  /** Wall time, ms (tests pass their own). */
  now?: () => number;
}

export function editorSession(store: ClusterStore, deps: EditorSessionDeps): EditorSession {
  const now = deps.now ?? Date.now;
  let clearApplied: ReturnType<typeof setTimeout> | undefined;

  const update = (next: (editor: EditorState) => EditorState): void =>
    store.setState((state) => {
      const editor = next(state.editor);
      return editor === state.editor ? state : { ...state, editor };
    });

  const context = (state: ClusterState): ActionContext => selectActionContext(state, deps.era());

  const markApplied = (refs: AppliedRef[]): void => {
    if (refs.length === 0) return;
    const at = now();
    update((editor) => ({ ...editor, applied: { refs, at } }));
    if (clearApplied !== undefined) clearTimeout(clearApplied);
    clearApplied = setTimeout(() => {
      clearApplied = undefined;
      update((editor) => (editor.applied?.at === at ? { ...editor, applied: null } : editor));
    }, APPLIED_HIGHLIGHT_MS);
  };

  const open = (doc: OpenedDocument, activate = true): string => {
    let id = '';
    update((editor) => {
      const opened = documentAdded(editor, doc, activate);
      id = opened.id;
      return opened.state;
    });
    return id;
  };

  const target = (id: string | undefined): EditorDocument | undefined => {
    const { editor } = store.getState();
    return documentById(editor, id ?? editor.active);
  };

  /** The console entry of command `id` once answered (undefined if it left the console). */
  const answer = (id: number): Promise<CommandEntry | undefined> =>
    new Promise((resolve) => {
      const check = (state: ClusterState): boolean => {
        const entry = state.console.entries.find((e) => e.kind === 'command' && e.id === id);
        if (entry?.kind === 'command' && entry.state === 'running') return false;
        resolve(entry?.kind === 'command' ? entry : undefined);
        return true;
      };
      if (check(store.getState())) return;
      const unsubscribe = store.subscribe((state) => {
        if (check(state)) unsubscribe();
      });
    });

  const session: EditorSession = {
    editDocument(change, id) {
      update((editor) => documentEdited(editor, id ?? editor.active, change));
    },
    setEditorCollapsed(collapsed) {
      update((editor) => (editor.collapsed === collapsed ? editor : { ...editor, collapsed }));
    },
    openDocument: (doc, options) => open(doc, options?.activate ?? true),
    activateDocument: (id) => update((editor) => documentActivated(editor, id)),
    closeDocument: (id) => update((editor) => documentClosed(editor, id)),
    reopenClosed() {
      let id: string | undefined;
      update((editor) => {
        const reopened = closedReopened(editor);
        id = reopened.id;
        return reopened.state;
      });
      return id;
    },
    moveDocument: (id, toIndex) => update((editor) => documentMoved(editor, id, toIndex)),
    newDocument(kind) {
      const template = templateFor(kind, context(store.getState()).era);
      return open({ name: template.name, text: template.text });
    },
    async convertDocument(id, to) {
      // the YAML library loads when first needed, not with the page
      const { documentConverted } = await loadConvert();
      let error: string | undefined;
      update((editor) => {
        const converted = documentConverted(editor, id, to);
        if ('error' in converted) {
          error = converted.error;
          return editor;
        }
        return converted.state;
      });
      return error;
    },
    async editLive(ref) {
      // already open: show it, never clobbering what the student changed there
      const already = store
        .getState()
        .editor.documents.find((d) => d.live && sameLive(d.live, ref));
      if (already) {
        session.activateDocument(already.id);
        return already.id;
      }
      const line = liveGetLine(ref);
      const result = await deps.query({ type: 'kubectl', line });
      if (result.exitCode !== 0) throw new Error(result.stderr.trim() || `${line} failed`);
      return open({
        name: liveDocumentName(ref),
        text: liveDocumentText(ref, result.stdout, line),
        live: ref,
      });
    },
    documentLine(action, id) {
      const doc = target(id);
      return doc ? documentLine(action, doc, context(store.getState())) : '';
    },
    async runDocumentAction(action, id) {
      const doc = target(id);
      if (!doc) return undefined;
      const line = documentLine(action, doc, context(store.getState()));
      deps.kubectl(line, doc.text);
      const sent = store.getState().console.entries.at(-1);
      if (sent?.kind !== 'command' || sent.line !== line) return undefined;
      const entry = await answer(sent.id);
      // a file of several objects may partly fail: what kubectl says it made is still marked
      if (entry?.state === 'done' && marksApplied(action)) {
        const { documentValues } = await loadConvert();
        markApplied(appliedRefs(entry.stdout, documentValues(doc.text)));
      }
      return entry;
    },
  };
  return session;
}
