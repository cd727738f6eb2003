import { describe, expect, it } from 'vitest';
import { testCluster } from '../../testing/testCluster';
import { clone } from '../../util/freeze';

function cluster() {
  const t = testCluster({ nodes: 2 });
  t.ok('create deployment web --image=nginx:1.26 --replicas=3');
  return t;
}

const setImage = (t: ReturnType<typeof cluster>, image: string): void => {
  const d = clone(t.cluster.api.get('Deployment', 'default', 'web'));
  const template = d.spec.template;
  if (!template) throw new Error('no template');
  const [first] = template.spec.containers;
  if (first) first.image = image;
  t.cluster.api.update(d);
};

describe('kubectl rollout status', () => {
  it('waits for the first rollout, one line per change of the Deployment', () => {
    const t = cluster();
    expect(t.ok('rollout status deployment/web')).toBe(
      [
        'Waiting for deployment spec update to be observed...',
        'Waiting for deployment spec update to be observed...',
        'Waiting for deployment "web" rollout to finish: 0 out of 3 new replicas have been updated...',
        'Waiting for deployment "web" rollout to finish: 0 of 3 updated replicas are available...',
        'Waiting for deployment "web" rollout to finish: 2 of 3 updated replicas are available...',
        'deployment "web" successfully rolled out',
        '',
      ].join('\n'),
    );
  });

  it('follows a rolling update through old replicas pending termination', () => {
    const t = cluster();
    t.ok('rollout status deploy/web');
    setImage(t, 'nginx:1.27');
    const lines = t.ok('rollout status deployment web').trimEnd().split('\n');
    expect(lines[0]).toBe('Waiting for deployment spec update to be observed...');
    expect(lines).toContain(
      'Waiting for deployment "web" rollout to finish: 1 out of 3 new replicas have been updated...',
    );
    expect(lines).toContain(
      'Waiting for deployment "web" rollout to finish: 1 old replicas are pending termination...',
    );
    expect(lines.at(-1)).toBe('deployment "web" successfully rolled out');
  });

  it('prints once with --watch=false', () => {
    const t = cluster();
    expect(t.ok('rollout status deployment/web --watch=false')).toBe(
      'Waiting for deployment spec update to be observed...\n',
    );
  });

  it('gives up at --timeout, and on a paused rollout after its progress deadline', () => {
    const t = cluster();
    t.ok('rollout status deployment/web');
    t.ok('rollout pause deployment/web');
    setImage(t, 'nginx:1.27');
    const started = t.cluster.now;
    expect(t.fails('rollout status deployment/web --timeout=5s')).toBe(
      'error: timed out waiting for the condition\n',
    );
    expect(t.cluster.now - started).toBe(5000);
    expect(t.fails('rollout status deployment/web')).toBe(
      'error: timed out waiting for the condition\n',
    );
  });

  it('is not available for a ReplicationController', () => {
    const t = cluster();
    t.cluster.api.create({
      apiVersion: 'v1',
      kind: 'ReplicationController',
      metadata: { name: 'rc' },
      spec: {
        replicas: 1,
        selector: { app: 'rc' },
        template: {
          metadata: { labels: { app: 'rc' } },
          spec: { containers: [{ name: 'c', image: 'nginx' }] },
        },
      },
    });
    expect(t.fails('rollout status rc/rc')).toBe(
      'error: no status viewer has been implemented for ReplicationController\n',
    );
    expect(t.fails('rollout history rc/rc')).toBe(
      'error: no history viewer has been implemented for "ReplicationController"\n',
    );
    expect(t.fails('rollout undo rc/rc')).toBe(
      'error: no rollbacker has been implemented for "ReplicationController"\n',
    );
    expect(t.fails('rollout pause rc/rc')).toBe(
      'error: replicationcontrollers "rc" pausing is not supported\n',
    );
  });
});

