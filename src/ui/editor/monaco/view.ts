/**
 * A Monaco editor over the editor's documents, as a plain object that takes a DOM node (React
 * owns the tree; this owns what Monaco draws inside it). One model per document, kept while
 * its tab is open so each keeps its own undo history, cursor and scroll; the store stays the
 * truth for the text — the view reports every edit and follows every outside change
 * (an example opened, a conversion, a reload) without losing undo.
 */
import { languageOf } from '../../../state/documents';
import type { ManifestDiagnostic } from '../../../worker/protocol';
import { MARKER_OWNER, markersOf } from './markers';
import type { Monaco, monaco } from './setup';

type Editor = monaco.editor.IStandaloneCodeEditor;
type Model = monaco.editor.ITextModel;
type ViewState = monaco.editor.ICodeEditorViewState;
type Disposable = monaco.IDisposable;

export interface ViewDocument {
  id: string;
  name: string;
  text: string;
}

/** An editor command: in the command palette (F1), the context menu, and on its keys. */
export interface EditorCommand {
  id: string;
  label: string;
  /** Monaco keybindings (KeyMod | KeyCode). */
  keys?: number[];
  /** Shown in the right-click menu too. */
  menu?: boolean;
  run(): void;
}

interface Open {
  model: Model;
  name: string;
  subscription: Disposable;
}

/** Each document's dry-run verdict, for the quick fixes, with the model version it is about. */
const verdicts = new WeakMap<Model, { version: number; diagnostics: ManifestDiagnostic[] }>();

let fixesRegistered = false;

/** Quick fixes (the linter's) as Monaco code actions: one provider for every editor on the page. */
function registerQuickFixes(monaco: Monaco): void {
  if (fixesRegistered) return;
  fixesRegistered = true;
  for (const language of ['yaml', 'json'])
    monaco.languages.registerCodeActionProvider(language, {
      provideCodeActions(model, range) {
        const verdict = verdicts.get(model);
        // fixes computed for an older text would edit the wrong places
        if (!verdict || verdict.version !== model.getAlternativeVersionId())
          return { actions: [], dispose() {} };
        const actions = verdict.diagnostics.flatMap((d) => {
          const at = new monaco.Range(
            d.range.start.line,
            d.range.start.column,
            d.range.end.line,
            d.range.end.column,
          );
          if (!at.intersectRanges(range) && !range.containsRange(at)) return [];
          return (d.fixes ?? []).map((fix, i) => ({
            title: fix.title,
            kind: 'quickfix',
            isPreferred: i === 0,
            edit: {
              edits: fix.edits.map((e) => ({
                resource: model.uri,
                versionId: undefined,
                textEdit: {
                  range: new monaco.Range(
                    e.range.start.line,
                    e.range.start.column,
                    e.range.end.line,
                    e.range.end.column,
                  ),
                  text: e.text,
                },
              })),
            },
          }));
        });
        return { actions, dispose() {} };
      },
    });
}

let views = 0;

export class ManifestEditorView {
  readonly editor: Editor;
  private readonly open = new Map<string, Open>();
  private readonly viewStates = new Map<string, ViewState | null>();
  private readonly instance = ++views;
  private activeId: string | undefined;
  private ariaLabel = '';
  /** True while the view itself writes a text the store already has. */
  private following = false;

  constructor(
    private readonly monaco: Monaco,
    host: HTMLElement,
    private readonly onText: (id: string, text: string) => void,
  ) {
    registerQuickFixes(monaco);
    this.editor = monaco.editor.create(host, {
      model: null,
      automaticLayout: true,
      minimap: { enabled: false },
      fontSize: 13,
      tabSize: 2,
      insertSpaces: true,
      detectIndentation: false,
      scrollBeyondLastLine: false,
      wordWrap: 'off',
      renderWhitespace: 'selection',
      lightbulb: { enabled: 'onCode' as never },
      fixedOverflowWidgets: true,
      quickSuggestions: { other: true, comments: false, strings: true },
      ariaLabel: 'Manifest',
      // the text box holds the document (up to 2,000 lines) for screen readers, so selecting
      // all of it and typing replaces the document, as in a plain text box
      accessibilitySupport: 'on',
      accessibilityPageSize: 2000,
      // typing goes in as typed, as in a plain text box: no indentation added after Enter, no
      // closing quotes or brackets added, and Enter is a new line (Tab takes a suggestion)
      autoIndent: 'none',
      autoClosingBrackets: 'never',
      autoClosingQuotes: 'never',
      autoSurround: 'never',
      acceptSuggestionOnEnter: 'off',
    });
    this.acceptWholeTexts(host);
  }

