import { describe, expect, it } from 'vitest';
import { SimCluster } from '../../cluster';
import type { ManifestDiagnostic } from '../../contract';
import { COMPLEXPOD, REDIS_MASTER_POD } from '../../testing/seeds';

const LABEL_MESSAGE =
  "metadata.labels: Invalid value: \"bad value\": a valid label must be an empty string or consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyValue',  or 'my_value',  or '12345', regex used for validation is '(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?')";

const POD_YAML = `apiVersion: v1
kind: Pod
metadata:
  name: web
  labels:
    tier: front
    app: bad value
spec:
  containers:
  - name: web
    image: nginx
`;

const errors = (d: ManifestDiagnostic[]): ManifestDiagnostic[] =>
  d.filter((x) => x.severity === 'error');
const lineOf = (d: ManifestDiagnostic | undefined): number | undefined => d?.range.start.line;

describe('validateManifest: the API server’s verdict at its place in the text', () => {
  it('puts a bad label value’s exact message on that label’s line (YAML)', () => {
    const cluster = new SimCluster({ seed: 1 });
    const [d, ...rest] = errors(cluster.validateManifest(POD_YAML, { source: 'pod.yaml' }));
    expect(rest).toEqual([]);
    expect(d).toMatchObject({
      severity: 'error',
      source: 'apiserver',
      document: 0,
      field: 'metadata.labels',
      message: LABEL_MESSAGE,
    });
    expect(d?.range).toEqual({ start: { line: 7, column: 10 }, end: { line: 7, column: 19 } });
  });

  it('does the same in JSON', () => {
    const json = `{
  "apiVersion": "v1",
  "kind": "Pod",
  "metadata": {
    "name": "web",
    "labels": {
      "tier": "front",
      "app": "bad value"
    }
  },
  "spec": { "containers": [{ "name": "web", "image": "nginx" }] }
}
`;
    const [d] = errors(new SimCluster().validateManifest(json, { source: 'pod.json' }));
    expect(d?.message).toBe(LABEL_MESSAGE);
    expect(d?.range.start).toEqual({ line: 8, column: 14 });
  });

  it('counts documents and lines across a multi-document file', () => {
    const text = `apiVersion: v1
kind: Service
metadata:
  name: web
spec:
  selector:
    app: web
  ports:
  - port: 80
---
${POD_YAML}`;
    const found = errors(new SimCluster().validateManifest(text));
    expect(found).toHaveLength(1);
    expect(found[0]?.document).toBe(1);
    expect(lineOf(found[0])).toBe(17);
  });

  it('maps a v1beta1 document’s error back through the conversion to the field as written', () => {
    const bad = REDIS_MASTER_POD.replace(
      '"labels": {"name": "redis"}',
      '"labels": {"name": "red is"}',
    );
    const [d] = errors(new SimCluster({ era: '2015' }).validateManifest(bad));
    expect(d?.field).toBe('metadata.labels');
    expect(d?.message).toContain('metadata.labels: Invalid value: "red is"');
    // the top-level "labels" of the v1beta1 text
    expect(d?.range.start.line).toBe(16);
    expect(bad.split('\n')[15]).toContain('"red is"');
  });

  it('names each of several field errors at its own line', () => {
    const text = POD_YAML.replace(
      'image: nginx',
      'image: nginx\n    ports:\n    - containerPort: 70000',
    );
    const found = errors(new SimCluster().validateManifest(text));
    expect(found.map((d) => [d.field, lineOf(d)])).toEqual([
      ['metadata.labels', 7],
      ['spec.containers[0].ports[0].containerPort', 13],
    ]);
    expect(found[1]?.message).toBe(
      'spec.containers[0].ports[0].containerPort: Invalid value: 70000: must be between 1 and 65535, inclusive',
    );
  });

  it('says nothing about a good pod', () => {
    const good = POD_YAML.replace('bad value', 'web');
    expect(new SimCluster().validateManifest(good)).toEqual([]);
  });
});

