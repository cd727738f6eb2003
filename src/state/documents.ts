/**
 * The manifest editor's documents: several open files in tabs, the one shown, and the tabs
 * closed lately. They live in the store, apart from the widget that edits them, so neither a
 * cluster host that dies nor a cluster reset loses what the student wrote. Everything here is
 * pure: the session (`editorSession.ts`) applies these reducers to the store.
 */

export type DocumentLanguage = 'yaml' | 'json';

/** An object in the cluster, as `kubectl edit` names it. */
export interface LiveRef {
  kind: string;
  namespace?: string;
  name: string;
}

export interface EditorDocument {
  /** Stable (`doc-1`, `doc-2`…), never reused in a page's life. */
  id: string;
  /** The file name, unique among open documents; `kubectl … -f <name>` reads it. */
  name: string;
  text: string;
  /** Opened from the cluster (kubectl edit): the object it edits. */
  live?: LiveRef;
  /**
   * The YAML this JSON was converted from: JSON has no comments, so converting back with the
   * data unchanged restores this text exactly, comments and all.
   */
  yamlSource?: string;
}

export interface EditorState {
  /** In tab order; never empty. */
  documents: EditorDocument[];
  /** The id of the shown document. */
  active: string;
  /** Folded away so the picture gets the width; null until the student chooses (screen decides). */
  collapsed: boolean | null;
  /** Closed tabs, newest first, at most `MAX_CLOSED`: closing never loses work. */
  closed: EditorDocument[];
  /** The objects the last apply, create or replace named, for the picture's highlight. */
  applied: { refs: AppliedRef[]; at: number } | null;
  /** The number the next new document's id takes. */
  nextId: number;
}

/** A store object by kind and mirror id (`namespace/name`, or `name` when cluster-scoped). */
export interface AppliedRef {
  kind: string;
  id: string;
}

export const MAX_CLOSED = 10;

export const DEFAULT_DOCUMENT_NAME = 'pod.yaml';
export const UNTITLED_NAME = 'untitled.yaml';

/** A first document to edit: a modern Pod, short enough to read at a glance. */
export const STARTER_MANIFEST = `apiVersion: v1
kind: Pod
metadata:
  name: web
  labels:
    app: web
spec:
  containers:
  - name: web
    image: nginx:1.27
    ports:
    - containerPort: 80
`;

export const initialEditor: EditorState = {
  documents: [{ id: 'doc-1', name: DEFAULT_DOCUMENT_NAME, text: STARTER_MANIFEST }],
  active: 'doc-1',
  collapsed: null,
  closed: [],
  applied: null,
  nextId: 2,
};

export const languageOf = (doc: Pick<EditorDocument, 'name'>): DocumentLanguage =>
  /\.json$/i.test(doc.name) ? 'json' : 'yaml';

export function activeDocument(state: Pick<EditorState, 'documents' | 'active'>): EditorDocument {
  // `documents` is never empty; the fallback only guards a corrupt state
  return (
    state.documents.find((d) => d.id === state.active) ?? (state.documents[0] as EditorDocument)
  );
}

export const documentById = (state: EditorState, id: string): EditorDocument | undefined =>
  state.documents.find((d) => d.id === id);

/**
 * `name`, or the first of `name-2.yaml`, `name-3.yaml`… that no open document has (the number
 * goes before the extension, so the file stays a manifest kubectl reads).
 */
export function uniqueName(name: string, taken: readonly string[], ignoring?: string): string {
  const used = new Set(taken.filter((t) => t !== ignoring));
  if (!used.has(name)) return name;
  const [stem, ext] = splitExtension(name);
  for (let n = 2; ; n++) {
    const candidate = `${stem}-${n}${ext}`;
    if (!used.has(candidate)) return candidate;
  }
}

/** A file name as stem and manifest extension (`pod`, `.yaml`); no extension gives `''`. */
function splitExtension(name: string): [string, string] {
  const dot = name.search(/\.(ya?ml|json)$/i);
  return dot < 0 ? [name, ''] : [name.slice(0, dot), name.slice(dot)];
}

/** Whether `name` is `wanted` or one of the `-N` names `uniqueName` makes from it. */
function sameFile(name: string, wanted: string): boolean {
  if (name === wanted) return true;
  const [stem, ext] = splitExtension(wanted);
  return (
    name.startsWith(`${stem}-`) &&
    name.endsWith(ext) &&
    /^\d+$/.test(name.slice(stem.length + 1, name.length - ext.length))
  );
}

const names = (state: EditorState): string[] => state.documents.map((d) => d.name);

/** What the student may change in one document at once. */
export interface DocumentChange {
  name?: string;
  text?: string;
}

/** The document `id` changed; the same state back when nothing did. */
export function documentEdited(
  state: EditorState,
  id: string,
  change: DocumentChange,
): EditorState {
  const index = state.documents.findIndex((d) => d.id === id);
  const doc = state.documents[index];
  if (!doc) return state;
  const next: EditorDocument = { ...doc };
  if (change.text !== undefined) next.text = change.text;
  // a name another tab has would make `-f <name>` ambiguous: it gets the next free one instead
  if (change.name !== undefined) next.name = uniqueName(change.name, names(state), doc.name);
  if (next.text === doc.text && next.name === doc.name) return state;
  const documents = state.documents.slice();
  documents[index] = next;
  return { ...state, documents };
}