  /** Bring the models in line with the documents and show the active one. */
  show(documents: readonly ViewDocument[], activeId: string): void {
    const wanted = new Set(documents.map((d) => d.id));
    for (const [id, open] of this.open)
      if (!wanted.has(id)) {
        open.subscription.dispose();
        open.model.dispose();
        this.open.delete(id);
        this.viewStates.delete(id);
      }
    for (const doc of documents) {
      const open = this.open.get(doc.id);
      if (!open || open.name !== doc.name) this.replaceModel(doc, open);
      // the store is a keystroke behind while text is unsent: the model is the truth then
      else if (!this.unsent.has(doc.id) && open.model.getValue() !== doc.text)
        this.follow(open.model, doc.text);
    }
    const active = this.open.get(activeId);
    if (!active) return;
    if (this.activeId !== activeId || this.editor.getModel() !== active.model) {
      if (this.activeId !== undefined && this.open.has(this.activeId))
        this.viewStates.set(this.activeId, this.editor.saveViewState());
      this.editor.setModel(active.model);
      const state = this.viewStates.get(activeId);
      if (state) this.editor.restoreViewState(state);
      this.activeId = activeId;
    }
    const label = `Manifest ${documents.find((d) => d.id === activeId)?.name ?? ''}`;
    // only when it changes: rewriting the options rewrites the text box mid-typing
    if (label !== this.ariaLabel) {
      this.ariaLabel = label;
      this.editor.updateOptions({ ariaLabel: label });
    }
  }

  /** The dry run's diagnostics for a document whose text is still `text`. */
  setDiagnostics(id: string, text: string, diagnostics: ManifestDiagnostic[]): void {
    const open = this.open.get(id);
    if (!open || open.model.getValue() !== text) return;
    const model = open.model;
    verdicts.set(model, { version: model.getAlternativeVersionId(), diagnostics });
    this.monaco.editor.setModelMarkers(
      model,
      MARKER_OWNER,
      markersOf(diagnostics, (line) =>
        line >= 1 && line <= model.getLineCount() ? model.getLineLength(line) : 0,
      ),
    );
  }

  /** Every marker of a document: the dry run's and the schema's (owners `json`, `yaml`). */
  markers(id: string): monaco.editor.IMarker[] {
    const open = this.open.get(id);
    return open ? this.monaco.editor.getModelMarkers({ resource: open.model.uri }) : [];
  }

  /** Whether the dry run has answered for the document's current text. */
  checked(id: string): boolean {
    const open = this.open.get(id);
    const verdict = open && verdicts.get(open.model);
    return verdict !== undefined && verdict.version === open?.model.getAlternativeVersionId();
  }

  onMarkersChanged(listener: () => void): Disposable {
    return this.monaco.editor.onDidChangeMarkers(listener);
  }

  addCommands(commands: readonly EditorCommand[]): Disposable[] {
    return commands.map((c) =>
      this.editor.addAction({
        id: c.id,
        label: c.label,
        ...(c.keys && { keybindings: c.keys }),
        ...(c.menu && { contextMenuGroupId: 'kubesim', contextMenuOrder: 1 }),
        run: () => {
          this.flush();
          c.run();
        },
      }),
    );
  }

  setTheme(dark: boolean): void {
    this.monaco.editor.setTheme(dark ? 'kubesim-dark' : 'kubesim-light');
    // said on the page too, for anyone (or any test) checking the editor follows the theme
    this.editor.getContainerDomNode().dataset['theme'] = dark ? 'dark' : 'light';
  }

  reveal(line: number, column = 1): void {
    this.editor.revealLineInCenter(line);
    this.editor.setPosition({ lineNumber: line, column });
    this.editor.focus();
  }

  focus(): void {
    this.editor.focus();
  }

  /** Focus with the cursor at a character offset of the shown document. */
  focusAt(offset: number): void {
    const model = this.editor.getModel();
    if (model) this.editor.setPosition(model.getPositionAt(offset));
    this.editor.focus();
  }

