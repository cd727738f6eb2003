import { describe, expect, it } from 'vitest';
import { createCluster } from '../engine';
import { convertedDocument, documentConverted, documentValues } from './convert';
import { initialEditor, type EditorState } from './documents';

const COMMENTED = `# the web pod (comments survive a trip through JSON)
apiVersion: v1
kind: Pod
metadata:
  name: web # its name
spec:
  containers:
  - name: web
    image: nginx:1.27
`;

const TWO = `apiVersion: v1
kind: Pod
metadata:
  name: a
spec:
  containers:
  - name: a
    image: nginx
---
apiVersion: v1
kind: Service
metadata:
  name: a
spec:
  ports:
  - port: 80
`;

function convert(name: string, text: string, to: 'json' | 'yaml', yamlSource?: string) {
  const result = convertedDocument({ name, text, ...(yamlSource ? { yamlSource } : {}) }, to);
  if (!result.ok) throw new Error(result.error);
  return result;
}

describe('switching a document between YAML and JSON', () => {
  it('turns YAML into indented JSON and renames the file', () => {
    const json = convert('pod.yaml', COMMENTED, 'json');
    expect(json.name).toBe('pod.json');
    expect(JSON.parse(json.text)).toEqual({
      apiVersion: 'v1',
      kind: 'Pod',
      metadata: { name: 'web' },
      spec: { containers: [{ name: 'web', image: 'nginx:1.27' }] },
    });
    expect(json.text).toMatch(/^{\n {2}"apiVersion": "v1",/);
  });

  it('restores the YAML exactly, comments and all, when the data did not change', () => {
    const json = convert('pod.yaml', COMMENTED, 'json');
    const back = convert(
      json.name,
      json.text.replace(/\n {4}/g, '\n      '),
      'yaml',
      json.yamlSource,
    );
    expect(back).toMatchObject({ name: 'pod.yaml', text: COMMENTED });
  });

  it('writes fresh YAML in kubectl style when the JSON data changed', () => {
    const json = convert('pod.yaml', COMMENTED, 'json');
    const back = convert(
      json.name,
      json.text.replace('nginx:1.27', 'nginx:1.28'),
      'yaml',
      json.yamlSource,
    );
    expect(back.text).toBe(`apiVersion: v1
kind: Pod
metadata:
  name: web
spec:
  containers:
  - name: web
    image: nginx:1.28
`);
  });

  it('makes several YAML documents one JSON List, which kubectl unpacks, and splits it back', () => {
    const json = convert('app.yaml', TWO, 'json');
    const list = JSON.parse(json.text) as { kind: string; items: { kind: string }[] };
    expect(list.kind).toBe('List');
    expect(list.items.map((i) => i.kind)).toEqual(['Pod', 'Service']);
    for (const era of ['modern', '2015'] as const) {
      const result = createCluster({ era, seed: 1 }).kubectl('apply -f app.json', json.text);
      expect(result.exitCode).toBe(0);
      expect(result.stdout.split('\n').filter(Boolean)).toHaveLength(2);
    }
    const edited = json.text.replace('"port": 80', '"port": 81');
    const back = convert(json.name, edited, 'yaml', json.yamlSource);
    expect(back.text).toBe(TWO.replace('port: 80', 'port: 81'));
  });

  it('reads a JSON stream of objects, as kubectl does, into YAML documents', () => {
    const back = convert('two.json', '{"kind": "Pod"}\n{"kind": "Service"}\n', 'yaml');
    expect(back.text).toBe('kind: Pod\n---\nkind: Service\n');
  });

  it('reads YAML as kubectl does (1.1) and quotes what kubectl would read otherwise', () => {
    const json = convert('a.yaml', 'a: yes\nb: 0755\nc: 2015-08-04\nd: "on"\n', 'json');
    expect(JSON.parse(json.text)).toEqual({ a: true, b: 493, c: '2015-08-04', d: 'on' });
    expect(convert('a.json', '{"a": "yes", "b": "0755", "c": ""}', 'yaml').text).toBe(
      'a: "yes"\nb: "0755"\nc: ""\n',
    );
  });

  it('says where a text that does not parse goes wrong, and changes nothing', () => {
    const yaml = convertedDocument({ name: 'a.yaml', text: 'a: [1\n' }, 'json');
    expect(yaml).toEqual({
      ok: false,
      error: expect.stringMatching(/^the YAML does not parse \(line 2, column 1\): /),
    });
    const json = convertedDocument({ name: 'a.json', text: '{"a": }' }, 'yaml');
    expect(json).toEqual({ ok: false, error: expect.stringMatching(/^the JSON does not parse: /) });
    const state: EditorState = {
      ...initialEditor,
      documents: [{ id: 'doc-1', name: 'a.yaml', text: 'a: [1\n' }],
    };
    expect(documentConverted(state, 'doc-1', 'json')).toEqual({ error: expect.any(String) });
  });

  it('keeps the YAML beside the converted document, and takes the next free name', () => {
    const state: EditorState = {
      ...initialEditor,
      documents: [
        { id: 'doc-1', name: 'pod.yaml', text: COMMENTED },
        { id: 'doc-2', name: 'pod.json', text: '{}' },
      ],
    };
    const converted = documentConverted(state, 'doc-1', 'json');
    if (!('state' in converted)) throw new Error(converted.error);
    expect(converted.state.documents[0]).toMatchObject({
      name: 'pod-2.json',
      yamlSource: COMMENTED,
    });
    const back = documentConverted(converted.state, 'doc-1', 'yaml');
    if (!('state' in back)) throw new Error(back.error);
    expect(back.state.documents[0]).toEqual({ id: 'doc-1', name: 'pod-2.yaml', text: COMMENTED });
    // converting to the language it already speaks changes nothing
    expect(documentConverted(state, 'doc-1', 'yaml')).toEqual({ state });
  });

  it('reads every document of a manifest, JSON or YAML, for what it names', () => {
    expect(documentValues(TWO)).toHaveLength(2);
    expect(documentValues('{"id": "a"}{"id": "b"}')).toEqual([{ id: 'a' }, { id: 'b' }]);
    expect(documentValues('a: [')).toEqual([]);
  });
});
