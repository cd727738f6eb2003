import { memo, useLayoutEffect, useMemo, useRef } from 'react';
import type { ConsoleEntry } from '../../state/console';
import { selectConsoleEntries } from '../../state/selectors';
import { useCluster } from '../../state/context';
import { echoLine } from '../format';
import { tableLook } from './tableLook';

/** Memoised: the prompt re-renders on every key, the output only when entries change. */
export const ConsoleOutput = memo(function ConsoleOutput() {
  const entries = useCluster(selectConsoleEntries);
  const log = useRef<HTMLDivElement>(null);

  // follow the newest output, as a terminal does
  useLayoutEffect(() => {
    const element = log.current;
    if (element) element.scrollTop = element.scrollHeight;
  }, [entries]);

  return (
    <div ref={log} className="console-output" role="log" aria-label="kubectl output" tabIndex={0}>
      {entries.length === 0 ? (
        <p className="console-hint">
          This is a terminal with kubectl. Type a command below, or click one of the suggestions.
        </p>
      ) : (
        entries.map((entry) => <Entry key={entry.key} entry={entry} />)
      )}
    </div>
  );
});

const Entry = memo(function Entry({ entry }: { entry: ConsoleEntry }) {
  if (entry.kind === 'notice') {
    return (
      <p className="notice-line" data-tone={entry.tone}>
        <span aria-hidden="true">{entry.tone === 'error' ? '⚠ ' : 'ℹ '}</span>
        {entry.text}
      </p>
    );
  }
  return (
    <div className="entry" data-state={entry.state} data-exit-code={entry.exitCode}>
      <div className="echo">
        <span className="prompt" aria-hidden="true">
          ${' '}
        </span>
        {echoLine(entry.line)}
      </div>
      {entry.stdout && <Stdout text={entry.stdout} line={entry.line} />}
      {entry.stderr && (
        <pre className="stream" data-stream="stderr">
          {entry.stderr}
        </pre>
      )}
      {entry.failure && (
        <p className="notice-line" data-tone="error">
          ⚠ {entry.failure}
        </p>
      )}
      {entry.state === 'running' && (
        <p className="running" aria-hidden="true">
          …
        </p>
      )}
    </div>
  );
});

/** kubectl's stdout: table headers bold, STATUS words in their colours (the words stay). */
function Stdout({ text, line }: { text: string; line: string }) {
  const lines = useMemo(() => tableLook(text, line), [text, line]);
  return (
    <pre className="stream" data-stream="stdout">
      {lines.map((pieces, i) => (
        <span key={i}>
          {i > 0 && '\n'}
          {pieces.map((piece, j) =>
            piece.look === undefined ? (
              piece.text
            ) : piece.look === 'header' ? (
              <b key={j} className="table-header">
                {piece.text}
              </b>
            ) : (
              <span key={j} className="status-word" data-tone={piece.look}>
                {piece.text}
              </span>
            ),
          )}
        </span>
      ))}
    </pre>
  );
}
