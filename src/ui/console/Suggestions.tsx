import { useId } from 'react';
import type { Era } from '../../engine/contract';
import { selectCluster } from '../../state/selectors';
import { useCluster, useSession } from '../../state/context';
import { documentOpened, selectEditor } from '../../state/editor';
import { EXAMPLES } from '../editor/examples';

/** A first minute's worth of commands, one click each (UX.md "First minute"), per era. */
export const SUGGESTIONS: Record<Era, readonly string[]> = {
  modern: ['kubectl get nodes', 'kubectl run web --image=nginx', 'kubectl get pods -o wide'],
  // the seeds' own first commands
  '2015': [
    'kubectl get minions',
    'kubectl run-container todo --image=dockerinpractice/todo',
    'kubectl get pods',
  ],
};

const REDIS = EXAMPLES.find((e) => e.name === 'redis-master.json');

export function Suggestions(props: { onRun(line: string): void }) {
  const session = useSession();
  const era = useCluster(selectCluster)?.era ?? 'modern';
  const editor = useCluster(selectEditor);
  const label = useId();
  return (
    <div className="suggestions">
      <span className="suggestions-label" id={label}>
        Try
      </span>
      <ul aria-labelledby={label}>
        {SUGGESTIONS[era].map((line) => (
          <li key={line}>
            <button
              type="button"
              className="suggestion"
              onClick={() => props.onRun(line)}
              title="Run this command"
            >
              {line}
            </button>
          </li>
        ))}
        {REDIS && (
          <li>
            <button
              type="button"
              className="suggestion"
              title="Open the seeds' redis master pod in the editor; Apply creates it"
              onClick={() => session.editDocument(documentOpened(editor, REDIS, [REDIS.text]))}
            >
              open the redis example
            </button>
          </li>
        )}
      </ul>
    </div>
  );
}
