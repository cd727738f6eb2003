import { describe, expect, it, vi } from 'vitest';
import { faultItems, type FaultItem } from '../state/faults';
import {
  actionForKey,
  objectActions,
  pageActions,
  shortcutGroups,
  type ObjectActionContext,
} from './actions';

const key = (k: string, mods: Partial<Record<'ctrlKey' | 'metaKey' | 'altKey', boolean>> = {}) => ({
  key: k,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  ...mods,
});

function context(items: readonly FaultItem[]): ObjectActionContext & { ran: string[] } {
  const ran: string[] = [];
  return { items, ran, run: (item) => ran.push(item.id), openMenu: vi.fn(), edit: vi.fn() };
}

const node = faultItems({ kind: 'Node', name: 'node-2', power: 'on', cordoned: false }, 'modern');
const pod = faultItems(
  {
    kind: 'Pod',
    namespace: 'default',
    name: 'web',
    containers: [
      { name: 'web', running: true },
      { name: 'log', running: true },
    ],
  },
  'modern',
);

describe('object shortcuts', () => {
  it.each([
    ['s', node, 'stopNode'],
    ['c', node, 'cordon'],
    ['d', node, 'drain'],
    ['Delete', pod, 'deletePod'],
    ['Backspace', pod, 'deletePod'],
    ['x', pod, 'crash:web'],
  ])('%s runs %s’s item %s', (k, items, id) => {
    const c = context(items);
    actionForKey(key(k), objectActions)?.perform(c);
    expect(c.ran).toEqual([id]);
  });

  it('do nothing when the selected object has no such item (x on a node, Delete on a node)', () => {
    const c = context(node);
    actionForKey(key('x'), objectActions)?.perform(c);
    actionForKey(key('Delete'), objectActions)?.perform(c);
    expect(c.ran).toEqual([]);
  });

  it('leave Ctrl, Cmd and Alt combinations to the browser', () => {
    expect(actionForKey(key('s', { ctrlKey: true }), objectActions)).toBeUndefined();
    expect(actionForKey(key('d', { metaKey: true }), objectActions)).toBeUndefined();
  });

  it('m opens the menu', () => {
    const c = context(node);
    actionForKey(key('m'), objectActions)?.perform(c);
    expect(c.openMenu).toHaveBeenCalledOnce();
  });
});

describe('the shortcut list', () => {
  it('lists every key once', () => {
    const keys = [...pageActions, ...objectActions].flatMap((a) => a.keys);
    expect(new Set(keys).size).toBe(keys.length);
    const listed = shortcutGroups.flatMap((g) => g.actions.map((a) => a.name));
    expect(listed).toEqual(
      expect.arrayContaining([...pageActions, ...objectActions].map((a) => a.name)),
    );
    expect(listed).toContain('toggleShortcutList');
  });

  it('keeps the page’s first shortcuts: / console, Space play, . step, ] next event', () => {
    expect(['/', ' ', '.', ']'].map((k) => actionForKey(key(k), pageActions)?.name)).toEqual([
      'focusConsole',
      'togglePlay',
      'step',
      'skipToNextEvent',
    ]);
  });
});