describe('validateManifest: kubectl’s reading errors', () => {
  it('puts a YAML syntax error at its line, in kubectl’s words', () => {
    const text = 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\n  labels: [a\nspec: {}\n';
    const [d] = new SimCluster().validateManifest(text, { source: 'pod.yaml' });
    expect(d).toMatchObject({ severity: 'error', source: 'kubectl', document: 0 });
    expect(d?.message).toMatch(
      /^error parsing pod\.yaml: error converting YAML to JSON: yaml: line 6: /,
    );
    expect(lineOf(d)).toBe(6);
  });

  it('puts a JSON syntax error at its line and column', () => {
    const text =
      '{"apiVersion": "v1", "kind": "Pod",\n "metadata": {"name": "x"},\n "spec": {"containers": [}}';
    const [d] = new SimCluster().validateManifest(text, { source: 'pod.json' });
    expect(d?.message).toBe(
      "error parsing pod.json: json: offset 90: invalid character '}' looking for beginning of value",
    );
    expect(d?.range.start).toEqual({ line: 3, column: 26 });
  });

  it('reports an unknown kind on its document and checks the others', () => {
    const text = `apiVersion: v1
kind: Foo
metadata:
  name: b
---
${POD_YAML}`;
    const found = new SimCluster().validateManifest(text);
    expect(found.map((d) => [d.document, d.source, lineOf(d)])).toEqual([
      [0, 'kubectl', 2],
      [1, 'apiserver', 12],
    ]);
    expect(found[0]?.message).toBe(
      'resource mapping not found for name: "b" namespace: "" from "STDIN": no matches for kind "Foo" in version "v1"\nensure CRDs are installed first',
    );
    // the kind's value, `Foo`
    expect(found[0]?.range).toEqual({
      start: { line: 2, column: 7 },
      end: { line: 2, column: 10 },
    });
  });

  it('gives a strict-decoding error as the API server’s, at the unknown field', () => {
    const text = POD_YAML.replace('spec:', 'spec:\n  containerz: []');
    const [d] = new SimCluster().validateManifest(text, { source: 'pod.yaml' });
    expect(d).toMatchObject({ source: 'apiserver', document: 0 });
    expect(d?.message).toBe(
      'Error from server (BadRequest): error when creating "pod.yaml": Pod in version "v1" cannot be handled as a Pod: strict decoding error: unknown field "spec.containerz"',
    );
    expect(lineOf(d)).toBe(9);
  });

  it('warns, without failing, about fields a 2015 server ignored', () => {
    const found = new SimCluster({ era: '2015' }).validateManifest(COMPLEXPOD);
    expect(found).toEqual([
      expect.objectContaining({
        severity: 'warning',
        message: 'unknown field "desiredState.manifest.volumes[0].emptydir"',
        range: expect.objectContaining({ start: { line: 25, column: 21 } }) as unknown,
      }),
    ]);
  });
});

describe('validateManifest: refusals without field causes', () => {
  it('puts a missing namespace on the namespace, in kubectl apply’s words', () => {
    const text = POD_YAML.replace('bad value', 'web').replace(
      '  name: web\n',
      '  name: web\n  namespace: nope\n',
    );
    const [d] = new SimCluster().validateManifest(text, { source: 'pod.yaml' });
    expect(d).toMatchObject({
      source: 'apiserver',
      field: 'metadata.namespace',
      message:
        'Error from server (NotFound): error when creating "pod.yaml": namespaces "nope" not found',
    });
    expect(lineOf(d)).toBe(5);
  });

  it('flags an immutable field changed on a live object at the field', () => {
    const cluster = new SimCluster();
    const good = POD_YAML.replace('bad value', 'web');
    cluster.apply(good);
    const [d] = errors(
      cluster.validateManifest(good.replace('image: nginx', 'image: nginx\n    workingDir: /srv')),
    );
    expect(d?.message).toMatch(/^spec: Forbidden: pod updates may not change fields other than/);
    expect(d?.field).toBe('spec');
  });

  it('warns, as kubectl apply does, about a live object without last-applied configuration', () => {
    const cluster = new SimCluster();
    const good = POD_YAML.replace('bad value', 'web');
    cluster.kubectl('create -f -', good);
    const [d] = cluster.validateManifest(good);
    expect(d).toMatchObject({ severity: 'warning', source: 'kubectl' });
    expect(d?.message).toMatch(
      /^resource pods\/web is missing the kubectl\.kubernetes\.io\/last-applied-configuration annotation/,
    );
    expect(lineOf(d)).toBe(4);
  });

  it('adds the label linter’s warnings', () => {
    const service = `apiVersion: v1
kind: Service
metadata:
  name: web
spec:
  selector:
    app: nobody
  ports:
  - port: 80
`;
    const found = new SimCluster().validateManifest(service);
    expect(found).toContainEqual(
      expect.objectContaining({ severity: 'warning', source: 'lint', field: 'spec.selector' }),
    );
  });

  it('never throws, whatever the text', () => {
    const cluster = new SimCluster();
    for (const text of [
      '',
      '---',
      '{',
      'kind: [',
      '\u0000',
      'a: b: c',
      '[]',
      'null',
      '{"kind":"List","apiVersion":"v1","items":[1]}',
    ])
      expect(() => cluster.validateManifest(text)).not.toThrow();
  });
});

describe('validateManifest: fields the text lacks', () => {
  it('marks the first line of the nearest enclosing value, not all of it', () => {
    const text = `apiVersion: v1
kind: Pod
metadata:
  name: web
spec:
  containers:
  - name: web
    ports:
    - containerPort: 80
`;
    const [d] = new SimCluster().validateManifest(text);
    expect(d).toMatchObject({
      field: 'spec.containers[0].image',
      message: 'spec.containers[0].image: Required value',
    });
    expect(d?.range).toEqual({ start: { line: 7, column: 5 }, end: { line: 7, column: 14 } });
  });
});

describe('validateManifest: an object edited from its live YAML', () => {
  it('says the object has changed since, at the resourceVersion', () => {
    const cluster = new SimCluster();
    cluster.apply(POD_YAML.replace('bad value', 'web'));
    const edited = cluster.kubectl('get pod web -o yaml').stdout.replace('app: web', 'app: web2');
    expect(cluster.validateManifest(edited)).toEqual([]);
    cluster.kubectl('label pod web extra=1');
    const [d] = cluster.validateManifest(edited, { source: 'web.yaml' });
    expect(d).toMatchObject({
      severity: 'error',
      field: 'metadata.resourceVersion',
      message:
        'Error from server (Conflict): error when patching "web.yaml": Operation cannot be fulfilled on pods "web": the object has been modified; please apply your changes to the latest version and try again',
    });
    expect(edited.split('\n')[(d?.range.start.line ?? 0) - 1]).toMatch(/^ {2}resourceVersion: /);
  });
});
