import { pageActions } from './actions';

export function ShortcutList() {
  return (
    <footer className="shortcuts" aria-label="Keyboard shortcuts">
      {pageActions.map((action) => (
        <span key={action.name}>
          <kbd>{action.keyLabel}</kbd> {action.label}
        </span>
      ))}
    </footer>
  );
}
