import { useLayoutEffect, useRef, useState, type KeyboardEvent } from 'react';
import type { FaultItem } from '../../state/faults';

export interface MenuAnchor {
  x: number;
  y: number;
}

/**
 * The menu itself (WAI-ARIA menu pattern): focus moves into it on open, arrows and Home/End
 * move between items, Enter or Space runs one, Escape or Tab closes it. Each item says the
 * command it stands for, so the menu teaches the kubectl line it saves typing.
 */
export function FaultMenuPopup(props: {
  title: string;
  items: readonly FaultItem[];
  anchor: MenuAnchor;
  onRun(item: FaultItem): void;
  onClose(restoreFocus: boolean): void;
}) {
  const { title, items, anchor, onRun, onClose } = props;
  const menu = useRef<HTMLDivElement>(null);
  const [place, setPlace] = useState(anchor);

  // keep the whole menu on screen, then focus its first item
  useLayoutEffect(() => {
    const element = menu.current;
    if (!element) return;
    const { width, height } = element.getBoundingClientRect();
    setPlace({
      x: Math.max(4, Math.min(anchor.x, window.innerWidth - width - 4)),
      y: Math.max(4, Math.min(anchor.y, window.innerHeight - height - 4)),
    });
    element.querySelector<HTMLElement>('[role="menuitem"]')?.focus();
  }, [anchor]);

  const move = (event: KeyboardEvent<HTMLDivElement>): void => {
    const all = [...(menu.current?.querySelectorAll<HTMLElement>('[role="menuitem"]') ?? [])];
    const at = all.indexOf(document.activeElement as HTMLElement);
    let next: number | undefined;
    if (event.key === 'ArrowDown') next = (at + 1) % all.length;
    else if (event.key === 'ArrowUp') next = (at - 1 + all.length) % all.length;
    else if (event.key === 'Home') next = 0;
    else if (event.key === 'End') next = all.length - 1;
    else if (event.key === 'Escape') {
      event.preventDefault();
      onClose(true);
      return;
    } else if (event.key === 'Tab') {
      event.preventDefault();
      onClose(true);
      return;
    } else return;
    event.preventDefault();
    all[next]?.focus();
  };

  return (
    <div
      ref={menu}
      className="fault-menu"
      role="menu"
      aria-label={`Faults: ${title}`}
      style={{ left: place.x, top: place.y }}
      onKeyDown={move}
    >
      <p className="fault-menu-title" aria-hidden="true">
        {title}
      </p>
      {items.length === 0 && <p className="fault-menu-empty">Nothing to break here.</p>}
      {items.map((item) => {
        const hintId = `fault-hint-${item.id}`;
        return (
          <button
            key={item.id}
            type="button"
            role="menuitem"
            tabIndex={-1}
            className="fault-menu-item"
            aria-disabled={item.disabled !== undefined}
            aria-describedby={hintId}
            onClick={() => {
              if (item.disabled === undefined) onRun(item);
            }}
          >
            <span className="fault-menu-label">{item.label}</span>
            <span id={hintId} className="fault-menu-hint">
              {item.disabled ?? commandText(item)}
            </span>
          </button>
        );
      })}
    </div>
  );
}

/** What the item runs: the kubectl line, or that it is a simulated fault. */
function commandText(item: FaultItem): string {
  if (item.command.type === 'kubectl') return item.command.line;
  if (item.command.type === 'edit')
    return `opens ${item.command.ref.kind.toLowerCase()}/${item.command.ref.name} in the editor, as kubectl edit does`;
  switch (item.command.fault.action) {
    case 'stopNode':
      return item.command.fault.mode === 'network'
        ? 'simulated: the node is cut off, its containers keep running'
        : 'simulated: the machine loses power';
    case 'startNode':
      return 'simulated: the machine comes back';
    case 'crashContainer':
      return 'simulated: the process exits with code 1';
    case 'stopComponent':
      return 'simulated: the process stops';
    case 'startComponent':
      return 'simulated: the process starts again';
  }
}