  dispose(): void {
    clearTimeout(this.sendTimer);
    this.flush();
    for (const open of this.open.values()) {
      open.subscription.dispose();
      open.model.dispose();
    }
    this.open.clear();
    this.editor.dispose();
  }

  /**
   * Text that arrives whole rather than typed — several lines in one input event, as a
   * dictation tool, an input method or a test filling the text box sends it — goes in as
   * written, like a paste: Monaco would otherwise indent each new line as if Enter had been
   * typed. After the whole text box was selected (select all, then type), it replaces the
   * document.
   */
  private acceptWholeTexts(host: HTMLElement): void {
    let selectedAllAt = -Infinity;
    // the whole text box is selected when it gains focus (select all, then focus: Monaco then
    // moves the selection to its cursor) or right after a select all while focused
    const noteSelectAll = (event: Event): void => {
      const box = event.target;
      if (
        box instanceof HTMLTextAreaElement &&
        box.value.length > 0 &&
        box.selectionStart === 0 &&
        box.selectionEnd === box.value.length
      )
        selectedAllAt = performance.now();
    };
    host.addEventListener('focus', noteSelectAll, true);
    host.addEventListener('select', noteSelectAll, true);
    host.addEventListener(
      'beforeinput',
      (event) => {
        if (event.inputType !== 'insertText' || !event.data?.includes('\n')) return;
        const model = this.editor.getModel();
        const selection = this.editor.getSelection();
        if (!model || !selection) return;
        event.preventDefault();
        const whole = performance.now() - selectedAllAt < 1000;
        selectedAllAt = -Infinity;
        this.editor.pushUndoStop();
        this.editor.executeEdits('insert', [
          { range: whole ? model.getFullModelRange() : selection, text: event.data },
        ]);
        this.editor.pushUndoStop();
      },
      true,
    );
  }

  private replaceModel(doc: ViewDocument, old: Open | undefined): void {
    // renamed while text was unsent: the old model has the latest text, not the store
    const text = old && this.unsent.has(doc.id) ? old.model.getValue() : doc.text;
    if (old) {
      old.subscription.dispose();
      if (this.activeId === doc.id) {
        this.viewStates.set(doc.id, this.editor.saveViewState());
        this.activeId = undefined;
      }
      old.model.dispose();
    }
    // the path ends with the file name, so the schemas' `*.yaml`/`*.json` patterns pick it up
    const uri = this.monaco.Uri.from({
      scheme: 'file',
      path: `/kubesim-${this.instance}/${doc.id}/${doc.name}`,
    });
    const model = this.monaco.editor.createModel(text, languageOf(doc), uri);
    model.updateOptions({ tabSize: 2, insertSpaces: true });
    const subscription = model.onDidChangeContent(() => {
      if (!this.following) this.edited(doc.id);
    });
    this.open.set(doc.id, { model, name: doc.name, subscription });
  }

  /** Documents edited here whose text the store has not been given yet. */
  private readonly unsent = new Set<string>();
  private sendTimer: ReturnType<typeof setTimeout> | undefined;

  /**
   * The student typed: tell the store at once, and once more for the rest of a burst. Text that
   * arrives many keys in one task (a fast typist, a test, a screen reader's text box) would
   * otherwise render the page once per key within one task, which React refuses past 50.
   */
  private edited(id: string): void {
    this.unsent.add(id);
    if (this.sendTimer !== undefined) return;
    this.flush();
    // the burst's window: edits until the next task wait for it
    this.sendTimer = setTimeout(() => {
      this.sendTimer = undefined;
      this.flush();
    }, 0);
  }

  /** Give the store every text typed here that it has not had yet (before an action reads it). */
  flush(): void {
    const ids = [...this.unsent];
    this.unsent.clear();
    for (const id of ids) {
      const open = this.open.get(id);
      if (open) this.onText(id, open.model.getValue());
    }
  }

  /** Take a text from outside as one undoable edit. */
  private follow(model: Model, text: string): void {
    this.following = true;
    try {
      model.pushStackElement();
      model.pushEditOperations([], [{ range: model.getFullModelRange(), text }], () => null);
      model.pushStackElement();
    } finally {
      this.following = false;
    }
  }
}
