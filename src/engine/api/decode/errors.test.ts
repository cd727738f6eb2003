import { describe, expect, it } from 'vitest';
import { decodeManifests } from './index';
import type { DecodeError } from './types';

function errorOf(text: string, source = 'pod.yaml'): DecodeError {
  const docs = decodeManifests(text, { source });
  const failed = docs.find((d) => !d.ok);
  if (!failed || failed.ok) throw new Error(`expected a failure, got ${JSON.stringify(docs)}`);
  return failed.error;
}

const pod = (containers: string, meta = 'name: web'): string =>
  `apiVersion: v1\nkind: Pod\nmetadata:\n  ${meta}\nspec:\n  containers:\n${containers}`;

describe('errors the API server returns (BadRequest)', () => {
  const cases: { name: string; text: string; status: string; line: number; column: number }[] = [
    {
      name: 'an unknown field, under strict field validation',
      text: pod('  - name: web\n    imagee: nginx\n'),
      status:
        'Pod in version "v1" cannot be handled as a Pod: strict decoding error: unknown field "spec.containers[0].imagee"',
      line: 8,
      column: 5,
    },
    {
      name: 'several unknown fields, listed as the server lists them (sorted, as kubectl sends maps)',
      text: pod('  - name: web\n    imagee: nginx\n    Ports: []\n'),
      status:
        'Pod in version "v1" cannot be handled as a Pod: strict decoding error: unknown field "spec.containers[0].Ports", unknown field "spec.containers[0].imagee"',
      line: 9,
      column: 5,
    },
    {
      name: 'a string where a list is expected',
      text: 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n  containers: nginx\n',
      status:
        'Pod in version "v1" cannot be handled as a Pod: json: cannot unmarshal string into Go struct field PodSpec.spec.containers of type []v1.Container',
      line: 6,
      column: 15,
    },
    {
      name: 'a fraction where an int32 is expected',
      text: pod('  - name: web\n    ports:\n    - containerPort: 80.5\n'),
      status:
        'Pod in version "v1" cannot be handled as a Pod: json: cannot unmarshal number 80.5 into Go struct field ContainerPort.spec.containers.ports.containerPort of type int32',
      line: 9,
      column: 22,
    },
    {
      name: 'a number out of int32 range',
      text: pod('  - name: web\n    ports:\n    - containerPort: 3000000000\n'),
      status:
        'Pod in version "v1" cannot be handled as a Pod: json: cannot unmarshal number 3000000000 into Go struct field ContainerPort.spec.containers.ports.containerPort of type int32',
      line: 9,
      column: 22,
    },
    {
      name: 'a YAML 1.1 boolean as a label value (yes is true to kubectl)',
      text: pod('  - name: web\n', 'labels: {enabled: yes}'),
      status:
        'Pod in version "v1" cannot be handled as a Pod: json: cannot unmarshal bool into Go struct field ObjectMeta.metadata.labels of type string',
      line: 4,
      column: 21,
    },
    {
      name: 'a named Go type is named in the error',
      text: 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n  restartPolicy: 5\n  containers: []\n',
      status:
        'Pod in version "v1" cannot be handled as a Pod: json: cannot unmarshal number into Go struct field PodSpec.spec.restartPolicy of type v1.RestartPolicy',
      line: 6,
      column: 18,
    },
    {
      name: 'a malformed quantity',
      text: pod('  - name: web\n    resources:\n      limits: {cpu: lots}\n'),
      status:
        'Pod in version "v1" cannot be handled as a Pod: quantities must match the regular expression \'^([+-]?[0-9.]+)([eEinumkKMGTP]*[-+]?[0-9]*)$\'',
      line: 9,
      column: 21,
    },
    {
      name: "an IntOrString that is neither (IntOrString's own decoder names int32)",
      text: 'apiVersion: v1\nkind: Service\nmetadata: {name: web}\nspec:\n  ports:\n  - port: 80\n    targetPort: true\n',
      status:
        'Service in version "v1" cannot be handled as a Service: json: cannot unmarshal bool into Go struct field ServicePort.spec.ports.targetPort of type int32',
      line: 7,
      column: 17,
    },
    {
      name: 'a malformed timestamp',
      text: 'apiVersion: v1\nkind: Namespace\nmetadata:\n  name: ns\n  creationTimestamp: yesterday\n',
      status:
        'Namespace in version "v1" cannot be handled as a Namespace: parsing time "yesterday" as "2006-01-02T15:04:05Z07:00": cannot parse "yesterday" as "2006"',
      line: 5,
      column: 22,
    },
    {
      name: 'an apps/v1 object names only the version',
      text: 'apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: web}\nspec:\n  replicas: "3"\n',
      status:
        'Deployment in version "v1" cannot be handled as a Deployment: json: cannot unmarshal string into Go struct field DeploymentSpec.spec.replicas of type int32',
      line: 5,
      column: 13,
    },
    {
      name: 'a v1beta1 type error, in Go 1.4 words',
      text: '{"kind": "Pod", "apiVersion": "v1beta1", "id": "p",\n "desiredState": {"manifest": {"containers": [{"name": "c", "cpu": "100m"}]}}}',
      status:
        'Pod in version "v1beta1" cannot be handled as a Pod: json: cannot unmarshal string into Go value of type int',
      line: 2,
      column: 68,
    },
  ];

  it.each(cases)('$name', ({ text, status, line, column }) => {
    const err = errorOf(text);
    expect(err.status).toMatchObject({
      kind: 'Status',
      status: 'Failure',
      reason: 'BadRequest',
      code: 400,
      message: status,
    });
    expect(err.message).toBe(`${status} (line ${line}, column ${column})`);
    expect({ line: err.line, column: err.column }).toEqual({ line, column });
  });

  it('the first type error wins, and decoding goes on past it (an unknown field then does not show)', () => {
    const err = errorOf(pod('  - name: 5\n    image: 7\n    imagee: x\n'));
    expect(err.status?.message).toBe(
      'Pod in version "v1" cannot be handled as a Pod: json: cannot unmarshal number into Go struct field Container.spec.containers.image of type string',
    );
  });

  it('case matters to a modern server', () => {
    expect(
      errorOf('apiVersion: v1\nkind: Pod\nmetadata: {name: web}\nSpec: {}\n').status?.message,
    ).toBe(
      'Pod in version "v1" cannot be handled as a Pod: strict decoding error: unknown field "Spec"',
    );
  });
});

