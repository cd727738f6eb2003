/**
 * Pointing at a drawn object: hover or focus tells the store (the picture highlights what the
 * object selects), click or Enter selects it for the Inspector. Shared by the Service and
 * controller boxes; label chips inside a box take the hover over while the pointer is on them.
 */
import { useMemo, type FocusEvent, type KeyboardEvent, type MouseEvent } from 'react';
import { useSession } from '../../state/context';
import type { ClusterState, HoverTarget } from '../../state/store';

export interface Pointing {
  onMouseOver(event: MouseEvent): void;
  onMouseLeave(): void;
  onFocus(event: FocusEvent<HTMLElement>): void;
  onBlur(event: FocusEvent<HTMLElement>): void;
  onClick(event: MouseEvent): void;
  onKeyDown(event: KeyboardEvent<HTMLElement>): void;
}

export function usePointing(kind: string, id: string): Pointing {
  const session = useSession();
  return useMemo(() => {
    // one target object per box, so the store sees the same hover while it lasts
    const target: HoverTarget = { type: 'object', kind, id };
    // a box inside another (a Deployment's ReplicaSet) is pointed at, not its container
    return {
      onMouseOver(event) {
        event.stopPropagation();
        session.hover(target);
      },
      onMouseLeave: () => session.hover(null),
      onFocus(event) {
        event.stopPropagation();
        session.hover(target);
      },
      onBlur(event) {
        if (!event.currentTarget.contains(event.relatedTarget)) session.hover(null);
      },
      onClick(event) {
        event.stopPropagation();
        session.select({ kind, id });
      },
      onKeyDown(event) {
        if (event.key === 'Enter' && event.target === event.currentTarget) {
          event.preventDefault();
          session.select({ kind, id });
        }
      },
    };
  }, [session, kind, id]);
}

/** Whether the Inspector shows this object. */
export const selectIsSelected =
  (kind: string, id: string) =>
  (s: ClusterState): boolean =>
    s.ui.selected?.kind === kind && s.ui.selected.id === id;
