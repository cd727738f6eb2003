import { useId } from 'react';

/** Past this many, the list says how many more (bash asks "Display all 120 possibilities?"). */
const SHOWN = 40;

/** What Tab found when several words fit, listed as bash lists them; click one to take it. */
export function Completions(props: {
  candidates: readonly string[];
  onPick(candidate: string): void;
}) {
  const label = useId();
  const { candidates } = props;
  return (
    <div className="completions" aria-live="polite">
      {candidates.length > 0 && (
        <>
          <span id={label} className="completions-label">
            {candidates.length} possibilities
          </span>
          <ul aria-labelledby={label}>
            {candidates.slice(0, SHOWN).map((c) => (
              <li key={c}>
                <button type="button" className="completion" onClick={() => props.onPick(c)}>
                  {c}
                </button>
              </li>
            ))}
            {candidates.length > SHOWN && (
              <li className="completions-more">…and {candidates.length - SHOWN} more</li>
            )}
          </ul>
        </>
      )}
    </div>
  );
}
