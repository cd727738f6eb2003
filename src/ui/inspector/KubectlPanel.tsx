import type { KubectlResult } from '../../engine/contract';
import { echoLine } from '../format';
import type { QueryState } from './useQuery';

/**
 * kubectl's own output for a tab (describe, YAML, logs): the command it ran, then what it
 * printed, stderr marked as an error, as the console would show it.
 */
export function KubectlPanel(props: {
  line: string;
  state: QueryState<KubectlResult>;
  /** Shapes stdout before it is shown (the last lines of a log). */
  transform?: (stdout: string) => string;
  empty?: string;
}) {
  const { state } = props;
  return (
    <div className="inspector-kubectl">
      <p className="inspector-command">
        <code>{echoLine(props.line)}</code>
      </p>
      <Output {...props} state={state} />
    </div>
  );
}

function Output(props: {
  state: QueryState<KubectlResult>;
  transform?: (stdout: string) => string;
  empty?: string;
}) {
  const { state } = props;
  if (state.phase === 'loading') return <p className="inspector-note">Asking the cluster…</p>;
  if (state.phase === 'failed') return <p className="inspector-error">{state.error}</p>;
  const { stdout, stderr } = state.value;
  const text = props.transform ? props.transform(stdout) : stdout;
  return (
    <>
      {text ? (
        <pre className="inspector-output">{text}</pre>
      ) : (
        !stderr && <p className="inspector-note">{props.empty ?? '(no output)'}</p>
      )}
      {stderr && <pre className="inspector-output inspector-stderr">{stderr}</pre>}
    </>
  );
}
