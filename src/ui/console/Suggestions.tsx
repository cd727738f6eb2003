import { useId } from 'react';

/** A first minute's worth of commands, one click each (UX.md "First minute"). */
export const SUGGESTIONS = [
  'kubectl get nodes',
  'kubectl run web --image=nginx',
  'kubectl get pods -o wide',
] as const;

export function Suggestions(props: { onRun(line: string): void }) {
  const label = useId();
  return (
    <div className="suggestions">
      <span className="suggestions-label" id={label}>
        Try
      </span>
      <ul aria-labelledby={label}>
        {SUGGESTIONS.map((line) => (
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
      </ul>
    </div>
  );
}
