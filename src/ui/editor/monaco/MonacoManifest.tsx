import { useEffect, useLayoutEffect, useRef, useState, type ReactNode } from 'react';
import type { ManifestDiagnostic } from '../../../worker/protocol';
import { EDITOR_ACTIONS, keybinding, type EditorActionId } from './commands';
import { loadMonaco } from './load';
import { ManifestEditorView, type ViewDocument } from './view';

type MonacoModule = Awaited<ReturnType<typeof loadMonaco>>;

/** How long typing must pause before the document goes to the API server for a dry run. */
export const VALIDATE_DELAY_MS = 300;

export interface MarkerLine {
  severity: 'error' | 'warning' | 'info';
  message: string;
  source: string;
  line: number;
  column: number;
}

interface Props {
  documents: readonly ViewDocument[];
  activeId: string;
  onText(id: string, text: string): void;
  /** The dry run: what the API server (and the linter) say of a text. */
  validate(text: string, name: string): Promise<ManifestDiagnostic[]>;
  /** The manifest JSON Schema (asked once). */
  schema(): Promise<object>;
  actions: Partial<Record<EditorActionId, () => void>>;
  /**
   * The active document's markers changed (the dry run's and the schema's); `checked` once the
   * dry run has answered for its current text.
   */
  onMarkers(markers: MarkerLine[], checked: boolean): void;
  /** Where the view is, once it exists (to reveal a line from the problems list). */
  onView?(view: ManifestEditorView | null): void;
  /** What to show until Monaco has loaded, or if it cannot. */
  fallback(status: 'loading' | { error: string }): ReactNode;
}

const DARK = '(prefers-color-scheme: dark)';

/**
 * Monaco over the editor's documents. It loads lazily (the picture draws first), shows the
 * fallback meanwhile, and sends the active document for a dry run whenever typing pauses.
 */
export function MonacoManifest(props: Props) {
  const host = useRef<HTMLDivElement>(null);
  const [monaco, setMonaco] = useState<MonacoModule | null>(null);
  const [error, setError] = useState<string | null>(null);
  const view = useRef<ManifestEditorView | null>(null);
  const latest = useRef(props);
  latest.current = props;

  /** Where the student was typing in the plain text box when Monaco arrived, to carry on there. */
  const typingAt = useRef<number | null>(null);

  useEffect(() => {
    let live = true;
    loadMonaco().then(
      (m) => {
        if (!live) return;
        const focused = document.activeElement;
        typingAt.current =
          focused instanceof HTMLTextAreaElement && focused.closest('.editor-plain')
            ? focused.selectionStart
            : null;
        setMonaco(m);
      },
      (e: unknown) => live && setError(e instanceof Error ? e.message : String(e)),
    );
    return () => {
      live = false;
    };
  }, []);

  // layout effects: the editor exists, shows the document and has the focus in the same commit
  // that removes the plain text box, so no keystroke falls between the two
  useLayoutEffect(() => {
    if (!monaco || !host.current) return;
    const v = new ManifestEditorView(monaco.monaco, host.current, (id, text) =>
      latest.current.onText(id, text),
    );
    view.current = v;
    const { KeyMod, KeyCode } = monaco.monaco;
    const disposables = v.addCommands(
      EDITOR_ACTIONS.map((a) => {
        const key = a.keys ? keybinding(a.keys, KeyMod as never, KeyCode as never) : undefined;
        return {
          id: `kubesim.${a.id}`,
          label: a.label,
          ...(key !== undefined && { keys: [key] }),
          ...(a.menu && { menu: true }),
          run: () => latest.current.actions[a.id]?.(),
        };
      }),
    );
    const media = window.matchMedia?.(DARK);
    const theme = (): void => v.setTheme(media?.matches ?? false);
    theme();
    media?.addEventListener('change', theme);
    const markers = v.onMarkersChanged(() => report(v));
    latest.current.onView?.(v);
    let schemaAsked = true;
    latest.current.schema().then(
      (schema) => schemaAsked && monaco.setManifestSchema(schema),
      () => undefined, // no schema: the dry run still marks every error
    );
    return () => {
      schemaAsked = false;
      media?.removeEventListener('change', theme);
      markers.dispose();
      for (const d of disposables) d.dispose();
      latest.current.onView?.(null);
      view.current = null;
      v.dispose();
    };
  }, [monaco]);

  const { documents, activeId } = props;
  useLayoutEffect(() => {
    const v = view.current;
    if (!v) return;
    v.show(documents, activeId);
    if (typingAt.current !== null) {
      v.focusAt(typingAt.current);
      typingAt.current = null;
    }
    report(v);
  }, [documents, activeId, monaco]);

  // the dry run, when typing pauses: only the latest text's answer is shown. A layout effect:
  // the pause is counted from the keystroke, not from the next painted frame
  const active = documents.find((d) => d.id === activeId);
  const text = active?.text;
  const name = active?.name;
  useLayoutEffect(() => {
    if (!monaco || text === undefined || name === undefined) return;
    let current = true;
    const timer = setTimeout(() => {
      latest.current.validate(text, name).then(
        (diagnostics) => {
          const v = view.current;
          if (!current || !v) return;
          v.setDiagnostics(activeId, text, diagnostics);
          report(v);
        },
        () => undefined, // the cluster is restarting: the next edit asks again
      );
    }, VALIDATE_DELAY_MS);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [monaco, activeId, text, name]);

  /** What was last reported: typing re-reports unchanged markers, which need no new render. */
  const reported = useRef('');

  function report(v: ManifestEditorView): void {
    const id = latest.current.activeId;
    const lines = v
      .markers(id)
      .map((m) => ({
        severity: m.severity >= 8 ? 'error' : m.severity >= 4 ? 'warning' : 'info',
        message: m.message,
        source: m.source ?? m.owner,
        line: m.startLineNumber,
        column: m.startColumn,
      }))
      .sort((a, b) => a.line - b.line || a.column - b.column) as MarkerLine[];
    const checked = v.checked(id);
    const key = JSON.stringify([checked, lines]);
    if (key === reported.current) return;
    reported.current = key;
    latest.current.onMarkers(lines, checked);
  }

  return (
    <>
      {!monaco && props.fallback(error === null ? 'loading' : { error })}
      <div ref={host} className="monaco-host" hidden={!monaco} data-testid="monaco" />
    </>
  );
}
