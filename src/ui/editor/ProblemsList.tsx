import type { MarkerLine } from './monaco/MonacoManifest';

interface Props {
  markers: readonly MarkerLine[];
  /** The dry run has answered for the current text. */
  checked: boolean;
  onReveal(line: number, column: number): void;
}

const GLYPH = { error: '✕', warning: '⚠', info: 'ℹ' } as const;

/**
 * What is wrong with the document, as text: every marker (the API server's dry run, the label
 * linter, the schema) with its line, so a screen reader hears what the squiggles show.
 */
export function ProblemsList({ markers, checked, onReveal }: Props) {
  if (markers.length === 0)
    return !checked ? (
      <p className="editor-problems-none" role="status">
        Checking with the API server…
      </p>
    ) : (
      <p className="editor-problems-none" role="status">
        <span aria-hidden="true">✓ </span>No problems: the API server accepts this (dry run).
      </p>
    );
  return (
    <ul className="editor-problems" aria-label="Problems">
      {markers.map((m, i) => (
        <li key={`${m.line}:${m.column}:${i}`} data-severity={m.severity}>
          <button type="button" onClick={() => onReveal(m.line, m.column)}>
            <span className="editor-problem-glyph" aria-hidden="true">
              {GLYPH[m.severity]}
            </span>
            <span className="editor-problem-at">Line {m.line}</span>{' '}
            <span className="editor-problem-message">{m.message}</span>{' '}
            <span className="editor-problem-source">({m.source})</span>
          </button>
        </li>
      ))}
    </ul>
  );
}
