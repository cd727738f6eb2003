import { describe, expect, it } from 'vitest';
import { SimCluster } from '../../cluster';
import { diffFileName } from './diff';
import { unifiedHunks } from './lineDiff';

const RC = (replicas: number): string => `apiVersion: v1
kind: ReplicationController
metadata:
  name: web
spec:
  replicas: ${replicas}
  selector:
    app: web
  template:
    metadata:
      labels:
        app: web
    spec:
      containers:
      - name: web
        image: nginx
`;

const DEPLOYMENT = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
  namespace: kube-system
spec:
  selector:
    matchLabels: {app: web}
  template:
    metadata:
      labels: {app: web}
    spec:
      containers: [{name: web, image: nginx}]
`;

describe('diffManifest: live and merged, as kubectl diff sees them', () => {
  it('shows an existing controller’s replica count changing from 2 to 5', () => {
    const cluster = new SimCluster();
    cluster.apply(RC(2));
    cluster.advance(5_000);
    const [d, ...rest] = cluster.diffManifest(RC(5));
    expect(rest).toEqual([]);
    expect(d).toMatchObject({
      name: 'v1.ReplicationController.default.web',
      kind: 'ReplicationController',
      namespace: 'default',
      objectName: 'web',
    });
    expect(d?.error).toBeUndefined();
    expect(d?.live).toContain('\n  replicas: 2\n');
    expect(d?.merged).toContain('\n  replicas: 5\n');
    const hunks = unifiedHunks(d?.live ?? '', d?.merged ?? '');
    expect(hunks).toContain('-  replicas: 2\n+  replicas: 5\n');
    // the last-applied annotation and the generation change too, as on a real cluster
    expect(hunks).toContain('"replicas":5');
    expect(hunks).toContain('-  generation: 1\n+  generation: 2\n');
    // status is not stripped: the controller has not acted yet
    expect(d?.merged).toContain('status:\n  availableReplicas: 2\n');
  });

  it('gives identical sides for an object applying would not change', () => {
    const cluster = new SimCluster();
    cluster.apply(RC(2));
    cluster.advance(5_000);
    const [d] = cluster.diffManifest(RC(2));
    expect(d?.live).not.toBe('');
    expect(d?.merged).toBe(d?.live);
  });

  it('keeps what controllers wrote: a Deployment applied again is unchanged', () => {
    const cluster = new SimCluster();
    const deployment = DEPLOYMENT.replace('  namespace: kube-system\n', '');
    cluster.apply(deployment);
    cluster.advance(30_000);
    const [d] = cluster.diffManifest(deployment);
    expect(d?.live).toContain('deployment.kubernetes.io/revision: "1"');
    expect(d?.merged).toBe(d?.live);
    expect(cluster.apply(deployment).stdout).toBe('deployment.apps/web unchanged\n');
  });

  it('prints the live side as kubectl get -o yaml does', () => {
    const cluster = new SimCluster();
    cluster.apply(RC(2));
    const [d] = cluster.diffManifest(RC(3));
    expect(d?.live).toBe(cluster.kubectl('get rc web -o yaml').stdout);
  });

  it('has an empty live side for an object that does not exist yet', () => {
    const [d] = new SimCluster().diffManifest(DEPLOYMENT);
    expect(d).toMatchObject({
      name: 'apps.v1.Deployment.kube-system.web',
      namespace: 'kube-system',
      live: '',
    });
    expect(d?.merged).toMatch(/^apiVersion: apps\/v1\nkind: Deployment\n/);
    expect(d?.merged).toContain('  uid: ');
  });

  it('explains, in kubectl apply’s words, what would be refused', () => {
    const bad = RC(2).replace('app: web\n  template', 'app: other\n  template');
    const [d] = new SimCluster().diffManifest(bad, { source: 'rc.yaml' });
    expect(d?.merged).toBe('');
    expect(d?.error).toBe(
      'The ReplicationController "web" is invalid: spec.template.metadata.labels: Invalid value: map[string]string{"app":"web"}: `selector` does not match template `labels`',
    );
  });

  it('reports a document it cannot read, and the others still diff', () => {
    const text = `apiVersion: v1\nkind: Foo\nmetadata:\n  name: b\n---\n${RC(1)}`;
    const [unknown, rc] = new SimCluster().diffManifest(text, { source: 'x.yaml' });
    expect(unknown).toMatchObject({ name: '', kind: 'Foo', objectName: 'b', merged: '' });
    expect(unknown?.error).toMatch(/^error: resource mapping not found for name: "b"/);
    expect(rc?.merged).toContain('replicas: 1');
  });

  it('names files as kubectl diff does, cluster-scoped objects with an empty namespace', () => {
    expect(diffFileName({ kind: 'Pod', namespace: 'default', name: 'web' })).toBe(
      'v1.Pod.default.web',
    );
    expect(diffFileName({ kind: 'Deployment', namespace: 'prod', name: 'web' })).toBe(
      'apps.v1.Deployment.prod.web',
    );
    expect(diffFileName({ kind: 'Node', name: 'node-1' })).toBe('v1.Node..node-1');
  });
});
