/**
 * The manifest editor's state: one document, its name and text. It lives in the store, apart
 * from the widget that edits it (a plain textarea now, Monaco later), so neither a cluster host
 * that dies nor a cluster reset loses what the student wrote.
 *
 * The engine has no disk: a command's `-f <file>` reads whatever text the page hands in as
 * stdin. `stdinFor` decides when that is the editor's document, so `-f` behaves as it would on a
 * machine where the editor's document is the only file.
 */
import { splitWords } from './completion';
import type { ClusterState } from './store';

export interface EditorState {
  /** The document's file name, as `kubectl … -f <name>` refers to it. */
  name: string;
  text: string;
  /** Folded away so the picture gets the width; null until the student chooses (screen decides). */
  collapsed: boolean | null;
  /** The student's own document that opening an example replaced, so it can come back. */
  previous: { name: string; text: string } | null;
}

export const DEFAULT_DOCUMENT_NAME = 'pod.yaml';

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
  name: DEFAULT_DOCUMENT_NAME,
  text: STARTER_MANIFEST,
  collapsed: null,
  previous: null,
};

export const selectEditor = (s: ClusterState): EditorState => s.editor;

/** What the student may change in one go. */
export type EditorChange = Partial<EditorState>;

export function editorChanged(state: EditorState, change: EditorChange): EditorState {
  const next = { ...state, ...change };
  if (
    next.name === state.name &&
    next.text === state.text &&
    next.collapsed === state.collapsed &&
    next.previous === state.previous
  )
    return state;
  return next;
}

/**
 * Open a ready-made document (an example). What the student wrote is kept aside rather than
 * lost; a text that is itself one of the ready-made ones (`pristine`) is not worth keeping.
 */
export function documentOpened(
  state: EditorState,
  doc: { name: string; text: string },
  pristine: readonly string[],
): EditorChange {
  const own =
    state.text.trim() !== '' && state.text !== STARTER_MANIFEST && !pristine.includes(state.text);
  return {
    name: doc.name,
    text: doc.text,
    collapsed: false,
    previous: own ? { name: state.name, text: state.text } : state.previous,
  };
}

/** Bring back the document an example replaced. */
export function previousRestored(state: EditorState): EditorChange {
  return state.previous ? { ...state.previous, previous: null } : {};
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

/**
 * The files a command line's `-f`/`--filename` flags name, in order (`-f a.yaml,b.yaml` counts
 * as two, as kubectl's string-slice flag does).
 */
export function filenameArgs(line: string): string[] {
  const words = splitWords(line);
  const files: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const word = words[i] ?? '';
    if (word === '--') break;
    let value: string | undefined;
    if (word === '-f' || word === '--filename') value = words[++i];
    else if (word.startsWith('--filename=')) value = word.slice('--filename='.length);
    else if (/^-f./.test(word)) value = word.slice(2).replace(/^=/, '');
    if (value !== undefined) files.push(...value.split(',').filter((f) => f !== ''));
  }
  return files;
}

/**
 * The stdin to run `line` with: the editor's text when its first `-f` names the editor's
 * document (or `-`, stdin itself), nothing otherwise. Without stdin the engine answers a named
 * file as kubectl answers a missing one: `error: the path "other.yaml" does not exist`.
 */
export function stdinFor(
  line: string,
  editor: Pick<EditorState, 'name' | 'text'>,
): string | undefined {
  const [first] = filenameArgs(line);
  if (first === undefined) return undefined;
  const path = first.replace(/^\.\//, '');
  return path === '-' || path === editor.name ? editor.text : undefined;
}

/** The console line the Apply button runs. */
export function applyLine(editor: Pick<EditorState, 'name'>): string {
  return `kubectl apply -f ${editor.name}`;
}