export interface OpenedDocument {
  name: string;
  text: string;
  live?: LiveRef;
}

/**
 * Open a document in a new tab, after the active one. Opening what is already open — the same
 * text under the same file name (an example opened twice), or the same live object — shows
 * that tab instead, so nothing the student edited there is replaced.
 */
export function documentAdded(
  state: EditorState,
  doc: OpenedDocument,
  activate = true,
): { state: EditorState; id: string } {
  const open = state.documents.find((d) =>
    doc.live
      ? d.live !== undefined && sameLive(d.live, doc.live)
      : d.live === undefined && d.text === doc.text && sameFile(d.name, doc.name),
  );
  if (open) return { state: activate ? documentActivated(state, open.id) : state, id: open.id };
  const id = `doc-${state.nextId}`;
  const added: EditorDocument = {
    id,
    name: uniqueName(doc.name, names(state)),
    text: doc.text,
    ...(doc.live ? { live: doc.live } : {}),
  };
  const at = state.documents.findIndex((d) => d.id === state.active) + 1;
  const documents = [...state.documents.slice(0, at), added, ...state.documents.slice(at)];
  return {
    state: {
      ...state,
      documents,
      active: activate ? id : state.active,
      nextId: state.nextId + 1,
      // opening something means the student wants to see it
      collapsed: activate && state.collapsed === true ? false : state.collapsed,
    },
    id,
  };
}

export const sameLive = (a: LiveRef, b: LiveRef): boolean =>
  a.kind === b.kind && a.name === b.name && (a.namespace ?? '') === (b.namespace ?? '');

export function documentActivated(state: EditorState, id: string): EditorState {
  if (state.active === id || !documentById(state, id)) return state;
  return { ...state, active: id };
}

/**
 * Close a tab. Its document goes to the front of `closed` (reopenable; the oldest beyond
 * `MAX_CLOSED` are dropped, except that an empty document is not worth keeping). The tab to its
 * right becomes active, or to its left at the end. Closing the last tab leaves an empty
 * `untitled.yaml`, so there is always somewhere to type.
 */
export function documentClosed(state: EditorState, id: string): EditorState {
  const index = state.documents.findIndex((d) => d.id === id);
  const doc = state.documents[index];
  if (!doc) return state;
  const closed =
    doc.text.trim() === '' ? state.closed : [doc, ...state.closed].slice(0, MAX_CLOSED);
  const documents = state.documents.filter((d) => d.id !== id);
  if (documents.length === 0) {
    const fresh = { id: `doc-${state.nextId}`, name: UNTITLED_NAME, text: '' };
    return { ...state, documents: [fresh], active: fresh.id, closed, nextId: state.nextId + 1 };
  }
  const neighbour = documents[Math.min(index, documents.length - 1)] as EditorDocument;
  const active = state.active === id ? neighbour.id : state.active;
  return { ...state, documents, active, closed };
}

/**
 * Bring back the most recently closed tab (at the end, active), renamed if its name was taken
 * meanwhile. An empty untitled tab left by closing the last one gives way to it.
 */
export function closedReopened(state: EditorState): { state: EditorState; id?: string } {
  const [doc, ...rest] = state.closed;
  if (!doc) return { state };
  const placeholder =
    state.documents.length === 1 &&
    state.documents[0]?.text === '' &&
    state.documents[0].name === UNTITLED_NAME;
  const kept = placeholder ? [] : state.documents;
  const back = {
    ...doc,
    name: uniqueName(
      doc.name,
      kept.map((d) => d.name),
    ),
  };
  return {
    state: { ...state, documents: [...kept, back], active: back.id, closed: rest },
    id: back.id,
  };
}

/** Move a tab to `toIndex` (clamped), for drag-and-drop or keyboard reordering. */
export function documentMoved(state: EditorState, id: string, toIndex: number): EditorState {
  const from = state.documents.findIndex((d) => d.id === id);
  if (from < 0) return state;
  const to = Math.max(0, Math.min(state.documents.length - 1, Math.trunc(toIndex)));
  if (to === from) return state;
  const documents = state.documents.slice();
  const [doc] = documents.splice(from, 1);
  documents.splice(to, 0, doc as EditorDocument);
  return { ...state, documents };
}

/**
 * What a document name must look like to be used with `-f`: a plain file name (no folders, no
 * spaces, so the console line stays one word), with a manifest's extension.
 */
export function documentNameProblem(name: string): string | undefined {
  if (name === '') return 'the document needs a file name, e.g. pod.yaml';
  if (name === '-') return '"-" means stdin to kubectl; pick a file name, e.g. pod.yaml';
  if (!/^[A-Za-z0-9._-]+$/.test(name))
    return 'use letters, digits, dots, dashes and underscores only (no spaces or folders)';
  if (!/\.(ya?ml|json)$/i.test(name)) return 'end the name with .yaml, .yml or .json';
  return undefined;
}
