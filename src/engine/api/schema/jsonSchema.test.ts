import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseAllDocuments } from 'yaml';
import { decodeManifests } from '../decode/decodeManifests';
import { isListKind, servedKind } from '../decode/kinds';
import { QUANTITY_FORMAT_ERROR, quantityParseError } from '../quantity';
import { SEED_MANIFESTS } from '../../testing/seeds';
import { testCluster } from '../../testing/testCluster';
import {
  definitionName,
  kindsOf,
  manifestJsonSchema,
  QUANTITY_PATTERN,
  QUANTITY_SYNTAX,
  SERVED_KINDS,
} from './jsonSchema';

type S = Record<string, unknown>;
const root = manifestJsonSchema();
const defs = root['definitions'] as Record<string, S>;
const prop = (def: string, ...path: string[]): S => {
  let at: S = defs[def] as S;
  for (const p of path) at = (at['properties'] as Record<string, S>)[p] as S;
  return at;
};
const refOf = (s: S): string | undefined =>
  ((s['allOf'] as S[] | undefined)?.[0]?.['$ref'] ?? s['$ref']) as string | undefined;
const deref = (ref: string): S => defs[ref.slice('#/definitions/'.length)] as S;

/**
 * A tiny draft-07 validator for the keywords the schema uses, so a test can say what the
 * editor's language servers will mark (they implement the same keywords).
 */
function validate(value: unknown, schema: S = root, path = ''): string[] {
  const errors: string[] = [];
  const at = path || '(root)';
  if (typeof schema['$ref'] === 'string') {
    const ref = schema['$ref'];
    errors.push(...validate(value, ref === '#' ? root : deref(ref), path));
  }
  const type = schema['type'] as string | string[] | undefined;
  if (type !== undefined) {
    const types = Array.isArray(type) ? type : [type];
    if (!types.some((t) => isType(value, t)))
      return [...errors, `${at}: expected ${types.join(' or ')}, got ${JSON.stringify(value)}`];
  }
  if (Array.isArray(schema['enum']) && !schema['enum'].includes(value))
    errors.push(`${at}: ${JSON.stringify(value)} is not one of ${schema['enum'].join(', ')}`);
  if ('const' in schema && schema['const'] !== value)
    errors.push(`${at}: ${JSON.stringify(value)} is not ${JSON.stringify(schema['const'])}`);
  if (typeof value === 'string' && typeof schema['pattern'] === 'string') {
    if (!new RegExp(schema['pattern']).test(value))
      errors.push(`${at}: ${JSON.stringify(value)} does not match ${schema['pattern']}`);
  }
  if (typeof value === 'string' && schema['format'] === 'date-time' && !DATE_TIME.test(value))
    errors.push(`${at}: ${JSON.stringify(value)} is not a date-time`);
  if (typeof value === 'number') {
    if (typeof schema['minimum'] === 'number' && value < schema['minimum'])
      errors.push(`${at}: ${value} is below ${schema['minimum']}`);
    if (typeof schema['maximum'] === 'number' && value > schema['maximum'])
      errors.push(`${at}: ${value} is above ${schema['maximum']}`);
  }
  if (isObject(value)) {
    const props = (schema['properties'] ?? {}) as Record<string, S>;
    for (const r of (schema['required'] ?? []) as string[])
      if (!(r in value)) errors.push(`${at}: missing required ${r}`);
    for (const [k, v] of Object.entries(value)) {
      const p = props[k];
      const sub = path ? `${path}.${k}` : k;
      if (p) errors.push(...validate(v, p, sub));
      else if (schema['additionalProperties'] === false) errors.push(`${sub}: unknown field`);
      else if (isObject(schema['additionalProperties']))
        errors.push(...validate(v, schema['additionalProperties'], sub));
    }
  }
  if (Array.isArray(value) && isObject(schema['items']))
    value.forEach((v, i) => errors.push(...validate(v, schema['items'] as S, `${path}[${i}]`)));
  for (const sub of (schema['allOf'] ?? []) as S[]) errors.push(...validate(value, sub, path));
  if (
    Array.isArray(schema['anyOf']) &&
    !schema['anyOf'].some((s: S) => !validate(value, s, path).length)
  )
    errors.push(`${at}: matches none of anyOf`);
  if (isObject(schema['if'])) {
    const branch = validate(value, schema['if'], path).length ? schema['else'] : schema['then'];
    if (isObject(branch)) errors.push(...validate(value, branch, path));
  }
  return errors;
}

