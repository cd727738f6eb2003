import { useCallback, useEffect, useState } from 'react';
import { useCluster, useSession } from '../../state/context';
import type { ClusterState, ObjectRef } from '../../state/store';
import { InspectorWidth } from './InspectorWidth';
import { SelectedObject } from './SelectedObject';
import './inspector.css';

const selectSelected = (s: ClusterState) => s.ui.selected;

/** Where Escape means something else: typing, or a menu or dialog that closes on it. */
function escapeBelongsElsewhere(target: EventTarget | null): boolean {
  if (!(target instanceof Element)) return false;
  return (
    target.closest(
      'input, textarea, select, [contenteditable="true"], [role="dialog"], [role="menu"]',
    ) !== null
  );
}

/** Back to the drawn object the student selected, so the keyboard does not lose its place. */
function focusDrawn(ref: ObjectRef): void {
  const el = document.querySelector<HTMLElement>(
    `[data-kind="${CSS.escape(ref.kind)}"][data-ref="${CSS.escape(ref.id)}"]`,
  );
  if (el && el.tabIndex >= 0) el.focus();
}

/**
 * The selected object's describe, YAML, events, and for pods its containers' env, logs and
 * files and the scheduler's decision (DESIGN.md: a region labelled `Inspector`, headed by the
 * object's accessible name). Escape or the close button clear the selection.
 */
export function Inspector() {
  const selected = useCluster(selectSelected);
  const session = useSession();
  const close = useCallback(() => {
    if (!selected) return;
    session.select(null);
    focusDrawn(selected);
  }, [selected, session]);

  useEffect(() => {
    if (!selected) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'Escape' || event.defaultPrevented) return;
      if (escapeBelongsElsewhere(event.target)) return;
      event.preventDefault();
      close();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [selected, close]);

  const [tab, setTab] = useState<string>('describe');
  return (
    <InspectorWidth empty={!selected}>
      {selected ? (
        <SelectedObject
          key={`${selected.kind} ${selected.id}`}
          selected={selected}
          tab={tab}
          onTab={setTab}
          onClose={close}
        />
      ) : (
        <div className="inspector-empty">
          <h2>Inspector</h2>
          <p className="inspector-note">
            Select anything in the picture — a node, a pod, a container, a service, a master
            component — to see its <code>describe</code>, YAML and events; for pods also their
            environment, logs, files and the scheduler&apos;s decision.
          </p>
        </div>
      )}
    </InspectorWidth>
  );
}
