import { useEffect } from 'react';
import { actionForKey, pageActions, type ActionContext, type PageAction } from './actions';

const TEXT_INPUTS = new Set(['INPUT', 'TEXTAREA', 'SELECT']);
const PRESSABLE_ROLES = '[role="menuitem"], [role="radio"], [role="tab"], [role="checkbox"]';
const NOT_TEXT = new Set(['checkbox', 'radio', 'button', 'submit', 'reset', 'range', 'color']);

/**
 * Whether the focused element keeps this key for itself. Text fields (the console, the editor,
 * the filters) keep every key: typing `s` there must never stop a node. Buttons, links and
 * menu items keep the keys that press them; an open menu keeps all (its arrows, Escape, …).
 */
export function ownsKey(target: EventTarget | null, key: string): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable || target.closest('[role="menu"]')) return true;
  if (TEXT_INPUTS.has(target.tagName)) {
    if (!(target instanceof HTMLInputElement) || !NOT_TEXT.has(target.type)) return true;
  }
  const pressable =
    target.tagName === 'BUTTON' ||
    target.tagName === 'A' ||
    target.tagName === 'INPUT' ||
    target.matches(PRESSABLE_ROLES);
  return pressable && (key === ' ' || key === 'Enter');
}

/** Run `actions` on their keys, anywhere on the page but where the focus owns the key. */
export function useKeyActions<C>(context: C, actions: readonly PageAction<C>[]): void {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent): void => {
      if (event.defaultPrevented || ownsKey(event.target, event.key)) return;
      const action = actionForKey(event, actions);
      if (!action) return;
      event.preventDefault();
      action.perform(context);
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [context, actions]);
}

/** The page's own shortcuts (`/`, Space, `.`, `]`). */
export function useShortcuts(context: ActionContext): void {
  useKeyActions(context, pageActions);
}
