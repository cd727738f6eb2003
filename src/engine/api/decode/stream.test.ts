import { describe, expect, it } from 'vitest';
import { decodeManifests } from './index';
import type { DecodedDocument } from './types';

const ns = (name: string): string =>
  `apiVersion: v1\nkind: Namespace\nmetadata:\n  name: ${name}\n`;

/** What each result is, compactly: the object's name, or the error. */
function summary(docs: DecodedDocument[]): string[] {
  return docs.map(
    (d) =>
      `${d.index} ${d.ok ? `ok ${d.object.kind}/${d.object.metadata.name}` : `error ${d.error.message}`}`,
  );
}

describe('several documents in one text', () => {
  it('YAML documents separated by ---, empty ones skipped', () => {
    const text = `---\n${ns('a')}---\n# only a comment\n---\n${ns('b')}--- # trailing comment\n${ns('c')}`;
    expect(summary(decodeManifests(text))).toEqual([
      '0 ok Namespace/a',
      '1 ok Namespace/b',
      '2 ok Namespace/c',
    ]);
  });

  it('a server-side failure in the middle fails alone; the documents after it still decode', () => {
    const text = `${ns('a')}---\n${ns('b').replace('name: b', 'name: b\n  colour: red')}---\n${ns('c')}`;
    const docs = decodeManifests(text, { source: 'all.yaml' });
    expect(summary(docs)).toEqual([
      '0 ok Namespace/a',
      '1 error Namespace in version "v1" cannot be handled as a Namespace: strict decoding error: unknown field "metadata.colour" (line 10, column 3)',
      '2 ok Namespace/c',
    ]);
    expect(docs[1]).toMatchObject({ ok: false, apiVersion: 'v1', kind: 'Namespace', name: 'b' });
  });

  it('an unknown kind in the middle fails alone too', () => {
    const text = `${ns('a')}---\napiVersion: v1\nkind: Widget\nmetadata: {name: w}\n---\n${ns('c')}`;
    expect(summary(decodeManifests(text, { source: 'all.yaml' }))).toEqual([
      '0 ok Namespace/a',
      '1 error resource mapping not found for name: "w" namespace: "" from "all.yaml": no matches for kind "Widget" in version "v1"\nensure CRDs are installed first',
      '2 ok Namespace/c',
    ]);
  });

  it('a syntax error in the middle stops the stream, as kubectl stops reading there; its line counts from the document start', () => {
    const text = `${ns('a')}---\napiVersion: v1\nkind: Namespace\nmetadata: {name: [}\n---\n${ns('c')}`;
    const docs = decodeManifests(text, { source: 'all.yaml' });
    expect(docs).toHaveLength(2);
    expect(docs[0]?.ok).toBe(true);
    const err = docs[1];
    expect(err?.ok).toBe(false);
    if (err && !err.ok) {
      expect(err.error.message).toMatch(
        /^error parsing all\.yaml: error converting YAML to JSON: yaml: line 3: /,
      );
      expect(err.error.line).toBe(8);
    }
  });

  it('a document without a kind stops the stream too', () => {
    const text = `${ns('a')}---\napiVersion: v1\nmetadata: {name: x}\n---\n${ns('c')}`;
    expect(summary(decodeManifests(text, { source: 'all.yaml' }))).toEqual([
      '0 ok Namespace/a',
      '1 error error validating "all.yaml": error validating data: kind not set; if you choose to ignore these errors, turn validation off with --validate=false',
    ]);
  });

  it('a JSON stream of several objects', () => {
    const text =
      '{"apiVersion": "v1", "kind": "Namespace", "metadata": {"name": "a"}}\n{"apiVersion": "v1", "kind": "Namespace", "metadata": {"name": "b"}}';
    expect(summary(decodeManifests(text))).toEqual(['0 ok Namespace/a', '1 ok Namespace/b']);
  });

  it('JSON trailing garbage is reported after the objects before it', () => {
    const text = '{"apiVersion": "v1", "kind": "Namespace", "metadata": {"name": "a"}} x';
    expect(summary(decodeManifests(text, { source: 'ns.json' }))).toEqual([
      '0 ok Namespace/a',
      "1 error error parsing ns.json: json: offset 70: invalid character 'x' looking for beginning of value",
    ]);
  });

  it('input starting with [ is YAML to kubectl (only { means JSON)', () => {
    const docs = decodeManifests('[{"apiVersion": "v1", "kind": "Namespace"}]', {
      source: 'x.json',
    });
    expect(summary(docs)).toEqual([
      '0 error error validating "x.json": error validating data: invalid object to validate; if you choose to ignore these errors, turn validation off with --validate=false',
    ]);
  });

  it('an empty text has no documents', () => {
    expect(decodeManifests('')).toEqual([]);
    expect(decodeManifests('\n# nothing\n---\n')).toEqual([]);
  });
});

