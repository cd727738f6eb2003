import { describe, expect, it } from 'vitest';
import {
  MAX_CLOSED,
  STARTER_MANIFEST,
  activeDocument,
  closedReopened,
  documentActivated,
  documentAdded,
  documentClosed,
  documentEdited,
  documentMoved,
  initialEditor,
  languageOf,
  uniqueName,
  type EditorState,
} from './documents';

const open = (state: EditorState, name: string, text = name, activate = true) =>
  documentAdded(state, { name, text }, activate);

describe('the editor documents', () => {
  it('start as the starter pod.yaml on a first visit', () => {
    expect(initialEditor.documents).toEqual([
      { id: 'doc-1', name: 'pod.yaml', text: STARTER_MANIFEST },
    ]);
    expect(activeDocument(initialEditor).name).toBe('pod.yaml');
  });

  it('speak YAML unless the file name ends in .json', () => {
    expect(languageOf({ name: 'pod.yaml' })).toBe('yaml');
    expect(languageOf({ name: 'redis-master.JSON' })).toBe('json');
    expect(languageOf({ name: 'notes.yml' })).toBe('yaml');
  });

  it('open in a new tab after the active one, with a fresh id, and show it', () => {
    const a = open(initialEditor, 'a.yaml');
    const b = open(documentActivated(a.state, 'doc-1'), 'b.yaml');
    expect(b.state.documents.map((d) => d.name)).toEqual(['pod.yaml', 'b.yaml', 'a.yaml']);
    expect([a.id, b.id]).toEqual(['doc-2', 'doc-3']);
    expect(b.state.active).toBe('doc-3');
    expect(open(initialEditor, 'c.yaml', 'x', false).state.active).toBe('doc-1');
  });

  it('give a name already open -2, -3 before the extension', () => {
    let state = open(initialEditor, 'pod.yaml', 'one').state;
    state = open(state, 'pod.yaml', 'two').state;
    expect(state.documents.map((d) => d.name)).toEqual(['pod.yaml', 'pod-2.yaml', 'pod-3.yaml']);
    expect(uniqueName('list', ['list'])).toBe('list-2');
  });

  it('show the open tab when the same example is opened again, keeping its edits', () => {
    const first = open(initialEditor, 'redis-master.json', '{}');
    const again = open(documentActivated(first.state, 'doc-1'), 'redis-master.json', '{}');
    expect(again.id).toBe(first.id);
    expect(again.state.active).toBe(first.id);
    expect(again.state.documents).toHaveLength(2);
    // once edited it is the student's own: the example opens beside it
    const edited = documentEdited(first.state, first.id, { text: '{"kind":"Pod"}' });
    expect(open(edited, 'redis-master.json', '{}').state.documents.map((d) => d.name)).toEqual([
      'pod.yaml',
      'redis-master.json',
      'redis-master-2.json',
    ]);
  });

  it('show the tab of a live object already open instead of a second copy', () => {
    const live = { kind: 'Pod', namespace: 'default', name: 'web' };
    const first = documentAdded(initialEditor, { name: 'pod-web.yaml', text: 'a', live });
    const again = documentAdded(first.state, { name: 'pod-web.yaml', text: 'b', live });
    expect(again.id).toBe(first.id);
    expect(again.state.documents.find((d) => d.id === first.id)?.text).toBe('a');
  });

  it('unfold the editor when something opens', () => {
    const folded = { ...initialEditor, collapsed: true };
    expect(open(folded, 'a.yaml').state.collapsed).toBe(false);
    expect(open(folded, 'a.yaml', 'a', false).state.collapsed).toBe(true);
  });

  it('edit one document, keeping identity when nothing changed', () => {
    const next = documentEdited(initialEditor, 'doc-1', { text: 'kind: Pod\n' });
    expect(activeDocument(next).text).toBe('kind: Pod\n');
    expect(documentEdited(next, 'doc-1', { text: 'kind: Pod\n' })).toBe(next);
    expect(documentEdited(next, 'doc-404', { text: 'x' })).toBe(next);
  });

  it('rename to a name another tab has as the next free one, so -f stays unambiguous', () => {
    const state = open(initialEditor, 'svc.yaml').state;
    const renamed = documentEdited(state, 'doc-2', { name: 'pod.yaml' });
    expect(renamed.documents.map((d) => d.name)).toEqual(['pod.yaml', 'pod-2.yaml']);
    // renaming a document to its own name is no change
    expect(documentEdited(state, 'doc-1', { name: 'pod.yaml' })).toBe(state);
  });

  it('close a tab into the closed list, showing its right neighbour (or left at the end)', () => {
    let state = open(initialEditor, 'a.yaml').state;
    state = open(state, 'b.yaml').state; // pod, a, b; b active
    const middle = documentClosed(documentActivated(state, 'doc-2'), 'doc-2');
    expect(middle.active).toBe('doc-3');
    expect(middle.closed.map((d) => d.name)).toEqual(['a.yaml']);
    const last = documentClosed(state, 'doc-3');
    expect(last.active).toBe('doc-2');
    // closing a tab that is not shown keeps the shown one
    expect(documentClosed(state, 'doc-1').active).toBe('doc-3');
  });

  it('leave an empty untitled.yaml when the last tab closes, with a new id', () => {
    const state = documentClosed(initialEditor, 'doc-1');
    expect(state.documents).toEqual([{ id: 'doc-2', name: 'untitled.yaml', text: '' }]);
    expect(state.active).toBe('doc-2');
    expect(state.closed[0]?.text).toBe(STARTER_MANIFEST);
    // an empty document closed is not kept
    expect(documentClosed(state, 'doc-2').closed).toHaveLength(1);
  });

  it('reopen the newest closed tab, replacing the empty untitled placeholder', () => {
    const closed = documentClosed(initialEditor, 'doc-1');
    const { state, id } = closedReopened(closed);
    expect(id).toBe('doc-1');
    expect(state.documents.map((d) => d.name)).toEqual(['pod.yaml']);
    expect(state.closed).toEqual([]);
    expect(closedReopened(state).id).toBeUndefined();
  });

  it('reopen under a new name when its name was taken meanwhile', () => {
    let state = open(initialEditor, 'a.yaml').state;
    state = documentClosed(state, 'doc-2');
    state = open(state, 'a.yaml', 'other').state;
    const back = closedReopened(state);
    expect(back.state.documents.map((d) => d.name)).toEqual(['pod.yaml', 'a.yaml', 'a-2.yaml']);
    expect(back.state.active).toBe('doc-2');
  });

  it(`keep at most ${MAX_CLOSED} closed tabs, newest first`, () => {
    let state = initialEditor;
    for (let i = 0; i < MAX_CLOSED + 2; i++) {
      const opened = open(state, `d${i}.yaml`);
      state = documentClosed(opened.state, opened.id);
    }
    expect(state.closed).toHaveLength(MAX_CLOSED);
    expect(state.closed[0]?.name).toBe(`d${MAX_CLOSED + 1}.yaml`);
  });

  it('move a tab, clamped to the ends', () => {
    let state = open(initialEditor, 'a.yaml').state;
    state = open(state, 'b.yaml').state;
    const names = (s: EditorState) => s.documents.map((d) => d.name);
    expect(names(documentMoved(state, 'doc-3', 0))).toEqual(['b.yaml', 'pod.yaml', 'a.yaml']);
    expect(names(documentMoved(state, 'doc-1', 99))).toEqual(['a.yaml', 'b.yaml', 'pod.yaml']);
    expect(documentMoved(state, 'doc-1', 0)).toBe(state);
  });
});
