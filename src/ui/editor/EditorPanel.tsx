import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { useCluster, useSession } from '../../state/context';
import {
  applyLine,
  documentNameProblem,
  documentOpened,
  previousRestored,
  selectEditor,
} from '../../state/editor';
import { EXAMPLES } from './examples';
import './editor.css';

const EXAMPLE_TEXTS = EXAMPLES.map((e) => e.text);

/** Below this width the editor starts folded, so the picture gets the screen. */
const NARROW = '(max-width: 900px)';

/**
 * The manifest editor, plain (Monaco replaces the textarea in issue 5; the document lives in the
 * store, so only this widget changes). Apply runs `kubectl apply -f <name>` in the console with
 * the text as the file's content, so its output shows where every command's does.
 */
export function EditorPanel() {
  const session = useSession();
  const editor = useCluster(selectEditor);
  const ids = { body: useId(), name: useId(), text: useId(), hint: useId(), problem: useId() };
  /** After Escape, Tab leaves the text box instead of indenting (no keyboard trap). */
  const tabLeaves = useRef(false);
  const [renaming, setRenaming] = useState(false);

  useEffect(() => {
    if (editor.collapsed === null && window.matchMedia?.(NARROW).matches)
      session.editDocument({ collapsed: true });
  }, [editor.collapsed, session]);

  const collapsed = editor.collapsed === true;
  const problem = documentNameProblem(editor.name);

  const onTextKey = (event: KeyboardEvent<HTMLTextAreaElement>): void => {
    if (event.key === 'Escape') {
      tabLeaves.current = true;
      return;
    }
    if (event.key !== 'Tab' || event.shiftKey || event.ctrlKey || event.altKey || event.metaKey) {
      tabLeaves.current = false;
      return;
    }
    if (tabLeaves.current) {
      tabLeaves.current = false;
      return;
    }
    event.preventDefault();
    const area = event.currentTarget;
    const { selectionStart: from, selectionEnd: to, value } = area;
    session.editDocument({ text: `${value.slice(0, from)}  ${value.slice(to)}` });
    // React re-renders the value; put the caret after the inserted spaces
    requestAnimationFrame(() => area.setSelectionRange(from + 2, from + 2));
  };

  return (
    <section className="editor" aria-label="Manifest editor" data-collapsed={collapsed}>
      <div className="editor-bar">
        <button
          type="button"
          className="editor-toggle"
          aria-expanded={!collapsed}
          aria-controls={ids.body}
          title={collapsed ? 'Show the manifest editor' : 'Fold the editor away'}
          onClick={() => session.editDocument({ collapsed: !collapsed })}
        >
          <span aria-hidden="true">{collapsed ? '▸' : '▾'}</span> Editor
        </button>
        {!collapsed && (
          <select
            className="editor-examples"
            aria-label="Open an example"
            value=""
            onChange={(event) => {
              const example = EXAMPLES.find((e) => e.name === event.target.value);
              if (example) session.editDocument(documentOpened(editor, example, EXAMPLE_TEXTS));
            }}
          >
            <option value="">Examples…</option>
            {EXAMPLES.map((e) => (
              <option key={e.name} value={e.name}>
                {e.label}
              </option>
            ))}
          </select>
        )}
      </div>
      <div id={ids.body} className="editor-body" hidden={collapsed}>
        <div className="editor-file">
          {renaming || problem !== undefined ? (
            <>
              <label htmlFor={ids.name}>File</label>
              <input
                id={ids.name}
                className="editor-name"
                value={editor.name}
                spellCheck={false}
                autoComplete="off"
                autoFocus={renaming}
                aria-invalid={problem !== undefined}
                aria-describedby={problem !== undefined ? ids.problem : undefined}
                onChange={(event) => session.editDocument({ name: event.target.value.trim() })}
                onBlur={() => setRenaming(false)}
                onKeyDown={(event) => {
                  if (event.key === 'Enter' || event.key === 'Escape') setRenaming(false);
                }}
              />
            </>
          ) : (
            // the name is text until the student renames it: the manifest is the region's one
            // text box, for anyone (or any test) that types into "the editor"
            <>
              <span className="editor-file-label">File</span>
              <code className="editor-name-text" data-testid="document-name">
                {editor.name}
              </code>
              <button
                type="button"
                className="editor-rename"
                aria-label={`Rename ${editor.name}`}
                onClick={() => setRenaming(true)}
              >
                Rename
              </button>
            </>
          )}
          <button
            type="button"
            className="editor-apply"
            disabled={problem !== undefined}
            title={`Run ${applyLine(editor)} in the console`}
            onClick={() => session.kubectl(applyLine(editor), editor.text)}
          >
            Apply
          </button>
        </div>
        {editor.previous && (
          <p className="editor-previous" role="status">
            Your {editor.previous.name} is kept aside.{' '}
            <button
              type="button"
              className="editor-restore"
              onClick={() => session.editDocument(previousRestored(editor))}
            >
              Bring back {editor.previous.name}
            </button>
          </p>
        )}
        {problem !== undefined && (
          <p id={ids.problem} className="editor-problem" role="alert">
            <span aria-hidden="true">✕ </span>
            {problem}
          </p>
        )}
        <label htmlFor={ids.text} className="editor-label">
          Manifest (YAML or JSON)
        </label>
        <textarea
          id={ids.text}
          className="editor-text"
          value={editor.text}
          spellCheck={false}
          autoCapitalize="off"
          autoCorrect="off"
          wrap="off"
          aria-describedby={ids.hint}
          onChange={(event) => session.editDocument({ text: event.target.value })}
          onKeyDown={onTextKey}
        />
        <p id={ids.hint} className="editor-hint">
          Tab indents; Esc then Tab leaves. In the console, <code>-f {editor.name}</code> reads this
          document.
        </p>
      </div>
    </section>
  );
}