describe('Lists', () => {
  it('a v1 List: each item is a document of its own, and fails on its own', () => {
    const text = `apiVersion: v1
kind: List
items:
- apiVersion: v1
  kind: Namespace
  metadata: {name: a}
- apiVersion: v1
  kind: Gizmo
  metadata: {name: g}
- apiVersion: apps/v1
  kind: Deployment
  metadata: {name: d}
  spec: {replicas: many}
- kind: Namespace
  metadata: {name: b}
`;
    expect(summary(decodeManifests(text, { source: 'list.yaml' }))).toEqual([
      '0 ok Namespace/a',
      '1 error unable to recognize no matches for kind "Gizmo" in version "v1"',
      '2 error Deployment in version "v1" cannot be handled as a Deployment: json: cannot unmarshal string into Go struct field DeploymentSpec.spec.replicas of type int32 (line 13, column 20)',
      "3 error unable to get type info from the object \"*unstructured.Unstructured\": Object 'apiVersion' is missing in 'object has no apiVersion field'",
    ]);
  });

  it('a typed list (PodList) lends its kind to items that name neither kind nor apiVersion', () => {
    const text = JSON.stringify({
      apiVersion: 'v1',
      kind: 'NamespaceList',
      items: [
        { metadata: { name: 'a' } },
        { apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'b' } },
      ],
    });
    const docs = decodeManifests(text);
    expect(summary(docs)).toEqual(['0 ok Namespace/a', '1 ok Namespace/b']);
    expect(docs[0]).toMatchObject({ apiVersion: 'v1', kind: 'Namespace' });
  });

  it("locate works inside an item's own text", () => {
    const text =
      'apiVersion: v1\nkind: List\nitems:\n- apiVersion: v1\n  kind: Namespace\n  metadata: {name: a}\n';
    const [doc] = decodeManifests(text);
    expect(doc?.ok && doc.locate('metadata.name')).toEqual({
      start: { line: 6, column: 20 },
      end: { line: 6, column: 21 },
    });
  });
});

describe('YAML as kubectl reads it (go-yaml v2, YAML 1.1)', () => {
  const annotations = (yaml: string): unknown => {
    const [doc] = decodeManifests(
      `apiVersion: v1\nkind: Namespace\nmetadata:\n  name: ns1\n  annotations:\n${yaml}`,
    );
    return doc?.ok ? doc.object.metadata.annotations : doc?.error.message;
  };

  it('quoted scalars are strings; block scalars keep their text', () => {
    expect(annotations('    a: "yes"\n    b: \'1\'\n    c: |\n      two\n      lines\n')).toEqual({
      a: 'yes',
      b: '1',
      c: 'two\nlines\n',
    });
  });

  it('YAML 1.1 keys: on becomes "true", numbers become their decimal text', () => {
    const [doc] = decodeManifests(
      'apiVersion: v1\nkind: Namespace\nmetadata:\n  name: ns1\n  labels: {on: "x", 0x1F: "y", 1_000: "z"}\n',
    );
    expect(doc?.ok && doc.object.metadata.labels).toEqual({ true: 'x', '31': 'y', '1000': 'z' });
  });

  it('octal, underscores, floats that are whole numbers and exponents all reach the server as integers', () => {
    const text = (v: string): string =>
      `apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: d}\nspec:\n  replicas: ${v}\n`;
    const replicas = (v: string): unknown => {
      const [doc] = decodeManifests(text(v));
      if (doc?.ok && doc.object.kind === 'Deployment') return doc.object.spec.replicas;
      return doc?.ok === false ? doc.error.status?.message : undefined;
    };
    expect(replicas('010')).toBe(8);
    expect(replicas('1_0')).toBe(10);
    expect(replicas('3.0')).toBe(3);
    expect(replicas('1e1')).toBe(10);
    expect(replicas('2.5')).toBe(
      'Deployment in version "v1" cannot be handled as a Deployment: json: cannot unmarshal number 2.5 into Go struct field DeploymentSpec.spec.replicas of type int32',
    );
  });

  it('anchors, aliases and << merge keys', () => {
    const text = `apiVersion: v1
kind: Namespace
metadata:
  name: ns1
  labels: &common {app: web, tier: front}
  annotations:
    <<: *common
    tier: back
`;
    const [doc] = decodeManifests(text);
    expect(doc?.ok && doc.object.metadata).toEqual({
      name: 'ns1',
      labels: { app: 'web', tier: 'front' },
      annotations: { app: 'web', tier: 'back' },
    });
  });

  it('n is false to go-yaml v2, so a namespace cannot be called n unquoted', () => {
    const [doc] = decodeManifests('apiVersion: v1\nkind: Namespace\nmetadata:\n  name: n\n');
    expect(doc?.ok === false && doc.error.status?.message).toBe(
      'Namespace in version "v1" cannot be handled as a Namespace: json: cannot unmarshal bool into Go struct field ObjectMeta.metadata.name of type string',
    );
  });

  it('a duplicate key: the last one wins', () => {
    expect(annotations('    a: one\n    a: two\n')).toEqual({ a: 'two' });
  });

  it('an explicit tag that does not fit', () => {
    expect(annotations('    a: !!int abc\n')).toBe(
      'error parsing STDIN: error converting YAML to JSON: yaml: cannot decode !!str `abc` as a !!int',
    );
  });

  it('.nan cannot be written as JSON', () => {
    expect(annotations('    a: .nan\n')).toBe(
      'error parsing STDIN: error converting YAML to JSON: json: unsupported value: NaN',
    );
  });
});