/** vscode-json-languageservice's RFC 3339 check. */
const DATE_TIME =
  /^(\d{4})-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])T([01][0-9]|2[0-3]):([0-5][0-9]):([0-5][0-9]|60)(\.[0-9]+)?(Z|(\+|-)([01][0-9]|2[0-3]):([0-5][0-9]))$/i;

const isObject = (v: unknown): v is S => typeof v === 'object' && v !== null && !Array.isArray(v);
function isType(v: unknown, t: string): boolean {
  switch (t) {
    case 'null':
      return v === null;
    case 'integer':
      return Number.isInteger(v);
    case 'number':
      return typeof v === 'number';
    case 'array':
      return Array.isArray(v);
    case 'object':
      return isObject(v);
    default:
      return typeof v === t;
  }
}

/** The documents of a manifest as kubectl reads them (go-yaml v2: YAML 1.1; JSON is YAML). */
const documents = (text: string): unknown[] =>
  parseAllDocuments(text, { version: '1.1' })
    // An unquoted timestamp reads as a Date; kubectl sends it on as a string.
    .map((d) => JSON.parse(JSON.stringify(d.toJS()) ?? 'null') as unknown)
    .filter((d) => d !== null && d !== undefined);

const problems = (text: string): string[] => documents(text).flatMap((d) => validate(d));

