/**
 * The editor's own commands: what the action bar's buttons do, in Monaco's command palette (F1)
 * and on keys. Labels say what kubectl runs, so the palette teaches the commands too.
 */
export type EditorActionId =
  | 'apply'
  | 'create'
  | 'replace'
  | 'delete'
  | 'diff'
  | 'new'
  | 'open'
  | 'save'
  | 'convert'
  | 'rename'
  | 'close'
  | 'reopen'
  | 'nextTab'
  | 'previousTab';

export interface EditorActionSpec {
  id: EditorActionId;
  label: string;
  /** Keys as Monaco's KeyMod/KeyCode names: `CtrlCmd+Enter`, `Alt+Shift+KeyD`. */
  keys?: string;
  menu?: boolean;
}

export const EDITOR_ACTIONS: readonly EditorActionSpec[] = [
  { id: 'apply', label: 'kubectl apply -f (Apply)', keys: 'CtrlCmd+Enter', menu: true },
  { id: 'create', label: 'kubectl create -f (Create)', menu: true },
  { id: 'replace', label: 'kubectl replace -f (Replace)', menu: true },
  { id: 'delete', label: 'kubectl delete -f (Delete)', menu: true },
  {
    id: 'diff',
    label: 'Diff against live (kubectl diff -f)',
    keys: 'CtrlCmd+Shift+KeyD',
    menu: true,
  },
  { id: 'new', label: 'New document from a template…', keys: 'Alt+KeyN' },
  { id: 'open', label: 'Open a file from disk…', keys: 'CtrlCmd+KeyO' },
  { id: 'save', label: 'Save the document to disk', keys: 'CtrlCmd+KeyS' },
  { id: 'convert', label: 'Convert between YAML and JSON' },
  { id: 'rename', label: 'Rename the document' },
  { id: 'close', label: 'Close the document', keys: 'Alt+KeyW' },
  { id: 'reopen', label: 'Reopen the closed document', keys: 'Alt+Shift+KeyW' },
  { id: 'nextTab', label: 'Next document', keys: 'Alt+PageDown' },
  { id: 'previousTab', label: 'Previous document', keys: 'Alt+PageUp' },
];

/** `CtrlCmd+Shift+KeyD` → KeyMod.CtrlCmd | KeyMod.Shift | KeyCode.KeyD. */
export function keybinding(
  keys: string,
  keyMod: Record<string, number>,
  keyCode: Record<string, number | string>,
): number | undefined {
  let code = 0;
  for (const part of keys.split('+')) {
    const mod = keyMod[part];
    const key = keyCode[part];
    if (mod !== undefined) code |= mod;
    else if (typeof key === 'number') code |= key;
    else return undefined;
  }
  return code;
}