describe('v1 objects', () => {
  it('real v1 fields kubesim does not model are accepted and kept as written', () => {
    const text = `apiVersion: v1
kind: Pod
metadata: {name: web}
spec:
  securityContext: {runAsUser: 1000, anything: [1, 2]}
  containers:
  - name: web
    image: nginx
    envFrom: [{configMapRef: {name: cfg}}]
    lifecycle: {preStop: {exec: {command: [sleep, "5"]}}}
`;
    const [doc] = decodeManifests(text);
    expect(doc?.ok && doc.object).toEqual({
      kind: 'Pod',
      apiVersion: 'v1',
      metadata: { name: 'web' },
      spec: {
        containers: [
          {
            name: 'web',
            image: 'nginx',
            envFrom: [{ configMapRef: { name: 'cfg' } }],
            lifecycle: { preStop: { exec: { command: ['sleep', '5'] } } },
          },
        ],
        securityContext: { runAsUser: 1000, anything: [1, 2] },
      },
    });
  });

  it('quantities are stored in canonical form, timestamps in UTC', () => {
    const text = `apiVersion: v1
kind: Pod
metadata: {name: web, creationTimestamp: "2015-07-01T14:00:00+02:00"}
spec:
  containers:
  - name: web
    resources: {limits: {cpu: 0.5, memory: 1024Mi}, requests: {cpu: 100m, memory: 50000000}}
`;
    const [doc] = decodeManifests(text);
    expect(doc?.ok && doc.object.metadata.creationTimestamp).toBe('2015-07-01T12:00:00Z');
    expect(
      doc?.ok && doc.object.kind === 'Pod' && doc.object.spec.containers[0]?.resources,
    ).toEqual({
      limits: { cpu: '500m', memory: '1Gi' },
      requests: { cpu: '100m', memory: '50M' },
    });
  });

  it('every kind decodes into its internal version', () => {
    const kinds: [string, string, string][] = [
      ['v1', 'ReplicationController', 'v1'],
      ['v1', 'Endpoints', 'v1'],
      ['v1', 'Node', 'v1'],
      ['v1', 'Event', 'v1'],
      ['apps/v1', 'ReplicaSet', 'apps/v1'],
      ['apps/v1', 'Deployment', 'apps/v1'],
      ['v1beta3', 'Namespace', 'v1'],
    ];
    for (const [apiVersion, kind, internal] of kinds) {
      const [doc] = decodeManifests(
        `apiVersion: ${apiVersion}\nkind: ${kind}\nmetadata: {name: x}\n`,
      );
      expect(doc?.ok && [doc.object.apiVersion, doc.object.kind]).toEqual([internal, kind]);
    }
  });
});
