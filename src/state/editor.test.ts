import { describe, expect, it } from 'vitest';
import {
  documentAdded,
  documentNameProblem,
  filenameArgs,
  initialEditor,
  selectDocumentNames,
  stdinFor,
  type EditorState,
} from './editor';
import type { LinkHandlers, PageMessage } from '../worker/protocol';
import { startSession } from './session';
import { clusterReset, createClusterStore, engineLost, initialClusterState } from './store';

const editor: EditorState = {
  ...initialEditor,
  documents: [
    { id: 'doc-1', name: 'pod.yaml', text: 'kind: Pod\n' },
    { id: 'doc-2', name: 'svc.yaml', text: 'kind: Service\n' },
  ],
  active: 'doc-1',
};

describe('-f reads the open documents', () => {
  it.each([
    'kubectl create -f pod.yaml',
    'apply -f pod.yaml',
    'kubectl replace --filename=pod.yaml',
    'kubectl delete --filename pod.yaml',
    'kubectl create -f ./pod.yaml',
    'kubectl create -fpod.yaml',
    'kubectl apply -f -',
  ])('%s sends pod.yaml (the active document) as stdin', (line) => {
    expect(stdinFor(line, editor)).toBe('kind: Pod\n');
  });

  it('reads a document that is open but not shown by its name', () => {
    expect(stdinFor('kubectl apply -f svc.yaml', editor)).toBe('kind: Service\n');
    // `-f -` is stdin: the shown document
    expect(stdinFor('kubectl apply -f -', { ...editor, active: 'doc-2' })).toBe('kind: Service\n');
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

  it("offers every open document's name to -f completion, stably", () => {
    const state = { ...initialClusterState(), editor };
    expect(selectDocumentNames(state)).toEqual(['pod.yaml', 'svc.yaml']);
    expect(selectDocumentNames(state)).toBe(selectDocumentNames(state));
  });
});

describe('the editor', () => {
  it('names a file kubectl can read', () => {
    expect(documentNameProblem('pod.yaml')).toBeUndefined();
    expect(documentNameProblem('redis-master.json')).toBeUndefined();
    expect(documentNameProblem('')).toMatch(/needs a file name/);
    expect(documentNameProblem('my pod.yaml')).toMatch(/no spaces/);
    expect(documentNameProblem('pod.txt')).toMatch(/\.yaml/);
  });

  it('survives a cluster reset and a cluster host that dies', () => {
    const mine = documentAdded(initialEditor, { name: 'mine.yaml', text: 'mine' }).state;
    const state = { ...initialClusterState(), editor: mine };
    expect(clusterReset(state).editor).toBe(mine);
    expect(engineLost(state, 'the worker crashed').editor).toBe(mine);
    expect(engineLost(state, 'the worker crashed', false).editor).toBe(mine);
  });

  it('is changed through the session, and a document goes to the host as stdin', () => {
    const sent: PageMessage[] = [];
    const connect = (_: LinkHandlers) => ({ send: (m: PageMessage) => sent.push(m), close() {} });
    const store = createClusterStore();
    const session = startSession(store, {}, { connect, scheduleFrame: () => () => {} });
    session.editDocument({ text: 'kind: Pod\n' });
    const id = session.openDocument({ name: 'svc.yaml', text: 'kind: Service\n' });
    expect(id).toBe('doc-2');
    const { editor } = store.getState();
    session.kubectl('kubectl create -f pod.yaml', stdinFor('kubectl create -f pod.yaml', editor));
    expect(sent.at(-1)).toMatchObject({
      type: 'kubectl',
      line: 'kubectl create -f pod.yaml',
      stdin: 'kind: Pod\n',
    });
    void session.runDocumentAction('apply');
    expect(sent.at(-1)).toMatchObject({
      type: 'kubectl',
      line: 'kubectl apply -f svc.yaml',
      stdin: 'kind: Service\n',
    });
    session.kubectl('kubectl get pods');
    expect(sent.at(-1)).not.toHaveProperty('stdin');
  });
});
