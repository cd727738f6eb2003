import { useEffect } from 'react';
import { actionForKey, type ActionContext } from './actions';

/** Targets that keep their keys: typing `/` or Space there must not trigger an action. */
function ownsKeys(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  return ['INPUT', 'TEXTAREA', 'SELECT', 'BUTTON', 'A'].includes(target.tagName);
}

export function useShortcuts(context: ActionContext): void {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent): void => {
      if (event.defaultPrevented || ownsKeys(event.target)) return;
      const action = actionForKey(event);
      if (!action) return;
      event.preventDefault();
      action.perform(context);
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [context]);
}