describe('the manifest JSON Schema', () => {
  it('picks the v1 Pod definition for apiVersion v1, kind Pod', () => {
    const branch = (root['allOf'] as S[]).find((b) => {
      const props = ((b['if'] as S | undefined)?.['properties'] ?? {}) as Record<string, S>;
      return props['apiVersion']?.['pattern'] === '^v1$' && props['kind']?.['pattern'] === '^Pod$';
    });
    expect(branch?.['then']).toEqual({ $ref: '#/definitions/v1.Pod' });
    expect(definitionName('v1', 'Pod')).toBe('v1.Pod');
    expect(definitionName('apps/v1', 'Deployment')).toBe('v1.Deployment');
    expect(definitionName('v1beta1', 'Minion')).toBe('v1beta1.Minion');
    expect(definitionName('v1beta1', 'Node')).toBe('v1beta1.Minion');
    expect(definitionName('apps/v1', 'Pod')).toBeUndefined();
  });

  it('offers apiVersion at the root, and the kinds of the apiVersion written', () => {
    const props = root['properties'] as Record<string, S>;
    expect(props['apiVersion']?.['enum']).toEqual(['v1', 'apps/v1', 'v1beta3', 'v1beta1']);
    expect((props['apiVersion']?.['enumDescriptions'] as string[])[3]).toMatch(/early 2015/);
    expect(props['kind']?.['description']).toMatch(/REST resource/);
    expect((root['allOf'] as S[])[0]).toEqual({ required: ['apiVersion', 'kind'] });
    // The `kind` enum of the first branch of `allOf` that applies to the document.
    const kindsFor = (doc: unknown): unknown =>
      (root['allOf'] as S[])
        .filter((b) => isObject(b['if']))
        .map((b) => (validate(doc, b['if'] as S).length ? b['else'] : b['then']) as S | undefined)
        .map((b) => ((b?.['properties'] as Record<string, S> | undefined)?.['kind'] ?? {})['enum'])
        .find(Boolean);
    expect(kindsFor({ apiVersion: 'apps/v1' })).toEqual([
      'ReplicaSet',
      'Deployment',
      'List',
      'ReplicaSetList',
      'DeploymentList',
    ]);
    expect(kindsFor({})).toEqual(expect.arrayContaining(['Pod', 'Deployment', 'Minion', 'List']));
  });

  it('has spec.containers under the v1 Pod, with its description and -required-', () => {
    const spec = deref(refOf(prop('v1.Pod', 'spec')) as string);
    const containers = (spec['properties'] as Record<string, S>)['containers'] as S;
    expect(containers['description']).toMatch(/containers of the pod/);
    expect(containers['markdownDescription']).toMatch(
      /^\*\*containers\*\* `\[\]Container` -required-\n\nThe containers of the pod/,
    );
    expect(containers['markdownDescription']).toMatch(/A single application container/);
    expect(containers['items']).toEqual({ $ref: '#/definitions/v1.Container' });
    expect(spec['required']).toEqual(['containers']);
    expect(spec['additionalProperties']).toBe(false);
  });

  it('lists imagePullPolicy’s values: Always, IfNotPresent, Never', () => {
    expect(prop('v1.Container', 'imagePullPolicy')['enum']).toEqual([
      'Always',
      'IfNotPresent',
      'Never',
    ]);
  });

  it('has desiredState.manifest.containers under the v1beta1 Pod, and leaves it open', () => {
    const state = deref(refOf(prop('v1beta1.Pod', 'desiredState')) as string);
    const manifest = deref(
      refOf((state['properties'] as Record<string, S>)['manifest'] as S) as string,
    );
    const containers = (manifest['properties'] as Record<string, S>)['containers'] as S;
    expect(containers['items']).toEqual({ $ref: '#/definitions/v1beta1.Container' });
    expect(containers['markdownDescription']).toMatch(/at least one/);
    expect(defs['v1beta1.Pod']?.['additionalProperties']).toBeUndefined();
    expect(defs['v1beta1.Pod']?.['required']).toBeUndefined();
  });

  it('keeps the served pairs in step with the decoder, each with a definition', () => {
    const candidates = new Set([
      ...Object.values(SERVED_KINDS).flatMap((kinds) => Object.keys(kinds)),
      'pod',
      'POD',
      'minion',
      'Minions',
      'ReplicaSet',
      'Deployment',
      'ConfigMap',
    ]);
    for (const v of [
      ...Object.keys(SERVED_KINDS),
      'v1beta2',
      'apps/v1beta1',
      'extensions/v1beta1',
    ]) {
      for (const k of candidates) {
        const served = SERVED_KINDS[v]?.[k] !== undefined;
        expect(servedKind(v, k) !== undefined, `${v} ${k}`).toBe(served);
        expect(isListKind(v, `${k}List`), `${v} ${k}List`).toBe(served);
      }
      expect(isListKind(v, 'List'), `${v} List`).toBe(SERVED_KINDS[v] !== undefined);
      for (const kind of kindsOf(v)) expect(defs[definitionName(v, kind) as string]).toBeDefined();
    }
    const pairs = (root['allOf'] as S[]).filter((b) => isObject(b['then']) && '$ref' in b['then']);
    expect(pairs).toHaveLength(
      Object.keys(SERVED_KINDS).reduce((n, v) => n + kindsOf(v).length, 0),
    );
  });

  it('resolves every $ref', () => {
    const refs: string[] = [];
    JSON.stringify(root, (k, v: unknown) => {
      if (k === '$ref') refs.push(v as string);
      return v;
    });
    expect(refs.length).toBeGreaterThan(300);
    for (const r of refs) expect(r === '#' || deref(r) !== undefined, r).toBe(true);
  });

  it('is JSON, built once, and under 400 kB', () => {
    expect(manifestJsonSchema()).toBe(root);
    const text = JSON.stringify(root);
    expect(JSON.parse(text)).toEqual(root);
    expect(text.length).toBeLessThan(400_000);
  });

  it('matches quantities exactly as the API server parses them', () => {
    const re = new RegExp(QUANTITY_PATTERN);
    const samples = [
      '100m',
      '0.5',
      '64Mi',
      '1e3',
      '1E+3',
      '1.',
      '.',
      '-',
      '+5k',
      ' 2Gi ',
      'm',
      '',
      '1mi',
      'Gi',
      '1.5.3',
      '1e',
      '5x',
      '10 Mi',
      '1KiB',
      '0x10',
      '1E',
      '3Ei',
      'e3',
      '--1',
      '   ',
      '1-',
      '1.5e',
      '1e+',
      '5Mi+3',
    ];
    const syntax = new RegExp(QUANTITY_SYNTAX);
    for (const s of samples) {
      const why = quantityParseError(s.trim());
      expect(syntax.test(s), JSON.stringify(s)).toBe(why !== QUANTITY_FORMAT_ERROR);
      expect(re.test(s), JSON.stringify(s)).toBe(why === undefined);
    }
  });
});

