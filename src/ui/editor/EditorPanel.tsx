import { useCallback, useEffect, useId, useMemo, useRef, useState, type DragEvent } from 'react';
import { useCluster, useSession } from '../../state/context';
import {
  activeDocument,
  documentNameProblem,
  languageOf,
  selectEditorState,
} from '../../state/editor';
import type { DocumentAction } from '../../state/documentActions';
import { templatesFor, type TemplateKind } from '../../state/templates';
import type { ManifestDiff } from '../../worker/protocol';
import { DocumentTabs } from './DocumentTabs';
import { EXAMPLES } from './examples';
import { pickFiles, readFiles, saveFile } from './files';
import { DiffDialog } from './monaco/DiffDialog';
import { MonacoManifest, type MarkerLine } from './monaco/MonacoManifest';
import type { ManifestEditorView } from './monaco/view';
import { PlainEditor } from './PlainEditor';
import { ProblemsList } from './ProblemsList';
import './editor.css';

/** Below this width the editor starts folded, so the picture gets the screen. */
const NARROW = '(max-width: 900px)';

const ACTIONS: readonly { action: DocumentAction; label: string }[] = [
  { action: 'create', label: 'Create' },
  { action: 'replace', label: 'Replace' },
  { action: 'delete', label: 'Delete' },
];

/**
 * The manifest editor: documents in tabs, Monaco (loaded lazily; a plain text box until then or
 * if it cannot load), the cluster's verdict as the student types (a dry run against the API
 * server, the label linter, the schema), and kubectl's verbs as buttons that run real console
 * lines. The documents live in the store: a dead cluster host or a reset loses nothing.
 */
