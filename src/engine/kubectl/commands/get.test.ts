import { describe, expect, it } from 'vitest';
import { testCluster } from '../../testing/testCluster';

const POD = (name: string, labels = 'app: web') => `apiVersion: v1
kind: Pod
metadata:
  name: ${name}
  labels: {${labels}}
spec:
  containers:
  - name: web
    image: nginx
`;

describe('kubectl get (modern)', () => {
  it('shows three Ready nodes on a new cluster', () => {
    const k = testCluster();
    k.cluster.advance(90_000);
    expect(k.ok('get nodes')).toBe(
      [
        'NAME     STATUS   ROLES    AGE   VERSION',
        'node-1   Ready    <none>   90s   v1.31.0',
        'node-2   Ready    <none>   90s   v1.31.0',
        'node-3   Ready    <none>   90s   v1.31.0',
        '',
      ].join('\n'),
    );
  });

  it('says there is nothing to show on stderr, with exit 0', () => {
    const k = testCluster();
    const r = k.run('get pods');
    expect(r).toEqual({
      stdout: '',
      stderr: 'No resources found in default namespace.\n',
      exitCode: 0,
    });
    expect(k.run('get pods -A').stderr).toBe('No resources found\n');
    expect(k.run('get po -n kube-system').stderr).toBe(
      'No resources found in kube-system namespace.\n',
    );
  });

  it('lists by selector, by name, by type/name, and several kinds at once', () => {
    const k = testCluster();
    k.ok('create -f -', POD('web'));
    k.ok('create -f -', POD('db', 'app: db'));
    expect(k.ok('get pods -l app=web -o name')).toBe('pod/web\n');
    expect(k.ok("get pods -l 'app notin (web)' -o name")).toBe('pod/db\n');
    expect(k.ok('get po db')).toBe(
      'NAME   READY   STATUS    RESTARTS   AGE\ndb     0/1     Pending   0          0s\n',
    );
    expect(k.ok('get pods,svc -o name')).toBe('pod/db\npod/web\nservice/kubernetes\n');
    expect(k.ok('get pod/web svc/kubernetes')).toBe(
      [
        'NAME      READY   STATUS    RESTARTS   AGE',
        'pod/web   0/1     Pending   0          0s',
        '',
        'NAME                 TYPE        CLUSTER-IP   EXTERNAL-IP   PORT(S)   AGE',
        'service/kubernetes   ClusterIP   10.96.0.1    <none>        443/TCP   0s',
        '',
      ].join('\n'),
    );
  });

  it('reports missing names after what it found, and exits 1', () => {
    const k = testCluster();
    k.ok('create -f -', POD('web'));
    const r = k.run('get pods nope web');
    expect(r.stdout).toBe(
      'NAME   READY   STATUS    RESTARTS   AGE\nweb    0/1     Pending   0          0s\n',
    );
    expect(r.stderr).toBe('Error from server (NotFound): pods "nope" not found\n');
    expect(r.exitCode).toBe(1);
  });

  it('speaks kubectl to bad resource types, bad selectors and a missing type', () => {
    const k = testCluster();
    expect(k.fails('get foo')).toBe('error: the server doesn\'t have a resource type "foo"\n');
    expect(k.fails("get pods -l 'a b'")).toBe(
      "Error from server (BadRequest): unable to parse requirement: found 'b', expected: in, notin, =, ==, !=, gt, lt\n",
    );
  });

  it('prints one object as YAML and several as a List', () => {
    const k = testCluster();
    k.ok('create -f -', POD('web'));
    const yaml = k.ok('get pod web -o yaml');
    expect(
      yaml.startsWith(
        'apiVersion: v1\nkind: Pod\nmetadata:\n  creationTimestamp: "2026-01-05T09:00:00Z"\n  generation: 1\n  labels:\n    app: web\n  name: web\n  namespace: default\n',
      ),
    ).toBe(true);
    const list = JSON.parse(k.ok('get pods -o json')) as { kind: string; items: unknown[] };
    expect(list.kind).toBe('List');
    expect(list.items).toHaveLength(1);
  });

  it('adds a LABELS column, a NAMESPACE column and wide columns when asked', () => {
    const k = testCluster();
    k.ok('create -f -', POD('web', 'app: web, tier: fe'));
    expect(k.ok('get pods --show-labels')).toBe(
      'NAME   READY   STATUS    RESTARTS   AGE   LABELS\nweb    0/1     Pending   0          0s    app=web,tier=fe\n',
    );
    expect(k.ok('get pods -A').split('\n')[0]).toBe(
      'NAMESPACE   NAME   READY   STATUS    RESTARTS   AGE',
    );
    expect(k.ok('get pods -o wide').split('\n')[0]).toBe(
      'NAME   READY   STATUS    RESTARTS   AGE   IP       NODE     NOMINATED NODE   READINESS GATES',
    );
  });

  it("rejects an unknown output format with kubectl's list of formats", () => {
    expect(testCluster().fails('get pods -o bogus')).toBe(
      'error: unable to match a printer suitable for the output format "bogus", allowed formats are: custom-columns,custom-columns-file,go-template,go-template-file,json,jsonpath,jsonpath-as-json,jsonpath-file,name,template,templatefile,wide,yaml\n',
    );
  });
});

describe('kubectl get (2015)', () => {
  it('prints the old nodes table and headers even for an empty list', () => {
    const k = testCluster({ era: '2015' });
    expect(k.ok('get minions')).toBe(
      [
        'NAME      LABELS                          STATUS',
        'node-1    kubernetes.io/hostname=node-1   Ready',
        'node-2    kubernetes.io/hostname=node-2   Ready',
        'node-3    kubernetes.io/hostname=node-3   Ready',
        '',
      ].join('\n'),
    );
    expect(k.ok('get pods')).toBe(
      'POD       IP        CONTAINER(S)   IMAGE(S)   HOST      LABELS    STATUS    CREATED   MESSAGE\n',
    );
  });
});
