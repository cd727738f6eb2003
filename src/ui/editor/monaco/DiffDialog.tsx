import { useEffect, useId, useRef, useState } from 'react';
import type { ManifestDiff } from '../../../worker/protocol';
import { summarizeChanges, type ChangeSummary } from './diffLines';
import { loadMonaco } from './load';

interface Props {
  /** The document the diff is of. */
  name: string;
  diffs: readonly ManifestDiff[];
  onApply(): void;
  onClose(): void;
}

/**
 * "Diff against live": per object of the document, the live object beside what applying would
 * make of it (a server-side dry run), in Monaco's diff editor, with the changes also listed as
 * text. Apply from here, or close and keep editing.
 */
export function DiffDialog({ name, diffs, onApply, onClose }: Props) {
  const [index, setIndex] = useState(0);
  const [changes, setChanges] = useState<ChangeSummary[] | null>(null);
  const host = useRef<HTMLDivElement>(null);
  const dialog = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const diff = diffs[index];

  useEffect(() => {
    const d = dialog.current;
    if (d && !d.open) d.showModal?.();
  }, []);

  useEffect(() => {
    if (!diff || !host.current) return;
    let disposed = false;
    let dispose = (): void => undefined;
    setChanges(null);
    void loadMonaco().then(({ monaco }) => {
      if (disposed || !host.current) return;
      const editor = monaco.editor.createDiffEditor(host.current, {
        readOnly: true,
        originalEditable: false,
        automaticLayout: true,
        renderSideBySide: true,
        useInlineViewWhenSpaceIsLimited: true,
        minimap: { enabled: false },
        scrollBeyondLastLine: false,
        fontSize: 13,
        ariaLabel: `Diff of ${diff.name}`,
      });
      const original = monaco.editor.createModel(diff.live, 'yaml');
      const modified = monaco.editor.createModel(diff.merged, 'yaml');
      editor.setModel({ original, modified });
      const update = editor.onDidUpdateDiff(() =>
        setChanges(summarizeChanges(diff.live, diff.merged, editor.getLineChanges() ?? [])),
      );
      dispose = () => {
        update.dispose();
        editor.dispose();
        original.dispose();
        modified.dispose();
      };
    });
    return () => {
      disposed = true;
      dispose();
    };
  }, [diff]);

  const canApply = diffs.every((d) => d.error === undefined);
  return (
    <dialog
      ref={dialog}
      className="diff-dialog"
      aria-labelledby={titleId}
      onClose={onClose}
      onCancel={onClose}
    >
      <header className="diff-head">
        <h2 id={titleId}>Diff against live: {name}</h2>
        <p className="diff-legend">
          Left: the live object (<code>kubectl get -o yaml</code>). Right: what{' '}
          <code>kubectl apply -f {name}</code> would make of it (a server-side dry run).
        </p>
        {diffs.length > 1 && (
          <div className="diff-objects" role="tablist" aria-label="Objects">
            {diffs.map((d, i) => (
              <button
                key={d.name}
                type="button"
                role="tab"
                aria-selected={i === index}
                onClick={() => setIndex(i)}
              >
                {d.name}
              </button>
            ))}
          </div>
        )}
      </header>
      {diff === undefined ? (
        <p>The document has no objects to compare.</p>
      ) : (
        <>
          <p className="diff-state" role="status">
            {diff.error !== undefined
              ? `Applying would fail: ${diff.error}`
              : diff.live === ''
                ? `${diff.name} does not exist yet: applying creates it.`
                : changes === null
                  ? 'Comparing…'
                  : changes.length === 0
                    ? `${diff.name}: no changes.`
                    : `${diff.name}: ${changes.length} change${changes.length === 1 ? '' : 's'}.`}
          </p>
          <div ref={host} className="diff-editor" />
          {changes !== null && changes.length > 0 && (
            <ul className="diff-changes" aria-label="Changes">
              {changes.map((c) => (
                <li key={`${c.line}:${c.removed.join()}`}>
                  <span className="diff-at">line {c.line}</span>
                  {c.removed.map((l, i) => (
                    <code key={`-${i}`} className="diff-removed">
                      − {l}
                    </code>
                  ))}
                  {c.added.map((l, i) => (
                    <code key={`+${i}`} className="diff-added">
                      + {l}
                    </code>
                  ))}
                </li>
              ))}
            </ul>
          )}
        </>
      )}
      <footer className="diff-actions">
        <button type="button" className="editor-apply" disabled={!canApply} onClick={onApply}>
          Apply
        </button>
        <button type="button" onClick={onClose}>
          Close
        </button>
      </footer>
    </dialog>
  );
}