describe('kubectl rollout history and undo', () => {
  it('lists revisions, shows one, and rolls back to the previous', () => {
    const t = cluster();
    expect(t.fails('rollout undo deployment/web')).toBe(
      'error: no rollout history found for deployment "web"\n',
    );
    t.ok('rollout status deployment/web');
    setImage(t, 'nginx:1.27');
    t.ok('rollout status deployment/web');
    expect(t.ok('rollout history deployment/web')).toBe(
      'deployment.apps/web \nREVISION  CHANGE-CAUSE\n1         <none>\n2         <none>\n\n',
    );
    const hash1 = t.cluster.api
      .list('ReplicaSet')
      .find((rs) => rs.metadata.annotations?.['deployment.kubernetes.io/revision'] === '1')
      ?.metadata.labels?.['pod-template-hash'];
    expect(t.ok('rollout history deployment/web --revision=1')).toBe(
      [
        'deployment.apps/web with revision #1',
        'Pod Template:',
        '  Labels:\tapp=web',
        `\tpod-template-hash=${hash1}`,
        '  Containers:',
        '   nginx:',
        '    Image:\tnginx:1.26',
        '    Port:\t<none>',
        '    Host Port:\t<none>',
        '    Environment:\t<none>',
        '    Mounts:\t<none>',
        '  Volumes:\t<none>',
        '  Node-Selectors:\t<none>',
        '  Tolerations:\t<none>',
        '',
        '',
      ].join('\n'),
    );
    expect(t.fails('rollout history deployment/web --revision=9')).toBe(
      'error: unable to find the specified revision\n',
    );
    expect(t.ok('rollout undo deployment/web')).toBe('deployment.apps/web rolled back\n');
    t.ok('rollout status deployment/web');
    const d = t.cluster.api.get('Deployment', 'default', 'web');
    expect(d.spec.template?.spec.containers[0]?.image).toBe('nginx:1.26');
    expect(d.spec.template?.metadata?.labels).toEqual({ app: 'web' });
    expect(t.ok('rollout history deployment/web')).toBe(
      'deployment.apps/web \nREVISION  CHANGE-CAUSE\n2         <none>\n3         <none>\n\n',
    );
    expect(t.ok('rollout undo deployment/web --to-revision=3')).toBe(
      'deployment.apps/web skipped rollback (current template already matches revision 3)\n',
    );
    expect(t.fails('rollout undo deployment/web --to-revision=7')).toBe(
      'error: unable to find specified revision 7 in history\n',
    );
  });
});

describe('kubectl rollout pause, resume and restart', () => {
  it.each([
    ['rollout pause deployment/web', 'deployment.apps/web paused\n'],
    ['rollout resume deployment/web', 'deployment.apps/web resumed\n'],
    ['rollout restart deployment/web', 'deployment.apps/web restarted\n'],
  ])('%s', (line, stdout) => {
    const t = cluster();
    if (line.includes('resume')) t.ok('rollout pause deployment/web');
    expect(t.ok(line)).toBe(stdout);
  });

  it.each([
    ['rollout pause deployment/web', true, 'error: deployments.apps "web" is already paused\n'],
    ['rollout resume deployment/web', false, 'error: deployments.apps "web" is not paused\n'],
    [
      'rollout restart deployment/web',
      true,
      'error: deployments.apps "web" can\'t restart paused deployment (run rollout resume first)\n',
    ],
    [
      'rollout undo deployment/web',
      true,
      "error: you cannot rollback a paused deployment; resume it first with 'kubectl rollout resume' and try again\n",
    ],
  ])('%s (paused: %s) fails', (line, paused, stderr) => {
    const t = cluster();
    t.ok('rollout status deployment/web');
    t.cluster.api.update({ ...t.cluster.api.get('Deployment', 'default', 'web') });
    if (paused) t.ok('rollout pause deployment/web');
    if (line.includes('undo')) {
      t.ok('rollout resume deployment/web');
      setImage(t, 'nginx:1.27');
      t.ok('rollout status deployment/web');
      t.ok('rollout pause deployment/web');
    }
    expect(t.fails(line)).toBe(stderr);
  });

  it('restart stamps the template and rolls every pod', () => {
    const t = cluster();
    t.ok('rollout status deployment/web');
    t.cluster.advance(1000);
    t.ok('rollout restart deployment/web');
    const d = t.cluster.api.get('Deployment', 'default', 'web');
    expect(d.spec.template?.metadata?.annotations).toEqual({
      'kubectl.kubernetes.io/restartedAt': t.cluster.clock.timestamp(),
    });
    expect(t.fails('rollout restart deployment/web')).toBe(
      'error: failed to create patch for web: if restart has already been triggered within the past second, please wait before attempting to trigger another\n',
    );
    t.ok('rollout status deployment/web');
    expect(
      t.cluster.api
        .list('ReplicaSet')
        .map((rs) => rs.spec.replicas)
        .sort(),
    ).toEqual([0, 3]);
  });

  it('says so when the deployment does not exist', () => {
    const t = cluster();
    expect(t.fails('rollout pause deployment/nope')).toBe(
      'Error from server (NotFound): deployments.apps "nope" not found\n',
    );
  });
});

describe('kubectl rolling-update in a modern cluster', () => {
  it('is gone, as since kubectl 1.18', () => {
    const t = cluster();
    expect(t.fails('rolling-update web --image=nginx:1.27')).toBe(
      'error: unknown command "rolling-update" for "kubectl"\n',
    );
  });
});