describe("kubectl's own errors (no Status)", () => {
  const cases: {
    name: string;
    text: string;
    source?: string;
    message: string;
    line: number;
    column: number;
  }[] = [
    {
      name: 'YAML syntax, with the line counted in the document',
      text: 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\n labels: {}\n',
      message:
        'error parsing pod.yaml: error converting YAML to JSON: yaml: line 5: All mapping items must start at the same column',
      line: 5,
      column: 1,
    },
    {
      name: 'JSON syntax, with the byte offset Go reports',
      text: '{\n  "apiVersion": "v1",\n  "kind": "Pod",\n}\n',
      source: 'pod.json',
      message:
        "error parsing pod.json: json: offset 42: invalid character '}' looking for beginning of object key string",
      line: 4,
      column: 1,
    },
    {
      name: 'JSON cut short',
      text: '{"apiVersion": "v1", "kind": "Pod"',
      source: 'pod.json',
      message: 'error parsing pod.json: unexpected EOF',
      line: 1,
      column: 35,
    },
    {
      name: 'missing kind',
      text: 'apiVersion: v1\nmetadata:\n  name: web\n',
      message:
        'error validating "pod.yaml": error validating data: kind not set; if you choose to ignore these errors, turn validation off with --validate=false',
      line: 1,
      column: 1,
    },
    {
      name: 'missing apiVersion',
      text: 'kind: Pod\nmetadata:\n  name: web\n',
      message:
        'error validating "pod.yaml": error validating data: apiVersion not set; if you choose to ignore these errors, turn validation off with --validate=false',
      line: 1,
      column: 1,
    },
    {
      name: 'from stdin, named STDIN',
      text: 'kind: 5\napiVersion: v1\n',
      source: '-',
      message:
        'error validating "STDIN": error validating data: kind isn\'t string type; if you choose to ignore these errors, turn validation off with --validate=false',
      line: 1,
      column: 1,
    },
    {
      name: 'a document that is not a mapping',
      text: '- apiVersion: v1\n  kind: Pod\n',
      message:
        'error validating "pod.yaml": error validating data: invalid object to validate; if you choose to ignore these errors, turn validation off with --validate=false',
      line: 1,
      column: 1,
    },
    {
      name: 'an unknown kind',
      text: 'apiVersion: v1\nkind: Deployment\nmetadata:\n  name: web\n  namespace: prod\n',
      message:
        'resource mapping not found for name: "web" namespace: "prod" from "pod.yaml": no matches for kind "Deployment" in version "v1"\nensure CRDs are installed first',
      line: 2,
      column: 7,
    },
    {
      name: 'an unknown version',
      text: 'apiVersion: apps/v1beta1\nkind: Deployment\nmetadata:\n  name: web\n',
      message:
        'resource mapping not found for name: "web" namespace: "" from "pod.yaml": no matches for kind "Deployment" in version "apps/v1beta1"\nensure CRDs are installed first',
      line: 2,
      column: 7,
    },
    {
      name: 'an empty kind',
      text: '{"apiVersion": "v1", "kind": "", "metadata": {"name": "a<b"}}',
      source: 'pod.json',
      message: `unable to decode "pod.json": Object 'Kind' is missing in '{"apiVersion":"v1","kind":"","metadata":{"name":"a\\u003cb"}}'`,
      line: 1,
      column: 1,
    },
    {
      name: 'a bad document separator',
      text: 'apiVersion: v1\nkind: Namespace\nmetadata: {name: a}\n--- nope\n',
      message: 'error parsing pod.yaml: invalid Yaml document separator: nope',
      line: 4,
      column: 4,
    },
  ];

  it.each(cases)('$name', ({ text, source, message, line, column }) => {
    const err = errorOf(text, source ?? 'pod.yaml');
    expect(err.status).toBeUndefined();
    expect(err).toEqual({ message, line, column });
  });
});

