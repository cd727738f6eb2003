/**
 * The manifest editor's state, as the page reads it: the documents (`documents.ts`), what `-f`
 * reads, and the store selectors. The session's editor methods are in `editorSession.ts`, the
 * kubectl lines of its actions in `documentActions.ts`, "New…" in `templates.ts`, JSON ⇄ YAML
 * in `convert.ts`, and saving across reloads in `persist.ts`.
 *
 * The engine has no disk: a command's `-f <file>` reads whatever text the page hands in as
 * stdin. `stdinFor` decides which open document that is, so `-f` behaves as it would on a
 * machine where the open documents are the files.
 */
import { splitWords } from './completion';
import { activeDocument, type EditorDocument, type EditorState } from './documents';
import type { ClusterState } from './store';

export * from './documents';

export const selectEditorState = (s: ClusterState): EditorState => s.editor;
export const selectActiveDocument = (s: ClusterState): EditorDocument => activeDocument(s.editor);
/** The open documents' file names, in tab order (for `-f` completion). */
export const selectDocumentNames = (s: ClusterState): string[] => {
  const hit = namesCache.get(s.editor.documents);
  if (hit) return hit;
  const names = s.editor.documents.map((d) => d.name);
  namesCache.set(s.editor.documents, names);
  return names;
};
const namesCache = new WeakMap<readonly EditorDocument[], string[]>();

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
 * The stdin to run `line` with: the text of the open document its first `-f` names (`-f -`,
 * stdin itself, reads the active one), nothing otherwise. Without stdin the engine answers a
 * named file as kubectl answers a missing one: `error: the path "other.yaml" does not exist`.
 */
export function stdinFor(
  line: string,
  editor: Pick<EditorState, 'documents' | 'active'>,
): string | undefined {
  const [first] = filenameArgs(line);
  if (first === undefined) return undefined;
  const path = first.replace(/^\.\//, '');
  if (path === '-') return activeDocument(editor).text;
  return editor.documents.find((d) => d.name === path)?.text;
}