describe('checking manifests against the schema', () => {
  it('finds nothing wrong in the seeds’ manifests', () => {
    for (const [name, text] of Object.entries(SEED_MANIFESTS))
      expect(problems(text), name).toEqual([]);
  });

  it('finds nothing wrong in a correct v1 pod, service, controller and deployment', () => {
    const text = `apiVersion: v1
kind: Pod
metadata:
  name: web
  labels: {app: web, tier: "1"}
  annotations:
spec:
  containers:
  - name: web
    image: nginx:1.27
    imagePullPolicy: IfNotPresent
    ports: [{containerPort: 80, name: http, protocol: TCP}]
    resources:
      requests: {cpu: 100m, memory: 64Mi}
      limits: {cpu: 0.5, memory: 1e8}
    livenessProbe: {httpGet: {path: /, port: http}, initialDelaySeconds: 5}
    env: [{name: MODE, value: "prod"}]
  restartPolicy: Always
  volumes:
---
apiVersion: v1
kind: Service
metadata: {name: web}
spec:
  selector: {app: web}
  ports: [{port: 80, targetPort: http}]
---
apiVersion: v1
kind: ReplicationController
metadata: {name: web-rc}
spec:
  replicas: 2
  selector: {app: web}
  template:
    metadata: {labels: {app: web}}
    spec: {containers: [{name: web, image: nginx}]}
---
apiVersion: apps/v1
kind: Deployment
metadata: {name: web, creationTimestamp: "2015-07-01T12:00:00Z"}
spec:
  replicas: 3
  selector: {matchLabels: {app: web}, matchExpressions: [{key: tier, operator: In, values: ["1"]}]}
  strategy: {type: RollingUpdate, rollingUpdate: {maxSurge: 25%, maxUnavailable: 1}}
  template:
    metadata: {labels: {app: web, tier: "1"}}
    spec: {containers: [{name: web, image: nginx}]}
status:
  replicas: 3
  conditions: [{type: Available, status: "True"}]
`;
    expect(decodeManifests(text).every((d) => d.ok)).toBe(true);
    expect(problems(text)).toEqual([]);
  });

  it('accepts a List of mixed kinds, and a PodList whose items name no kind', () => {
    const list = `{"apiVersion": "v1", "kind": "List", "items": [
      {"apiVersion": "v1", "kind": "Pod", "metadata": {"name": "a"}, "spec": {"containers": [{"name": "a", "image": "busybox"}]}},
      {"apiVersion": "apps/v1", "kind": "ReplicaSet", "metadata": {"name": "b"}, "spec": {"selector": {"matchLabels": {"x": "y"}}}}]}`;
    const podList = `{"apiVersion": "v1", "kind": "PodList", "items": [
      {"metadata": {"name": "a"}, "spec": {"containers": [{"name": "a", "image": "busybox"}]}}]}`;
    for (const text of [list, podList]) {
      expect(decodeManifests(text).every((d) => d.ok)).toBe(true);
      expect(problems(text)).toEqual([]);
    }
    expect(problems(podList.replace('"image"', '"imag"'))).toEqual([
      'items[0].spec.containers[0].imag: unknown field',
    ]);
  });

  it('marks what a strict server rejects: unknown fields, wrong types, bad enum values, unknown kinds', () => {
    const pod = (spec: string): string =>
      `apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\n  labels:\n    version: 1\nspec:\n${spec}`;
    expect(problems(pod('  containers: [{name: a, image: b}]'))).toEqual([
      'metadata.labels.version: expected string, got 1',
    ]);
    expect(
      problems(
        pod(
          '  containers: [{name: a, imagee: b, ports: [{containerPort: "80"}]}]\n  restartPolicy: Sometimes',
        ),
      ),
    ).toEqual([
      'metadata.labels.version: expected string, got 1',
      'spec.containers[0].imagee: unknown field',
      'spec.containers[0].ports[0].containerPort: expected integer, got "80"',
      'spec.restartPolicy: "Sometimes" is not one of Always, Never, OnFailure',
    ]);
    expect(problems('apiVersion: apps/v1\nkind: Pod\n')).toEqual([
      expect.stringMatching(/^kind: "Pod" is not one of ReplicaSet, Deployment, List/),
    ]);
    expect(problems('apiVersion: v1\nkind: Pod\nspec:\n  containers:\n  - image: x\n')).toEqual([
      'spec.containers[0]: missing required name',
    ]);
  });

  it('leaves the 2015 versions open: unknown and differently cased fields pass, as the old servers ignored them', () => {
    const text = `{"kind": "Pod", "apiVersion": "v1beta1", "id": "x", "Labels": {"a": "b"},
      "desiredState": {"manifest": {"version": "v1beta1", "containers": [{"name": "a", "image": "b", "Ports": []}],
      "volumes": [{"name": "d", "emptydir": {}}]}}}`;
    expect(decodeManifests(text)[0]?.ok).toBe(true);
    expect(problems(text)).toEqual([]);
    expect(problems(text.replace('"id": "x"', '"id": 7'))).toEqual(['id: expected string, got 7']);
  });

  it('finds nothing wrong in any manifest of the code base that the API server decodes', () => {
    const checked = manifestLiterals().filter((text) => {
      const decoded = decodeManifests(text);
      return decoded.length > 0 && decoded.every((d) => d.ok);
    });
    expect(checked.length).toBeGreaterThan(30);
    const found = checked.flatMap((text) => problems(text).map((p) => `${p}\n${text}`));
    expect(found).toEqual([]);
  });
});

