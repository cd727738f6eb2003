import { describe, expect, it } from 'vitest';
import {
  applyLine,
  documentNameProblem,
  documentOpened,
  previousRestored,
  editorChanged,
  filenameArgs,
  initialEditor,
  stdinFor,
} from './editor';
import type { LinkHandlers, PageMessage } from '../worker/protocol';
import { startSession } from './session';
import { clusterReset, createClusterStore, engineLost, initialClusterState } from './store';

const editor = { name: 'pod.yaml', text: 'kind: Pod\n' };

describe("-f reads the editor's document", () => {
  it.each([
    'kubectl create -f pod.yaml',
    'apply -f pod.yaml',
    'kubectl replace --filename=pod.yaml',
    'kubectl delete --filename pod.yaml',
    'kubectl create -f ./pod.yaml',
    'kubectl create -fpod.yaml',
    'kubectl apply -f -',
  ])('%s sends the text as stdin', (line) => {
    expect(stdinFor(line, editor)).toBe('kind: Pod\n');
  });

  it.each([
    'kubectl create -f other.yaml',
    'kubectl get pods',
    'kubectl create -f other.yaml,pod.yaml',
  ])('%s sends nothing, so the engine says the path does not exist', (line) => {
    expect(stdinFor(line, editor)).toBeUndefined();
  });

  it('lists every file a line names, comma lists included', () => {
    expect(filenameArgs('apply -f a.yaml,b.yaml --filename=c.json -f "d e.yaml"')).toEqual([
      'a.yaml',
      'b.yaml',
      'c.json',
      'd e.yaml',
    ]);
    expect(filenameArgs('exec web -- cat -f x')).toEqual([]);
  });

  it('applies through the console with the document name', () => {
    expect(applyLine({ name: 'redis-master.json' })).toBe('kubectl apply -f redis-master.json');
  });
});

describe('the editor document', () => {
  it('changes only what was changed, and keeps its identity when nothing was', () => {
    const next = editorChanged(initialEditor, { text: 'x' });
    expect(next).toEqual({ ...initialEditor, text: 'x' });
    expect(editorChanged(next, { text: 'x' })).toBe(next);
  });

  it("keeps the student's own text aside when an example replaces it, to bring it back", () => {
    const example = { name: 'redis-master.json', text: '{"kind": "Pod"}' };
    const mine = editorChanged(initialEditor, { name: 'mine.yaml', text: 'kind: Service\n' });
    const opened = editorChanged(mine, documentOpened(mine, example, [example.text]));
    expect(opened).toMatchObject({
      ...example,
      previous: { name: 'mine.yaml', text: 'kind: Service\n' },
    });
    // opening another example keeps the student's text, not the first example's
    const again = editorChanged(opened, documentOpened(opened, example, [example.text]));
    expect(again.previous).toEqual(opened.previous);
    const restored = editorChanged(again, previousRestored(again));
    expect(restored).toMatchObject({ name: 'mine.yaml', text: 'kind: Service\n', previous: null });
  });

  it('does not keep the starter text aside', () => {
    const opened = documentOpened(initialEditor, { name: 'a.yaml', text: 'x' }, []);
    expect(opened.previous).toBeNull();
  });

  it('names a file kubectl can read', () => {
    expect(documentNameProblem('pod.yaml')).toBeUndefined();
    expect(documentNameProblem('redis-master.json')).toBeUndefined();
    expect(documentNameProblem('')).toMatch(/needs a file name/);
    expect(documentNameProblem('my pod.yaml')).toMatch(/no spaces/);
    expect(documentNameProblem('pod.txt')).toMatch(/\.yaml/);
  });

  it('survives a cluster reset and a cluster host that dies', () => {
    const state = { ...initialClusterState(), editor: { ...initialEditor, text: 'mine' } };
    expect(clusterReset(state).editor.text).toBe('mine');
    expect(engineLost(state, 'the worker crashed').editor.text).toBe('mine');
    expect(engineLost(state, 'the worker crashed', false).editor.text).toBe('mine');
  });

  it('is changed through the session, and its text goes to the host as stdin', () => {
    const sent: PageMessage[] = [];
    const connect = (_: LinkHandlers) => ({ send: (m: PageMessage) => sent.push(m), close() {} });
    const store = createClusterStore();
    const session = startSession(store, {}, { connect, scheduleFrame: () => () => {} });
    session.editDocument({ text: 'kind: Pod\n' });
    const { editor } = store.getState();
    session.kubectl('kubectl create -f pod.yaml', stdinFor('kubectl create -f pod.yaml', editor));
    expect(sent.at(-1)).toMatchObject({
      type: 'kubectl',
      line: 'kubectl create -f pod.yaml',
      stdin: 'kind: Pod\n',
    });
    session.kubectl('kubectl get pods');
    expect(sent.at(-1)).not.toHaveProperty('stdin');
  });
});