describe('hostile input never throws', () => {
  const inputs: [string, string][] = [
    ['binary junk', '\u0000\u0001\u0002\uffff\ud800garbage{{{'],
    ['deep JSON nesting', '{"a":' + '['.repeat(20000) + ']'.repeat(20000) + '}'],
    ['deep YAML flow nesting', 'a: ' + '['.repeat(20000) + ']'.repeat(20000)],
    ['deep block nesting', Array.from({ length: 3000 }, (_, i) => ' '.repeat(i) + 'k:').join('\n')],
    ['a billion laughs', billionLaughs()],
    ['a self-referencing anchor', 'a: &x [*x]\n'],
  ];

  it.each(inputs)('%s', (_, text) => {
    const docs = decodeManifests(text, { source: 'x' });
    expect(docs.length).toBeGreaterThan(0);
    expect(docs.every((d) => d.ok || d.error.message.length > 0)).toBe(true);
  });

  it('refuses nesting deeper than 500 levels (Go allows 10000; no manifest comes near either)', () => {
    expect(errorOf('{"a":' + '['.repeat(600) + ']'.repeat(600) + '}', 'deep.json').message).toBe(
      "error parsing deep.json: json: offset 505: invalid character '[' exceeded max depth",
    );
    expect(errorOf('a: ' + '['.repeat(600) + ']'.repeat(600), 'deep.yaml').message).toBe(
      'error parsing deep.yaml: error converting YAML to JSON: yaml: exceeded max depth of 500',
    );
  });

  it('refuses an alias bomb in go-yaml v2 words', () => {
    expect(errorOf(billionLaughs(), 'bomb.yaml').message).toBe(
      'error parsing bomb.yaml: error converting YAML to JSON: yaml: document contains excessive aliasing',
    );
  });

  it('decodes 10 MB of YAML', () => {
    const item = (i: number): string => `  l${i}: "${'x'.repeat(90)}"\n`;
    const text =
      'apiVersion: v1\nkind: Namespace\nmetadata:\n name: big\n annotations:\n' +
      Array.from({ length: 100_000 }, (_, i) => item(i)).join('');
    expect(text.length).toBeGreaterThan(10_000_000);
    const [doc] = decodeManifests(text);
    expect(doc?.ok).toBe(true);
  }, 60_000);
});

function billionLaughs(): string {
  const lines = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
  for (let i = 1; i < 9; i++) {
    const prev = String.fromCharCode(96 + i);
    const cur = String.fromCharCode(97 + i);
    lines.push(`${cur}: &${cur} [${Array(9).fill(`*${prev}`).join(',')}]`);
  }
  return lines.join('\n') + '\n';
}