/** Template literals of the repository's sources that look like manifests (no interpolation). */
function manifestLiterals(): string[] {
  const out: string[] = [];
  const walk = (dir: string): void => {
    for (const name of readdirSync(dir)) {
      const file = join(dir, name);
      if (statSync(file).isDirectory()) walk(file);
      else if (/\.tsx?$/.test(name))
        for (const m of readFileSync(file, 'utf8').matchAll(/`([^`]*)`/g)) {
          const body = m[1] ?? '';
          if (
            !body.includes('${') &&
            /apiVersion/.test(body) &&
            /kind/.test(body) &&
            !body.includes('\\')
          )
            out.push(body);
        }
    }
  };
  walk(join(__dirname, '../../..'));
  return out;
}

describe('checking what the cluster itself prints', () => {
  it('finds nothing wrong in kubectl get -o yaml and -o json of every kind, status included', () => {
    const { cluster, ok, run } = testCluster();
    for (const seed of Object.values(SEED_MANIFESTS)) ok('create -f -', seed);
    ok(
      'create -f -',
      `apiVersion: apps/v1
kind: Deployment
metadata: {name: web}
spec:
  replicas: 2
  selector: {matchLabels: {app: web}}
  template:
    metadata: {labels: {app: web}}
    spec:
      containers:
      - name: web
        image: nginx
        ports: [{containerPort: 80}]
        resources: {requests: {cpu: 100m, memory: 64Mi}}
---
apiVersion: v1
kind: PersistentVolume
metadata: {name: disk}
spec: {capacity: {storage: 1Gi}, accessModes: [ReadWriteOnce], hostPath: {path: /data}}
---
apiVersion: v1
kind: PersistentVolumeClaim
metadata: {name: claim}
spec: {accessModes: [ReadWriteOnce], resources: {requests: {storage: 1Gi}}}
`,
    );
    cluster.advance(30_000);
    const kinds = 'pods,rc,svc,ep,nodes,ns,events,pv,pvc,rs,deploy';
    for (const format of ['yaml', 'json']) {
      const text = ok(`get ${kinds} -A -o ${format}`);
      expect(text).toContain('kind: List'.replace(': ', format === 'json' ? '": "' : ': '));
      expect(problems(text)).toEqual([]);
    }
    // What a student starts a manifest from (with `creationTimestamp: null`, `resources: {}`).
    for (const line of [
      'create deployment api --image=nginx --replicas=2 --dry-run=client -o yaml',
      'run shell --image=busybox --dry-run=client -o yaml',
      'expose deployment web --port=80 --dry-run=client -o yaml',
    ]) {
      const r = run(line);
      expect(r.exitCode, `${line}\n${r.stderr}`).toBe(0);
      expect(problems(r.stdout), r.stdout).toEqual([]);
    }
  });
});
