import {
  useId,
  useLayoutEffect,
  useRef,
  useState,
  type KeyboardEvent,
  type RefObject,
} from 'react';
import type { Pod } from '../../engine/types';
import { complete, type CompletionNames } from '../../state/completion';
import { freshRecall, recallStep, type Recall } from '../../state/console';
import { activeDocument, selectEditorState, stdinFor } from '../../state/editor';
import { selectHistory } from '../../state/selectors';
import type { ClusterState } from '../../state/store';
import { useCluster, useSession } from '../../state/context';
import { Completions } from './Completions';
import { ConsoleOutput } from './ConsoleOutput';
import { Suggestions } from './Suggestions';
import './console.css';

const selectVocabulary = (s: ClusterState) => s.vocabulary;
const selectObjects = (s: ClusterState) => s.mirror.objects;
type Objects = ClusterState['mirror']['objects'];

/**
 * Keeps `into` on the mirror's latest objects. Only Tab reads them, so the console itself does
 * not re-render each time the cluster changes (at 1,000 pods that is every frame).
 */
function LatestObjects({ into }: { into: RefObject<Objects> }) {
  const objects = useCluster(selectObjects);
  useLayoutEffect(() => {
    into.current = objects;
  }, [into, objects]);
  return null;
}

/** What Tab last offered, and for which line (so it goes away as soon as the line changes). */
interface Offer {
  line: string;
  candidates: readonly string[];
}

export function Console(props: { inputRef: RefObject<HTMLInputElement | null> }) {
  const session = useSession();
  const history = useCluster(selectHistory);
  const vocabulary = useCluster(selectVocabulary);
  const latest = useRef<Objects>({});
  const editor = useCluster(selectEditorState);
  const [text, setText] = useState('');
  const [recall, setRecall] = useState<Recall>(freshRecall);
  const [offer, setOffer] = useState<Offer | null>(null);
  const hint = useId();

  const run = (line: string): void => {
    // `-f <an open document>` reads its text, as if it were on disk; `-f -` the active one's
    session.kubectl(line, stdinFor(line, editor));
    setText('');
    setRecall(freshRecall);
    setOffer(null);
  };

  const tab = (input: HTMLInputElement): void => {
    const objects = latest.current;
    const names: CompletionNames = {
      ids: (kind) => Object.keys(objects[kind as keyof typeof objects] ?? {}),
      files: editor.documents.map((d) => d.name),
      containers: (podId) =>
        (objects.Pod?.[podId]?.object as Pod | undefined)?.spec.containers.map((c) => c.name) ?? [],
    };
    const cursor = input.selectionStart ?? text.length;
    const done = complete(text, cursor, vocabulary, names);
    if (done.line !== text) {
      setText(done.line);
      requestAnimationFrame(() => input.setSelectionRange(done.cursor, done.cursor));
    }
    // like bash: a single fit completes silently, several are listed
    setOffer(done.candidates.length > 1 ? { line: done.line, candidates: done.candidates } : null);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>): void => {
    // Ctrl-C stops a streaming command, as in a terminal (unless it is copying a selection)
    if (event.key === 'c' && event.ctrlKey && !event.altKey && !event.metaKey) {
      const input = event.currentTarget;
      if (input.selectionStart === input.selectionEnd) {
        event.preventDefault();
        session.interrupt();
        return;
      }
    }
    // Tab completes only on a line with text: on an empty line (and with Shift) it moves focus
    if (event.key === 'Tab' && !event.shiftKey && !event.altKey && !event.ctrlKey && text !== '') {
      event.preventDefault();
      tab(event.currentTarget);
      return;
    }
    const direction =
      event.key === 'ArrowUp' ? 'older' : event.key === 'ArrowDown' ? 'newer' : undefined;
    if (!direction) {
      if (event.key === 'Escape') {
        if (offer) setOffer(null);
        else event.currentTarget.blur();
      }
      return;
    }
    event.preventDefault();
    const next = recallStep(history, recall, direction, text);
    setRecall(next.recall);
    setText(next.text);
  };

  return (
    <section className="console" aria-label="Console">
      <LatestObjects into={latest} />
      <ConsoleOutput />
      <Suggestions onRun={run} />
      <Completions
        candidates={offer?.line === text ? offer.candidates : []}
        onPick={(candidate) => {
          const input = props.inputRef.current;
          if (!input) return;
          const cursor = input.selectionStart ?? text.length;
          const start = text.slice(0, cursor).search(/\S*$/);
          const space = /[=/]$/.test(candidate) ? '' : ' ';
          const next = `${text.slice(0, start)}${candidate}${space}${text.slice(cursor)}`;
          setText(next);
          setOffer(null);
          input.focus();
        }}
      />
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
          aria-describedby={hint}
          placeholder="kubectl get pods   (press / to type here, Tab completes, ↑ ↓ for history, Ctrl-C stops logs -f)"
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
        <span id={hint} className="console-sr-only">
          Tab completes commands, resource types, names and flags; -f {activeDocument(editor).name}{' '}
          reads the editor&apos;s document; Escape leaves the console.
        </span>
      </form>
    </section>
  );
}
