import { useCallback, useEffect, useMemo, useState } from 'react';
import { useCluster, useClusterShallow, useSession } from '../../state/context';
import {
  faultItems,
  targetFacts,
  targetFrom,
  targetName,
  type FaultItem,
} from '../../state/faults';
import type { ObjectRef } from '../../state/store';
import { anchorOf } from '../../state/inspector';
import { objectActions, type ObjectActionContext } from '../actions';
import { useKeyActions } from '../useShortcuts';
import { drawnElementOf, elementOfRef, refOfElement } from './drawnRef';
import { FaultMenuPopup, type MenuAnchor } from './FaultMenuPopup';
import './faultMenu.css';

interface OpenMenu {
  ref: ObjectRef;
  anchor: MenuAnchor;
  /** Where the focus goes back to when the menu closes. */
  opener: HTMLElement | null;
}

/** Kinds the menu has items for; a right-click elsewhere keeps the browser's own menu. */
const MENU_KINDS = new Set(['Node', 'Pod', 'Container', 'Component']);

/**
 * Faults within reach: a right-click (or the ContextMenu key, Shift+F10) on any drawn object
 * opens its menu, and the object shortcuts (`s`, `c`, `d`, Delete, `x`, `m`) run the same items
 * on the selected object. kubectl-backed items go through the console, so the student sees
 * the command and its output; the others through `session.fault`, whose errors show here.
 */
export function FaultMenu() {
  const session = useSession();
  const era = useCluster((s) => s.cluster?.era ?? 'modern');
  const selected = useCluster((s) => s.ui.selected);
  const [menu, setMenu] = useState<OpenMenu | null>(null);
  const [problem, setProblem] = useState<string | null>(null);

  const subject = menu?.ref ?? selected;
  const facts = useClusterShallow((s) => targetFacts(s, subject));
  const target = useMemo(() => targetFrom(subject, facts), [subject, facts]);
  const items = useMemo(() => (target ? faultItems(target, era) : []), [target, era]);

  const run = useCallback(
    (item: FaultItem) => {
      if (item.command.type === 'kubectl') {
        session.kubectl(item.command.line);
        return;
      }
      setProblem(null);
      if (item.command.type === 'edit') {
        session.editLive(item.command.ref).catch((error: unknown) => {
          setProblem(
            `${item.label} failed: ${error instanceof Error ? error.message : String(error)}`,
          );
        });
        return;
      }
      session.fault(item.command.fault).catch((error: unknown) => {
        setProblem(
          `${item.label} failed: ${error instanceof Error ? error.message : String(error)}`,
        );
      });
    },
    [session],
  );

  const open = useCallback((ref: ObjectRef, anchor: MenuAnchor, opener: HTMLElement | null) => {
    setMenu({ ref, anchor, opener });
  }, []);

  const close = useCallback(
    (restoreFocus: boolean) => {
      const opener = menu?.opener;
      setMenu(null);
      if (restoreFocus && opener?.isConnected) opener.focus();
    },
    [menu],
  );

  // right-click and the keyboard's menu keys, by delegation on whatever the picture draws
  useEffect(() => {
    const openOn = (element: HTMLElement, anchor: MenuAnchor | null): boolean => {
      const ref = refOfElement(element);
      if (!ref || !MENU_KINDS.has(ref.kind)) return false;
      const box = element.getBoundingClientRect();
      open(ref, anchor ?? { x: box.left + 8, y: box.bottom + 2 }, element);
      return true;
    };
    /** The object itself, or the nearest drawn object around it that has a menu (a kubelet → its node). */
    const openNearest = (target: EventTarget | null, anchor: MenuAnchor | null): boolean => {
      for (let element = drawnElementOf(target); element;) {
        if (openOn(element, anchor)) return true;
        element = drawnElementOf(element.parentElement);
      }
      return false;
    };
    const onContextMenu = (event: MouseEvent): void => {
      // a menu key press arrives as a contextmenu at (0, 0): anchor on the object instead
      const fromKeyboard = event.button !== 2 || (event.clientX === 0 && event.clientY === 0);
      const anchor = fromKeyboard ? null : { x: event.clientX, y: event.clientY };
      if (openNearest(event.target, anchor)) event.preventDefault();
    };
    const onKeyDown = (event: KeyboardEvent): void => {
      if (event.key !== 'ContextMenu' && !(event.shiftKey && event.key === 'F10')) return;
      if (openNearest(event.target, null)) event.preventDefault();
    };
    document.addEventListener('contextmenu', onContextMenu);
    document.addEventListener('keydown', onKeyDown);
    return () => {
      document.removeEventListener('contextmenu', onContextMenu);
      document.removeEventListener('keydown', onKeyDown);
    };
  }, [open]);

  // a press outside the open menu closes it
  useEffect(() => {
    if (!menu) return;
    const onPointerDown = (event: PointerEvent): void => {
      if (event.target instanceof Element && event.target.closest('.fault-menu')) return;
      setMenu(null);
    };
    document.addEventListener('pointerdown', onPointerDown);
    return () => document.removeEventListener('pointerdown', onPointerDown);
  }, [menu]);

  // a problem is read once, then fades
  useEffect(() => {
    if (!problem) return;
    const timer = setTimeout(() => setProblem(null), 8_000);
    return () => clearTimeout(timer);
  }, [problem]);

  const shortcutContext = useMemo<ObjectActionContext>(
    () => ({
      items: menu ? [] : items,
      run,
      openMenu() {
        if (!selected || !MENU_KINDS.has(selected.kind)) return;
        const element = elementOfRef(selected);
        const box = element?.getBoundingClientRect();
        const anchor = box
          ? { x: box.left + 8, y: box.bottom + 2 }
          : { x: window.innerWidth / 2, y: window.innerHeight / 3 };
        open(selected, anchor, element ?? (document.activeElement as HTMLElement | null));
      },
      edit() {
        const object = selected ? anchorOf(selected) : null;
        if (!object) return;
        const slash = object.id.lastIndexOf('/');
        void session
          .editLive({
            kind: object.kind,
            name: object.id.slice(slash + 1),
            ...(slash >= 0 && { namespace: object.id.slice(0, slash) }),
          })
          .catch((error: unknown) =>
            setProblem(String(error instanceof Error ? error.message : error)),
          );
      },
    }),
    [items, menu, run, open, selected, session],
  );
  useKeyActions(shortcutContext, objectActions);

  return (
    <>
      {menu && (
        <FaultMenuPopup
          title={target ? targetName(target) : `${menu.ref.kind} ${menu.ref.id}`}
          items={items}
          anchor={menu.anchor}
          onRun={(item) => {
            close(true);
            run(item);
          }}
          onClose={close}
        />
      )}
      {problem && (
        <div className="fault-toast" role="alert">
          <span aria-hidden="true">✕</span>
          <p>{problem}</p>
          <button type="button" className="control" onClick={() => setProblem(null)}>
            Dismiss
          </button>
        </div>
      )}
    </>
  );
}
