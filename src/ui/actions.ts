/**
 * The page's user intents as named actions (excalidraw's pattern): the same action backs a
 * button, a keyboard shortcut and the shortcut list, so they cannot drift apart. Page actions
 * act on the clock and the console; object actions on the selected object, through the same
 * items its fault menu offers (src/state/faults.ts decides which).
 */
import { itemForShortcut, type FaultItem, type FaultShortcut } from '../state/faults';
import type { Session } from '../state/session';
import { nextLoopMessage } from './loop/loopActions';

export interface ActionContext {
  session: Session;
  focusConsole(): void;
}

/** What object actions need: the selected object's menu items, and a way to run them. */
export interface ObjectActionContext {
  /** The selected object's fault menu items (empty when nothing with faults is selected). */
  items: readonly FaultItem[];
  run(item: FaultItem): void;
  /** Open the fault menu on the selected object. */
  openMenu(): void;
  /** Open the selected object in the manifest editor as YAML (kubectl edit). */
  edit(): void;
}

export interface ShortcutListContext {
  toggleShortcutList(): void;
}

/** How the shortcut list shows an action. */
export interface ShortcutInfo {
  name: string;
  /** What the shortcut list says it does. */
  label: string;
  /** How the key is written for people. */
  keyLabel: string;
}

export interface PageAction<C = ActionContext> extends ShortcutInfo {
  /** `KeyboardEvent.key` values that trigger it outside text fields. */
  keys: readonly string[];
  perform(context: C): void;
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

export const skipToNextEvent: PageAction = {
  name: 'skipToNextEvent',
  label: 'skip to the next event',
  keys: [']'],
  keyLabel: ']',
  perform: (c) => c.session.skipToNextEvent(),
};

export const pageActions: readonly PageAction[] = [focusConsole, togglePlay, step, skipToNextEvent];

function runShortcut(c: ObjectActionContext, shortcut: FaultShortcut): void {
  const item = itemForShortcut(c.items, shortcut);
  if (item) c.run(item);
}

export const stopStart: PageAction<ObjectActionContext> = {
  name: 'stopStart',
  label: 'stop or start the selected node or component',
  keys: ['s'],
  keyLabel: 's',
  perform: (c) => runShortcut(c, 'stopStart'),
};

export const cordon: PageAction<ObjectActionContext> = {
  name: 'cordon',
  label: 'cordon or uncordon the selected node',
  keys: ['c'],
  keyLabel: 'c',
  perform: (c) => runShortcut(c, 'cordon'),
};

export const drain: PageAction<ObjectActionContext> = {
  name: 'drain',
  label: 'drain the selected node',
  keys: ['d'],
  keyLabel: 'd',
  perform: (c) => runShortcut(c, 'drain'),
};

export const deletePod: PageAction<ObjectActionContext> = {
  name: 'deletePod',
  label: 'delete the selected pod',
  keys: ['Delete', 'Backspace'],
  keyLabel: 'Delete',
  perform: (c) => runShortcut(c, 'deletePod'),
};

export const crashContainer: PageAction<ObjectActionContext> = {
  name: 'crashContainer',
  label: 'crash the selected container (a pod’s first)',
  keys: ['x'],
  keyLabel: 'x',
  perform: (c) => runShortcut(c, 'crash'),
};

export const openFaultMenu: PageAction<ObjectActionContext> = {
  name: 'openFaultMenu',
  label: 'open the selected object’s fault menu (or right-click, Shift+F10)',
  keys: ['m'],
  keyLabel: 'm',
  perform: (c) => c.openMenu(),
};

export const editObject: PageAction<ObjectActionContext> = {
  name: 'editObject',
  label: 'edit the selected object’s YAML in the editor (kubectl edit)',
  keys: ['e'],
  keyLabel: 'e',
  perform: (c) => c.edit(),
};

export const objectActions: readonly PageAction<ObjectActionContext>[] = [
  stopStart,
  cordon,
  drain,
  deletePod,
  crashContainer,
  openFaultMenu,
  editObject,
];

export const toggleShortcutList: PageAction<ShortcutListContext> = {
  name: 'toggleShortcutList',
  label: 'show all shortcuts',
  keys: ['?'],
  keyLabel: '?',
  perform: (c) => c.toggleShortcutList(),
};

/** Every shortcut, grouped as the shortcut list shows them. */
export const shortcutGroups: readonly { title: string; actions: readonly ShortcutInfo[] }[] = [
  { title: 'Page', actions: [...pageActions, toggleShortcutList] },
  { title: 'Selected object', actions: objectActions },
  { title: 'Control loop', actions: [nextLoopMessage] },
];

/** The action a key press outside text fields asks for, if any. */
export function actionForKey<C>(
  event: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'altKey'>,
  actions: readonly PageAction<C>[],
): PageAction<C> | undefined {
  if (event.ctrlKey || event.metaKey || event.altKey) return undefined;
  return actions.find((a) => a.keys.includes(event.key));
}
