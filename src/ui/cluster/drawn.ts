/**
 * Every object the picture draws follows one contract (DESIGN.md): an accessible name that
 * starts `Kind name`, `data-kind`/`data-name`/`data-status`, focusable, selected by click or
 * Enter, hovered by pointer or focus. The attributes come from `drawnAttributes`; the gestures
 * are delegated once to the picture's content (one listener for a thousand pods), which finds
 * the object by its `data-ref` (the store's id for it: `namespace/name`, a node's name…).
 */
import type { FocusEvent, KeyboardEvent, MouseEvent, PointerEvent } from 'react';
import type { Session } from '../../state/session';
import type { Tone } from './statusLook';

export interface Drawn {
  kind: string;
  name: string;
  /** The store's id of the object (ObjectRef.id). */
  ref: string;
  status: string;
  /** Accessible name; must start with `${kind} ${name}`. */
  label: string;
  tone: Tone;
  selected: boolean;
  highlighted: boolean;
}

export function drawnAttributes(d: Drawn) {
  return {
    role: 'group',
    tabIndex: 0,
    'aria-label': d.label,
    'aria-current': d.selected ? ('true' as const) : undefined,
    'data-kind': d.kind,
    'data-name': d.name,
    'data-ref': d.ref,
    'data-status': d.status,
    'data-tone': d.tone,
    'data-selected': d.selected ? 'true' : undefined,
    'data-highlighted': d.highlighted ? 'true' : undefined,
  };
}

/** The drawn object of ours an event happened in (others' objects carry no `data-ref`). */
function drawnAt(target: EventTarget | null): HTMLElement | null | 'foreign' {
  if (!(target instanceof Element)) return null;
  const element = target.closest<HTMLElement>('[data-kind]');
  if (!element) return null;
  return element.dataset.ref === undefined ? 'foreign' : element;
}

const FOCUSABLE = '[data-kind][data-ref][tabindex]';

/**
 * Handlers for the picture's content element. `session.hover` is called only when what is
 * pointed at changes, so moving over one pod does not churn the store.
 */
export function pictureGestures(session: Session, zoom: { in(): void; out(): void; fit(): void }) {
  /** What we last announced: a drawn object's key, null (nothing), undefined (not known). */
  let hovered: string | null | undefined = null;
  const hover = (element: HTMLElement | null): void => {
    const key = element ? `${element.dataset.kind}\u0000${element.dataset.ref}` : null;
    if (key === hovered) return;
    hovered = key;
    session.hover(
      element
        ? { type: 'object', kind: element.dataset.kind ?? '', id: element.dataset.ref ?? '' }
        : null,
    );
  };
  const select = (element: HTMLElement): void =>
    session.select({ kind: element.dataset.kind ?? '', id: element.dataset.ref ?? '' });

  return {
    onClick(event: MouseEvent) {
      const element = drawnAt(event.target);
      if (element instanceof HTMLElement) select(element);
    },
    onPointerOver(event: PointerEvent) {
      const element = drawnAt(event.target);
      // another component's object (a Service…) sets the hover itself; forget ours so the
      // next object of ours is announced again
      if (element === 'foreign') hovered = undefined;
      else hover(element);
    },
    onPointerLeave() {
      if (hovered) hover(null);
      hovered = null;
    },
    onFocus(event: FocusEvent) {
      const element = drawnAt(event.target);
      if (element === 'foreign') hovered = undefined;
      else hover(element);
    },
    onBlur(event: FocusEvent) {
      const next = event.relatedTarget;
      if (!(next instanceof Node) || !event.currentTarget.contains(next)) {
        if (hovered) hover(null);
        hovered = null;
      }
    },
    onKeyDown(event: KeyboardEvent<HTMLElement>) {
      if (event.altKey || event.metaKey || event.ctrlKey) return;
      const target = event.target as Element;
      if (target.closest('input, textarea, select, [contenteditable="true"]')) return;
      const element = drawnAt(target);
      if (event.key === 'Enter' && element instanceof HTMLElement && element === target) {
        event.preventDefault();
        select(element);
        return;
      }
      if (event.key === '+' || event.key === '=') zoom.in();
      else if (event.key === '-' || event.key === '_') zoom.out();
      else if (event.key === '0') zoom.fit();
      else if (element instanceof HTMLElement && element === target && ARROWS[event.key]) {
        const all = [...event.currentTarget.querySelectorAll<HTMLElement>(FOCUSABLE)];
        const next = all[all.indexOf(element) + (ARROWS[event.key] ?? 0)];
        next?.focus();
      } else return;
      event.preventDefault();
    },
  };
}

/** Arrow keys walk the drawn objects in reading order: master, nodes and their pods, pending. */
const ARROWS: Record<string, number> = {
  ArrowRight: 1,
  ArrowDown: 1,
  ArrowLeft: -1,
  ArrowUp: -1,
};