export function EditorPanel() {
  const session = useSession();
  const editor = useCluster(selectEditorState);
  const era = useCluster((s) => s.cluster?.era ?? 'modern');
  const ids = { body: useId(), name: useId(), problem: useId(), panel: useId() };
  const [renaming, setRenaming] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const [markers, setMarkers] = useState<{ lines: MarkerLine[]; checked: boolean } | null>(null);
  const [diff, setDiff] = useState<{ name: string; diffs: ManifestDiff[] } | null>(null);
  const [dragging, setDragging] = useState(false);
  const view = useRef<ManifestEditorView | null>(null);

  useEffect(() => {
    if (editor.collapsed === null && window.matchMedia?.(NARROW).matches)
      session.setEditorCollapsed(true);
  }, [editor.collapsed, session]);

  const active = activeDocument(editor);
  const collapsed = editor.collapsed === true;
  const problem = documentNameProblem(active.name);
  const language = languageOf(active);
  const diffAvailable = era !== '2015';

  const run = useCallback(
    (action: DocumentAction): void => {
      if (documentNameProblem(active.name) !== undefined) return;
      void session.runDocumentAction(action, active.id);
    },
    [session, active],
  );

  const showDiff = useCallback((): void => {
    if (!diffAvailable) {
      setNotice('kubectl diff came with Kubernetes 1.13: this 2015 cluster has none.');
      return;
    }
    session.query({ type: 'diff', text: active.text, source: active.name }).then(
      (diffs) => setDiff({ name: active.name, diffs }),
      (error: unknown) => setNotice(`Diff failed: ${String(error)}`),
    );
  }, [session, active, diffAvailable]);

  const openFiles = useCallback(
    async (files: Iterable<File>): Promise<void> => {
      const { read, problems } = await readFiles(files);
      for (const file of read) session.openDocument(file);
      setNotice(problems.length > 0 ? problems.join('; ') : null);
    },
    [session],
  );

  const convert = useCallback((): void => {
    void session
      .convertDocument(active.id, language === 'yaml' ? 'json' : 'yaml')
      .then((why) => setNotice(why === undefined ? null : `Not converted: ${why}`));
  }, [session, active.id, language]);

  const step = useCallback(
    (by: number): void => {
      const i = editor.documents.findIndex((d) => d.id === editor.active);
      const next = editor.documents[(i + by + editor.documents.length) % editor.documents.length];
      if (next) session.activateDocument(next.id);
    },
    [session, editor.documents, editor.active],
  );

  const actions = useMemo(
    () => ({
      apply: () => run('apply'),
      create: () => run('create'),
      replace: () => run('replace'),
      delete: () => run('delete'),
      diff: showDiff,
      new: () => session.newDocument('Pod'),
      open: () => void pickFiles().then(openFiles),
      save: () => saveFile(active.name, active.text),
      convert,
      rename: () => setRenaming(true),
      close: () => session.closeDocument(active.id),
      reopen: () => void session.reopenClosed(),
      nextTab: () => step(1),
      previousTab: () => step(-1),
    }),
    [run, showDiff, session, openFiles, active, convert, step],
  );

  const onDrop = (event: DragEvent<HTMLElement>): void => {
    setDragging(false);
    if (event.dataTransfer.files.length === 0) return;
    event.preventDefault();
    void openFiles(event.dataTransfer.files);
  };

  return (
    <section
      className="editor"
      aria-label="Manifest editor"
      data-collapsed={collapsed}
      data-dragging={dragging}
      onDragOver={(event) => {
        if (!event.dataTransfer.types.includes('Files')) return;
        event.preventDefault();
        setDragging(true);
      }}
      onDragLeave={(event) => {
        if (!event.currentTarget.contains(event.relatedTarget as Node | null)) setDragging(false);
      }}
      onDrop={onDrop}
    >
      <div className="editor-bar">
        <button
          type="button"
          className="editor-toggle"
          aria-expanded={!collapsed}
          aria-controls={ids.body}
          title={collapsed ? 'Show the manifest editor' : 'Fold the editor away'}
          onClick={() => session.setEditorCollapsed(!collapsed)}
        >
          <span aria-hidden="true">{collapsed ? '▸' : '▾'}</span> Editor
        </button>
        {!collapsed && (
          <>
            <select
              className="editor-menu"
              aria-label="New document"
              value=""
              onChange={(event) => {
                if (event.target.value) session.newDocument(event.target.value as TemplateKind);
              }}
            >
              <option value="">New…</option>
              {templatesFor(era).map((t) => (
                <option key={t.kind} value={t.kind}>
                  {t.label}
                </option>
              ))}
            </select>
            <select
              className="editor-menu"
              aria-label="Open an example"
              value=""
              onChange={(event) => {
                const example = EXAMPLES.find((e) => e.name === event.target.value);
                if (example) session.openDocument({ name: example.name, text: example.text });
              }}
            >
              <option value="">Examples…</option>
              {EXAMPLES.map((e) => (
                <option key={e.name} value={e.name}>
                  {e.label}
                </option>
              ))}
            </select>
            <button
              type="button"
              className="editor-small"
              title="Open YAML or JSON files from disk (or drop them here)"
              onClick={actions.open}
            >
              Open…
            </button>
            <button
              type="button"
              className="editor-small"
              title={`Save ${active.name} to disk`}
              onClick={actions.save}
            >
              Save
            </button>
            {editor.closed[0] && (
              <button
                type="button"
                className="editor-small"
                aria-label={`Reopen ${editor.closed[0].name}`}
                title={`Reopen ${editor.closed[0].name} (Alt+Shift+W)`}
                onClick={actions.reopen}
              >
                Reopen
              </button>
            )}
          </>
        )}
      </div>
      <div id={ids.body} className="editor-body" hidden={collapsed}>
        <DocumentTabs
          documents={editor.documents}
          active={editor.active}
          panelId={ids.panel}
          onActivate={(id) => session.activateDocument(id)}
          onClose={(id) => session.closeDocument(id)}
        />
        <div
          id={ids.panel}
          className="editor-panel"
          role="tabpanel"
          aria-labelledby={`${ids.panel}-${active.id}`}
        >
          <div className="editor-file">
            {renaming || problem !== undefined ? (
              <>
                <label htmlFor={ids.name}>File</label>
                <RenameInput
                  id={ids.name}
                  name={active.name}
                  problemId={problem !== undefined ? ids.problem : undefined}
                  autoFocus={renaming}
                  onDone={(name) => {
                    if (name !== undefined) session.editDocument({ name }, active.id);
                    setRenaming(false);
                  }}
                />
              </>
            ) : (
              <>
                <span className="editor-file-label">File</span>
                <code className="editor-name-text" data-testid="document-name">
                  {active.name}
                </code>
                <button
                  type="button"
                  className="editor-small"
                  aria-label={`Rename ${active.name}`}
                  onClick={() => setRenaming(true)}
                >
                  Rename
                </button>
              </>
            )}
            <button
              type="button"
              className="editor-small"
              title={language === 'yaml' ? 'Convert to JSON' : 'Convert to YAML'}
              onClick={convert}
            >
              {language === 'yaml' ? 'To JSON' : 'To YAML'}
            </button>
            <button
              type="button"
              className="editor-small"
              aria-label={`Close ${active.name}`}
              title={`Close ${active.name} (Alt+W; it can be reopened)`}
              onClick={actions.close}
            >
              Close
            </button>
          </div>
          {active.live && (
            <p className="editor-live" role="note">
              Editing the live {active.live.kind} <code>{active.live.name}</code> (as{' '}
              <code>kubectl edit</code> does): Apply runs{' '}
              <code>{session.documentLine('apply')}</code>. If it changed meanwhile, the API server
              refuses: reopen it to get the latest.
            </p>
          )}
          {problem !== undefined && (
            <p id={ids.problem} className="editor-problem" role="alert">
              <span aria-hidden="true">✕ </span>
              {problem}
            </p>
          )}
          <MonacoManifest
            documents={editor.documents}
            activeId={active.id}
            onText={(id, text) => session.editDocument({ text }, id)}
            validate={(text, name) => session.query({ type: 'validate', text, source: name })}
            schema={() => session.query({ type: 'schema' })}
            actions={actions}
            onMarkers={(lines, checked) => setMarkers({ lines, checked })}
            onView={(v) => {
              view.current = v;
            }}
            fallback={(status) => (
              <PlainEditor
                text={active.text}
                name={active.name}
                status={status}
                onText={(text) => session.editDocument({ text }, active.id)}
              />
            )}
          />
          {markers !== null && (
            <ProblemsList
              markers={markers.lines}
              checked={markers.checked}
              onReveal={(line, column) => view.current?.reveal(line, column)}
            />
          )}
          <div
            className="editor-actions"
            role="group"
            aria-label="kubectl"
            title={`Ctrl+Enter applies; F1 lists every editor command; Ctrl+M makes Tab move focus; in the console, -f ${active.name} reads this document; drop files here to open them`}
          >
            <button
              type="button"
              className="editor-apply"
              disabled={problem !== undefined}
              title={`Run ${session.documentLine('apply', active.id)} in the console (Ctrl+Enter)`}
              aria-keyshortcuts="Control+Enter Meta+Enter"
              onClick={actions.apply}
            >
              Apply
            </button>
            {ACTIONS.map(({ action, label }) => (
              <button
                key={action}
                type="button"
                className="editor-small"
                disabled={problem !== undefined}
                title={`Run ${session.documentLine(action, active.id)} in the console`}
                onClick={() => run(action)}
              >
                {label}
              </button>
            ))}
            <button
              type="button"
              className="editor-small"
              disabled={problem !== undefined || !diffAvailable}
              title={
                diffAvailable
                  ? 'What applying would change, side by side (kubectl diff)'
                  : 'kubectl diff came with Kubernetes 1.13'
              }
              onClick={showDiff}
            >
              Diff against live
            </button>
          </div>
          {notice !== null && (
            <p className="editor-notice" role="status">
              {notice}{' '}
              <button type="button" className="editor-small" onClick={() => setNotice(null)}>
                Dismiss
              </button>
            </p>
          )}
        </div>
      </div>
      {diff && (
        <DiffDialog
          name={diff.name}
          diffs={diff.diffs}
          onClose={() => setDiff(null)}
          onApply={() => {
            setDiff(null);
            run('apply');
          }}
        />
      )}
    </section>
  );
}

/** The file name, edited in place: Enter or leaving commits, Escape cancels. */
function RenameInput(props: {
  id: string;
  name: string;
  problemId: string | undefined;
  autoFocus: boolean;
  onDone(name: string | undefined): void;
}) {
  const [value, setValue] = useState(props.name);
  useEffect(() => setValue(props.name), [props.name]);
  return (
    <input
      id={props.id}
      className="editor-name"
      value={value}
      spellCheck={false}
      autoComplete="off"
      autoFocus={props.autoFocus}
      aria-invalid={props.problemId !== undefined}
      aria-describedby={props.problemId}
      onChange={(event) => setValue(event.target.value.trim())}
      onBlur={() => props.onDone(value)}
      onKeyDown={(event) => {
        if (event.key === 'Enter') props.onDone(value);
        if (event.key === 'Escape') props.onDone(undefined);
      }}
    />
  );
}
