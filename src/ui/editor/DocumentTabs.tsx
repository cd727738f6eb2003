import type { KeyboardEvent } from 'react';
import type { EditorDocument } from '../../state/editor';

interface Props {
  documents: readonly EditorDocument[];
  active: string;
  panelId: string;
  onActivate(id: string): void;
  onClose(id: string): void;
}

/**
 * The open documents as tabs (WAI-ARIA tabs: arrow keys move between them, Delete closes one).
 * A tab edited from the cluster (kubectl edit) says so with a mark.
 */
export function DocumentTabs({ documents, active, panelId, onActivate, onClose }: Props) {
  const onKey = (event: KeyboardEvent<HTMLDivElement>): void => {
    const index = documents.findIndex((d) => d.id === active);
    const to = (i: number): void => {
      const doc = documents[(i + documents.length) % documents.length];
      if (!doc) return;
      onActivate(doc.id);
      requestAnimationFrame(() =>
        event.currentTarget?.querySelector<HTMLElement>(`[data-document="${doc.id}"]`)?.focus(),
      );
    };
    if (event.key === 'ArrowRight') to(index + 1);
    else if (event.key === 'ArrowLeft') to(index - 1);
    else if (event.key === 'Home') to(0);
    else if (event.key === 'End') to(documents.length - 1);
    else if (event.key === 'Delete') onClose(active);
    else return;
    event.preventDefault();
  };
  return (
    <div className="editor-tabs" role="tablist" aria-label="Documents" onKeyDown={onKey}>
      {documents.map((doc) => {
        const selected = doc.id === active;
        return (
          <div key={doc.id} className="editor-tab" data-selected={selected} role="presentation">
            <button
              type="button"
              role="tab"
              id={`${panelId}-${doc.id}`}
              data-document={doc.id}
              aria-selected={selected}
              aria-controls={panelId}
              tabIndex={selected ? 0 : -1}
              title={
                doc.live ? `${doc.name}: the live ${doc.live.kind} ${doc.live.name}` : doc.name
              }
              onClick={() => onActivate(doc.id)}
            >
              {doc.live && (
                <span className="editor-tab-live" aria-hidden="true">
                  ●{' '}
                </span>
              )}
              {doc.name}
            </button>
            {/* a mouse's shortcut; keyboards and screen readers close with Delete or the Close
                button beside the file name (a button inside a tablist is not a tab) */}
            <span
              className="editor-tab-close"
              aria-hidden="true"
              title={`Close ${doc.name} (it can be reopened)`}
              onClick={() => onClose(doc.id)}
            >
              ×
            </span>
          </div>
        );
      })}
    </div>
  );
}
