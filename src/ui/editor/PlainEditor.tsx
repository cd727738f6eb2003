import { useId, useRef, type KeyboardEvent } from 'react';

interface Props {
  name: string;
  text: string;
  status: 'loading' | { error: string };
  onText(text: string): void;
}

/**
 * The document as a plain text box: what the student types into while Monaco loads, and for
 * good if it cannot (the text is the store's, so nothing typed here is lost when Monaco comes).
 */
export function PlainEditor({ name, text, status, onText }: Props) {
  const ids = { text: useId(), hint: useId() };
  /** After Escape, Tab leaves the text box instead of indenting (no keyboard trap). */
  const tabLeaves = useRef(false);

  const onKey = (event: KeyboardEvent<HTMLTextAreaElement>): void => {
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
    onText(`${value.slice(0, from)}  ${value.slice(to)}`);
    // React re-renders the value; put the caret after the inserted spaces
    requestAnimationFrame(() => area.setSelectionRange(from + 2, from + 2));
  };

  return (
    <div className="editor-plain">
      <label htmlFor={ids.text} className="editor-label">
        Manifest {name} (YAML or JSON)
      </label>
      <textarea
        id={ids.text}
        className="editor-text"
        value={text}
        spellCheck={false}
        autoCapitalize="off"
        autoCorrect="off"
        wrap="off"
        aria-describedby={ids.hint}
        onChange={(event) => onText(event.target.value)}
        onKeyDown={onKey}
      />
      <p id={ids.hint} className="editor-hint" role="status">
        {status === 'loading'
          ? 'Loading the full editor (completion, checks as you type)…'
          : `The full editor could not load (${status.error}); this plain one keeps working.`}{' '}
        Tab indents; Esc then Tab leaves.
      </p>
    </div>
  );
}
