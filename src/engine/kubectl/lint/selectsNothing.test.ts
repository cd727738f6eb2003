import { describe, expect, it } from 'vitest';
import { applyFix, covered, lint, liveObjects } from './testKit';

const redisMasterPod = `apiVersion: v1
kind: Pod
metadata:
  name: redis-master
  labels:
    app: redis-master
spec:
  containers:
  - name: redis
    image: redis
    ports:
    - containerPort: 6379
`;

const serviceYaml = (selector: string): string => `apiVersion: v1
kind: Service
metadata:
  name: redis-master
spec:
  selector:
    app: ${selector}
  ports:
  - port: 6379
`;

describe('a Service whose selector matches no pod', () => {
  it('is warned about at its selector, naming the selector and the Service', () => {
    const text = serviceYaml('redis-mster');
    const [warning, ...rest] = lint(text, liveObjects(redisMasterPod));
    expect(rest).toEqual([]);
    expect(warning).toMatchObject({
      severity: 'warning',
      source: 'lint',
      document: 0,
      field: 'spec.selector',
      message:
        'selector app=redis-mster matches no pod in the cluster or in this file: ' +
        'Service redis-master would have no endpoints to send connections to',
    });
    expect(covered(text, warning!.range)).toBe('app: redis-mster');
  });

  it('offers the near miss among the live pods as a quick fix, which silences the warning', () => {
    const text = serviceYaml('redis-mster');
    const live = liveObjects(redisMasterPod);
    const [fix] = lint(text, live)[0]?.fixes ?? [];
    expect(fix?.title).toBe('Change app to "redis-master"');
    expect(fix && covered(text, fix.edits[0]!.range)).toBe('redis-mster');
    expect(lint(applyFix(text, fix!), live)).toEqual([]);
  });

  it('in JSON too, with the pod in the same file', () => {
    const text = `{"apiVersion": "v1", "kind": "Pod",
 "metadata": {"name": "redis-master", "labels": {"app": "redis-master"}},
 "spec": {"containers": [{"name": "redis", "image": "redis"}]}}
{"apiVersion": "v1", "kind": "Service", "metadata": {"name": "redis-master"},
 "spec": {"selector": {"app": "redis-mastr"}, "ports": [{"port": 6379}]}}`;
    const [warning] = lint(text);
    expect(warning?.document).toBe(1);
    expect(covered(text, warning!.range)).toBe('{"app": "redis-mastr"}');
    const fix = warning?.fixes?.[0];
    expect(fix?.title).toBe('Change app to "redis-master"');
    expect(covered(text, fix!.edits[0]!.range)).toBe('"redis-mastr"');
    expect(lint(applyFix(text, fix!))).toEqual([]);
  });

  it('is satisfied by the pods a controller in the file would make', () => {
    const text = `${serviceYaml('web')}---
apiVersion: apps/v1
kind: Deployment
metadata: {name: web}
spec:
  selector: {matchLabels: {app: web}}
  template:
    metadata: {labels: {app: web}}
    spec: {containers: [{name: web, image: nginx}]}
`;
    expect(lint(text)).toEqual([]);
  });

  it('is satisfied by the template of a live controller', () => {
    const rc = `{"apiVersion": "v1", "kind": "ReplicationController", "metadata": {"name": "web"},
 "spec": {"selector": {"app": "web"}, "template": {"metadata": {"labels": {"app": "web"}},
   "spec": {"containers": [{"name": "web", "image": "nginx"}]}}}}`;
    expect(lint(serviceYaml('web'), liveObjects(rc))).toEqual([]);
  });

  it('counts only pods of its own namespace, and says where the matching pods are', () => {
    const [warning] = lint(serviceYaml('redis-master'), liveObjects(redisMasterPod), 'shop');
    expect(warning?.message).toContain(
      '(Pod redis-master in namespace default would match, but a Service only selects pods of its own namespace, shop)',
    );
  });

  it('sees the file relabelling a live pod', () => {
    const relabelled = redisMasterPod.replace('app: redis-master', 'app: cache');
    const text = `${relabelled}---\n${serviceYaml('redis-master')}`;
    expect(lint(text, liveObjects(redisMasterPod))).toMatchObject([{ document: 1 }]);
  });

  it('offers no fix when two values are equally close', () => {
    const pods = ['web1', 'web2'].map((v) =>
      redisMasterPod
        .replace('name: redis-master', `name: ${v}`)
        .replace('app: redis-master', `app: ${v}`),
    );
    const [warning] = lint(serviceYaml('web'), liveObjects(...pods));
    expect(warning?.fixes).toBeUndefined();
  });

  it('offers the only value the key has among the pods, however far', () => {
    const [warning] = lint(serviceYaml('frontend'), liveObjects(redisMasterPod));
    expect(warning?.fixes?.map((f) => f.title)).toEqual(['Change app to "redis-master"']);
  });

  it('hints at a misspelt key', () => {
    const text = serviceYaml('redis-master').replace('app:', 'ap:');
    const [warning] = lint(text, liveObjects(redisMasterPod));
    expect(warning?.message).toContain('(no pod has a label ap; did you mean app?)');
  });

  it('says nothing about a Service without a selector (its Endpoints are managed by hand)', () => {
    const text =
      'apiVersion: v1\nkind: Service\nmetadata: {name: db}\nspec:\n  ports: [{port: 5432}]\n';
    expect(lint(text)).toEqual([]);
  });
});
