/**
 * The page's user intents as named actions (excalidraw's pattern): the same action backs a
 * button, a keyboard shortcut and the shortcut list, so they cannot drift apart.
 */
import type { Session } from '../state/session';

export interface ActionContext {
  session: Session;
  focusConsole(): void;
}

export interface PageAction {
  name: string;
  /** What the shortcut list says it does. */
  label: string;
  /** `KeyboardEvent.key` values that trigger it outside text fields. */
  keys: readonly string[];
  /** How the key is written for people. */
  keyLabel: string;
  perform(context: ActionContext): void;
}

export const focusConsole: PageAction = {
  name: 'focusConsole',
  label: 'type a kubectl command',
  keys: ['/'],
  keyLabel: '/',
  perform: (c) => c.focusConsole(),
};

export const togglePlay: PageAction = {
  name: 'togglePlay',
  label: 'pause or play the clock',
  keys: [' '],
  keyLabel: 'Space',
  perform: (c) => c.session.togglePlay(),
};

export const step: PageAction = {
  name: 'step',
  label: 'step to the next change',
  keys: ['.'],
  keyLabel: '.',
  perform: (c) => c.session.step(),
};

export const pageActions: readonly PageAction[] = [focusConsole, togglePlay, step];

/** The action a key press outside text fields asks for, if any. */
export function actionForKey(
  event: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'altKey'>,
): PageAction | undefined {
  if (event.ctrlKey || event.metaKey || event.altKey) return undefined;
  return pageActions.find((a) => a.keys.includes(event.key));
}
