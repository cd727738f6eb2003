import { describe, expect, it } from 'vitest';
import { decodeManifests } from './index';

/** The text a range covers, to make the expectations readable. */
function locateText(text: string, path: string): string | undefined {
  const [doc] = decodeManifests(text);
  if (!doc?.ok) throw new Error(JSON.stringify(doc));
  const r = doc.locate(path);
  if (!r) return undefined;
  const lines = text.split('\n');
  if (r.start.line === r.end.line)
    return lines[r.start.line - 1]?.slice(r.start.column - 1, r.end.column - 1);
  const first = lines[r.start.line - 1]?.slice(r.start.column - 1) ?? '';
  const middle = lines.slice(r.start.line, r.end.line - 1);
  const last = lines[r.end.line - 1]?.slice(0, r.end.column - 1) ?? '';
  return [first, ...middle, last].join('\n');
}

const YAML_POD = `apiVersion: v1
kind: Pod
metadata:
  name: web
  labels:
    app: web
spec:
  containers:
  - name: a
    image: nginx
  - name: b
    image: "redis:7"
    ports:
    - containerPort: 6379
      name: redis
`;

const JSON_POD = `{
  "apiVersion": "v1",
  "kind": "Pod",
  "metadata": {"name": "web", "labels": {"app": "web"}},
  "spec": {
    "containers": [
      {"name": "a", "image": "nginx"},
      {"name": "b", "image": "redis:7", "ports": [{"containerPort": 6379}]}
    ]
  }
}`;

describe('locate: from an API field path to the text', () => {
  it('exact ranges in YAML', () => {
    const [doc] = decodeManifests(YAML_POD);
    expect(doc?.ok && doc.locate('spec.containers[1].ports[0].containerPort')).toEqual({
      start: { line: 14, column: 22 },
      end: { line: 14, column: 26 },
    });
    expect(locateText(YAML_POD, 'spec.containers[1].image')).toBe('"redis:7"');
    expect(locateText(YAML_POD, 'metadata.labels')).toBe('app: web');
    expect(locateText(YAML_POD, 'metadata.labels[app]')).toBe('web');
    expect(locateText(YAML_POD, 'spec.containers[0]')).toBe('name: a\n    image: nginx');
  });

  it('exact ranges in JSON', () => {
    const [doc] = decodeManifests(JSON_POD);
    expect(doc?.ok && doc.locate('spec.containers[1].ports[0].containerPort')).toEqual({
      start: { line: 8, column: 69 },
      end: { line: 8, column: 73 },
    });
    expect(locateText(JSON_POD, 'spec.containers[0].image')).toBe('"nginx"');
    expect(locateText(JSON_POD, 'metadata.labels')).toBe('{"app": "web"}');
  });

  it('a path the text lacks points at the nearest value that holds it', () => {
    expect(locateText(YAML_POD, 'spec.containers[0].ports')).toBe('name: a\n    image: nginx');
    expect(locateText(JSON_POD, 'spec.restartPolicy')).toBe(
      '{\n    "containers": [\n      {"name": "a", "image": "nginx"},\n      {"name": "b", "image": "redis:7", "ports": [{"containerPort": 6379}]}\n    ]\n  }',
    );
  });

  it('a malformed path has no location', () => {
    const [doc] = decodeManifests(YAML_POD);
    expect(doc?.ok && doc.locate('spec.containers[0')).toBeUndefined();
  });
});

describe('locate in legacy documents maps the path back through the conversion', () => {
  const V1BETA1_POD = `{
  "id": "redis-master",
  "kind": "Pod",
  "apiVersion": "v1beta1",
  "labels": {"name": "redis-master"},
  "desiredState": {
    "host": "node-1",
    "manifest": {
      "containers": [{"name": "master", "image": "dockerfile/redis", "cpu": 100, "entrypoint": ["redis-server"],
                      "volumeMounts": [{"name": "data", "path": "/data"}]}],
      "volumes": [{"name": "data"}]
    }
  },
  "nodeSelector": {"disk": "ssd"}
}`;

  it.each([
    ['metadata.name', '"redis-master"'],
    ['metadata.labels', '{"name": "redis-master"}'],
    ['spec.containers[0].image', '"dockerfile/redis"'],
    ['spec.containers[0].command', '["redis-server"]'],
    ['spec.containers[0].resources.limits.cpu', '100'],
    ['spec.containers[0].volumeMounts[0].mountPath', '"/data"'],
    ['spec.volumes[0].emptyDir', '{"name": "data"}'],
    ['spec.nodeName', '"node-1"'],
    ['spec.nodeSelector', '{"disk": "ssd"}'],
  ])('v1beta1 %s', (path, text) => {
    expect(locateText(V1BETA1_POD, path)).toBe(text);
  });

  it('v1beta1 service ports come from the top-level port fields', () => {
    const svc =
      '{"id": "redis-master", "kind": "Service", "apiVersion": "v1beta1",\n "port": 8888, "containerPort": 6379, "portalIP": "10.0.0.9"}';
    expect(locateText(svc, 'spec.ports[0].port')).toBe('8888');
    expect(locateText(svc, 'spec.ports[0].targetPort')).toBe('6379');
    expect(locateText(svc, 'spec.clusterIP')).toBe('"10.0.0.9"');
  });

  it('v1beta1 replication controller template paths', () => {
    const rc = `{"id": "rc", "kind": "ReplicationController", "apiVersion": "v1beta1",
 "desiredState": {"replicas": 2, "replicaSelector": {"name": "x"},
   "podTemplate": {"labels": {"name": "x"},
     "desiredState": {"manifest": {"containers": [{"name": "c", "image": "i"}]}}}}}`;
    expect(locateText(rc, 'spec.replicas')).toBe('2');
    expect(locateText(rc, 'spec.selector')).toBe('{"name": "x"}');
    expect(locateText(rc, 'spec.template.metadata.labels')).toBe('{"name": "x"}');
    expect(locateText(rc, 'spec.template.spec.containers[0].image')).toBe('"i"');
  });

  it('v1beta3 renamed fields, and names matched case-insensitively', () => {
    const pod =
      'apiVersion: v1beta3\nkind: Pod\nmetadata: {name: p}\nSpec:\n  host: node-2\n  containers:\n  - Name: c\n    image: i\n';
    expect(locateText(pod, 'spec.nodeName')).toBe('node-2');
    expect(locateText(pod, 'spec.containers[0].name')).toBe('c');
  });
});
