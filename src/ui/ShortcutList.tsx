import { useEffect, useMemo, useRef, useState } from 'react';
import {
  pageActions,
  shortcutGroups,
  toggleShortcutList,
  type ShortcutListContext,
} from './actions';
import { useKeyActions } from './useShortcuts';
import './shortcutList.css';

/**
 * The page's shortcuts: the everyday ones always in view along the bottom, and every one of
 * them (object shortcuts too) in a panel that `?` or the button opens.
 */
export function ShortcutList() {
  const [open, setOpen] = useState(false);
  const context = useMemo<ShortcutListContext>(
    () => ({ toggleShortcutList: () => setOpen((was) => !was) }),
    [],
  );
  useKeyActions(context, SHORTCUT_LIST_ACTIONS);
  return (
    <footer className="shortcuts" aria-label="Keyboard shortcuts">
      {pageActions.map((action) => (
        <span key={action.name}>
          <kbd>{action.keyLabel}</kbd> {action.label}
        </span>
      ))}
      <button
        type="button"
        className="shortcuts-more"
        aria-expanded={open}
        aria-controls="all-shortcuts"
        onClick={() => setOpen((was) => !was)}
      >
        <kbd>?</kbd> all shortcuts
      </button>
      {open && <AllShortcuts onClose={() => setOpen(false)} />}
    </footer>
  );
}

const SHORTCUT_LIST_ACTIONS = [toggleShortcutList];

function AllShortcuts(props: { onClose(): void }) {
  const { onClose } = props;
  const panel = useRef<HTMLDivElement>(null);
  useEffect(() => {
    // the panel takes the focus so Escape reaches it; closing gives it back
    const before = document.activeElement;
    panel.current?.focus();
    return () => {
      if (before instanceof HTMLElement && before.isConnected) before.focus();
    };
  }, []);
  return (
    <div
      ref={panel}
      id="all-shortcuts"
      className="all-shortcuts"
      role="dialog"
      aria-label="All keyboard shortcuts"
      tabIndex={-1}
      onKeyDown={(event) => {
        if (event.key === 'Escape' || event.key === '?') {
          event.preventDefault();
          onClose();
        }
      }}
    >
      {shortcutGroups.map((group) => (
        <section key={group.title} aria-label={group.title}>
          <h2>{group.title}</h2>
          <dl>
            {group.actions.map((action) => (
              <div key={action.name}>
                <dt>
                  <kbd>{action.keyLabel}</kbd>
                </dt>
                <dd>{action.label}</dd>
              </div>
            ))}
          </dl>
        </section>
      ))}
      <p className="all-shortcuts-note">Shortcuts never fire while you type in a text field.</p>
      <button type="button" className="control" onClick={onClose}>
        Close
      </button>
    </div>
  );
}
