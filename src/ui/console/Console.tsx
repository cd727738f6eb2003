import { useState, type KeyboardEvent, type RefObject } from 'react';
import { freshRecall, recallStep, type Recall } from '../../state/console';
import { selectHistory } from '../../state/selectors';
import { useCluster, useSession } from '../../state/context';
import { ConsoleOutput } from './ConsoleOutput';
import { Suggestions } from './Suggestions';

export function Console(props: { inputRef: RefObject<HTMLInputElement | null> }) {
  const session = useSession();
  const history = useCluster(selectHistory);
  const [text, setText] = useState('');
  const [recall, setRecall] = useState<Recall>(freshRecall);

  const run = (line: string): void => {
    session.kubectl(line);
    setText('');
    setRecall(freshRecall);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>): void => {
    const direction =
      event.key === 'ArrowUp' ? 'older' : event.key === 'ArrowDown' ? 'newer' : undefined;
    if (!direction) {
      if (event.key === 'Escape') event.currentTarget.blur();
      return;
    }
    event.preventDefault();
    const next = recallStep(history, recall, direction, text);
    setRecall(next.recall);
    setText(next.text);
  };

  return (
    <section className="console" aria-label="Console">
      <ConsoleOutput />
      <Suggestions onRun={run} />
      <form
        className="prompt-line"
        onSubmit={(event) => {
          event.preventDefault();
          run(text);
        }}
      >
        <span className="prompt" aria-hidden="true">
          $
        </span>
        <input
          ref={props.inputRef}
          className="prompt-input"
          aria-label="kubectl"
          aria-keyshortcuts="/"
          placeholder="kubectl get pods   (press / to type here, ↑ ↓ for history)"
          autoComplete="off"
          autoCapitalize="off"
          autoCorrect="off"
          spellCheck={false}
          value={text}
          onChange={(event) => {
            setText(event.target.value);
            if (recall.index !== null) setRecall({ index: null, draft: event.target.value });
          }}
          onKeyDown={onKeyDown}
        />
      </form>
    </section>
  );
}
